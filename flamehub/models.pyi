# Generated from resources.yaml by `python -m flamehub.stubgen`; do not edit by hand.
# Regenerate after editing resources.yaml: tests/test_stubs.py fails while this is stale.

from datetime import datetime
from typing import Any, ClassVar, Generic, Literal, TypeVar
from uuid import UUID

import msgspec
from msgspec import UNSET, UnsetType
from typing_extensions import NotRequired, TypedDict

import flamehub.registry
from flamehub.auth import AccessToken
from flamehub.types import (
    AnalysisBucketType,
    AnalysisBuildStatus,
    AnalysisCommand,
    AnalysisNodeApprovalStatus,
    AnalysisNodeRunStatus,
    AnalysisRunStatus,
    LogLevel,
    MasterImageCommandArgumentPosition,
    NodeType,
    ProjectNodeApprovalStatus,
    RegistryCommand,
    RegistryProjectType,
)

__all__ = [
    "UNSET",
    "UnsetType",
    "AccessToken",
    "HubModel",
    "RefreshToken",
    "ResourceList",
    "ResourceListMeta",
    "ModelSet",
    "build_models",
    "get_field_names",
    "get_includable_names",
    "Analysis",
    "AnalysisBucket",
    "AnalysisBucketFile",
    "AnalysisBucketType",
    "AnalysisBuildStatus",
    "AnalysisCommand",
    "AnalysisNode",
    "AnalysisNodeApprovalStatus",
    "AnalysisNodeRunStatus",
    "AnalysisRunStatus",
    "Bucket",
    "BucketFile",
    "CreateAnalysis",
    "CreateAnalysisBucket",
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
    "Event",
    "Log",
    "LogLevel",
    "MasterImage",
    "MasterImageCommandArgument",
    "MasterImageCommandArgumentPosition",
    "MasterImageEventLog",
    "MasterImageGroup",
    "Node",
    "NodeType",
    "Permission",
    "Project",
    "ProjectNode",
    "ProjectNodeApprovalStatus",
    "Realm",
    "Registry",
    "RegistryCommand",
    "RegistryProject",
    "RegistryProjectType",
    "Robot",
    "RobotPermission",
    "RobotRole",
    "Role",
    "RolePermission",
    "UpdateAnalysis",
    "UpdateAnalysisBucketFile",
    "UpdateAnalysisNode",
    "UpdateNode",
    "UpdatePermission",
    "UpdateProject",
    "UpdateProjectNode",
    "UpdateRealm",
    "UpdateRegistry",
    "UpdateRegistryProject",
    "UpdateRobot",
    "UpdateRole",
    "UpdateUser",
    "User",
    "UserPermission",
    "UserRole",
]

SECRET_MASK: str

Selection = set[str] | frozenset[str] | dict[str, Any] | None

class HubModel(msgspec.Struct, kw_only=True):
    __secret_fields__: ClassVar[frozenset[str]]
    __optional_fields__: ClassVar[tuple[str, ...]]
    __includable_fields__: ClassVar[tuple[str, ...]]
    model_fields: ClassVar[dict[str, msgspec.structs.FieldInfo]]
    def model_dump(
        self,
        *,
        mode: Literal["python", "json"] = "python",
        include: Selection = None,
        exclude: Selection = None,
        by_alias: bool = False,
        exclude_unset: bool = True,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
    ) -> dict[str, Any]: ...
    def model_dump_json(
        self,
        *,
        indent: int | None = None,
        include: Selection = None,
        exclude: Selection = None,
        by_alias: bool = False,
        exclude_unset: bool = True,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
    ) -> str: ...

class ResourceListMeta(HubModel, kw_only=True):
    total: int
    limit: int | None = None
    offset: int | None = None

ItemT = TypeVar("ItemT")

class ResourceList(HubModel, Generic[ItemT], kw_only=True):
    data: list[ItemT]
    meta: ResourceListMeta

RefreshToken = AccessToken

class ModelSet:
    registry: flamehub.registry.Registry
    enums: dict[str, Any]
    classes: dict[str, type[HubModel]]
    resource_of: dict[str, flamehub.registry.ResourceSpec]
    def __init__(self, registry: flamehub.registry.Registry) -> None: ...
    def _python_type(self, expr: flamehub.registry.TypeExpr) -> Any: ...
    def decoder(self, model: str) -> msgspec.json.Decoder[Any]: ...
    def list_decoder(self, model: str) -> msgspec.json.Decoder[Any]: ...

def write_model_name(prefix: str, spec: flamehub.registry.ResourceSpec) -> str: ...
def build_models(registry: flamehub.registry.Registry) -> ModelSet: ...
def default_models() -> ModelSet: ...
def get_field_names(model: type[HubModel]) -> tuple[str, ...]: ...
def get_includable_names(model: type[HubModel]) -> tuple[str, ...]: ...

# The models of resources.yaml: its structs, resources, creates and updates.

class MasterImageCommandArgument(TypedDict):
    """MasterImageCommandArgument: a value embedded in Hub resources (a dict)."""

    value: str
    position: NotRequired[MasterImageCommandArgumentPosition | None]

class Realm(HubModel, kw_only=True):
    """Realm: a Hub resource at /realms (auth API)."""

    name: str
    display_name: str | None = None
    description: str | None = None
    id: UUID
    built_in: bool
    created_at: datetime
    updated_at: datetime

class User(HubModel, kw_only=True):
    """User: a Hub resource at /users (auth API)."""

    id: UUID
    name: str
    active: bool
    name_locked: bool
    email: str | None = None
    display_name: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    avatar: str | None = None
    cover: str | None = None
    realm_id: UUID
    created_at: datetime
    updated_at: datetime
    password: str | None = None
    realm: Realm | None = None

class Robot(HubModel, kw_only=True):
    """Robot: a Hub resource at /robots (auth API)."""

    name: str
    realm_id: UUID
    secret: str | None = None
    display_name: str | None = None
    id: UUID
    description: str | None = None
    active: bool
    created_at: datetime
    updated_at: datetime
    user_id: UUID | None = None
    client_id: UUID | None = None
    user: User | None = None
    realm: Realm | None = None

class Permission(HubModel, kw_only=True):
    """Permission: a Hub resource at /permissions (auth API)."""

    name: str
    display_name: str | None = None
    description: str | None = None
    realm_id: UUID | None = None
    policy_id: UUID | None = None
    id: UUID
    built_in: bool
    client_id: UUID | None = None
    created_at: datetime
    updated_at: datetime
    realm: Realm | None = None
    target: str | None = None

class Role(HubModel, kw_only=True):
    """Role: a Hub resource at /roles (auth API)."""

    name: str
    display_name: str | None = None
    description: str | None = None
    id: UUID
    target: str | None = None
    realm_id: UUID | None = None
    created_at: datetime
    updated_at: datetime
    realm: Realm | None = None
    built_in: bool = False
    client_id: UUID | None = None

class RolePermission(HubModel, kw_only=True):
    """RolePermission: a Hub resource at /role-permissions (auth API)."""

    role_id: UUID
    permission_id: UUID
    id: UUID
    role_realm_id: UUID | None = None
    permission_realm_id: UUID | None = None
    policy_id: UUID | None = None
    created_at: datetime
    updated_at: datetime
    role_realm: Realm | None = None
    permission_realm: Realm | None = None
    role: Role | None = None
    permission: Permission | None = None

class UserPermission(HubModel, kw_only=True):
    """UserPermission: a Hub resource at /user-permissions (auth API)."""

    user_id: UUID
    permission_id: UUID
    id: UUID
    user_realm_id: UUID | None = None
    permission_realm_id: UUID | None = None
    policy_id: UUID | None = None
    created_at: datetime
    updated_at: datetime
    permission_realm: Realm | None = None
    user_realm: Realm | None = None
    permission: Permission | None = None
    user: User | None = None

class UserRole(HubModel, kw_only=True):
    """UserRole: a Hub resource at /user-roles (auth API)."""

    user_id: UUID
    role_id: UUID
    id: UUID
    user_realm_id: UUID | None = None
    role_realm_id: UUID | None = None
    created_at: datetime
    updated_at: datetime
    user_realm: Realm | None = None
    role_realm: Realm | None = None
    user: User | None = None
    role: Role | None = None

class RobotPermission(HubModel, kw_only=True):
    """RobotPermission: a Hub resource at /robot-permissions (auth API)."""

    robot_id: UUID
    permission_id: UUID
    id: UUID
    robot_realm_id: UUID | None = None
    permission_realm_id: UUID | None = None
    policy_id: UUID | None = None
    created_at: datetime
    updated_at: datetime
    robot_realm: Realm | None = None
    permission_realm: Realm | None = None
    robot: Robot | None = None
    permission: Permission | None = None

class RobotRole(HubModel, kw_only=True):
    """RobotRole: a Hub resource at /robot-roles (auth API)."""

    robot_id: UUID
    role_id: UUID
    id: UUID
    robot_realm_id: UUID | None = None
    role_realm_id: UUID | None = None
    created_at: datetime
    updated_at: datetime
    robot_realm: Realm | None = None
    role_realm: Realm | None = None
    robot: Robot | None = None
    role: Role | None = None

class Registry(HubModel, kw_only=True):
    """Registry: a Hub resource at /registries (core API)."""

    name: str
    host: str
    account_name: str | None = None
    account_secret: str | None = None
    id: UUID
    created_at: datetime
    updated_at: datetime

class RegistryProject(HubModel, kw_only=True):
    """RegistryProject: a Hub resource at /registry-projects (core API)."""

    name: str
    type: RegistryProjectType | None = None
    registry_id: UUID
    external_name: str
    id: UUID
    public: bool
    external_id: str | None = None
    webhook_name: str | None = None
    webhook_exists: bool | None = None
    realm_id: UUID | None = None
    account_id: str | None = None
    account_name: str | None = None
    account_secret: str | None = None
    created_at: datetime
    updated_at: datetime
    registry: Registry | None = None

class Node(HubModel, kw_only=True):
    """Node: a Hub resource at /nodes (core API)."""

    external_name: str | None = None
    hidden: bool
    name: str
    realm_id: UUID
    registry_id: UUID | None = None
    type: NodeType
    id: UUID
    public_key: str | None = None
    online: bool
    registry_project_id: UUID | None = None
    robot_id: UUID | None = None
    created_at: datetime
    updated_at: datetime
    registry: Registry | None = None
    registry_project: RegistryProject | None = None

class MasterImageGroup(HubModel, kw_only=True):
    """MasterImageGroup: a Hub resource at /master-image-groups (core API)."""

    id: UUID
    name: str
    path: str
    virtual_path: str
    created_at: datetime
    updated_at: datetime

class MasterImage(HubModel, kw_only=True):
    """MasterImage: a Hub resource at /master-images (core API)."""

    id: UUID
    path: str | None = None
    virtual_path: str
    group_virtual_path: str
    name: str
    command: str | None = None
    command_arguments: list[MasterImageCommandArgument] | None = None
    created_at: datetime
    updated_at: datetime

class MasterImageEventLog(HubModel, kw_only=True):
    """MasterImageEventLog: a Hub resource at /master-image-event-logs (core API)."""

    id: UUID
    name: str
    data: dict[str, Any] | None = None
    expiring: bool
    expires_at: datetime
    master_image_id: UUID | None = None
    created_at: datetime
    updated_at: datetime
    master_image: MasterImage | None = None

class Event(HubModel, kw_only=True):
    """Event: a Hub resource at /events (core API)."""

    id: UUID
    scope: str
    name: str
    ref_type: str
    ref_id: str | None = None
    data: dict[str, Any] | None = None
    expiring: bool
    actor_type: str | None = None
    actor_id: str | None = None
    actor_name: str | None = None
    actor_ip_address: str | None = None
    expires_at: datetime | None = None
    created_at: datetime
    updated_at: datetime

class Project(HubModel, kw_only=True):
    """Project: a Hub resource at /projects (core API)."""

    description: str | None = None
    master_image_id: UUID | None = None
    name: str
    id: UUID
    analyses: int
    nodes: int
    created_at: datetime
    updated_at: datetime
    realm_id: UUID
    user_id: UUID | None = None
    robot_id: UUID | None = None
    master_image: MasterImage | None = None

class ProjectNode(HubModel, kw_only=True):
    """ProjectNode: a Hub resource at /project-nodes (core API)."""

    node_id: UUID
    project_id: UUID
    id: UUID
    approval_status: ProjectNodeApprovalStatus | None = None
    comment: str | None = None
    created_at: datetime
    updated_at: datetime
    project_realm_id: UUID
    node_realm_id: UUID
    node: Node | None = None
    project: Project | None = None

class Analysis(HubModel, kw_only=True):
    """Analysis: a Hub resource at /analyses (core API)."""

    description: str | None = None
    name: str | None = None
    project_id: UUID
    master_image_id: UUID | None = None
    registry_id: UUID | None = None
    image_command_arguments: list[MasterImageCommandArgument] | None = None
    id: UUID
    configuration_locked: bool
    nodes: int
    build_status: AnalysisBuildStatus | None = None
    run_status: AnalysisRunStatus | None = None
    created_at: datetime
    updated_at: datetime
    registry: Registry | None = None
    realm_id: UUID
    user_id: UUID | None = None
    project: Project | None = None
    master_image: MasterImage | None = None

class Log(HubModel, kw_only=True):
    """Log: a Hub resource at /analysis-node-logs (core API)."""

    time: str | int
    message: str | None = None
    level: LogLevel
    labels: dict[str, str | None]

class AnalysisNode(HubModel, kw_only=True):
    """AnalysisNode: a Hub resource at /analysis-nodes (core API)."""

    analysis_id: UUID
    node_id: UUID
    id: UUID
    approval_status: AnalysisNodeApprovalStatus | None = None
    run_status: AnalysisNodeRunStatus | None = None
    comment: str | None = None
    artifact_tag: str | None = None
    artifact_digest: str | None = None
    created_at: datetime
    updated_at: datetime
    analysis_realm_id: UUID
    node_realm_id: UUID
    index: int | None = None
    analysis: Analysis | None = None
    node: Node | None = None

class AnalysisBucket(HubModel, kw_only=True):
    """AnalysisBucket: a Hub resource at /analysis-buckets (core API)."""

    id: UUID
    type: AnalysisBucketType
    external_id: UUID | None = None
    created_at: datetime
    updated_at: datetime
    analysis_id: UUID
    realm_id: UUID
    analysis: Analysis | None = None

class AnalysisBucketFile(HubModel, kw_only=True):
    """AnalysisBucketFile: a Hub resource at /analysis-bucket-files (core API)."""

    name: str
    external_id: UUID
    bucket_id: UUID
    root: bool
    id: UUID
    created_at: datetime
    updated_at: datetime
    realm_id: UUID
    user_id: UUID | None = None
    robot_id: UUID | None = None
    analysis_id: UUID
    analysis: Analysis | None = None
    bucket: AnalysisBucket | None = None

class Bucket(HubModel, kw_only=True):
    """Bucket: a Hub resource at /buckets (storage API)."""

    name: str
    region: str | None = None
    id: UUID
    created_at: datetime
    updated_at: datetime
    actor_id: UUID
    actor_type: str
    realm_id: UUID | None = None

class BucketFile(HubModel, kw_only=True):
    """BucketFile: a Hub resource at /bucket-files (storage API)."""

    id: UUID
    name: str
    path: str
    hash: str
    directory: str
    size: int | None = None
    created_at: datetime
    updated_at: datetime
    actor_type: str
    actor_id: UUID
    bucket_id: UUID
    realm_id: UUID | None = None
    bucket: Bucket | None = None

class CreateRealm(HubModel, kw_only=True):
    """The body of a Realm create; fields left UNSET are not sent."""

    name: str
    display_name: str | None | UnsetType = UNSET
    description: str | None | UnsetType = UNSET

class UpdateRealm(HubModel, kw_only=True):
    """The body of a Realm update; fields left UNSET are not sent."""

    name: str | UnsetType = UNSET
    display_name: str | None | UnsetType = UNSET
    description: str | None | UnsetType = UNSET

class CreateUser(HubModel, kw_only=True):
    """The body of a User create; fields left UNSET are not sent."""

    name: str
    display_name: str | None | UnsetType = UNSET
    email: str | None | UnsetType = UNSET
    active: bool | UnsetType = UNSET
    name_locked: bool | UnsetType = UNSET
    first_name: str | None | UnsetType = UNSET
    last_name: str | None | UnsetType = UNSET
    password: str | None | UnsetType = UNSET
    realm_id: UUID | UnsetType = UNSET

class UpdateUser(HubModel, kw_only=True):
    """The body of a User update; fields left UNSET are not sent."""

    name: str | UnsetType = UNSET
    display_name: str | None | UnsetType = UNSET
    email: str | None | UnsetType = UNSET
    active: bool | UnsetType = UNSET
    name_locked: bool | UnsetType = UNSET
    first_name: str | None | UnsetType = UNSET
    last_name: str | None | UnsetType = UNSET
    password: str | None | UnsetType = UNSET

class CreateRobot(HubModel, kw_only=True):
    """The body of a Robot create; fields left UNSET are not sent."""

    name: str
    realm_id: UUID
    secret: str | None
    display_name: str | None | UnsetType = UNSET
    description: str | None | UnsetType = UNSET
    active: bool | UnsetType = UNSET
    user_id: UUID | None | UnsetType = UNSET

class UpdateRobot(HubModel, kw_only=True):
    """The body of a Robot update; fields left UNSET are not sent."""

    name: str | UnsetType = UNSET
    display_name: str | None | UnsetType = UNSET
    realm_id: UUID | UnsetType = UNSET
    secret: str | None | UnsetType = UNSET
    description: str | None | UnsetType = UNSET
    active: bool | UnsetType = UNSET
    user_id: UUID | None | UnsetType = UNSET

class CreatePermission(HubModel, kw_only=True):
    """The body of a Permission create; fields left UNSET are not sent."""

    name: str
    display_name: str | None | UnsetType = UNSET
    description: str | None | UnsetType = UNSET
    realm_id: UUID | None | UnsetType = UNSET
    client_id: UUID | None | UnsetType = UNSET
    policy_id: UUID | None | UnsetType = UNSET

class UpdatePermission(HubModel, kw_only=True):
    """The body of a Permission update; fields left UNSET are not sent."""

    name: str | UnsetType = UNSET
    display_name: str | None | UnsetType = UNSET
    description: str | None | UnsetType = UNSET
    realm_id: UUID | None | UnsetType = UNSET
    client_id: UUID | None | UnsetType = UNSET
    policy_id: UUID | None | UnsetType = UNSET

class CreateRole(HubModel, kw_only=True):
    """The body of a Role create; fields left UNSET are not sent."""

    name: str
    display_name: str | None | UnsetType = UNSET
    description: str | None | UnsetType = UNSET
    realm_id: UUID | None | UnsetType = UNSET

class UpdateRole(HubModel, kw_only=True):
    """The body of a Role update; fields left UNSET are not sent."""

    name: str | UnsetType = UNSET
    display_name: str | None | UnsetType = UNSET
    description: str | None | UnsetType = UNSET

class CreateRolePermission(HubModel, kw_only=True):
    """The body of a RolePermission create; fields left UNSET are not sent."""

    role_id: UUID
    permission_id: UUID
    policy_id: UUID | None | UnsetType = UNSET

class CreateUserPermission(HubModel, kw_only=True):
    """The body of a UserPermission create; fields left UNSET are not sent."""

    user_id: UUID
    permission_id: UUID
    policy_id: UUID | None | UnsetType = UNSET

class CreateUserRole(HubModel, kw_only=True):
    """The body of a UserRole create; fields left UNSET are not sent."""

    user_id: UUID
    role_id: UUID

class CreateRobotPermission(HubModel, kw_only=True):
    """The body of a RobotPermission create; fields left UNSET are not sent."""

    robot_id: UUID
    permission_id: UUID
    policy_id: UUID | None | UnsetType = UNSET

class CreateRobotRole(HubModel, kw_only=True):
    """The body of a RobotRole create; fields left UNSET are not sent."""

    robot_id: UUID
    role_id: UUID

class CreateRegistry(HubModel, kw_only=True):
    """The body of a Registry create; fields left UNSET are not sent."""

    name: str
    host: str
    account_name: str | None | UnsetType = UNSET
    account_secret: str | None | UnsetType = UNSET

class UpdateRegistry(HubModel, kw_only=True):
    """The body of a Registry update; fields left UNSET are not sent."""

    name: str | UnsetType = UNSET
    host: str | UnsetType = UNSET
    account_name: str | None | UnsetType = UNSET
    account_secret: str | None | UnsetType = UNSET

class CreateRegistryProject(HubModel, kw_only=True):
    """The body of a RegistryProject create; fields left UNSET are not sent."""

    name: str
    type: RegistryProjectType | None
    registry_id: UUID
    external_name: str

class UpdateRegistryProject(HubModel, kw_only=True):
    """The body of a RegistryProject update; fields left UNSET are not sent."""

    name: str | UnsetType = UNSET
    type: RegistryProjectType | None | UnsetType = UNSET
    registry_id: UUID | UnsetType = UNSET
    external_name: str | UnsetType = UNSET

class CreateNode(HubModel, kw_only=True):
    """The body of a Node create; fields left UNSET are not sent."""

    name: str
    realm_id: UUID | UnsetType = UNSET
    registry_id: UUID | None | UnsetType = UNSET
    external_name: str | None | UnsetType = UNSET
    type: NodeType | UnsetType = UNSET
    hidden: bool | UnsetType = UNSET
    public_key: str | None | UnsetType = UNSET
    robot_id: UUID | None | UnsetType = UNSET

class UpdateNode(HubModel, kw_only=True):
    """The body of a Node update; fields left UNSET are not sent."""

    external_name: str | None | UnsetType = UNSET
    hidden: bool | UnsetType = UNSET
    type: NodeType | UnsetType = UNSET
    realm_id: UUID | UnsetType = UNSET
    registry_id: UUID | None | UnsetType = UNSET
    public_key: str | None | UnsetType = UNSET
    name: str | UnsetType = UNSET
    robot_id: UUID | None | UnsetType = UNSET

class CreateProject(HubModel, kw_only=True):
    """The body of a Project create; fields left UNSET are not sent."""

    name: str
    master_image_id: UUID | None | UnsetType = UNSET
    description: str | None | UnsetType = UNSET

class UpdateProject(HubModel, kw_only=True):
    """The body of a Project update; fields left UNSET are not sent."""

    description: str | None | UnsetType = UNSET
    master_image_id: UUID | None | UnsetType = UNSET
    name: str | UnsetType = UNSET

class CreateProjectNode(HubModel, kw_only=True):
    """The body of a ProjectNode create; fields left UNSET are not sent."""

    project_id: UUID
    node_id: UUID

class UpdateProjectNode(HubModel, kw_only=True):
    """The body of a ProjectNode update; fields left UNSET are not sent."""

    comment: str | None | UnsetType = UNSET
    approval_status: ProjectNodeApprovalStatus | None | UnsetType = UNSET

class CreateAnalysis(HubModel, kw_only=True):
    """The body of a Analysis create; fields left UNSET are not sent."""

    project_id: UUID
    name: str | None | UnsetType = UNSET
    description: str | None | UnsetType = UNSET
    master_image_id: UUID | None | UnsetType = UNSET
    registry_id: UUID | None | UnsetType = UNSET
    image_command_arguments: list[MasterImageCommandArgument] | None | UnsetType = UNSET

class UpdateAnalysis(HubModel, kw_only=True):
    """The body of a Analysis update; fields left UNSET are not sent."""

    name: str | None | UnsetType = UNSET
    description: str | None | UnsetType = UNSET
    master_image_id: UUID | None | UnsetType = UNSET
    image_command_arguments: list[MasterImageCommandArgument] | None | UnsetType = UNSET
    registry_id: UUID | None | UnsetType = UNSET

class CreateAnalysisNodeLog(HubModel, kw_only=True):
    """The body of a Log create; fields left UNSET are not sent."""

    analysis_id: UUID
    node_id: UUID
    level: LogLevel
    status: str
    code: str | None | UnsetType = UNSET
    message: str | None | UnsetType = UNSET

class CreateAnalysisNode(HubModel, kw_only=True):
    """The body of a AnalysisNode create; fields left UNSET are not sent."""

    analysis_id: UUID
    node_id: UUID
    run_status: AnalysisNodeRunStatus | None | UnsetType = UNSET
    index: int | None | UnsetType = UNSET
    approval_status: AnalysisNodeApprovalStatus | None | UnsetType = UNSET
    comment: str | None | UnsetType = UNSET

class UpdateAnalysisNode(HubModel, kw_only=True):
    """The body of a AnalysisNode update; fields left UNSET are not sent."""

    comment: str | None | UnsetType = UNSET
    approval_status: AnalysisNodeApprovalStatus | None | UnsetType = UNSET
    run_status: AnalysisNodeRunStatus | None | UnsetType = UNSET
    index: int | None | UnsetType = UNSET

class CreateAnalysisBucket(HubModel, kw_only=True):
    """The body of a AnalysisBucket create; fields left UNSET are not sent."""

    analysis_id: UUID
    type: AnalysisBucketType

class CreateAnalysisBucketFile(HubModel, kw_only=True):
    """The body of a AnalysisBucketFile create; fields left UNSET are not sent."""

    name: str
    external_id: UUID
    bucket_id: UUID
    root: bool | UnsetType = UNSET

class UpdateAnalysisBucketFile(HubModel, kw_only=True):
    """The body of a AnalysisBucketFile update; fields left UNSET are not sent."""

    root: bool | UnsetType = UNSET
    name: str | UnsetType = UNSET

class CreateBucket(HubModel, kw_only=True):
    """The body of a Bucket create; fields left UNSET are not sent."""

    name: str
    region: str | None | UnsetType = UNSET
