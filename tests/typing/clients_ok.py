"""Client calls that must type-check under `mypy --strict`, with the types the stubs promise.

Checked, never run: every example is a function that takes its clients as arguments.
"""

from __future__ import annotations

import uuid
from typing import Literal

from typing_extensions import assert_type

from flamehub import AuthClient, CoreClient, StorageClient
from flamehub.auth import PasswordAuth, RobotAuth
from flamehub.methods import ResponseStream
from flamehub.models import (
    Analysis,
    BucketFile,
    Log,
    Node,
    Realm,
    Registry,
    ResourceListMeta,
    Robot,
    User,
)
from flamehub.types import SortParams


def building_clients() -> None:
    auth = PasswordAuth("admin", "start123", base_url="http://localhost:3000/auth/")
    with CoreClient(base_url="http://localhost:3000/core/", auth=auth) as core:
        assert_type(core, CoreClient)
    robot = RobotAuth(str(uuid.uuid4()), "secret", base_url="http://localhost:3000/auth/")
    assert_type(StorageClient(auth=robot, timeout=10.0).base_url, str)


def finding(core: CoreClient, flag: bool) -> None:
    nodes = core.find_nodes(filter={"name": "~my-", "hidden": False}, sort={"by": "name"})
    assert_type(nodes, list[Node])
    assert_type(core.find_nodes(meta=False), list[Node])
    # meta=True reveals the (items, meta) pair.
    assert_type(core.find_nodes(meta=True), tuple[list[Node], ResourceListMeta])
    items, meta = core.find_nodes(page={"limit": 10, "offset": 20}, meta=True)
    assert_type(items, list[Node])
    assert_type(meta.total, int)
    assert_type(meta.limit, int | None)
    # A meta known only at run time gives either.
    assert_type(core.find_nodes(meta=flag), list[Node] | tuple[list[Node], ResourceListMeta])
    sorted_twice: list[SortParams] = [{"by": "name"}, {"by": "created_at", "order": "descending"}]
    assert_type(core.find_nodes(sort=sorted_twice), list[Node])
    assert_type(core.get_nodes(), list[Node])
    assert_type(core.get_nodes(meta=True), tuple[list[Node], ResourceListMeta])
    assert_type(core.find_analysis_logs(filter={"analysis_id": uuid.uuid4()}), list[Log])


def getting(core: CoreClient, auth: AuthClient, node_id: uuid.UUID) -> None:
    node = core.get_node(node_id)
    assert_type(node, Node | None)
    if node is None:
        return
    # Fields carry their types; enumerated ones are Literals; nested resources may be absent.
    assert_type(node.name, str)
    assert_type(node.id, uuid.UUID)
    assert_type(node.type, Literal["aggregator", "default"])
    assert_type(node.registry, Registry | None)
    assert_type(node.external_name, str | None)
    # An id is a str, a UUID or the model itself.
    assert_type(core.get_node(node), Node | None)
    assert_type(core.get_node(str(node.id)), Node | None)
    user = auth.get_user(uuid.uuid4(), fields=["email"])
    if user is not None:
        assert_type(user.realm, Realm | None)


def writing(core: CoreClient, auth: AuthClient, realm: Realm) -> None:
    node = core.create_node("my-node", realm, node_type="aggregator", hidden=True)
    assert_type(node, Node)
    assert_type(core.create_node(name="other", realm_id=realm.id), Node)
    # Only the arguments given are sent; None clears a nullable field.
    assert_type(core.update_node(node, hidden=False), Node)
    assert_type(core.update_node(node.id, external_name=None, node_type="default"), Node)
    core.delete_node(node)
    robot = auth.create_robot("ci", realm, secret="s3cret")
    assert_type(robot, Robot)
    assert_type(auth.update_user(uuid.uuid4(), display_name="Ada"), User)


def acting(core: CoreClient, storage: StorageClient, analysis: Analysis) -> None:
    assert_type(core.send_analysis_command(analysis, "buildStart"), Analysis)
    core.send_registry_command(uuid.uuid4(), "setup")
    files = storage.upload_to_bucket(
        "my-bucket",
        {"file_name": "main.py", "content": b"print(1)"},
        {"file_name": "data/x.csv", "content": "a,b", "content_type": "text/csv"},
    )
    assert_type(files, list[BucketFile])
    stream = storage.stream_bucket_file(files[0], chunk_size=4096)
    assert_type(stream, ResponseStream)
    with storage.stream_bucket_tarball("my-bucket") as chunks:
        for chunk in chunks:
            assert_type(chunk, bytes)
