"""The user guide of flame-hub-client runs unchanged against flamehub and the emulator.

The guide is read at test time from ``shared/user-guide.txt`` beside the repository (CI lays
that folder out too); nothing of it is copied here. Its examples talk to a Hub at
``http://localhost:3000``, so an emulator listens on port 3000 and holds what the examples
assume: fifty nodes named ``my-node-0`` to ``my-node-49``. Each section's examples run in one
namespace, in order, as a user would paste them; what they print must have the shape the
guide shows (the same keys, ids where it shows ids, the same error line).
"""

from __future__ import annotations

import contextlib
import io
import time
from pathlib import Path

import pytest

from .guide_extract import Example, extract_examples, matches_shape, output_items

GUIDE = Path(__file__).resolve().parents[3] / "shared" / "user-guide.txt"
PORT = 3000
SEEDED_NODES = 50


def _sections() -> list[list[Example]]:
    if not GUIDE.is_file():
        # Collected at import time: an error here names the missing file instead of skipping.
        raise FileNotFoundError(f"the earlier client's user guide is expected at {GUIDE}")
    sections: list[list[Example]] = []
    for example in extract_examples(GUIDE.read_text(encoding="utf-8")):
        if example.starts_namespace or not sections:
            sections.append([])
        sections[-1].append(example)
    return sections


SECTIONS = _sections()


def test_the_guide_has_its_examples():
    """Guards the extractor: a change of the page that loses examples fails here."""
    examples = [example for section in SECTIONS for example in section]
    assert len(SECTIONS) >= 5 and len(examples) >= 12
    assert all(len(example.outputs) == example.prints for example in examples)
    shown = [output for example in examples for output in example.outputs]
    assert sum(output.json is not None for output in shown) >= 5


@pytest.fixture(scope="module")
def guide_hub():
    from flamehub.auth import PasswordAuth
    from flamehub.clients import CoreClient
    from flamehub.testing import HubEmulator

    hub = HubEmulator(port=PORT)
    try:
        hub.start()
    except OSError as exc:
        pytest.fail(
            f"the user guide's examples need a Hub at http://localhost:{PORT}, but the port "
            f"cannot be bound ({exc}); stop whatever listens there and run again",
            pytrace=False,
        )
    try:
        auth = PasswordAuth("admin", "start123", base_url=hub.auth_url)
        core = CoreClient(base_url=hub.core_url, auth=auth)
        for index in range(SEEDED_NODES):
            core.create_node(name=f"my-node-{index}")
            # Distinct creation times (the Hub keeps milliseconds), so that sorting by
            # created_at has no ties and one order is the exact reverse of the other.
            time.sleep(0.002)
        nodes, meta = core.find_nodes(meta=True)
        assert meta.total == SEEDED_NODES, "the guide's sort example needs one page of nodes"
        assert len({node.created_at for node in nodes}) == SEEDED_NODES
        yield hub
    finally:
        hub.stop()


def _run(example: Example, namespace: dict) -> str:
    printed = io.StringIO()
    code = compile(example.code, f"<user guide, line {example.line}>", "exec")
    with contextlib.redirect_stdout(printed):
        exec(code, namespace)
    return printed.getvalue()


@pytest.mark.parametrize(
    "section", SECTIONS, ids=[f"section-at-line-{section[0].line}" for section in SECTIONS]
)
def test_guide_section_runs_unchanged(guide_hub, section):
    namespace: dict = {"__name__": "__guide__"}
    for example in section:
        printed = _run(example, namespace)
        items = output_items(printed, example.outputs)
        for item, expected in zip(items, example.outputs, strict=True):
            problem = matches_shape(item, expected)
            assert problem is None, f"line {example.line}: {problem}"
