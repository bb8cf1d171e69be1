"""The Hub's query language (rapiq 0.9 through typeorm-extension), parsed and evaluated in memory.

A list request carries ``filter[...]``, ``sort``, ``page[...]``, ``fields`` and ``include``.
The Hub never rejects any of them: keys it does not allow, malformed values and unknown names are
dropped silently (hub-api section 3), and so are they here. Rows are plain dicts; comparisons
follow MySQL with a case-insensitive collation, since that is what the Hub runs on:

- string equality, ``LIKE`` and ordering ignore case;
- a comparison with ``NULL`` is never true, so ``!=``, ``NOT IN`` and ``NOT LIKE`` leave out
  rows whose column is null, unless the filter itself names ``null``;
- ``NULL`` sorts first ascending and last descending.

Nothing here knows about HTTP: :func:`parse_query` takes the query as ``(key, value)`` pairs
(already URL-decoded, so a raw ``+`` has become a space, as with the Hub's ``qs``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "FilterCondition",
    "ListQuery",
    "MAX_PAGE_LIMIT",
    "Page",
    "parse_filter_value",
    "parse_query",
    "select_fields",
]

MAX_PAGE_LIMIT = 50

_BRACKETED = re.compile(r"^([A-Za-z_]+)((?:\[[^\[\]]*\])+)$")
_INTEGER = re.compile(r"^[+-]?\d+$")
_NUMBER = re.compile(r"^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$")


@dataclass(frozen=True)
class FilterCondition:
    """One ``filter[key]=expr``: ``operator`` is one of ``eq ne like not_like lt le gt ge in
    not_in``; ``values`` holds one operand (several for the list operators), each with its text
    and its typed value (``None`` stands for ``null``)."""

    key: str
    operator: str
    values: tuple[Any, ...]


@dataclass(frozen=True)
class Page:
    limit: int
    offset: int


@dataclass
class ListQuery:
    """The parsed query of one request, before any key is checked against what a resource
    allows."""

    filters: list[FilterCondition] = field(default_factory=list)
    sort: list[tuple[str, bool]] = field(default_factory=list)  # (key, descending)
    page: Page | None = None
    fields: list[str] = field(default_factory=list)
    include: list[str] = field(default_factory=list)


def _split_key(key: str) -> tuple[str, list[str]]:
    """``filter[node][name]`` -> ``("filter", ["node", "name"])``, as ``qs`` nests it."""
    match = _BRACKETED.match(key)
    if not match:
        return key, []
    return match.group(1), re.findall(r"\[([^\[\]]*)\]", match.group(2))


def _coerce(text: str) -> Any:
    """A filter operand as rapiq reads it: booleans, ``null`` and numbers are typed."""
    lowered = text.lower()
    if lowered == "true":
        return True
    if lowered == "false":
        return False
    if lowered == "null":
        return None
    if _INTEGER.match(text):
        return int(text)
    if _NUMBER.match(text):
        return float(text)
    return text


@dataclass(frozen=True)
class _Operand:
    """A coerced operand that remembers its text: ``007`` compares as a number against numeric
    columns and as the string ``"007"`` against string columns."""

    text: str
    value: Any


def parse_filter_value(key: str, raw: str | Sequence[str]) -> FilterCondition | None:
    """Read one filter expression; ``None`` when it is empty and therefore dropped.

    Order (hub-api 3.1): a comma (or a repeated key) makes a list; a leading ``!`` negates;
    a list becomes IN / NOT IN; otherwise ``~``, ``<=``, ``<``, ``>=``, ``>`` are checked in
    that order and equality is the fallback.
    """
    if isinstance(raw, str):
        text = raw.strip()
        negated = text.startswith("!")
        if negated:
            text = text[1:].strip()
        items = text.split(",") if "," in text else None
    else:
        texts = [item.strip() for item in raw]
        negated = bool(texts) and texts[0].startswith("!")
        if negated:
            texts[0] = texts[0][1:]
        items = texts
        text = ",".join(texts)
    if items is not None:
        operands = [_Operand(item.strip(), _coerce(item.strip())) for item in items]
        operands = [o for o in operands if o.text]
        if not operands:
            return None
        return FilterCondition(key, "not_in" if negated else "in", tuple(operands))
    if not text:
        return None
    for prefix, operator in (("~", "like"), ("<=", "le"), ("<", "lt"), (">=", "ge"), (">", "gt")):
        if text.startswith(prefix):
            operand = text[len(prefix) :].strip()
            if not operand:
                return None
            if operator == "like":
                operator = "not_like" if negated else "like"
                return FilterCondition(key, operator, (_Operand(operand, operand),))
            # A leading `!` is ignored for the comparisons.
            return FilterCondition(key, operator, (_Operand(operand, _coerce(operand)),))
    return FilterCondition(key, "ne" if negated else "eq", (_Operand(text, _coerce(text)),))


def _parse_page_number(texts: Sequence[str]) -> int | None:
    try:
        return int(texts[-1].strip())
    except (ValueError, IndexError):
        return None


def parse_query(pairs: Iterable[tuple[str, str]]) -> tuple[ListQuery, bool]:
    """Parse the query string; returns the query and whether any ``page`` key was sent."""
    grouped: dict[tuple[str, tuple[str, ...]], list[str]] = {}
    for key, value in pairs:
        name, path = _split_key(key)
        # qs drops the trailing `[]` of array keys (`filter[id][]=a`).
        while path and path[-1] == "":
            path = path[:-1]
        grouped.setdefault((name, tuple(path)), []).append(value)

    query = ListQuery()
    page_sent = False
    page_values: dict[str, list[str]] = {}
    for (name, key_path), values in grouped.items():
        if name == "filter" and key_path:
            condition = parse_filter_value(
                ".".join(key_path), values[0] if len(values) == 1 else values
            )
            if condition is not None:
                query.filters.append(condition)
        elif name == "sort" and not key_path:
            for item in ",".join(values).split(","):
                item = item.strip()
                descending = item.startswith("-")
                item = item.lstrip("-").strip()
                if item:
                    query.sort.append((item, descending))
        elif name == "page":
            page_sent = True
            if len(key_path) == 1:
                page_values[key_path[0]] = values
        elif name == "fields" and not key_path:
            # Names are not trimmed: a raw `+` arrives as a space and the name stays unknown,
            # which is how the Hub loses `fields=+email` sent without percent-encoding.
            query.fields.extend(item for item in ",".join(values).split(",") if item)
        elif name == "include" and not key_path:
            query.include.extend(i.strip() for i in ",".join(values).split(",") if i.strip())
    if page_sent:
        limit = _parse_page_number(page_values.get("limit", []))
        offset = _parse_page_number(page_values.get("offset", []))
        if limit is None or limit <= 0 or limit > MAX_PAGE_LIMIT:
            limit = MAX_PAGE_LIMIT
        if offset is None or offset < 0:
            offset = 0
        query.page = Page(limit, offset)
    return query, page_sent


# --------------------------------------------------------------------------------------------
# Evaluation


def _fold(value: Any) -> Any:
    return value.casefold() if isinstance(value, str) else value


def _equal(column: Any, operand: _Operand) -> bool | None:
    """SQL ``=`` with a case-insensitive collation; ``None`` means unknown (NULL)."""
    if column is None or operand.value is None:
        return None
    if isinstance(column, bool):
        if isinstance(operand.value, bool | int | float):
            return int(column) == operand.value
        return str(int(column)) == operand.text
    if isinstance(column, int | float):
        if isinstance(operand.value, int | float) and not isinstance(operand.value, bool):
            return bool(column == operand.value)
        if isinstance(operand.value, bool):
            return column == int(operand.value)
        return str(column) == operand.text
    if isinstance(column, str):
        return column.casefold() == operand.text.casefold()
    return bool(column == operand.value)


def _compare(column: Any, operand: _Operand) -> int | None:
    if column is None or operand.value is None:
        return None
    left: Any = column
    right: Any = operand.value
    if isinstance(left, bool):
        left = int(left)
    if isinstance(right, bool):
        right = int(right)
    numeric = isinstance(left, int | float) and isinstance(right, int | float)
    if not numeric:
        left, right = str(column).casefold(), operand.text.casefold()
    return int(left > right) - int(left < right)


def _like(column: Any, pattern: str) -> bool | None:
    """``LIKE 'pattern%'``: the Hub appends ``%``; ``%`` and ``_`` inside stay wildcards."""
    if column is None:
        return None
    text = str(int(column)) if isinstance(column, bool) else str(column)
    regex = "".join(
        ".*" if char == "%" else "." if char == "_" else re.escape(char) for char in pattern
    )
    return re.match(regex, text, flags=re.IGNORECASE | re.DOTALL) is not None


def matches(condition: FilterCondition, column: Any) -> bool:
    """Whether a row whose column holds ``column`` passes ``condition`` (SQL semantics)."""
    operator = condition.operator
    operands: tuple[_Operand, ...] = condition.values
    if operator in ("eq", "ne") and operands[0].value is None:
        return (column is None) == (operator == "eq")
    if operator == "eq":
        return _equal(column, operands[0]) is True
    if operator == "ne":
        return _equal(column, operands[0]) is False
    if operator in ("like", "not_like"):
        result = _like(column, operands[0].text)
        return result is (operator == "like")
    if operator in ("lt", "le", "gt", "ge"):
        order = _compare(column, operands[0])
        if order is None:
            return False
        return {"lt": order < 0, "le": order <= 0, "gt": order > 0, "ge": order >= 0}[operator]
    wants_null = any(o.value is None for o in operands)
    others = [o for o in operands if o.value is not None]
    found = any(_equal(column, o) is True for o in others)
    if operator == "in":
        return found or (wants_null and column is None)
    # NOT IN: a null column is unknown, so it is left out either way.
    return column is not None and not found


def sort_rows(
    rows: list[dict[str, Any]],
    keys: Sequence[tuple[str, bool]],
    value_of: Callable[[dict[str, Any], str], Any],
) -> list[dict[str, Any]]:
    """Order rows by several keys (MySQL: NULL first ascending, last descending); ties keep
    their incoming order."""
    ordered = list(rows)
    for key, descending in reversed(keys):

        def sort_key(row: dict[str, Any], key: str = key) -> tuple[int, Any]:
            value = value_of(row, key)
            if value is None:
                return (0, "")
            value = _fold(value)
            if isinstance(value, bool):
                value = int(value)
            # Mixed column types do not occur in one column; the tag keeps None apart.
            return (1, value)

        ordered.sort(key=sort_key, reverse=descending)
    return ordered


def select_fields(
    requested: Sequence[str], defaults: Sequence[str], allowed: Sequence[str]
) -> list[str]:
    """The columns a ``fields=`` selection yields (hub-api 3.5).

    Plain names replace the defaults, ``+name`` adds and ``-name`` removes; names outside
    ``allowed`` (which includes the defaults) are dropped, and when nothing valid remains the
    defaults stand.
    """
    allowed_set = set(allowed)
    plain = [n for n in requested if n[:1] not in "+-" and n in allowed_set]
    added = [n[1:] for n in requested if n.startswith("+") and n[1:] in allowed_set]
    removed = {n[1:] for n in requested if n.startswith("-") and n[1:] in allowed_set}
    selected = plain if plain else list(defaults)
    selected = selected + [n for n in added if n not in selected]
    selected = [n for n in selected if n not in removed]
    order = {name: index for index, name in enumerate(allowed)}
    return sorted(selected, key=lambda name: order.get(name, len(order)))


def filter_rows(
    rows: Iterable[dict[str, Any]],
    conditions: Sequence[FilterCondition],
    value_of: Callable[[dict[str, Any], str], Any],
) -> list[dict[str, Any]]:
    return [row for row in rows if all(matches(c, value_of(row, c.key)) for c in conditions)]


def column_value(row: Mapping[str, Any], key: str) -> Any:
    return row.get(key)
