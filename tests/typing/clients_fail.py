"""Client calls that must NOT type-check: each marked line is a mistake mypy has to catch.

A mistake ends with `# type: ignore[<code>]`, the code of the error mypy reports, and the
comment line above it, `# E: <text>`, holds a part of the message. `mypy --strict` passes on
this file only while every such line still fails with that code (an ignore that covers nothing
is an error under --strict); test_typing.py also checks, on a copy without the ignores, each
message and that no other line fails.
"""

from __future__ import annotations

import uuid

from flamehub import CoreClient, StorageClient
from flamehub.models import UNSET, Analysis, Node


def unknown_keyword(core: CoreClient) -> None:
    # E: Unexpected keyword argument "colour" for "create_node"
    core.create_node("n", colour="red")  # type: ignore[call-arg]


def wrong_type_for_hidden(core: CoreClient, node: Node) -> None:
    # E: "create_node" of "CoreClient" has incompatible type "str"; expected "bool"
    core.create_node("n", hidden="yes")  # type: ignore[arg-type]
    # E: Argument "hidden" to "update_node" of "CoreClient" has incompatible type "None"
    core.update_node(node, hidden=None)  # type: ignore[arg-type]


def values_outside_an_enum(core: CoreClient, analysis: Analysis) -> None:
    # E: expected "Literal['aggregator', 'default']"
    core.create_node("n", node_type="relay")  # type: ignore[arg-type]
    # E: Argument 2 to "send_analysis_command"
    core.send_analysis_command(analysis, "explode")  # type: ignore[arg-type]


def missing_and_misspelled(core: CoreClient) -> None:
    # E: Missing positional argument "name"
    core.create_node()  # type: ignore[call-arg]
    # E: "CoreClient" has no attribute "find_node"
    core.find_node()  # type: ignore[attr-defined]
    # E: Argument 2 to "create_node"
    core.create_node("n", UNSET)  # type: ignore[arg-type]


def ids_are_ids(core: CoreClient) -> None:
    # E: Argument 1 to "get_node" of "CoreClient" has incompatible type "int"
    core.get_node(42)  # type: ignore[arg-type]
    # E: Argument 1 to "delete_node"
    core.delete_node(uuid.uuid4().int)  # type: ignore[arg-type]


def list_or_pair(core: CoreClient) -> None:
    # E: Incompatible types in assignment (expression has type "tuple[list[Node], ResourceListMeta]"
    nodes: list[Node] = core.find_nodes(meta=True)  # type: ignore[assignment]
    # E: "list[Node]" has no attribute "total"
    print(core.find_nodes().total)  # type: ignore[attr-defined]
    del nodes


def a_get_may_find_nothing(core: CoreClient) -> None:
    # E: Item "None" of "Node | None" has no attribute "name"
    print(core.get_node(uuid.uuid4()).name)  # type: ignore[union-attr]


def query_shapes(core: CoreClient) -> None:
    # The list methods are overloaded (on meta), so a bad argument matches no overload.
    # E: No overload variant of "find_nodes" of "CoreClient" matches argument type "dict[str, str]"
    core.find_nodes(sort={"by": "name", "direction": "up"})  # type: ignore[call-overload]
    # E: No overload variant of "find_nodes"
    core.find_nodes(page={"limit": "10"})  # type: ignore[call-overload]
    # E: matches argument type "list[str]"
    core.find_nodes(filter=["name"])  # type: ignore[call-overload]
    # E: No overload variant of "get_nodes" of "CoreClient" matches argument type "int"
    core.get_nodes(fields=5)  # type: ignore[call-overload]


def uploads(storage: StorageClient) -> None:
    # E: TypedDict item "content" has type "bytes | IO[bytes] | str"
    storage.upload_to_bucket("b", {"file_name": "x", "content": 5})  # type: ignore[typeddict-item]
    # E: Argument "chunk_size" to "stream_bucket_file"
    storage.stream_bucket_file("f", chunk_size="big")  # type: ignore[arg-type]
