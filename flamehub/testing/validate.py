"""Checks a create/update body against the registry's types and ``hub.constraints``.

The Hub validates each accepted key on its own and reports every failing one at once, as
``children`` (``path``, ``pathAbsolute`` and, when a value was sent, ``received``) and
``attributes``; see :func:`flamehub.testing.errors.validation_error`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from flamehub.registry import ConstraintSpec, FieldSpec, Registry, TypeExpr

__all__ = ["is_uuid", "problems_of_body"]

# The Hub's isUUID accepts every version (the master images of the samples carry v1 ids).
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


def is_uuid(value: Any) -> bool:
    return isinstance(value, str) and _UUID.match(value) is not None


def _scalar_ok(name: str, value: Any) -> bool:
    if name == "str":
        return isinstance(value, str)
    if name == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if name == "float":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if name == "bool":
        return isinstance(value, bool)
    if name == "uuid":
        return is_uuid(value)
    if name == "datetime":
        return isinstance(value, str)
    if name == "object":
        return isinstance(value, dict)
    return True  # any


def _constraint_ok(constraint: ConstraintSpec | None, value: Any) -> bool:
    if constraint is None or not isinstance(value, str):
        return True
    if constraint.min_length is not None and len(value) < constraint.min_length:
        return False
    if constraint.max_length is not None and len(value) > constraint.max_length:
        return False
    return constraint.pattern is None or re.fullmatch(constraint.pattern, value) is not None


class _Checker:
    def __init__(self, registry: Registry, constraints: Mapping[str, ConstraintSpec]) -> None:
        self.registry = registry
        self.constraints = constraints
        self.children: list[dict[str, Any]] = []

    def fail(self, path: str, absolute: str, value: Any, sent: bool = True) -> None:
        """Record a failing attribute; ``received`` only for top-level values (the Hub's
        validator does not repeat the value of a nested member)."""
        child: dict[str, Any] = {"path": path, "pathAbsolute": absolute}
        if sent:
            child["received"] = value
        self.children.append(child)

    def value_ok(self, type_expr: TypeExpr, value: Any, absolute: str) -> bool:
        """Whether ``value`` fits; struct members that fail are reported on their own."""
        if value is None:
            return type_expr.nullable
        kind = type_expr.kind
        if kind == "scalar":
            return _scalar_ok(type_expr.name, value)
        if kind == "enum":
            return value in self.registry.enums[type_expr.name]
        if kind == "union":
            return any(self.value_ok(option, value, absolute) for option in type_expr.args)
        if kind == "list":
            if not isinstance(value, list):
                return False
            return all([self.value_ok(type_expr.args[0], item, absolute) for item in value])
        if kind == "dict":
            if not isinstance(value, dict):
                return False
            return all([self.value_ok(type_expr.args[0], v, absolute) for v in value.values()])
        if kind == "struct":
            if not isinstance(value, dict):
                return False
            self.struct_members(self.registry.structs[type_expr.name], value, absolute)
            return True
        return isinstance(value, dict)  # a nested model: not validated further

    def struct_members(
        self, members: Sequence[FieldSpec], value: dict[str, Any], absolute: str
    ) -> None:
        for member in members:
            member_path = f"{absolute}.{member.name}"
            if member.name not in value:
                if member.required:
                    self.fail(member.name, member_path, None, sent=False)
                continue
            member_value = value[member.name]
            constraint = self.constraints.get(member_path)
            if not self.value_ok(member.type, member_value, member_path) or not _constraint_ok(
                constraint, member_value
            ):
                self.fail(member.name, member_path, member_value, sent=False)


def problems_of_body(
    registry: Registry,
    accepted: Sequence[FieldSpec],
    required: set[str],
    constraints: Mapping[str, ConstraintSpec],
    body: Mapping[str, Any],
) -> list[dict[str, Any]]:
    """The validation children for ``body`` (already narrowed to the accepted keys)."""
    checker = _Checker(registry, constraints)
    # Sent attributes are reported in the order they were sent, missing ones after them.
    position = {name: index for index, name in enumerate(body)}
    ordered = sorted(accepted, key=lambda f: position.get(f.name, len(position)))
    for field_spec in ordered:
        name = field_spec.name
        if name not in body:
            if name in required:
                checker.fail(name, name, None, sent=False)
            continue
        value = body[name]
        before = len(checker.children)
        fits = checker.value_ok(field_spec.type, value, name)
        if not fits or not _constraint_ok(constraints.get(name), value):
            # A failing member of a struct already speaks for its container.
            if len(checker.children) == before:
                checker.fail(name, name, value)
    return checker.children
