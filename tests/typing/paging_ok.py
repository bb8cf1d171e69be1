"""iterate_all keeps the item type of the find method it walks."""

from __future__ import annotations

from typing_extensions import assert_type

from flamehub import CoreClient, iterate_all
from flamehub.models import Node


def hidden_node_names(core: CoreClient) -> list[str]:
    nodes = iterate_all(core.find_nodes, filter={"hidden": True}, page_size=20)
    for node in nodes:
        assert_type(node, Node)
    return [node.name for node in iterate_all(core.find_nodes)]
