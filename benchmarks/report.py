"""Turn the raw timings of ``run.py`` into ratios, a table, a plot and the README's results."""

from __future__ import annotations

import datetime
import json
import math
import os
import platform
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
README_START = "<!-- results:start -->"
README_END = "<!-- results:end -->"

#: ratio name -> target (ours / theirs must be at most this)
TARGETS = {
    "decode_vs_reference": 0.2,
    "decode_vs_msgspec": 1.10,
    "roundtrip_vs_reference": 0.8,
    "import_vs_reference": 0.5,
    "memory_vs_reference": 0.5,
}


# Statistics ------------------------------------------------------------------------------


def spread(values: list[float]) -> dict[str, float]:
    """Median and interquartile range (p25, p75) of ``values``."""
    ordered = sorted(values)
    if len(ordered) < 2:
        return {"median": ordered[0], "p25": ordered[0], "p75": ordered[0], "n": len(ordered)}
    p25, _, p75 = statistics.quantiles(ordered, n=4, method="inclusive")
    return {"median": statistics.median(ordered), "p25": p25, "p75": p75, "n": len(ordered)}


def paired(ours: list[float], theirs: list[float]) -> dict[str, float]:
    """The ratios of the rounds (each round measured both sides back to back)."""
    return spread([a / b for a, b in zip(ours, theirs, strict=True)])


def geomean(values: list[float]) -> float:
    return math.exp(sum(math.log(value) for value in values) / len(values))


def summarize(results: dict[str, Any]) -> dict[str, Any]:
    """Every ratio with its spread, and the headline ratios of the contract."""
    detail: dict[str, Any] = {}
    ratios: dict[str, Any] = {}
    decode = results["decode"]["times"]
    for case, sides in decode.items():
        detail[f"decode/{case}"] = {
            "vs_reference": paired(sides["flamehub"], sides["reference"]),
            "vs_msgspec": paired(sides["flamehub"], sides["msgspec"]),
        }
    largest = max(int(case.rsplit("-", 1)[1]) for case in decode)
    at_largest = [
        detail[f"decode/{case}"]["vs_reference"]["median"]
        for case in decode
        if case.endswith(f"-{largest}")
    ]
    vs_floor = [detail[f"decode/{case}"]["vs_msgspec"]["median"] for case in decode]
    ratios["decode_vs_reference"] = round(geomean(at_largest), 3)
    ratios["decode_vs_msgspec"] = round(geomean(vs_floor), 3)

    roundtrip = results.get("roundtrip")
    if roundtrip:
        cpu = []
        times = roundtrip["times"]
        for call, sides in times.items():
            ours = sides["flamehub"]
            detail[f"roundtrip/{call}"] = {
                "cpu_vs_reference": paired(ours["cpu"], sides["reference"]["cpu"]),
                "wall_vs_reference": paired(ours["wall"], sides["reference"]["wall"]),
                "cpu_vs_urllib3": paired(ours["cpu"], sides["msgspec"]["cpu"]),
            }
            cpu.append(detail[f"roundtrip/{call}"]["cpu_vs_reference"]["median"])
        ratios["roundtrip_vs_reference"] = round(geomean(cpu), 3)
    else:
        ratios["roundtrip_vs_reference"] = None

    imports = results["import"]["times"]
    detail["import"] = {
        "process_vs_reference": paired(
            imports["flamehub"]["process"], imports["reference"]["process"]
        ),
        "process_cpu_vs_reference": paired(
            imports["flamehub"]["process_cpu"], imports["reference"]["process_cpu"]
        ),
        "statement_vs_reference": paired(
            imports["flamehub"]["import"], imports["reference"]["import"]
        ),
    }
    ratios["import_vs_reference"] = round(detail["import"]["process_vs_reference"]["median"], 3)

    memory = []
    for kind, sides in results["memory"]["runs"].items():
        peaks = {
            side: statistics.median(r["peak_kib"] for r in runs) for side, runs in sides.items()
        }
        detail[f"memory/{kind}"] = {"vs_reference": peaks["flamehub"] / peaks["reference"]}
        memory.append(detail[f"memory/{kind}"]["vs_reference"])
    ratios["memory_vs_reference"] = round(geomean(memory), 3) if memory else None
    ratios["decode_vs_msgspec_worst"] = round(max(vs_floor), 3)
    ratios["mode"] = results["mode"]
    return {"ratios": ratios, "detail": detail}


# The table -------------------------------------------------------------------------------


def duration(seconds: float) -> str:
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.2f} ms"
    return f"{seconds * 1e6:.0f} µs"


def timing(values: list[float]) -> str:
    """Median with the interquartile range as a percentage of it."""
    found = spread(values)
    width = (found["p75"] - found["p25"]) / found["median"] * 100
    return f"{duration(found['median'])} ±{width / 2:.0f}%"


def ratio(found: dict[str, float]) -> str:
    return f"**{found['median']:.3f}** ({found['p25']:.3f}–{found['p75']:.3f})"


def verdict(name: str, value: float | None) -> str:
    if value is None:
        return "not measured"
    return "met" if value <= TARGETS[name] else "**missed**"


def table(results: dict[str, Any], summary: dict[str, Any]) -> str:
    detail, ratios = summary["detail"], summary["ratios"]
    lines = [
        f"Run: `{results['mode']}`, {results['seconds']} s, {results['machine']['date']}.  ",
        f"Machine: {results['machine']['text']}.",
        "",
        "| ratio (ours / theirs) | measured | target | |",
        "| --- | --- | --- | --- |",
    ]
    for name, target in TARGETS.items():
        value = ratios.get(name)
        shown = "–" if value is None else f"{value:.3f}"
        lines.append(f"| `{name}` | {shown} | ≤ {target} | {verdict(name, value)} |")
    lines += [
        "",
        "Times are medians per call, ± half the interquartile range; ratios are medians of the "
        "per-round ratios, with their interquartile range.",
        "",
        "**Decoding** a list response from the same bytes (flamehub: the client's cached "
        "decoder; reference: `ResourceList[Model](**json.loads(body))`):",
        "",
        "| items | flamehub | msgspec floor | reference | vs reference | vs floor |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for case, sides in results["decode"]["times"].items():
        found = detail[f"decode/{case}"]
        lines.append(
            f"| {case} | {timing(sides['flamehub'])} | {timing(sides['msgspec'])} | "
            f"{timing(sides['reference'])} | {ratio(found['vs_reference'])} | "
            f"{ratio(found['vs_msgspec'])} |"
        )
    roundtrip = results.get("roundtrip")
    if roundtrip:
        lines += [
            "",
            "**Round trips** against one emulator in its own process: client CPU per call "
            "(`time.process_time`), wall time beside it; the floor is a bare urllib3 request "
            "decoded into the hand-written Structs:",
            "",
            "| call | CPU flamehub | CPU reference | CPU urllib3 floor | CPU vs reference | "
            "wall flamehub | wall reference | wall vs reference |",
            "| --- | --- | --- | --- | --- | --- | --- | --- |",
        ]
        times = roundtrip["times"]
        for call, sides in times.items():
            found = detail[f"roundtrip/{call}"]
            lines.append(
                f"| `{call}` | {timing(sides['flamehub']['cpu'])} | "
                f"{timing(sides['reference']['cpu'])} | {timing(sides['msgspec']['cpu'])} | "
                f"{ratio(found['cpu_vs_reference'])} | {timing(sides['flamehub']['wall'])} | "
                f"{timing(sides['reference']['wall'])} | {ratio(found['wall_vs_reference'])} |"
            )
    imports = results["import"]["times"]
    lines += [
        "",
        '**Import** in a fresh process (`python -S -c "import flamehub"` against the '
        "reference's `import flame_hub`, each with its site-packages put on `sys.path`):",
        "",
        "| | flamehub | reference | ratio |",
        "| --- | --- | --- | --- |",
        f"| whole process | {timing(imports['flamehub']['process'])} | "
        f"{timing(imports['reference']['process'])} | "
        f"{ratio(detail['import']['process_vs_reference'])} |",
        f"| whole process, CPU time | {timing(imports['flamehub']['process_cpu'])} | "
        f"{timing(imports['reference']['process_cpu'])} | "
        f"{ratio(detail['import']['process_cpu_vs_reference'])} |",
        f"| the import statement | {timing(imports['flamehub']['import'])} | "
        f"{timing(imports['reference']['import'])} | "
        f"{ratio(detail['import']['statement_vs_reference'])} |",
    ]
    memory = results["memory"]["runs"]
    if memory:
        lines += [
            "",
            "**Memory** of decoding one response of 10,000 items, each in a fresh process: "
            "peak resident memory above the settled baseline (what the result keeps in brackets):",
            "",
            "| items | body | flamehub | msgspec floor | reference | vs reference |",
            "| --- | --- | --- | --- | --- | --- |",
        ]
        for kind, sides in memory.items():
            cells = []
            for side in ("flamehub", "msgspec", "reference"):
                peak = statistics.median(run["peak_kib"] for run in sides[side]) / 1024
                kept = statistics.median(run["retained_kib"] for run in sides[side]) / 1024
                cells.append(f"{peak:.1f} MiB ({kept:.1f})")
            body = sides["flamehub"][0]["body_bytes"] / 2**20
            lines.append(
                f"| {kind}-10000 | {body:.1f} MiB | {' | '.join(cells)} | "
                f"**{detail[f'memory/{kind}']['vs_reference']:.3f}** |"
            )
    return "\n".join(lines)


# The machine -----------------------------------------------------------------------------


def machine(sides: dict[str, dict[str, Any]]) -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    with _suppress():
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = ""
    with _suppress():
        kib = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kib / 2**20:.0f} GiB"
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    ours, ref = sides["flamehub"], sides["reference"]
    text = (
        f"{cpu}, {cores} cores{memory}, {platform.system()} {platform.release()}; "
        f"CPython {ours['python']}; flamehub with msgspec {ours.get('msgspec==')}, "
        f"requests {ours.get('requests==')}; reference flame-hub-client "
        f"{ref.get('flame-hub-client==')} with pydantic {ref.get('pydantic==')}, "
        f"httpx {ref.get('httpx==')}"
    )
    commit = ""
    with _suppress():
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            cwd=HERE,
        ).stdout.strip()
    return {
        "text": text,
        "commit": commit,
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        + (f", commit {commit}" if commit else ""),
    }


class _suppress:
    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, *rest: object) -> bool:
        return kind is not None and issubclass(kind, (OSError, ValueError, IndexError))


# Files -----------------------------------------------------------------------------------


def write_results(
    results: dict[str, Any], summary: dict[str, Any], text: str, *, plot: bool
) -> list[Path]:
    """``results/latest.md`` (the table), ``latest.json`` (ratios and raw timings) and
    ``latest.png`` (the ratios against their targets)."""
    RESULTS.mkdir(exist_ok=True)
    written = [RESULTS / "latest.md", RESULTS / "latest.json"]
    written[0].write_text(text + "\n")
    raw = {"summary": summary, "results": results}
    written[1].write_text(json.dumps(raw, indent=1, sort_keys=True) + "\n")
    if plot:
        path = draw(summary)
        if path is not None:
            written.append(path)
    return written


def _matplotlib() -> Any:
    """matplotlib, installed into this environment on first use (a benchmark-only need)."""
    try:
        import matplotlib
    except ImportError:
        print("installing matplotlib for the plot (benchmarks only)", file=sys.stderr)
        command = [sys.executable, "-m", "pip", "install", "--quiet", "matplotlib"]
        if subprocess.run(command).returncode:
            return None
        import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def _plot_rows(summary: dict[str, Any]) -> list[tuple[str, dict[str, float], float, bool]]:
    """(label, median and quartiles, target or nan, is a headline ratio), top to bottom."""
    nan = math.nan
    rows = []
    for name, target in TARGETS.items():
        value = summary["ratios"].get(name)
        if value is not None:
            rows.append((name, {"median": value, "p25": value, "p75": value}, target, True))
    detail = summary["detail"]
    for column, label in (("vs_reference", "reference"), ("vs_msgspec", "msgspec floor")):
        for key, found in detail.items():
            if key.startswith("decode/"):
                case = key.split("/", 1)[1]
                target = 0.2 if label == "reference" and case.endswith("-1000") else nan
                rows.append((f"decode {case} vs {label}", found[column], target, False))
    for key, found in detail.items():
        if key.startswith("roundtrip/"):
            call = key.split("/", 1)[1]
            rows.append((f"{call}: CPU", found["cpu_vs_reference"], 0.8, False))
            rows.append((f"{call}: wall", found["wall_vs_reference"], nan, False))
    for key in ("process_vs_reference", "process_cpu_vs_reference", "statement_vs_reference"):
        found = detail["import"][key]
        rows.append((f"import: {key.removesuffix('_vs_reference')}", found, nan, False))
    for key, found in detail.items():
        if key.startswith("memory/"):
            value = found["vs_reference"]
            point = {"median": value, "p25": value, "p75": value}
            rows.append((f"memory: {key.split('/', 1)[1]}-10000", point, 0.5, False))
    return rows


def draw(summary: dict[str, Any]) -> Path | None:
    """The headline ratios against their targets (green: met, red: missed), then every
    ratio they summarize (blue), with their interquartile ranges; log scale."""
    plt = _matplotlib()
    if plt is None:
        print("no matplotlib: no plot", file=sys.stderr)
        return None
    rows = _plot_rows(summary)[::-1]
    figure, axes = plt.subplots(figsize=(9, 0.3 * len(rows) + 1.2))
    positions = range(len(rows))
    medians = [row[1]["median"] for row in rows]
    errors = [
        [row[1]["median"] - row[1]["p25"] for row in rows],
        [row[1]["p75"] - row[1]["median"] for row in rows],
    ]
    colors = [
        ("tab:green" if row[1]["median"] <= row[2] else "tab:red") if row[3] else "tab:blue"
        for row in rows
    ]
    axes.barh(positions, medians, xerr=errors, color=colors, alpha=0.75, capsize=2)
    axes.scatter([row[2] for row in rows], positions, marker="|", s=200, color="black", zorder=3)
    axes.axvline(1.0, color="grey", linewidth=0.8)
    axes.set_xscale("log")
    labels = [f"$\\bf{{{row[0]}}}$".replace("_", "\\_") if row[3] else row[0] for row in rows]
    axes.set_yticks(list(positions), labels, fontsize=8)
    axes.set_xlabel("flamehub / other (log scale; below 1 is faster or smaller; | = target)")
    axes.set_title(f"flamehub benchmarks ({summary['ratios']['mode']} run)")
    figure.tight_layout()
    path = RESULTS / "latest.png"
    figure.savefig(path, dpi=110)
    plt.close(figure)
    return path


def update_readme(readme: Path, text: str) -> None:
    """Put ``text`` between the results markers of the README."""
    content = readme.read_text()
    start, end = content.find(README_START), content.find(README_END)
    if start < 0 or end < start:
        print(f"{readme}: no results markers; left as it is", file=sys.stderr)
        return
    if (RESULTS / "latest.png").exists():
        text += "\n\n![The ratios against their targets](results/latest.png)"
    before, after = content[: start + len(README_START)], content[end:]
    readme.write_text(f"{before}\n{text}\n{after}")
