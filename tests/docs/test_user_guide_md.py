"""Every code block of ``docs/user-guide.md`` runs, so the guide cannot drift from the code.

The blocks talk to ``http://localhost:3000``, as a reader's would after
``python -m flamehub serve``: an emulator listens there, fresh for this module. They run in
order in one namespace, like a Python session a reader types them into. Functions the guide
defines as pytest tests (``def test_...(hub_emulator)``) are then called too, each with a
fresh emulator, as the plugin's fixture would hand it to them.
"""

from __future__ import annotations

import contextlib
import inspect
import io
import re
from pathlib import Path

import pytest

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "user-guide.md"
PORT = 3000
_FENCE = re.compile(r"^```([\w-]*)[^\n]*\n(.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)


def code_blocks(text: str) -> list[tuple[int, str, str]]:
    """(line, language, code) of every fenced block."""
    return [
        (text.count("\n", 0, match.start()) + 1, match.group(1), match.group(2))
        for match in _FENCE.finditer(text)
    ]


def test_code_blocks_are_found():
    text = "Prose\n```python\nx = 1\n```\nMore\n```python\ny = 2\nz = 3\n```\n"
    assert code_blocks(text) == [(2, "python", "x = 1\n"), (6, "python", "y = 2\nz = 3\n")]


def test_every_block_is_python_so_that_every_block_runs():
    blocks = code_blocks(GUIDE.read_text(encoding="utf-8"))
    assert len(blocks) >= 20
    assert {language for _, language, _ in blocks} == {"python"}


@pytest.fixture(scope="module")
def hub_on_3000():
    from flamehub.testing import HubEmulator

    hub = HubEmulator(port=PORT)
    try:
        hub.start()
    except OSError as exc:
        pytest.fail(
            f"the guide's examples need a Hub at http://localhost:{PORT}, but the port cannot "
            f"be bound ({exc}); stop whatever listens there and run again",
            pytrace=False,
        )
    try:
        yield hub
    finally:
        hub.stop()


def test_every_block_of_the_guide_runs(hub_on_3000):
    from flamehub.testing import HubEmulator

    namespace: dict = {"__name__": "__user_guide__"}
    printed = io.StringIO()
    for line, _, code in code_blocks(GUIDE.read_text(encoding="utf-8")):
        compiled = compile(code, f"<docs/user-guide.md, block at line {line}>", "exec")
        with contextlib.redirect_stdout(printed):
            exec(compiled, namespace)

    tests = [
        value
        for name, value in namespace.items()
        if name.startswith("test_") and inspect.isfunction(value)
    ]
    assert tests, "the guide's section on the pytest plugin defines a test"
    for function in tests:
        assert list(inspect.signature(function).parameters) == ["hub_emulator"]
        with HubEmulator() as hub, contextlib.redirect_stdout(printed):
            function(hub)


README = GUIDE.parents[1] / "README.md"


def test_every_python_block_of_the_readme_runs(hub_on_3000):
    blocks = [
        (line, code)
        for line, language, code in code_blocks(README.read_text())
        if language == "python"
    ]
    assert blocks, "the README shows the client in a Python block"
    namespace: dict = {"__name__": "__readme__"}
    for line, code in blocks:
        exec(compile(code, f"<README.md, block at line {line}>", "exec"), namespace)
