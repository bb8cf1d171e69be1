"""``import flame_hub`` is flamehub, and its models behave like those of flame-hub-client 0.2.6
where programs touch them (dumps, equality, attributes, nested relations)."""

from __future__ import annotations

import datetime
import importlib
import json
import uuid

import msgspec
import pytest

import flame_hub
import flamehub

# What programs written for flame-hub-client 0.2.6 import from each module.
TOP_LEVEL_NAMES = [
    "AuthClient",
    "CoreClient",
    "StorageClient",
    "HubAPIError",
    "get_field_names",
    "get_includable_names",
    "auth",
    "models",
    "types",
    # Not at the top of 0.2.6, but used unqualified by its user guide:
    "FilterOperator",
    "UNSET",
    "DEFAULT_PAGE_PARAMS",
]
AUTH_NAMES = ["PasswordAuth", "RobotAuth"]
TYPES_NAMES = [
    "FilterOperator",
    "FieldParams",
    "FilterParams",
    "FindAllKwargs",
    "GetKwargs",
    "IncludeParams",
    "PageParams",
    "SortParams",
    "ResourceT",
    "UploadFile",
    "UuidIdentifiable",
    "UNSET_T",
    "MasterImageCommandArgument",
    *[
        "AnalysisBucketType",
        "AnalysisBuildStatus",
        "AnalysisCommand",
        "AnalysisNodeApprovalStatus",
        "AnalysisNodeRunStatus",
        "AnalysisRunStatus",
        "LogLevel",
        "NodeType",
        "ProjectNodeApprovalStatus",
        "RegistryCommand",
        "RegistryProjectType",
    ],
]
RESOURCE_MODELS = [
    "Analysis",
    "AnalysisBucket",
    "AnalysisBucketFile",
    "AnalysisNode",
    "Bucket",
    "BucketFile",
    "Log",
    "MasterImage",
    "MasterImageGroup",
    "Node",
    "Permission",
    "Project",
    "ProjectNode",
    "Realm",
    "Registry",
    "RegistryProject",
    "Robot",
    "RobotPermission",
    "RobotRole",
    "Role",
    "RolePermission",
    "User",
    "UserPermission",
    "UserRole",
]
CREATE_MODELS = [
    "CreateAnalysis",
    "CreateAnalysisBucketFile",
    "CreateAnalysisNode",
    "CreateAnalysisNodeLog",
    "CreateBucket",
    "CreateNode",
    "CreatePermission",
    "CreateProject",
    "CreateProjectNode",
    "CreateRealm",
    "CreateRegistry",
    "CreateRegistryProject",
    "CreateRobot",
    "CreateRobotPermission",
    "CreateRobotRole",
    "CreateRole",
    "CreateRolePermission",
    "CreateUser",
    "CreateUserPermission",
    "CreateUserRole",
]
UPDATE_MODELS = [
    "UpdateAnalysis",
    "UpdateAnalysisBucketFile",
    "UpdateAnalysisNode",
    "UpdateNode",
    "UpdatePermission",
    "UpdateProject",
    "UpdateRealm",
    "UpdateRegistry",
    "UpdateRegistryProject",
    "UpdateRobot",
    "UpdateRole",
    "UpdateUser",
]
MODELS_NAMES = [
    "UNSET",
    "ResourceListMeta",
    "MasterImageCommandArgument",
    "NodeType",
    *RESOURCE_MODELS,
    *CREATE_MODELS,
    *UPDATE_MODELS,
]


@pytest.mark.parametrize("name", TOP_LEVEL_NAMES)
def test_top_level_names_are_flamehubs(name):
    assert getattr(flame_hub, name) is getattr(flamehub, name)


@pytest.mark.parametrize(
    ("module", "names"),
    [("auth", AUTH_NAMES), ("types", TYPES_NAMES), ("models", MODELS_NAMES)],
)
def test_submodules_are_the_same_modules(module, names):
    old = importlib.import_module(f"flame_hub.{module}")
    assert old is importlib.import_module(f"flamehub.{module}")
    assert getattr(flame_hub, module) is old
    missing = [name for name in names if not hasattr(old, name)]
    assert not missing, f"flame_hub.{module} lacks {missing}"


def test_from_imports_of_the_old_guide_work():
    namespace: dict = {}
    exec(
        "from flame_hub import get_field_names, get_includable_names, HubAPIError\n"
        "from flame_hub.types import FilterOperator\n"
        "from flame_hub.models import Robot, UpdateNode, UNSET, Node\n"
        "from flame_hub.auth import PasswordAuth, RobotAuth\n",
        namespace,
    )
    assert namespace["Robot"] is flamehub.models.Robot
    assert namespace["get_field_names"](namespace["Robot"]) == ("secret",)
    assert namespace["get_includable_names"](namespace["Node"]) == ("registry", "registry_project")


# --------------------------------------------------------------------------------------------
# Models where users touch them.

REALM_ID = "6f1c2b9e-7d2e-4c57-9a3b-0c1d2e3f4a5b"
NODE_BODY = {
    "external_name": None,
    "hidden": False,
    "name": "node-a",
    "realm_id": REALM_ID,
    "registry_id": "0b6e8a52-3f4c-4a1e-8d9b-7c6a5b4d3e2f",
    "type": "default",
    "id": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
    "public_key": None,
    "online": False,
    "registry_project_id": None,
    "robot_id": "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
    "created_at": "2025-05-12T09:44:08.284Z",
    "updated_at": "2025-05-12T09:44:08.284Z",
    "registry": {
        "name": "harbor",
        "host": "harbor.example.org",
        "account_name": None,
        "id": "0b6e8a52-3f4c-4a1e-8d9b-7c6a5b4d3e2f",
        "created_at": "2025-05-12T09:44:08.284Z",
        "updated_at": "2025-05-12T09:44:08.284Z",
    },
}


def _node() -> flamehub.models.Node:
    return msgspec.json.decode(json.dumps(NODE_BODY), type=flame_hub.models.Node)


def test_attributes_and_nested_relations():
    node = _node()
    assert node.id == uuid.UUID(NODE_BODY["id"])
    utc = datetime.timezone.utc
    assert node.created_at == datetime.datetime(2025, 5, 12, 9, 44, 8, 284000, utc)
    assert isinstance(node.registry, flame_hub.models.Registry)
    assert node.registry.host == "harbor.example.org"
    assert node.registry_project is None
    for field in flame_hub.models.Node.__struct_fields__:
        getattr(node, field)


def test_value_equality():
    assert _node() == _node()
    other = msgspec.structs.replace(_node(), name="node-b")
    assert other != _node()


def test_model_dump_is_python_values_with_snake_case_keys():
    dumped = _node().model_dump()
    assert dumped["realm_id"] == uuid.UUID(REALM_ID)
    assert isinstance(dumped["created_at"], datetime.datetime)
    assert dumped["registry"]["name"] == "harbor"
    assert "registry_project_id" in dumped
    assert all(key == key.lower() for key in dumped)


def test_model_dump_json_options():
    node = _node()
    text = node.model_dump_json(indent=2)
    assert text.startswith('{\n  "external_name": null,\n  "hidden": false,')
    loaded = json.loads(text)
    assert loaded["id"] == NODE_BODY["id"] and loaded["registry"]["name"] == "harbor"
    without_none = json.loads(node.model_dump_json(exclude_none=True))
    assert "external_name" not in without_none and "account_name" not in without_none["registry"]
    assert json.loads(node.model_dump_json(exclude_unset=True)) == loaded


def test_update_models_leave_unset_fields_out():
    from flame_hub.models import UNSET, UpdateNode

    update = UpdateNode(hidden=False, external_name=None, type=UNSET)
    dumped = json.loads(update.model_dump_json(indent=2, exclude_none=False, exclude_unset=True))
    assert dumped == {"hidden": False, "external_name": None}
    assert json.loads(update.model_dump_json(exclude_none=True)) == {"hidden": False}
    assert update.model_dump() == {"hidden": False, "external_name": None}
    assert update.type is UNSET


def test_token_and_list_models_of_the_earlier_models_module():
    import msgspec

    import flame_hub.models

    assert flame_hub.models.AccessToken is flamehub.auth.AccessToken
    assert flame_hub.models.RefreshToken is flamehub.auth.AccessToken
    page = msgspec.json.decode(
        b'{"data": [], "meta": {"total": 0}}',
        type=flame_hub.models.ResourceList[flamehub.models.Node],
    )
    assert page.data == [] and page.meta.total == 0
