"""Model misuse that must NOT type-check (the markers are explained in clients_fail.py)."""

from __future__ import annotations

from flamehub.models import UNSET, CreateNode, Node, UnsetType, UpdateNode


def fields_have_types(node: Node) -> None:
    # E: Argument "hidden" to "UpdateNode" has incompatible type "str"
    UpdateNode(hidden="no")  # type: ignore[arg-type]
    # E: Argument "type" to "UpdateNode"
    UpdateNode(type="relay")  # type: ignore[arg-type]
    # E: Missing named argument "name" for "CreateNode"
    CreateNode()  # type: ignore[call-arg]
    # E: "Node" has no attribute "nmae"
    print(node.nmae)  # type: ignore[attr-defined]
    # E: Incompatible types in assignment (expression has type "str", variable has type "bool")
    node.hidden = "yes"  # type: ignore[assignment]


def models_take_keywords_only() -> None:
    # E: Too many positional arguments for "CreateNode"
    CreateNode("n")  # type: ignore[call-arg]


def unset_is_not_a_value(value: bool | UnsetType) -> bool:
    if value is not UNSET:
        return value
    # E: Incompatible return value type (got "Literal[UnsetType.UNSET]", expected "bool")
    return value  # type: ignore[return-value]
