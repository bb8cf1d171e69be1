"""The registry loader: the shipped file loads, and mistakes fail at load with a clear place."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml

from flamehub.registry import DEFAULT_REGISTRY_PATH, RegistryError, load_registry

SHIPPED = yaml.safe_load(DEFAULT_REGISTRY_PATH.read_text())

USER_GUIDE_RESOURCES = {
    "auth": [
        "realm", "user", "robot", "permission", "role", "role_permission", "user_permission",
        "user_role", "robot_permission", "robot_role",
    ],
    "core": [
        "registry", "registry_project", "node", "master_image_group", "master_image",
        "master_image_event_log", "project", "project_node", "analysis", "analysis_log",
        "analysis_node", "analysis_node_log", "analysis_bucket", "analysis_bucket_file", "event",
    ],
    "storage": ["bucket", "bucket_file"],
}  # fmt: skip


def write(tmp_path: Path, document: dict) -> Path:
    path = tmp_path / "resources.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False))
    return path


def mutated(mutate) -> dict:
    document = copy.deepcopy(SHIPPED)
    mutate(document)
    return document


def test_shipped_registry_declares_every_resource_of_the_user_guide():
    registry = load_registry()
    for client, keys in USER_GUIDE_RESOURCES.items():
        for key in keys:
            assert registry.resources[key].client == client, key


def test_every_resource_path_is_relative_and_unique():
    paths = [(spec.client, spec.path) for spec in load_registry().resources.values()]
    assert len(paths) == len(set(paths))
    assert all(not path.startswith("/") for _, path in paths)


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (
            lambda d: d["resources"]["node"].__setitem__("colour", "red"),
            "resources.node: Object contains unknown field `colour`",
        ),
        (
            lambda d: d["resources"]["realm"].pop("path"),
            "resources.realm: Object missing required field `path`",
        ),
        (
            lambda d: d["resources"]["node"]["includes"].__setitem__("owner", "Owner"),
            "resources.node.includes.owner: 'Owner' is not a declared model",
        ),
        (
            lambda d: d["resources"]["node"]["fields"].__setitem__("size", "bignum"),
            "unknown type name 'bignum'",
        ),
        (
            lambda d: d["resources"]["node"].__setitem__("plural", "realms")
            or d["resources"]["node"].__setitem__("client", "auth"),
            "declares the method 'get_realms' of the auth client, which resources.",
        ),
        (
            lambda d: d["resources"]["node"]["hub"]["filter"].append("colour"),
            "resources.node.hub.filter: 'colour' is neither a field nor an include",
        ),
        (
            lambda d: d["resources"]["node"]["create"].append({"field": "colour"}),
            "resources.node.create: 'colour' is not a field",
        ),
        (
            lambda d: d["actions"]["send_analysis_command"].__setitem__("returns", "Nothing"),
            "actions.send_analysis_command.returns: 'Nothing' is not a declared model",
        ),
        (
            lambda d: d["resources"]["node"]["hub"]["references"].__setitem__(
                "realm_id", "kingdom"
            ),
            "resources.node.hub.references.realm_id: 'kingdom' is not a declared resource",
        ),
    ],
    ids=[
        "unknown-key", "missing-key", "undeclared-model", "unknown-type", "duplicate-method",
        "filter-key", "create-field", "action-returns", "reference-target",
    ],
)  # fmt: skip
def test_a_mistake_fails_at_load_naming_the_resource_and_key(tmp_path, mutate, expected):
    path = write(tmp_path, mutated(mutate))
    with pytest.raises(RegistryError) as caught:
        load_registry(path)
    assert expected in str(caught.value)
    assert str(path) in str(caught.value)


def test_unreadable_yaml_is_a_registry_error(tmp_path):
    path = tmp_path / "resources.yaml"
    path.write_text("resources: [unclosed")
    with pytest.raises(RegistryError, match="cannot read the registry"):
        load_registry(path)
