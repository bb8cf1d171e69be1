"""Benchmarks: flamehub against flame-hub-client 0.2.6 (the reference) and the msgspec floor.

    python benchmarks/run.py --quick   # under a minute; the last line is a JSON object
    python benchmarks/run.py           # longer; writes benchmarks/results/ and the README

Each side runs in its own process and the sides take turns, batch by batch (interleaved), so
that a slow moment of the machine hits every side alike: flamehub and the hand-written msgspec
floor in this interpreter (which must import flamehub, msgspec and requests), the reference in
its own venv, ``benchmarks/.venv-ref``, made here from PyPI on first use (both install the
import name ``flame_hub``, so they can never share one environment). Every ratio is ours
divided by theirs, so below 1 means flamehub is faster or smaller; each is the median of the
ratios of the rounds, with the interquartile range of those ratios as its spread.

No timing here is a test: nothing fails when a ratio misses its target.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import resource
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import payloads  # noqa: E402
import report  # noqa: E402

#: The checkout of flamehub that is measured (``--ours`` measures another one, for an A/B).
OURS_ROOT = ROOT
REFERENCE = "flame-hub-client==0.2.6"
REF_VENV = HERE / ".venv-ref"
SIDES = ("flamehub", "msgspec", "reference")
ADMIN = ("admin", "start123")
ROUNDTRIP_CALLS = ("find_nodes", "get_node")


@dataclass(frozen=True)
class Plan:
    """How long each part runs: --quick is a smoke test, the full run is the measurement."""

    decode_rounds: int
    decode_batch: float  # seconds of calls per measured batch
    roundtrip_rounds: int
    roundtrip_batch: float
    import_rounds: int
    memory_rounds: int
    memory_kinds: tuple[str, ...]


QUICK = Plan(7, 0.012, 7, 0.06, 5, 1, payloads.KINDS)
FULL = Plan(31, 0.05, 25, 0.25, 21, 3, payloads.KINDS)


_STARTED = time.perf_counter()


def log(message: str) -> None:
    print(f"[{time.perf_counter() - _STARTED:5.1f} s] {message}", file=sys.stderr, flush=True)


# Environments ----------------------------------------------------------------------------


def ensure_reference(python: str | None) -> str:
    """The reference venv's python, created and filled from PyPI when it is missing."""
    if python:
        return python
    ref_python = REF_VENV / "bin" / "python"
    if ref_python.exists():
        check = subprocess.run(
            [str(ref_python), "-I", "-c", "import importlib.metadata as m;"
             "print(m.version('flame-hub-client'))"],
            capture_output=True, text=True,
        )  # fmt: skip
        if check.stdout.strip() == REFERENCE.split("==")[1]:
            return str(ref_python)
    log(f"installing {REFERENCE} from PyPI into {REF_VENV} (once)")
    subprocess.run([sys.executable, "-m", "venv", "--clear", str(REF_VENV)], check=True)
    pip = [str(ref_python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, REFERENCE], check=True)
    return str(ref_python)


def side_command(side: str, ref_python: str) -> tuple[list[str], dict[str, str]]:
    """The interpreter and environment of a side.

    The reference runs isolated (-I: no PYTHONPATH, no script or working folder on the path)
    so that nothing of this repository, above all its ``flame_hub`` alias, can shadow it.
    """
    env = dict(os.environ)
    # Bytecode caches are written (once, by the warm-up runs) as an installed package has them:
    # without them every import would compile the sources again.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if side == "reference":
        env.pop("PYTHONPATH", None)
        return [ref_python, "-I"], env
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(OURS_ROOT), env.get("PYTHONPATH")]))
    return [sys.executable], env


class Worker:
    """A running ``worker.py`` of one side: send a command, read its one-line JSON answer."""

    def __init__(self, side: str, ref_python: str, cwd: str) -> None:
        command, env = side_command(side, ref_python)
        self.side = side
        self.process = subprocess.Popen(
            [*command, str(HERE / "worker.py"), side],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
            cwd=cwd,
        )
        self.info = self._read()["info"]

    def _read(self) -> dict[str, Any]:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError(f"the {self.side} worker stopped (exit {self.process.wait()})")
        answer = json.loads(line)
        if "error" in answer:
            raise RuntimeError(f"{self.side} worker: {answer['error']}")
        return answer

    def ask(self, op: str, **fields: Any) -> dict[str, Any]:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps({"op": op, **fields}) + "\n")
        self.process.stdin.flush()
        return self._read()

    def close(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.ask_nowait("exit")
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def ask_nowait(self, op: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps({"op": op}) + "\n")
        self.process.stdin.close()


def rotations(items: tuple[str, ...], rounds: int) -> Iterator[tuple[str, ...]]:
    """Each round starts with another side, so no side is always first after a pause."""
    for index in range(rounds):
        shift = index % len(items)
        yield items[shift:] + items[:shift]


# 1 and 2: decoding -----------------------------------------------------------------------


def bench_decode(workers: dict[str, Worker], files: dict[str, str], plan: Plan) -> dict:
    checks = {side: worker.ask("load", cases=files)["checks"] for side, worker in workers.items()}
    for side, found in checks.items():
        if found != checks["reference"]:
            raise RuntimeError(f"{side} decoded other values than the reference: {found}")
    iterations = {
        (side, case): worker.ask("calibrate", case=case, target=plan.decode_batch)["iterations"]
        for case in files
        for side, worker in workers.items()
    }
    times: dict[str, dict[str, list[float]]] = {case: {s: [] for s in workers} for case in files}
    for order in rotations(tuple(workers), plan.decode_rounds):
        for case in files:
            for side in order:
                answer = workers[side].ask("decode", case=case, iterations=iterations[side, case])
                times[case][side].append(answer["per_call"])
    return {"times": times, "iterations": {f"{s}/{c}": n for (s, c), n in iterations.items()}}


# 3: round trips against the emulator ------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def emulator(ref_python: str) -> Iterator[str | None]:
    """A Hub emulator in its own process (``python -m flamehub serve``); None without one."""
    if not (OURS_ROOT / "flamehub" / "__main__.py").exists():
        log("no flamehub/__main__.py: the round trips are skipped")
        yield None
        return
    command, env = side_command("flamehub", ref_python)
    port = free_port()
    process = subprocess.Popen(
        [*command, "-m", "flamehub", "serve", "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    try:
        url = None
        assert process.stdout is not None
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            line = process.stdout.readline()
            if not line:
                break
            found = re.search(r"flamehub emulator listening on (http://\S+)", line)
            if found:
                url = found.group(1).rstrip("/")
                break
        if url is None:
            log("the emulator did not start: the round trips are skipped")
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def bench_roundtrip(workers: dict[str, Worker], url: str, plan: Plan) -> dict:
    node_id = workers["flamehub"].ask("seed", url=url, count=50)["node_id"]
    connect = {
        "auth_url": f"{url}/auth/",
        "core_url": f"{url}/core/",
        "username": ADMIN[0],
        "password": ADMIN[1],
        "node_id": node_id,
    }
    checks = {side: worker.ask("connect", **connect)["check"] for side, worker in workers.items()}
    if len({json.dumps(check, sort_keys=True) for check in checks.values()}) != 1:
        raise RuntimeError(f"the sides saw different answers: {checks}")
    measured = [(side, call) for call in ROUNDTRIP_CALLS for side in workers]
    iterations = {
        (side, call): workers[side].ask(
            "calibrate_roundtrip", call=call, target=plan.roundtrip_batch
        )["iterations"]
        for side, call in measured
    }
    results: dict[str, dict[str, dict[str, list[float]]]] = {}
    for side, call in measured:
        results.setdefault(call, {})[side] = {"cpu": [], "wall": []}
    for index in range(plan.roundtrip_rounds):
        for call in ROUNDTRIP_CALLS:
            sides = tuple(workers)
            shift = index % len(sides)
            for side in sides[shift:] + sides[:shift]:
                answer = workers[side].ask(
                    "roundtrip", call=call, iterations=iterations[side, call]
                )
                results[call][side]["cpu"].append(answer["cpu"])
                results[call][side]["wall"].append(answer["wall"])
    return {"times": results, "check": checks["flamehub"]}


# 4: import time --------------------------------------------------------------------------

IMPORT_CODE = (
    "import sys; sys.path[:0] = {front!r}; sys.path += {back!r}; import time; "
    "started = time.perf_counter(); import {module}; print(time.perf_counter() - started)"
)
SITE_CODE = (
    "import json, sysconfig; paths = sysconfig.get_paths(); "
    "print(json.dumps(sorted({paths['purelib'], paths['platlib']})))"
)


def bench_import(ref_python: str, rounds: int, cwd: str) -> dict:
    """``python -c "import flamehub"`` and the reference's ``import flame_hub``, each in a fresh
    process: the wall time of the whole process and the time of the import statement.

    Both run with ``-S`` and their site-packages put on ``sys.path`` by hand, so that the
    ``.pth`` files of a development venv (an editable install's finder costs about 50 ms at
    every start) are not counted against the package.
    """
    modules = {"flamehub": "flamehub", "reference": "flame_hub"}
    times: dict[str, dict[str, list[float]]] = {
        side: {"process": [], "process_cpu": [], "import": []} for side in modules
    }
    codes = {}
    for side, module in modules.items():
        command, env = side_command(side, ref_python)
        found = subprocess.run(
            [*command, "-c", SITE_CODE], capture_output=True, text=True, check=True
        )
        front = [str(OURS_ROOT)] if side == "flamehub" else []
        back = json.loads(found.stdout)
        codes[side] = IMPORT_CODE.format(front=front, back=back, module=module)

    def once(side: str) -> tuple[float, float, float]:
        command, env = side_command(side, ref_python)
        cpu = _children_cpu()
        started = time.perf_counter()
        done = subprocess.run(
            [*command, "-S", "-c", codes[side]],
            capture_output=True,
            text=True,
            env=env,
            cwd=cwd,
            check=True,
        )
        wall = time.perf_counter() - started
        return wall, _children_cpu() - cpu, float(done.stdout.strip())

    for side in modules:  # the first import writes the bytecode caches
        once(side)
    for order in rotations(tuple(modules), rounds):
        for side in order:
            wall, cpu, statement = once(side)
            times[side]["process"].append(wall)
            times[side]["process_cpu"].append(cpu)
            times[side]["import"].append(statement)
    return {"times": times}


def _children_cpu() -> float:
    """CPU seconds (user and system) of the ended child processes of this one."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


# 5: memory -------------------------------------------------------------------------------


def bench_memory(ref_python: str, plan: Plan, folder: Path) -> dict:
    """Peak resident memory of decoding a 10,000-item response, each run a fresh process."""
    results: dict[str, dict[str, list[dict[str, Any]]]] = {}
    warm = {kind: folder / f"{kind}-1.json" for kind in payloads.KINDS}
    for kind in plan.memory_kinds:
        path = folder / f"{kind}-{payloads.MEMORY_SIZE}.json"
        path.write_bytes(payloads.make_list(kind, payloads.MEMORY_SIZE))
        results[kind] = {side: [] for side in SIDES}
        for order in rotations(SIDES, plan.memory_rounds):
            for side in order:
                command, env = side_command(side, ref_python)
                args = [str(HERE / "worker.py"), side, "memory", str(path), kind, str(warm[kind])]
                done = subprocess.run(
                    [*command, *args], capture_output=True, text=True, env=env, cwd=folder
                )
                if done.returncode:
                    raise RuntimeError(f"memory run of {side} failed:\n{done.stderr}")
                results[kind][side].append(json.loads(done.stdout.strip().splitlines()[-1]))
        path.unlink()
    return {"runs": results}


# The run ---------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a short smoke run (< 1 minute)")
    parser.add_argument("--ref-python", help="python of a venv with flame-hub-client 0.2.6")
    parser.add_argument("--ours", type=Path, help="measure the flamehub checkout at this path")
    parser.add_argument("--no-roundtrip", action="store_true", help="skip the emulator part")
    parser.add_argument("--no-plot", action="store_true", help="write no plot (full run)")
    parser.add_argument(
        "--no-readme", action="store_true", help="leave benchmarks/README.md as it is"
    )
    args = parser.parse_args(argv)
    plan = QUICK if args.quick else FULL
    if args.ours:
        global OURS_ROOT
        OURS_ROOT = args.ours.resolve()
    started = time.perf_counter()
    ref_python = ensure_reference(args.ref_python)
    results: dict[str, Any] = {"mode": "quick" if args.quick else "full", "plan": plan.__dict__}
    with tempfile.TemporaryDirectory(prefix="flamehub-bench-") as tmp:
        folder = Path(tmp)
        files = payloads.write_payloads(folder)
        workers = {side: Worker(side, ref_python, tmp) for side in SIDES}
        try:
            results["sides"] = {side: worker.info for side, worker in workers.items()}
            measured = workers["flamehub"].info.get("flamehub", "")
            if not measured.startswith(str(OURS_ROOT)):
                log(f"warning: measuring the flamehub at {measured}, not the one in {OURS_ROOT}")
            ours, floor = (workers[side].info.get("struct_options") for side in SIDES[:2])
            if ours != floor:
                log(f"warning: floor.py's Struct options {floor} differ from flamehub's {ours}")
            log("decoding: " + ", ".join(files))
            results["decode"] = bench_decode(workers, files, plan)
            if not args.no_roundtrip:
                with emulator(ref_python) as url:
                    if url is not None:
                        log(f"round trips against the emulator at {url}")
                        results["roundtrip"] = bench_roundtrip(workers, url, plan)
        finally:
            for worker in workers.values():
                worker.close()
        log("import times")
        results["import"] = bench_import(ref_python, plan.import_rounds, tmp)
        log(f"memory of decoding {payloads.MEMORY_SIZE} items")
        results["memory"] = bench_memory(ref_python, plan, folder)
    results["machine"] = report.machine(results["sides"])
    results["seconds"] = round(time.perf_counter() - started, 1)
    summary = report.summarize(results)
    table = report.table(results, summary)
    print(table)
    if not args.quick:
        written = report.write_results(results, summary, table, plot=not args.no_plot)
        log("wrote " + ", ".join(str(path.relative_to(ROOT)) for path in written))
        if not args.no_readme:
            report.update_readme(HERE / "README.md", table)
    print(json.dumps(summary["ratios"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
