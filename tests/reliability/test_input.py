"""Point 4: careless input gets a TypeError or ValueError naming the method, the argument and
what is allowed, before anything is sent (not even a token request)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import pytest

import flamehub
from flamehub.testing import HubEmulator

from .helpers import auth_client, core_client, expect, storage_client

ID = str(uuid.uuid4())

# (client, call, error, fragments the message must hold: method, argument, what is allowed)
CASES: list[tuple[str, Callable[[Any], Any], type[Exception], tuple[str, ...]]] = [
    ("core", lambda c: c.get_node("node-1"), ValueError, ("get_node()", "node_id", "UUID")),
    ("core", lambda c: c.get_node(42), TypeError, ("get_node()", "node_id", "UUID")),
    ("core", lambda c: c.delete_node(object()), TypeError, ("delete_node()", "node_id", "id")),
    ("core", lambda c: c.get_node(ID, colour=1), TypeError, ("get_node()", "colour", "fields")),
    (
        "core",
        lambda c: c.create_project(name="p", colour="red"),
        TypeError,
        ("create_project()", "colour", "name, master_image_id, description"),
    ),
    (
        "core",
        lambda c: c.update_project(ID, colour="red"),
        TypeError,
        ("update_project()", "colour", "description"),
    ),
    (
        "core",
        lambda c: c.create_project(name=5),
        TypeError,
        ("create_project()", "'name'", "Expected `str`"),
    ),
    (
        "core",
        lambda c: c.update_node(ID, hidden="yes"),
        TypeError,
        ("update_node()", "'hidden'", "Expected `bool`"),
    ),
    (
        "core",
        lambda c: c.create_node("n", node_type="bogus"),
        TypeError,
        ("create_node()", "'node_type'", "'aggregator', 'default'"),
    ),
    (
        "core",
        lambda c: c.find_nodes(filter={"colour": "red"}),
        ValueError,
        ("find_nodes()", "'colour'", "filterable: hidden, id, name"),
    ),
    (
        "core",
        lambda c: c.find_nodes(filter={"name": ("~~", "x")}),
        ValueError,
        ("find_nodes()", "filter name", "'~~'", "like ('~')"),
    ),
    (
        "core",
        lambda c: c.find_nodes(filter={"name": object()}),
        TypeError,
        ("find_nodes()", "filter name", "use a str"),
    ),
    (
        "core",
        lambda c: c.find_nodes(sort={"by": "colour"}),
        ValueError,
        ("find_nodes()", "'colour'", "sortable: created_at, name, updated_at"),
    ),
    (
        "core",
        lambda c: c.find_nodes(sort={"by": "name", "order": "up"}),
        ValueError,
        ("find_nodes()", "order", "'ascending' or 'descending'"),
    ),
    (
        "core",
        lambda c: c.find_nodes(include="realm"),
        TypeError,
        ("find_nodes()", "include", "filter, sort, page, fields, meta", "always included"),
    ),
    (
        "core",
        lambda c: c.get_nodes(include="realm"),
        TypeError,
        ("get_nodes()", "include", "fields, meta"),
    ),
    (
        "core",
        lambda c: c.get_project(ID, fields="secret"),
        ValueError,
        ("get_project()", "'secret'", "optional fields: none"),
    ),
    (
        "auth",
        lambda c: c.find_robots(fields="password"),
        ValueError,
        ("find_robots()", "'password'", "optional fields: secret"),
    ),
    (
        "core",
        lambda c: c.find_nodes(page={"limit": 0}),
        ValueError,
        ("find_nodes()", "page limit", "between 1 and 50"),
    ),
    (
        "core",
        lambda c: c.find_nodes(page={"limit": 51}),
        ValueError,
        ("find_nodes()", "page limit", "between 1 and 50"),
    ),
    (
        "core",
        lambda c: c.find_nodes(page={"offset": -1}),
        ValueError,
        ("find_nodes()", "page offset", "0 or more"),
    ),
    (
        "core",
        lambda c: c.find_nodes(page={"limit": "10"}),
        TypeError,
        ("find_nodes()", "page limit", "int"),
    ),
    (
        "core",
        lambda c: c.find_nodes(page={"size": 10}),
        ValueError,
        ("find_nodes()", "page", "'limit' and 'offset'"),
    ),
    (
        "core",
        lambda c: c.send_analysis_command(ID, "explode"),
        ValueError,
        ("send_analysis_command()", "command", "spinUp"),
    ),
    (
        "storage",
        lambda c: c.upload_to_bucket(ID, {"file_name": "a.txt"}),
        ValueError,
        ("upload_to_bucket()", "file 0", "'file_name' and 'content'"),
    ),
    (
        "storage",
        lambda c: c.upload_to_bucket(ID, {"file_name": "a.txt", "content": None}),
        ValueError,
        ("upload_to_bucket()", "file 0", "'content'"),
    ),
    (
        "storage",
        lambda c: c.upload_to_bucket(ID, {"file_name": "a.txt", "content": 5}),
        TypeError,
        ("upload_to_bucket()", "file 0", "bytes, str or a binary file object"),
    ),
    (
        "storage",
        lambda c: c.upload_to_bucket(ID),
        ValueError,
        ("upload_to_bucket()", "at least one file"),
    ),
    (
        "storage",
        lambda c: c.stream_bucket_file(ID, 0),
        ValueError,
        ("stream_bucket_file()", "chunk_size", "positive int"),
    ),
]


@pytest.fixture(scope="module")
def clients(hub_emulator_module: HubEmulator) -> Any:
    hub = hub_emulator_module
    made = {
        "auth": auth_client(hub),
        "core": core_client(hub),
        "storage": storage_client(hub),
    }
    yield made
    for client in made.values():
        client.close()


@pytest.mark.parametrize(
    ("service", "call", "error", "fragments"),
    CASES,
    ids=[f"{index}-{case[3][0]}" for index, case in enumerate(CASES)],
)
def test_bad_input_is_refused_before_anything_is_sent(
    hub_emulator_module: HubEmulator,
    clients: dict[str, flamehub.clients.BaseClient],
    service: str,
    call: Callable[[Any], Any],
    error: type[Exception],
    fragments: tuple[str, ...],
) -> None:
    sent = len(hub_emulator_module.requests)
    with expect(error, *fragments):
        call(clients[service])
    assert len(hub_emulator_module.requests) == sent  # nothing left the client, no token either


def test_a_model_with_an_id_is_taken_for_its_id(hub_emulator_module: HubEmulator) -> None:
    with core_client(hub_emulator_module) as client:
        project = client.create_project(f"input-{uuid.uuid4().hex[:8]}")
        assert client.get_project(project) == client.get_project(project.id)
        assert client.get_project(uuid.UUID(str(project.id))) is not None
