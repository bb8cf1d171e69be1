"""One side of the benchmark, in its own process: flamehub, the msgspec floor or the reference.

``run.py`` starts this script with the interpreter of the side (the project's python for
``flamehub`` and ``msgspec``, the reference venv's python for ``reference``) and talks to it
with one JSON object a line on stdin and stdout, so that the sides take turns (interleaved)
while each keeps its imports, caches and connections warm::

    {"op": "load", "cases": {"nodes-50": "/tmp/.../nodes-50.json", ...}}
    {"op": "calibrate", "case": "nodes-50", "target": 0.02}  -> {"iterations": 37}
    {"op": "decode", "case": "nodes-50", "iterations": 37}   -> {"per_call": 0.00051}
    {"op": "connect", "auth_url": ..., "core_url": ..., "username": ..., "password": ...}
    {"op": "roundtrip", "call": "find_nodes", "iterations": 20} -> {"cpu": ..., "wall": ...}

``worker.py SIDE memory FILE KIND WARM_FILE`` instead decodes one file once in a fresh process and
prints the peak memory that took. Only the standard library is imported up front: the
side's own libraries are imported when the side is set up.
"""

from __future__ import annotations

import functools
import gc
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

ADMIN = ("admin", "start123")
MODELS = {"nodes": "Node", "users": "User", "analyses": "Analysis"}
FIND_NODES_QUERY = "include=registry%2Cregistry_project&page%5Blimit%5D=50&page%5Boffset%5D=0"
GET_NODE_QUERY = "include=registry%2Cregistry_project"


# Decoders: bytes of a list response -> list of models, the way each side does it. -----------


def flamehub_decoders() -> dict[str, Callable[[bytes], list[Any]]]:
    import flamehub

    # The ModelSet that the clients decode with: the same cached decoders as find_nodes uses.
    models = flamehub.CoreClient.models

    def make(model: str) -> Callable[[bytes], list[Any]]:
        def decode(body: bytes) -> list[Any]:
            return models.list_decoder(model).decode(body).data

        return decode

    return {kind: make(model) for kind, model in MODELS.items()}


def msgspec_decoders() -> dict[str, Callable[[bytes], list[Any]]]:
    import floor

    # Imported, never used: so that this process holds the same objects as flamehub's. A full
    # collection of the garbage collector walks every tracked object of the process, and the
    # floor must not look faster only because its process is smaller.
    import flamehub  # noqa: F401

    def make(kind: str) -> Callable[[bytes], list[Any]]:
        decoder = floor.LIST_DECODERS[kind]

        def decode(body: bytes) -> list[Any]:
            return decoder.decode(body).data

        return decode

    return {kind: make(kind) for kind in MODELS}


def reference_decoders() -> dict[str, Callable[[bytes], list[Any]]]:
    # flame-hub-client 0.2.6 reads a list response as ResourceList[Model](**r.json()), and
    # httpx's Response.json() is json.loads(response.content): the same two steps here.
    import flame_hub.models as ref

    def make(model: Any) -> Callable[[bytes], list[Any]]:
        def decode(body: bytes) -> list[Any]:
            return ref.ResourceList[model](**json.loads(body)).data

        return decode

    return {kind: make(getattr(ref, model)) for kind, model in MODELS.items()}


DECODERS = {
    "flamehub": flamehub_decoders,
    "msgspec": msgspec_decoders,
    "reference": reference_decoders,
}


def describe() -> dict[str, Any]:
    """Where the side's library comes from, to check that each side runs what it should."""
    import importlib.metadata

    info: dict[str, Any] = {"python": sys.version.split()[0], "executable": sys.executable}
    for name in ("flamehub", "flame_hub", "msgspec", "pydantic", "requests", "httpx"):
        module = sys.modules.get(name)
        if module is not None:
            info[name] = getattr(module, "__file__", None)
    if "flamehub" in sys.modules:
        config = sys.modules["flamehub"].models.Node.__struct_config__
        info["struct_options"] = {"gc": config.gc, "omit_defaults": config.omit_defaults}
    if "floor" in sys.modules:
        info["struct_options"] = sys.modules["floor"].OPTIONS
    for dist in ("flame-hub-client", "pydantic", "msgspec", "requests", "httpx", "urllib3"):
        try:
            info[dist + "=="] = importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            pass
    return info


def fingerprint(items: list[Any], kind: str) -> list[str]:
    """A few decoded values of the first and last item, compared across the sides."""
    nested = {"nodes": "registry_project", "users": "realm", "analyses": "project"}[kind]
    result = []
    for item in (items[0], items[-1]):
        inner = getattr(item, nested)
        result += [str(item.id), item.name, item.created_at.isoformat(), str(inner.id)]
    return [*result, str(len(items))]


# Round trips -----------------------------------------------------------------------------


class Roundtrips:
    """find_nodes(page={"limit": 50}) and get_node(id) against a running emulator."""

    def __init__(self, side: str, command: dict[str, Any]) -> None:
        self.side = side
        self.node_id = command["node_id"]
        auth_url, core_url = command["auth_url"], command["core_url"]
        user, password = command["username"], command["password"]
        if side == "flamehub":
            import flamehub
            import flamehub.auth

            auth = flamehub.auth.PasswordAuth(user, password, base_url=auth_url)
            client: Any = flamehub.CoreClient(base_url=core_url, auth=auth)
            self.calls = {
                "find_nodes": lambda: client.find_nodes(page={"limit": 50}),
                "get_node": lambda: client.get_node(self.node_id),
            }
        elif side == "reference":
            import flame_hub
            import flame_hub.auth

            auth = flame_hub.auth.PasswordAuth(username=user, password=password, base_url=auth_url)
            client = flame_hub.CoreClient(base_url=core_url, auth=auth)
            self.calls = {
                "find_nodes": lambda: client.find_nodes(page={"limit": 50}),
                "get_node": lambda: client.get_node(self.node_id),
            }
        else:
            self.calls = self._bare_urllib3(auth_url, core_url, user, password)

    def _bare_urllib3(self, auth_url: str, core_url: str, user: str, password: str) -> Any:
        # The floor of a client: one urllib3 request with a bearer token, decoded into
        # hand-written Structs. No session, no hooks, no auth flow, no error handling.
        import floor
        import msgspec
        import urllib3

        pool = urllib3.PoolManager()
        grant = {"grant_type": "password", "username": user, "password": password}
        answer = pool.request("POST", auth_url.rstrip("/") + "/token", json=grant)
        token = json.loads(answer.data)["access_token"]
        headers = {"Authorization": "Bearer " + token}
        base = core_url.rstrip("/") + "/nodes"
        find_url = base + "?" + FIND_NODES_QUERY
        get_url = base + "/" + self.node_id + "?" + GET_NODE_QUERY
        nodes = floor.LIST_DECODERS["nodes"]
        node = msgspec.json.Decoder(floor.Node)
        return {
            "find_nodes": lambda: nodes.decode(pool.request("GET", find_url, headers=headers).data),
            "get_node": lambda: node.decode(pool.request("GET", get_url, headers=headers).data),
        }

    def check(self) -> dict[str, Any]:
        found = self.calls["find_nodes"]()
        items = found.data if hasattr(found, "data") else found
        one = self.calls["get_node"]()
        return {"found": len(items), "got": str(one.id), "registry": one.registry.name}

    def measure(self, call: str, iterations: int) -> dict[str, float]:
        func = self.calls[call]
        gc.collect()
        cpu, wall = time.process_time(), time.perf_counter()
        for _ in range(iterations):
            func()
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        return {"cpu": cpu / iterations, "wall": wall / iterations}


def seed_nodes(url: str, count: int) -> str:
    """Fill the emulator with ``count`` nodes on a registry; returns one node's id."""
    import flamehub
    from flamehub.auth import PasswordAuth

    auth = PasswordAuth(*ADMIN, base_url=f"{url}/auth/")
    with flamehub.CoreClient(base_url=f"{url}/core/", auth=auth) as core:
        registry = core.create_registry(
            name="bench-registry", host="harbor.example.org", account_name="robot$bench"
        )
        node = None
        for index in range(count):
            node = core.create_node(name=f"bench-node-{index:03d}", registry_id=registry)
        assert node is not None
        return str(node.id)


# The loop --------------------------------------------------------------------------------


def serve(side: str) -> None:
    decoders = DECODERS[side]()
    bodies: dict[str, bytes] = {}
    roundtrips: Roundtrips | None = None
    reply({"ready": side, "info": describe()})
    for line in sys.stdin:
        command = json.loads(line)
        op = command["op"]
        if op == "exit":
            break
        if op == "load":
            checks = {}
            for case, path in command["cases"].items():
                bodies[case] = Path(path).read_bytes()
                kind = case.split("-")[0]
                checks[case] = fingerprint(decoders[kind](bodies[case]), kind)
            reply({"checks": checks})
        elif op in ("calibrate", "decode"):
            case = command["case"]
            decode, body = decoders[case.split("-")[0]], bodies[case]
            if op == "calibrate":
                reply({"iterations": calibrate(functools.partial(decode, body), command["target"])})
            else:
                reply({"per_call": time_decode(decode, body, command["iterations"])})
        elif op == "seed":
            reply({"node_id": seed_nodes(command["url"], command["count"])})
        elif op == "connect":
            roundtrips = Roundtrips(side, command)
            reply({"check": roundtrips.check()})
        elif op == "roundtrip":
            assert roundtrips is not None, "connect first"
            reply(roundtrips.measure(command["call"], command["iterations"]))
        elif op == "calibrate_roundtrip":
            assert roundtrips is not None, "connect first"
            func = roundtrips.calls[command["call"]]
            reply({"iterations": calibrate(func, command["target"])})
        else:
            reply({"error": f"unknown op {op!r}"})


def reply(message: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def calibrate(func: Callable[[], Any], target: float) -> int:
    """How many calls take about ``target`` seconds (at least one), after a warm-up."""
    for _ in range(3):
        func()
    iterations = 1
    while True:
        started = time.perf_counter()
        for _ in range(iterations):
            func()
        elapsed = time.perf_counter() - started
        if elapsed >= target / 4 or iterations >= 1 << 20:
            return max(1, round(iterations * target / max(elapsed, 1e-9)))
        iterations *= 4


def time_decode(decode: Callable[[bytes], Any], body: bytes, iterations: int) -> float:
    # The garbage collector stays on, as in a program: its work on the models is part of what
    # decoding costs. Each result is dropped before the next call, so freeing it counts too.
    gc.collect()
    started = time.perf_counter()
    for _ in range(iterations):
        decode(body)
    return (time.perf_counter() - started) / iterations


# Memory ----------------------------------------------------------------------------------


def _status_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise KeyError(field)


def _reset_peak() -> bool:
    """Reset the peak resident size (VmHWM) of this process, where Linux allows it."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def memory(side: str, path: str, kind: str, warm_path: str) -> None:
    """Peak and retained resident memory of decoding one response, from a settled baseline."""
    decode = DECODERS[side]()[kind]
    decode(Path(warm_path).read_bytes())  # build lazily made validators before the baseline
    body = Path(path).read_bytes()
    gc.collect()
    reset = _reset_peak()
    before_rss = _status_kib("VmRSS")
    before_peak = _status_kib("VmHWM")
    items = decode(body)
    peak = _status_kib("VmHWM")
    after = _status_kib("VmRSS")
    baseline = before_rss if reset else before_peak
    reply(
        {
            "side": side,
            "kind": kind,
            "items": len(items),
            "body_bytes": len(body),
            "peak_kib": peak - baseline,
            "retained_kib": after - before_rss,
            "peak_reset": reset,
        }
    )


def main(argv: list[str]) -> None:
    side = argv[1]
    if side not in DECODERS:
        sys.exit(f"unknown side {side!r}; use {', '.join(DECODERS)}")
    if len(argv) > 2 and argv[2] == "memory":
        memory(side, *argv[3:6])
    else:
        serve(side)


if __name__ == "__main__":
    main(sys.argv)
