"""The quickstart: log in, find, create, update, upload, stream and handle errors.

Runs against a Hub emulator started on a free port, or against a real Hub when the variables
FLAMEHUB_AUTH_URL, FLAMEHUB_CORE_URL, FLAMEHUB_STORAGE_URL, FLAMEHUB_USERNAME and
FLAMEHUB_PASSWORD are all set. Against a real Hub it creates a node, a project, an analysis and
a bucket with a name starting with ``quickstart-`` and deletes them again at the end.
"""

from __future__ import annotations

import contextlib
import io
import os
import tarfile
import uuid
from collections.abc import Iterator
from typing import NamedTuple

import flamehub
from flamehub.auth import PasswordAuth
from flamehub.types import FilterOperator

HUB_VARIABLES = (
    "FLAMEHUB_AUTH_URL",
    "FLAMEHUB_CORE_URL",
    "FLAMEHUB_STORAGE_URL",
    "FLAMEHUB_USERNAME",
    "FLAMEHUB_PASSWORD",
)


class Hub(NamedTuple):
    auth_url: str
    core_url: str
    storage_url: str
    username: str
    password: str


@contextlib.contextmanager
def hub_to_use() -> Iterator[Hub]:
    given = [name for name in HUB_VARIABLES if os.environ.get(name)]
    if given and len(given) < len(HUB_VARIABLES):
        missing = ", ".join(name for name in HUB_VARIABLES if name not in given)
        raise ValueError(f"to use a real Hub, set {missing} too (or unset {', '.join(given)})")
    if given:
        print("Using the Hub at", os.environ["FLAMEHUB_CORE_URL"])
        yield Hub(*(os.environ[name] for name in HUB_VARIABLES))
        return
    from flamehub.testing import HubEmulator  # needs the `testing` extra

    with HubEmulator() as emulator:
        print("Started a Hub emulator at", emulator.url)
        yield Hub(emulator.auth_url, emulator.core_url, emulator.storage_url, "admin", "start123")


def section(title: str) -> None:
    print(f"\n== {title}")


def main() -> None:
    suffix = uuid.uuid4().hex[:8]
    with hub_to_use() as hub:
        auth = PasswordAuth(hub.username, hub.password, base_url=hub.auth_url)
        auth_client = flamehub.AuthClient(base_url=hub.auth_url, auth=auth)
        core = flamehub.CoreClient(base_url=hub.core_url, auth=auth)
        storage = flamehub.StorageClient(base_url=hub.storage_url, auth=auth)

        section("Who am I? Nested resources come with the user")
        me = auth_client.find_users(filter={"name": hub.username}).pop()
        print(f"user {me.name} ({me.id}) in realm {me.realm.name if me.realm else '?'}")

        section("Create a node, then find it in several ways")
        node = core.create_node(name=f"quickstart-{suffix}", node_type="default", hidden=True)
        print(repr(node))
        by_prefix = core.find_nodes(filter={"name": (FilterOperator.like, "quickstart-")})
        newest, meta = core.find_nodes(
            sort={"by": "created_at", "order": "descending"}, page={"limit": 5}, meta=True
        )
        print(f"{len(by_prefix)} node(s) named quickstart-*; {meta.total} nodes in all")
        print("five newest:", ", ".join(n.name for n in newest))

        section("Partial update: only what you pass is sent")
        node = core.update_node(node, hidden=False)
        print(f"{node.name}: hidden={node.hidden}, type={node.type}")

        section("Optional fields: a robot's secret only when asked for")
        robot = auth_client.find_robots(filter={"name": "system"}, fields="secret")
        if robot:
            print("system robot secret is present:", robot[0].secret is not None)
            print("and masked in repr:", "secret='***'" in repr(robot[0]))

        section("A project with an analysis")
        project = core.create_project(name=f"quickstart-project-{suffix}")
        core.create_project_node(project, node)
        analysis = core.create_analysis(project, name=f"quickstart-analysis-{suffix}")
        counted = core.get_project(project)
        assert counted is not None
        print(f"project {counted.name}: {counted.nodes} node(s), {counted.analyses} analysis")
        print(f"analysis {analysis.name}: locked={analysis.configuration_locked}")

        section("Upload files to a bucket and stream them back as a tar archive")
        bucket = storage.create_bucket(name=f"quickstart-bucket-{suffix}")
        files = storage.upload_to_bucket(
            bucket,
            {"file_name": "main.py", "content": b"print('hello from the hub')\n"},
            {"file_name": "data/input.csv", "content": io.BytesIO(b"a,b\n1,2\n")},
        )
        for bucket_file in files:
            print(f"uploaded {bucket_file.path} ({bucket_file.size} bytes)")
        archive = b"".join(storage.stream_bucket_tarball(bucket))
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            print("the tarball holds:", ", ".join(sorted(tar.getnames())))

        section("Errors carry the Hub's answer")
        try:
            core.create_node(name=f"quickstart-lost-{suffix}", realm_id=uuid.uuid4())
        except flamehub.HubAPIError as error:
            print(error)
            if error.error_response is not None:  # None only when no answer came at all
                print(error.error_response.model_dump_json(indent=2))
        print("a missing node is None:", core.get_node(uuid.uuid4()) is None)

        section("Clean up")
        for bucket_file in files:
            storage.delete_bucket_file(bucket_file)
        storage.delete_bucket(bucket)
        core.delete_analysis(analysis)
        core.delete_project(project)
        core.delete_node(node)
        print("deleted the bucket, the analysis, the project and the node")


if __name__ == "__main__":
    main()
