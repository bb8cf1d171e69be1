"""The typing suite: usage that must type-check, and mistakes that must not.

The files next to this one are examples for a type checker, never run:

- ``*_ok.py`` use the clients, models and types the way users do, and pin the types the stubs
  promise with ``assert_type`` (for example, ``find_nodes(meta=True)`` is a tuple);
- ``*_fail.py`` hold mistakes (an unknown keyword to ``create_node``, a str for ``hidden``, ...),
  each marked ``# type: ignore[<code>]`` with ``# E: <part of the message>`` on the line above.

The whole directory passes ``mypy --strict --follow-imports=silent tests/typing`` (run from the
repository) only while every example holds: a wrong ``assert_type`` fails, and so does an
ignore that no longer covers an error. ``--follow-imports=silent`` keeps the library's own
modules out of the report: the stubs are what is tested here (tests/test_stubs.py checks them
under --strict themselves).
"""

from __future__ import annotations

import re
import runpy
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
OK_FILES = sorted(HERE.glob("*_ok.py"))
FAIL_FILES = sorted(HERE.glob("*_fail.py"))

_IGNORE = re.compile(r"\s*# type: ignore\[(?P<codes>[a-z-]+(?:, *[a-z-]+)*)\]\s*$")
_EXPECTED_MESSAGE = re.compile(r"^\s*# E: (?P<text>.+)$")
_ERROR = re.compile(
    r"^(?P<path>[^:]+):(?P<line>\d+): error: (?P<message>.*?)  \[(?P<code>[a-z-]+)\]$"
)


def run_mypy(*paths: Path) -> subprocess.CompletedProcess[str]:
    # From the repository: mypy looks in its working directory first, so the flamehub (and
    # stubs) checked are the repository's; its pyproject.toml sets the Python version.
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--follow-imports=silent", "--no-pretty"]
        + [str(path) for path in paths],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_the_directory_passes_mypy_strict() -> None:
    result = run_mypy(HERE)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("Success: no issues found")


class Mistake:
    """A marked line of a *_fail.py file: the codes and message mypy must report there."""

    def __init__(self, line: int, codes: set[str], message: str) -> None:
        self.line = line
        self.codes = codes
        self.message = message

    def __repr__(self) -> str:
        return f"line {self.line}: [{', '.join(sorted(self.codes))}] {self.message!r}"


def strip_ignores(source: str) -> tuple[str, list[Mistake]]:
    """The source without its `# type: ignore[...]` markers, and the mistakes they marked."""
    lines = source.splitlines()
    mistakes = []
    for index, line in enumerate(lines):
        marker = _IGNORE.search(line)
        if marker is None:
            continue
        above = _EXPECTED_MESSAGE.match(lines[index - 1]) if index else None
        assert above is not None, f"line {index + 1}: put `# E: <message>` on the line above"
        codes = {code.strip() for code in marker["codes"].split(",")}
        mistakes.append(Mistake(index + 1, codes, above["text"]))
        lines[index] = line[: marker.start()]
    return "\n".join(lines) + "\n", mistakes


@pytest.mark.parametrize("path", FAIL_FILES, ids=lambda path: path.name)
def test_each_mistake_fails_with_its_error_and_nothing_else_does(
    path: Path, tmp_path: Path
) -> None:
    source, mistakes = strip_ignores(path.read_text(encoding="utf-8"))
    assert mistakes, f"{path.name} marks no mistake"
    copy = tmp_path / path.name
    copy.write_text(source, encoding="utf-8")
    result = run_mypy(copy)

    reported: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for line in result.stdout.splitlines():
        error = _ERROR.match(line)
        if error is not None:
            reported[int(error["line"])].append((error["code"], error["message"]))
    for mistake in mistakes:
        errors = reported.pop(mistake.line, [])
        assert {code for code, _ in errors} == mistake.codes, f"{path.name} {mistake}: {errors}"
        messages = " | ".join(message for _, message in errors)
        assert mistake.message in messages, f"{path.name} {mistake}: mypy said {messages!r}"
    assert not reported, f"{path.name}: errors on lines not marked as mistakes: {dict(reported)}"


@pytest.mark.parametrize("path", OK_FILES, ids=lambda path: path.name)
def test_examples_import_at_run_time(path: Path) -> None:
    # The names the examples use exist at run time too, not only in the stubs.
    runpy.run_path(str(path))
