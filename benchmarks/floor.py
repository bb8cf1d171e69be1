"""The floor: hand-written msgspec Structs for the benchmarked shapes, no registry involved.

They declare the same fields with the same types and the same Struct options (``kw_only``,
``gc=False``) as the models flamehub builds from ``resources.yaml`` (``Node``, ``User``,
``Analysis`` and what they include), so that decoding into them does the same conversions
(UUIDs, datetimes, literals, nested structs): the fastest that msgspec itself can do for these
shapes, which flamehub's decode is measured against. ``run.py`` checks that the options still
match flamehub's.
"""

from __future__ import annotations

import datetime
import uuid
from typing import Literal

import msgspec

UUID = uuid.UUID
Datetime = datetime.datetime


class Registry(msgspec.Struct, kw_only=True, gc=False):
    name: str
    host: str
    account_name: str | None = None
    account_secret: str | None = None
    id: UUID
    created_at: Datetime
    updated_at: Datetime


ProjectType = Literal["default", "aggregator", "incoming", "outgoing", "masterImages", "node"]


class RegistryProject(msgspec.Struct, kw_only=True, gc=False):
    name: str
    type: ProjectType | None = None
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
    created_at: Datetime
    updated_at: Datetime
    registry: Registry | None = None


class Node(msgspec.Struct, kw_only=True, gc=False):
    external_name: str | None = None
    hidden: bool
    name: str
    realm_id: UUID
    registry_id: UUID | None = None
    type: Literal["aggregator", "default"]
    id: UUID
    public_key: str | None = None
    online: bool
    registry_project_id: UUID | None = None
    robot_id: UUID | None = None
    created_at: Datetime
    updated_at: Datetime
    registry: Registry | None = None
    registry_project: RegistryProject | None = None


class Realm(msgspec.Struct, kw_only=True, gc=False):
    name: str
    display_name: str | None = None
    description: str | None = None
    id: UUID
    built_in: bool
    created_at: Datetime
    updated_at: Datetime


class User(msgspec.Struct, kw_only=True, gc=False):
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
    created_at: Datetime
    updated_at: Datetime
    password: str | None = None
    realm: Realm | None = None


class CommandArgument(msgspec.Struct, kw_only=True, gc=False):
    value: str
    position: Literal["before", "after"] | None = None


class MasterImage(msgspec.Struct, kw_only=True, gc=False):
    id: UUID
    path: str | None = None
    virtual_path: str
    group_virtual_path: str
    name: str
    command: str | None = None
    command_arguments: list[CommandArgument] | None = None
    created_at: Datetime
    updated_at: Datetime


class Project(msgspec.Struct, kw_only=True, gc=False):
    description: str | None = None
    master_image_id: UUID | None = None
    name: str
    id: UUID
    analyses: int
    nodes: int
    created_at: Datetime
    updated_at: Datetime
    realm_id: UUID
    user_id: UUID | None = None
    robot_id: UUID | None = None
    master_image: MasterImage | None = None


BuildStatus = Literal["starting", "started", "stopping", "stopped", "finished", "failed"]
RunStatus = Literal["starting", "started", "running", "stopping", "stopped", "finished", "failed"]


class Analysis(msgspec.Struct, kw_only=True, gc=False):
    description: str | None = None
    name: str | None = None
    project_id: UUID
    master_image_id: UUID | None = None
    registry_id: UUID | None = None
    image_command_arguments: list[CommandArgument] | None = None
    id: UUID
    configuration_locked: bool
    nodes: int
    build_status: BuildStatus | None = None
    run_status: RunStatus | None = None
    created_at: Datetime
    updated_at: Datetime
    registry: Registry | None = None
    realm_id: UUID
    user_id: UUID | None = None
    project: Project | None = None
    master_image: MasterImage | None = None


class Meta(msgspec.Struct, kw_only=True, gc=False):
    total: int
    limit: int | None = None
    offset: int | None = None


class NodeList(msgspec.Struct, gc=False):
    data: list[Node]
    meta: Meta


class UserList(msgspec.Struct, gc=False):
    data: list[User]
    meta: Meta


class AnalysisList(msgspec.Struct, gc=False):
    data: list[Analysis]
    meta: Meta


#: Struct options that must match flamehub's models for the comparison to be like for like.
OPTIONS = {"gc": Node.__struct_config__.gc, "omit_defaults": Node.__struct_config__.omit_defaults}

LIST_DECODERS = {
    "nodes": msgspec.json.Decoder(NodeList),
    "users": msgspec.json.Decoder(UserList),
    "analyses": msgspec.json.Decoder(AnalysisList),
}
NODE_DECODER = msgspec.json.Decoder(Node)
