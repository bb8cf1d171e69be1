"""The benchmark payloads: list responses of the Hub, built from recorded Hub bodies.

``data/templates.json`` holds one recorded item of each shape, taken unchanged from the
recorded Hub answers (``hub-samples``): a node with its registry and registry project, a user
with its realm, an analysis with its project and master image. A list of ``n`` items repeats
each template with fresh ids, names and timestamps, so that no two items are the same, and is
encoded compactly, as the Hub sends it.

This module uses the standard library only: both interpreters (the project's and the
reference's venv) may import it. To refresh the templates from a folder of recorded bodies::

    python benchmarks/payloads.py /path/to/hub-samples
"""

from __future__ import annotations

import copy
import datetime
import json
import random
import sys
import uuid
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "data" / "templates.json"

#: shape -> (recorded body, how to find the item in it)
SOURCES = {
    "nodes": ("core.nodes.one-include.200.json", None),
    "users": ("auth.users.list-include-realm.200.json", 0),
    "analyses": ("core.analyses.one-include.200.json", None),
}
KINDS = tuple(SOURCES)
SIZES = (1, 50, 1000)
MEMORY_SIZE = 10_000

_EPOCH = datetime.datetime(2026, 1, 5, 8, 0, tzinfo=datetime.timezone.utc)


def refresh_templates(samples: Path) -> None:
    """Write ``data/templates.json`` from the recorded bodies in ``samples``."""
    templates = {}
    for kind, (name, index) in SOURCES.items():
        body = json.loads((samples / name).read_text())["body"]
        templates[kind] = {"source": name, "item": body if index is None else body["data"][index]}
    TEMPLATES.write_text(json.dumps(templates, indent=2) + "\n")


def load_templates() -> dict[str, dict[str, Any]]:
    return {kind: entry["item"] for kind, entry in json.loads(TEMPLATES.read_text()).items()}


def _vary(value: Any, index: int, rng: random.Random, ids: dict[str, str]) -> Any:
    """A copy of ``value`` with every id, name and timestamp made unique to item ``index``.

    The same id gets the same replacement within one item, so that ``registry_id`` still
    names the included ``registry``.
    """
    if isinstance(value, dict):
        return {key: _vary_field(key, item, index, rng, ids) for key, item in value.items()}
    if isinstance(value, list):
        return [_vary(item, index, rng, ids) for item in value]
    return value


def _vary_field(key: str, value: Any, index: int, rng: random.Random, ids: dict[str, str]) -> Any:
    if isinstance(value, (dict, list)):
        return _vary(value, index, rng, ids)
    if not isinstance(value, str):
        return value
    if key == "id" or key.endswith("_id"):
        if value not in ids:
            ids[value] = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        return ids[value]
    if key.endswith("_at"):
        moment = _EPOCH + datetime.timedelta(seconds=index * 7, milliseconds=rng.randrange(1000))
        return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"
    if key in ("name", "display_name"):
        return f"{value}-{index}"
    return value


def make_list(kind: str, size: int, seed: int = 0) -> bytes:
    """A list response (``{"data": [...], "meta": {...}}``) of ``size`` items of ``kind``."""
    template = load_templates()[kind]
    rng = random.Random(f"{kind}-{size}-{seed}")
    data = [_vary(copy.deepcopy(template), index, rng, {}) for index in range(size)]
    body = {"data": data, "meta": {"total": size, "limit": size, "offset": 0}}
    return json.dumps(body, separators=(",", ":")).encode()


def write_payloads(folder: Path, sizes: tuple[int, ...] = SIZES) -> dict[str, str]:
    """Write one file per (kind, size) into ``folder``; returns case name -> file path."""
    files = {}
    for kind in KINDS:
        for size in sizes:
            path = folder / f"{kind}-{size}.json"
            path.write_bytes(make_list(kind, size))
            files[f"{kind}-{size}"] = str(path)
    return files


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python benchmarks/payloads.py HUB_SAMPLES_FOLDER")
    refresh_templates(Path(sys.argv[1]))
    print(f"wrote {TEMPLATES}")
