"""Models, UNSET and the Literal types under `mypy --strict`: what the stubs promise."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Literal

from typing_extensions import assert_type

from flamehub.models import (
    UNSET,
    CreateNode,
    MasterImageCommandArgument,
    Node,
    ResourceListMeta,
    UnsetType,
    UpdateNode,
)
from flamehub.types import NodeType


def hidden_or_default(value: bool | UnsetType) -> bool:
    # UNSET is the single member of an enum, so `is UNSET` narrows it away.
    if value is UNSET:
        return False
    assert_type(value, bool)
    return value


def update_bodies() -> None:
    body = UpdateNode(hidden=False)
    assert_type(body.hidden, bool | UnsetType)
    assert_type(body.type, NodeType | UnsetType)
    if body.external_name is not UNSET:
        assert_type(body.external_name, str | None)
    assert_type(CreateNode(name="n", type="aggregator").name, str)


def reading(node: Node, meta: ResourceListMeta) -> None:
    assert_type(node.created_at, datetime)
    assert_type(node.realm_id, uuid.UUID)
    assert_type(node.model_dump(), dict[str, Any])
    assert_type(node.model_dump_json(indent=2, exclude_none=True), str)
    assert_type(meta.offset, int | None)
    argument = MasterImageCommandArgument(value="--verbose", position="before")
    assert_type(argument["value"], str)
    assert_type(argument.get("position"), Literal["before", "after"] | None)
