"""Read the runnable examples out of the earlier client's user guide, a flattened HTML page.

The page lost its markup: prose, code and printed output are plain lines, one after another,
and code lost its indentation. This module finds the examples again:

- A code block starts at a line that can only be the first statement of an example: an
  ``import``, an assignment, a ``print(...)``, an ``assert``, or a ``try:``/``with``/``for``.
  Bare expressions (``client.get_nodes()``) never start a block: the prose quotes such calls
  inline, and they are not meant to be run.
- The block goes on while a bracket is open, after a line that ends with ``:``, and over every
  line that reads as a statement (the starters, calls, ``except ...:``, closing brackets).
- Indentation is put back: the lines after a ``...:`` opener are its body until a line that
  continues the compound statement (``except``, ``else``, ``finally``, ``elif``).
- The expected output follows the block, one item per ``print`` call: a JSON object (which may
  hold a ``...`` line standing for keys left out) or a single line.

The page itself is never copied into the repository; the tests read it at run time.
"""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

__all__ = ["Example", "Output", "extract_examples", "output_items", "matches_shape"]

_NAME = r"[A-Za-z_]\w*"
_STARTS = re.compile(
    rf"""^(?:
        import\ {_NAME}(?:\.{_NAME})*(?:\ as\ {_NAME})?$
      | from\ [\w.]+\ import\ [\w, ]+$
      | {_NAME}(?:\s*,\s*{_NAME})*\s*=(?!=)\s*\S.*
      | print\(.*
      | assert\ .+
      | (?:try|with\ .+|for\ .+)\:$
    )""",
    re.VERBOSE,
)
_CONTINUES = re.compile(
    rf"""^(?:
        {_NAME}(?:\.{_NAME})*\(.*\)$
      | (?:except(?:\ .+)?|else|finally|elif\ .+)\:$
      | [)\]}}]+,?$
    )""",
    re.VERBOSE,
)
_COMPOUND_CONTINUATION = re.compile(r"^(?:except\b.*|else|finally|elif\b.*):$")
_INDENT = "    "


@dataclass
class Output:
    """One expected printed item: a JSON object (``json``, with ``elided`` when the guide
    left keys out with ``...``) or one line of text."""

    text: str
    json: dict | None = None
    elided: bool = False


@dataclass
class Example:
    line: int  # 1-based line of the page where the code starts
    code: str
    outputs: list[Output] = field(default_factory=list)
    prints: int = 0

    @property
    def starts_namespace(self) -> bool:
        """A block that imports the package first begins a new section of the guide."""
        return self.code.splitlines()[0].strip() in ("import flame_hub", "import flamehub")


def _bracket_depth(line: str) -> int:
    depth = 0
    quote = None
    for char in line:
        if quote:
            if char == quote:
                quote = None
        elif char in "\"'":
            quote = char
        elif char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
    return depth


def _reindent(lines: list[str]) -> list[str]:
    """Give back the indentation of compound statements, one level deep as in the guide: the
    lines after an opener (``try:``) or a continuation (``except ...:``) form its body, up to
    the next continuation or the end of the block. Lines inside brackets keep none: Python
    ignores it there."""
    result: list[str] = []
    inside = False
    depth = 0
    for line in lines:
        if depth > 0:
            result.append(line)
        elif line.endswith(":"):
            result.append(line)
            inside = True
        else:
            result.append(_INDENT + line if inside else line)
        depth += _bracket_depth(line)
    return result


def _count_prints(code: str) -> int:
    tree = ast.parse(code)
    return sum(
        1
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "print"
    )


def _read_outputs(lines: list[str], start: int, count: int) -> tuple[list[Output], int]:
    outputs = []
    index = start
    while len(outputs) < count and index < len(lines):
        line = lines[index].strip()
        if line == "{":
            end = index
            depth = 0
            while end < len(lines):
                depth += _bracket_depth(lines[end])
                if depth == 0:
                    break
                end += 1
            body = [item.strip() for item in lines[index : end + 1]]
            elided = "..." in body
            text = "\n".join(item for item in body if item != "...")
            # An elision leaves a trailing comma before the closing brace.
            loaded = json.loads(re.sub(r",\s*}$", "}", text))
            outputs.append(Output("\n".join(body), loaded, elided))
            index = end + 1
        else:
            outputs.append(Output(line))
            index += 1
    return outputs, index


def _blocks(lines: list[str]) -> Iterator[tuple[int, list[str]]]:
    index = 0
    while index < len(lines):
        line = lines[index].strip()
        if not _STARTS.match(line):
            index += 1
            continue
        start = index
        block = [line]
        depth = _bracket_depth(line)
        opened = line.endswith(":")
        index += 1
        while index < len(lines):
            line = lines[index].strip()
            if not line:
                break
            if depth > 0 or opened or _STARTS.match(line) or _CONTINUES.match(line):
                block.append(line)
                depth += _bracket_depth(line)
                opened = line.endswith(":")
                index += 1
            else:
                break
        yield start, block


def extract_examples(text: str) -> list[Example]:
    """Every runnable example of the page, in order, with the output printed after it."""
    lines = text.splitlines()
    examples = []
    consumed = 0
    for start, block in _blocks(lines):
        if start < consumed:
            continue
        code = "\n".join(_reindent(block)) + "\n"
        try:
            prints = _count_prints(code)
        except SyntaxError:
            continue  # prose that happened to look like a statement
        example = Example(line=start + 1, code=code, prints=prints)
        after = start + len(block)
        example.outputs, consumed = _read_outputs(lines, after, prints)
        examples.append(example)
    return examples


# --------------------------------------------------------------------------------------------
# Comparing what a run printed with what the guide shows.

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.I)
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$")


def output_items(printed: str, expected: list[Output]) -> list[str]:
    """Split what a block printed into items shaped like ``expected`` (objects and lines)."""
    lines = printed.splitlines()
    items = []
    index = 0
    for want in expected:
        if index >= len(lines):
            raise AssertionError(f"the run printed fewer items than the guide shows: {printed!r}")
        if want.json is not None:
            end = index
            depth = 0
            while end < len(lines):
                depth += _bracket_depth(lines[end])
                if depth == 0:
                    break
                end += 1
            items.append("\n".join(lines[index : end + 1]))
            index = end + 1
        else:
            items.append(lines[index])
            index += 1
    if index != len(lines):
        raise AssertionError(f"the run printed more than the guide shows: {lines[index:]!r}")
    return items


def _value_shape(value: object) -> object:
    if isinstance(value, str):
        if _UUID.match(value):
            return "uuid"
        if _DATETIME.match(value):
            return "datetime"
        return ("str", value)
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, dict):
        return {key: _value_shape(item) for key, item in value.items()}
    return type(value).__name__


def _line_shape(line: str) -> object:
    line = line.strip()
    if _UUID.match(line):
        return "uuid"
    if line and " " not in line and line.startswith("$2"):
        return "hash"  # a bcrypt hash, as the Hub stores secrets
    return ("line", line)


def matches_shape(printed: str, expected: Output) -> str | None:
    """None when ``printed`` has the shape of ``expected``, else what differs.

    Objects must have the same keys (at least the shown ones when the guide elided some),
    ids and dates must be ids and dates, numbers numbers, and other values equal. A line must
    equal the guide's, except that an id or a hash only needs to be one.
    """
    if expected.json is None:
        got, want = _line_shape(printed), _line_shape(expected.text)
        return None if got == want else f"printed {printed!r}, the guide shows {expected.text!r}"
    try:
        loaded = json.loads(printed)
    except ValueError:
        return f"printed {printed!r}, which is no JSON object"
    if not isinstance(loaded, dict):
        return f"printed {printed!r}, which is no JSON object"
    want_keys, got_keys = list(expected.json), list(loaded)
    if expected.elided:
        missing = [key for key in want_keys if key not in loaded]
        if missing:
            return f"keys {missing} missing from {got_keys}"
    elif set(want_keys) != set(got_keys):
        return f"keys {got_keys} differ from the guide's {want_keys}"
    for key in want_keys:
        got, want = _value_shape(loaded[key]), _value_shape(expected.json[key])
        if got != want:
            return f"{key}: printed {loaded[key]!r}, the guide shows {expected.json[key]!r}"
    return None
