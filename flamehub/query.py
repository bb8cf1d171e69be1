"""Turn ``filter``, ``sort``, ``page``, ``fields`` and includes into the Hub's query string.

The Hub drops every query key it does not know without a word (a misspelled filter returns
the whole list), so the names are checked here against the registry, before anything is sent,
and a mistake raises ``ValueError`` naming the method, the argument and what is allowed.
"""

from __future__ import annotations

import datetime
import enum
import uuid
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote, urlencode

from flamehub.registry import ResourceSpec
from flamehub.types import DEFAULT_PAGE_PARAMS, FilterOperator

__all__ = ["QueryBuilder", "encode_filter_value", "MAX_PAGE_LIMIT"]

MAX_PAGE_LIMIT = 50

_OPERATOR_ALIASES: dict[str, FilterOperator] = {
    **{op.value: op for op in FilterOperator},
    **{op.name: op for op in FilterOperator},
}


def _scalar_text(value: Any, where: str) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, (str, int, float, uuid.UUID)):
        return str(value)
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    model_id = getattr(value, "id", None)
    if isinstance(model_id, uuid.UUID):
        return str(model_id)
    raise TypeError(
        f"{where}: cannot filter by a {type(value).__name__}; use a str, int, float, bool, "
        "None, UUID, datetime, a model with an id, or a list of those"
    )


def encode_filter_value(value: Any, where: str) -> str:
    """The wire text of one filter value: ``x``, ``!x``, ``~x``, ``<=x``, ``a,b``, ``null``.

    A plain string is sent as it is, in the Hub's own syntax (``"~my-"``, ``"!a,b"``). An
    ``(operator, operand)`` pair and a list say the same without syntax, so their operands are
    checked: an operand the Hub would read as syntax (a comma, a leading operator sign) could
    never match, and is refused instead of silently matching something else.
    """
    if isinstance(value, tuple):
        if len(value) != 2:
            raise TypeError(
                f"{where}: a tuple is an (operator, value) pair; use a list for several values"
            )
        raw_operator, operand = value
        operator = (
            raw_operator
            if isinstance(raw_operator, FilterOperator)
            else _OPERATOR_ALIASES.get(raw_operator)
            if isinstance(raw_operator, str)
            else None
        )
        if operator is None:
            allowed = ", ".join(f"{op.name} ({op.value!r})" for op in FilterOperator)
            raise ValueError(f"{where}: unknown filter operator {raw_operator!r}; use {allowed}")
        several = isinstance(operand, (list, set, frozenset))
        if (several or operand is None) and operator not in _LIST_OPERATORS:
            what = "a list" if several else "None"
            raise ValueError(f"{where}: {what} goes only with eq or neq, not {operator.name}")
        if several:
            text = _list_text(operand, where)
        else:
            # With eq and neq, a comma is the Hub's "any of" / "none of", as in a plain string.
            text = _operand_text(operand, where, commas=operator in _LIST_OPERATORS)
        return text if operator is FilterOperator.eq else operator.value + text
    if isinstance(value, (list, set, frozenset)):
        return _list_text(value, where)
    return _scalar_text(value, where)


_LIST_OPERATORS = (FilterOperator.eq, FilterOperator.neq)
_SYNTAX_PREFIXES = ("!", "~", "<", ">")


def _operand_text(value: Any, where: str, commas: bool = False) -> str:
    text = _scalar_text(value, where)
    if isinstance(value, str) and (
        ("," in text and not commas) or text.startswith(_SYNTAX_PREFIXES)
    ):
        raise ValueError(
            f"{where}: the Hub cannot match {value!r} exactly: a comma splits a value into a "
            "list and a leading !, ~, < or > is read as an operator"
        )
    return text


def _list_text(values: Any, where: str) -> str:
    if not values:
        raise ValueError(f"{where}: an empty list matches nothing; give at least one value")
    return ",".join(_operand_text(item, where) for item in values)


def _names(value: Any, where: str) -> list[str]:
    if isinstance(value, str):
        names = [name.strip() for name in value.split(",")]
    elif isinstance(value, Iterable):
        names = [str(name).strip() for name in value]
    else:
        raise TypeError(f"{where}: expected a str or a list of str, got {type(value).__name__}")
    return [name.lstrip("+") for name in names if name]


class QueryBuilder:
    """Builds and checks the query of one resource's get and find calls."""

    def __init__(self, spec: ResourceSpec) -> None:
        self.spec = spec
        self.filter_keys = frozenset(spec.hub.filter)
        self.sort_keys = frozenset(spec.hub.sort)
        self.optional_fields = frozenset(spec.optional)
        self.include: list[tuple[str, str]] = (
            [("include", ",".join(spec.includes))] if spec.includes else []
        )
        self.default_page = [
            ("page[limit]", str(DEFAULT_PAGE_PARAMS["limit"])),
            ("page[offset]", str(DEFAULT_PAGE_PARAMS["offset"])),
        ]
        self._plain_find = self._encode(self.include + self.default_page)
        self._plain_get = self._encode(self.include) if spec.hub.single_includes else ""

    @staticmethod
    def _encode(pairs: list[tuple[str, str]]) -> str:
        # quote (not quote_plus) so that a "+" of fields=+name goes out as %2B: the Hub reads a
        # literal "+" as a space and would silently drop the field.
        return urlencode(pairs, quote_via=quote, safe=",")

    def get_query(self, method: str, fields: Any = None) -> str:
        if fields is None:
            return self._plain_get
        pairs = (self.include if self.spec.hub.single_includes else []) + self._fields(
            method, fields
        )
        return self._encode(pairs)

    def find_query(
        self,
        method: str,
        filter: Mapping[str, Any] | None = None,
        sort: Any = None,
        page: Mapping[str, Any] | None = None,
        fields: Any = None,
    ) -> str:
        if filter is None and sort is None and page is None and fields is None:
            return self._plain_find
        pairs = list(self.include)
        if filter is not None:
            pairs += self.filter_pairs(method, filter)
        if sort is not None:
            pairs += self._sort(method, sort)
        pairs += self._page(method, page) if page is not None else self.default_page
        if fields is not None:
            pairs += self._fields(method, fields)
        return self._encode(pairs)

    def filter_pairs(self, method: str, filter: Mapping[str, Any]) -> list[tuple[str, str]]:
        if not isinstance(filter, Mapping):
            raise TypeError(
                f"{method}(): filter must be a dict of field name to value, "
                f"got {type(filter).__name__}"
            )
        pairs = []
        for key, value in filter.items():
            if key not in self.filter_keys:
                raise ValueError(
                    f"{method}(): the Hub cannot filter {self.spec.plural} by {key!r} and would "
                    f"ignore it; filterable: {', '.join(sorted(self.filter_keys)) or 'none'}"
                )
            pairs.append(
                (f"filter[{key}]", encode_filter_value(value, f"{method}(): filter {key}"))
            )
        return pairs

    def _sort(self, method: str, sort: Any) -> list[tuple[str, str]]:
        items = [sort] if isinstance(sort, Mapping) else sort
        if not isinstance(items, (list, tuple)) or not items:
            raise TypeError(
                f"{method}(): sort must be a dict like {{'by': 'created_at', 'order': "
                f"'descending'}} or a list of them"
            )
        keys = []
        for item in items:
            unknown = set(item) - {"by", "order"}
            if unknown or "by" not in item:
                raise ValueError(
                    f"{method}(): sort takes the keys 'by' (required) and 'order'; "
                    f"got {sorted(item)}"
                )
            by, order = item["by"], item.get("order", "ascending")
            if by not in self.sort_keys:
                raise ValueError(
                    f"{method}(): the Hub cannot sort {self.spec.plural} by {by!r}; sortable: "
                    f"{', '.join(sorted(self.sort_keys)) or 'none'}"
                )
            if order not in ("ascending", "descending"):
                raise ValueError(
                    f"{method}(): sort order must be 'ascending' or 'descending', got {order!r}"
                )
            keys.append(by if order == "ascending" else f"-{by}")
        return [("sort", ",".join(keys))]

    def _page(self, method: str, page: Mapping[str, Any]) -> list[tuple[str, str]]:
        if not isinstance(page, Mapping) or set(page) - {"limit", "offset"}:
            raise ValueError(f"{method}(): page takes the keys 'limit' and 'offset', got {page!r}")
        limit = page.get("limit", DEFAULT_PAGE_PARAMS["limit"])
        offset = page.get("offset", DEFAULT_PAGE_PARAMS["offset"])
        for name, value in (("limit", limit), ("offset", offset)):
            if isinstance(value, bool) or not isinstance(value, int):
                raise TypeError(f"{method}(): page {name} must be an int, got {value!r}")
        if not 1 <= limit <= MAX_PAGE_LIMIT:
            raise ValueError(
                f"{method}(): page limit must be between 1 and {MAX_PAGE_LIMIT} (the Hub's "
                f"maximum), got {limit}"
            )
        if offset < 0:
            raise ValueError(f"{method}(): page offset must be 0 or more, got {offset}")
        return [("page[limit]", str(limit)), ("page[offset]", str(offset))]

    def _fields(self, method: str, fields: Any) -> list[tuple[str, str]]:
        names = _names(fields, f"{method}(): fields")
        for name in names:
            if name not in self.optional_fields:
                allowed = ", ".join(self.spec.optional) or "none"
                raise ValueError(
                    f"{method}(): {name!r} is not an optional field of {self.spec.model}; "
                    f"optional fields: {allowed}"
                )
        return [("fields", ",".join(f"+{name}" for name in names))] if names else []
