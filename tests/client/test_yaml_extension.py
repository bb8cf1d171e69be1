"""A resource added to a registry file, with no Python: its model and methods appear and work."""

from __future__ import annotations

import inspect
import uuid

import pytest
import yaml

import flamehub
from flamehub.auth import PasswordAuth
from flamehub.clients import BaseClient
from flamehub.models import build_models
from flamehub.registry import DEFAULT_REGISTRY_PATH, load_registry
from flamehub.testing import HubEmulator

GADGET = """
client: core
plural: gadgets
path: gadgets
model: Gadget
description: A made-up resource that exists only in this test's registry.
methods: [get, get_all, find, create, update, delete]
fields:
  id: uuid
  name: str
  colour: GadgetColour
  weight: int?
  realm_id: uuid
  node_id: uuid?
  created_at: datetime
  updated_at: datetime
includes:
  node: Node
create:
  - name
  - {field: colour, name: gadget_colour, default: red}
  - {field: weight, default: null}
  - {field: node_id, default: null, ref: Node}
update: [name, {field: colour, name: gadget_colour}, weight]
hub:
  filter: [id, name, colour, weight, node.name]
  sort: [name, weight, created_at]
  unique: [[name]]
  references: {node_id: node}
  caller: {realm_id: realm_id}
"""


@pytest.fixture(scope="module")
def gadget_registry(tmp_path_factory):
    document = yaml.safe_load(DEFAULT_REGISTRY_PATH.read_text())
    document["enums"]["GadgetColour"] = ["red", "green", "blue"]
    document["resources"]["gadget"] = yaml.safe_load(GADGET)
    path = tmp_path_factory.mktemp("registry") / "resources.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False))
    return load_registry(path)


@pytest.fixture(scope="module")
def gadget_client(gadget_registry):
    class GadgetCoreClient(BaseClient, service="core", registry=gadget_registry):
        """A core client of the extended registry."""

    with HubEmulator(registry=gadget_registry) as hub:
        auth = PasswordAuth("admin", "start123", base_url=hub.auth_url)
        yield GadgetCoreClient(base_url=hub.core_url, auth=auth)


def test_the_new_model_is_built(gadget_registry):
    models = build_models(gadget_registry)
    gadget = models.classes["Gadget"]
    assert "colour" in gadget.__struct_fields__ and "node" in gadget.__struct_fields__
    assert "CreateGadget" in models.classes and "UpdateGadget" in models.classes


def test_six_methods_appear_with_real_signatures(gadget_client):
    for name in ("get_gadget", "get_gadgets", "find_gadgets", "create_gadget", "update_gadget"):
        assert callable(getattr(gadget_client, name))
    signature = inspect.signature(type(gadget_client).create_gadget)
    assert list(signature.parameters) == ["self", "name", "gadget_colour", "weight", "node_id"]
    assert signature.parameters["gadget_colour"].default == "red"
    assert "/gadgets" in type(gadget_client).delete_gadget.__doc__
    # The shipped clients are untouched by another registry.
    assert not hasattr(flamehub.CoreClient, "create_gadget")


def test_the_new_resource_works_against_the_emulator(gadget_client, unique):
    node = gadget_client.create_node(f"node-{unique}")
    gadget = gadget_client.create_gadget(f"gadget-{unique}", "blue", 3, node_id=node)
    assert (gadget.colour, gadget.weight, gadget.node_id) == ("blue", 3, node.id)

    fetched = gadget_client.get_gadget(gadget)
    assert fetched.node.id == node.id  # the include is requested and served
    assert gadget_client.find_gadgets(filter={"colour": "blue"})[0].id == gadget.id
    assert gadget_client.find_gadgets(filter={"weight": (flamehub.FilterOperator.gt, 5)}) == []

    updated = gadget_client.update_gadget(gadget, gadget_colour="green", weight=None)
    assert (updated.colour, updated.weight, updated.name) == ("green", None, gadget.name)
    with pytest.raises(flamehub.HubAPIError) as caught:
        gadget_client.create_gadget(f"gadget-{unique}")
    assert caught.value.status_code == 409
    with pytest.raises(flamehub.HubAPIError) as caught:
        gadget_client.create_gadget(f"other-{unique}", node_id=uuid.uuid4())
    assert caught.value.error_response.message == "Can't find node entity by node_id"

    gadget_client.delete_gadget(gadget)
    assert gadget_client.get_gadget(gadget) is None
    assert gadget_client.get_gadgets() == []
