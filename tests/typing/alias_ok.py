"""The old import name, flame_hub, is as typed as flamehub: the same objects, the same stubs."""

from __future__ import annotations

from typing_extensions import assert_type

import flame_hub
import flame_hub.models
import flamehub
from flame_hub.models import Node
from flame_hub.types import FindAllKwargs, NodeType


def old_name(core: flame_hub.CoreClient, options: FindAllKwargs) -> None:
    assert_type(core, flamehub.CoreClient)
    assert_type(core.get_node("9a1a2c5e-1111-4a2b-8c3d-000000000001"), Node | None)
    assert_type(core.find_nodes(meta=True)[0], list[flamehub.models.Node])
    kind: NodeType = "aggregator"
    assert_type(flame_hub.models.UpdateNode(type=kind).type, NodeType | flame_hub.models.UnsetType)
    assert flame_hub.UNSET is flamehub.models.UNSET
