"""Programs written for flame-hub-client 0.2.6 call create and update methods as it declared them.

``SIGNATURES_0_2_6`` is what 0.2.6 (the release for Hub 0.8.15) declares, written down here as
data: every parameter after ``self``, in order, with its default; all of them are positional-or-
keyword. Ours must start with exactly these (later parameters, which the Hub accepts and 0.2.6
did not offer, must be optional). ``CALLS`` then calls each method against the emulator the way
a 0.2.6 program does, positionally and with the old keywords, and checks both the body that went
over the wire and what the Hub stored.
"""

from __future__ import annotations

import ast
import inspect
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import msgspec
import pytest
import requests

import flame_hub
from flame_hub.auth import PasswordAuth
from flame_hub.models import UNSET, MasterImageCommandArgument

SIGNATURES_0_2_6: dict[str, dict[str, str]] = {
    "AuthClient": {
        "create_permission": "name, display_name=None, description=None, realm_id=None",
        "create_realm": "name, display_name=None, description=None",
        "create_robot": "name, realm_id, secret, display_name=None",
        "create_robot_permission": "robot_id, permission_id",
        "create_robot_role": "robot_id, role_id",
        "create_role": "name, display_name=None, description=None",
        "create_role_permission": "role_id, permission_id",
        "create_user": "name, display_name=None, email=None, active=True, name_locked=True, "
        "first_name=None, last_name=None",
        "create_user_permission": "user_id, permission_id",
        "create_user_role": "user_id, role_id",
        "update_permission": "permission_id, name=UNSET, display_name=UNSET, "
        "description=UNSET, realm_id=UNSET",
        "update_realm": "realm_id, name=UNSET, display_name=UNSET, description=UNSET",
        "update_robot": "robot_id, name=UNSET, display_name=UNSET, realm_id=UNSET, secret=UNSET",
        "update_role": "role_id, name=UNSET, display_name=UNSET, description=UNSET",
        "update_user": "user_id, name=UNSET, display_name=UNSET, email=UNSET, active=UNSET, "
        "name_locked=UNSET, first_name=UNSET, last_name=UNSET",
    },
    "CoreClient": {
        "create_analysis": "project_id, name=None, description=None, master_image_id=None, "
        "registry_id=None, image_command_arguments=()",
        "create_analysis_bucket_file": "name, bucket_file_id, analysis_bucket_id, "
        "is_entrypoint=False",
        "create_analysis_node": "analysis_id, node_id",
        "create_analysis_node_log": "analysis_id, node_id, level, status, code=None, message=None",
        "create_node": "name, realm_id=None, registry_id=None, external_name=None, "
        "node_type='default', hidden=False",
        "create_project": "name, master_image_id=None, description=None",
        "create_project_node": "project_id, node_id",
        "create_registry": "name, host, account_name=None, account_secret=None",
        "create_registry_project": "name, registry_project_type, registry_id, external_name",
        "update_analysis": "analysis_id, name=UNSET, description=UNSET, master_image_id=UNSET, "
        "image_command_arguments=UNSET",
        "update_analysis_bucket_file": "analysis_bucket_file_id, is_entrypoint=UNSET",
        "update_analysis_node": "analysis_node_id, comment=UNSET, approval_status=UNSET, "
        "run_status=UNSET",
        "update_node": "node_id, external_name=UNSET, hidden=UNSET, node_type=UNSET, "
        "realm_id=UNSET, registry_id=UNSET, public_key=UNSET",
        "update_project": "project_id, description=UNSET, master_image_id=UNSET, name=UNSET",
        "update_project_node": "project_node_id, comment=UNSET, approval_status=UNSET",
        "update_registry": "registry_id, name=UNSET, host=UNSET, account_name=UNSET, "
        "account_secret=UNSET",
        "update_registry_project": "registry_project_id, name=UNSET, "
        "registry_project_type=UNSET, registry_id=UNSET, external_name=UNSET",
    },
    "StorageClient": {
        "create_bucket": "name, region=None",
    },
}

ALL_METHODS = [
    (client, method) for client, methods in SIGNATURES_0_2_6.items() for method in methods
]


def parse_parameters(text: str) -> list[inspect.Parameter]:
    """``"a, b=1, c=UNSET"`` as parameters, read with Python's own parser."""
    function = ast.parse(f"def f({text}): pass").body[0]
    assert isinstance(function, ast.FunctionDef)
    arguments = function.args
    defaults: list[Any] = [inspect.Parameter.empty] * (
        len(arguments.args) - len(arguments.defaults)
    )
    for node in arguments.defaults:
        is_unset = isinstance(node, ast.Name) and node.id == "UNSET"
        defaults.append(UNSET if is_unset else ast.literal_eval(node))
    return [
        inspect.Parameter(arg.arg, inspect.Parameter.POSITIONAL_OR_KEYWORD, default=default)
        for arg, default in zip(arguments.args, defaults, strict=True)
    ]


def test_the_data_reads_as_signatures():
    parameters = parse_parameters("name, node_type='default', hidden=False, x=UNSET, y=()")
    assert [p.name for p in parameters] == ["name", "node_type", "hidden", "x", "y"]
    assert [p.default for p in parameters][1:] == ["default", False, UNSET, ()]
    assert parameters[0].default is inspect.Parameter.empty
    assert len(ALL_METHODS) == 33


@pytest.mark.parametrize(("client", "method"), ALL_METHODS)
def test_signature_starts_like_0_2_6(client, method):
    cls = getattr(flame_hub, client)
    assert hasattr(cls, method), f"{client}.{method} is missing"
    ours = list(inspect.signature(getattr(cls, method)).parameters.values())
    assert ours[0].name == "self"
    ours = ours[1:]
    theirs = parse_parameters(SIGNATURES_0_2_6[client][method])
    shown = [(p.name, p.kind, p.default) for p in ours[: len(theirs)]]
    assert shown == [(p.name, p.kind, p.default) for p in theirs]
    for extra in ours[len(theirs) :]:
        expected = UNSET if method.startswith("update_") else extra.default
        assert extra.default is not inspect.Parameter.empty, f"{extra.name} must be optional"
        assert extra.default is expected or extra.default == expected


# --------------------------------------------------------------------------------------------
# Calls against the emulator.


class Ref(str):
    """Stands for the id of a resource the test world made (``Ref("realm")``)."""


#: Stands for a fresh resource of the call's ``target`` kind (the first argument of updates).
TARGET = Ref("<target>")


@dataclass
class Call:
    """One call as a 0.2.6 program writes it, and what the Hub must then have."""

    method: str  # Client.method
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    sent: dict[str, Any] = field(default_factory=dict)  # the JSON body, as the Hub names it
    stored: dict[str, Any] = field(default_factory=dict)  # attributes read back afterwards
    target: str | None = None  # the kind of resource TARGET stands for

    @property
    def id(self) -> str:
        style = "positional" if len(self.args) > (1 if self.target else 0) else "keywords"
        return f"{self.method.split('.')[1]}-{style}"


ARGUMENTS = [MasterImageCommandArgument(value="--verbose", position="after")]

CALLS = [
    # auth ------------------------------------------------------------------------------------
    Call(
        "AuthClient.create_realm",
        ("compat-realm-p", "Compat Realm", "A realm made positionally"),
        sent={
            "name": "compat-realm-p",
            "display_name": "Compat Realm",
            "description": "A realm made positionally",
        },
        stored={"name": "compat-realm-p", "display_name": "Compat Realm", "built_in": False},
    ),
    Call(
        "AuthClient.create_realm",
        kwargs={"name": "compat-realm-k"},
        sent={"name": "compat-realm-k"},
        stored={"name": "compat-realm-k", "display_name": None, "description": None},
    ),
    Call(
        "AuthClient.create_user",
        ("compat-user-p", "Compat User", "user@example.org", False, False, "First", "Last"),
        sent={
            "name": "compat-user-p",
            "display_name": "Compat User",
            "email": "user@example.org",
            "active": False,
            "name_locked": False,
            "first_name": "First",
            "last_name": "Last",
        },
        stored={
            "name": "compat-user-p",
            "email": "user@example.org",
            "active": False,
            "name_locked": False,
            "first_name": "First",
            "last_name": "Last",
            "realm_id": Ref("master"),
        },
    ),
    Call(
        "AuthClient.create_user",
        kwargs={"name": "compat-user-k", "display_name": "Keyword User"},
        # Defaults are not sent: the Hub's own defaults are the same.
        sent={"name": "compat-user-k", "display_name": "Keyword User"},
        stored={"name": "compat-user-k", "active": True, "name_locked": True, "email": None},
    ),
    Call(
        "AuthClient.create_robot",
        ("compat-robot-p", Ref("realm"), "a-robot-secret", "Compat Robot"),
        sent={
            "name": "compat-robot-p",
            "realm_id": Ref("realm"),
            "secret": "a-robot-secret",
            "display_name": "Compat Robot",
        },
        stored={"name": "compat-robot-p", "realm_id": Ref("realm"), "display_name": "Compat Robot"},
    ),
    Call(
        "AuthClient.create_permission",
        ("compat_perm_p", "Compat Permission", "A permission", Ref("realm")),
        sent={
            "name": "compat_perm_p",
            "display_name": "Compat Permission",
            "description": "A permission",
            "realm_id": Ref("realm"),
        },
        stored={"name": "compat_perm_p", "realm_id": Ref("realm"), "built_in": False},
    ),
    Call(
        "AuthClient.create_role",
        ("compat-role-p", "Compat Role", "A role made positionally"),
        sent={
            "name": "compat-role-p",
            "display_name": "Compat Role",
            "description": "A role made positionally",
        },
        stored={"name": "compat-role-p", "display_name": "Compat Role"},
    ),
    Call(
        "AuthClient.create_role_permission",
        (Ref("role"), Ref("permission")),
        sent={"role_id": Ref("role"), "permission_id": Ref("permission")},
        stored={"role_id": Ref("role"), "permission_id": Ref("permission")},
    ),
    Call(
        "AuthClient.create_user_permission",
        (Ref("user"), Ref("permission")),
        sent={"user_id": Ref("user"), "permission_id": Ref("permission")},
        stored={"user_id": Ref("user"), "permission_id": Ref("permission")},
    ),
    Call(
        "AuthClient.create_user_role",
        kwargs={"user_id": Ref("user"), "role_id": Ref("role")},
        sent={"user_id": Ref("user"), "role_id": Ref("role")},
        stored={"user_id": Ref("user"), "role_id": Ref("role")},
    ),
    Call(
        "AuthClient.create_robot_permission",
        (Ref("robot"), Ref("permission")),
        sent={"robot_id": Ref("robot"), "permission_id": Ref("permission")},
        stored={"robot_id": Ref("robot"), "permission_id": Ref("permission")},
    ),
    Call(
        "AuthClient.create_robot_role",
        (Ref("robot"), Ref("role")),
        sent={"robot_id": Ref("robot"), "role_id": Ref("role")},
        stored={"robot_id": Ref("robot"), "role_id": Ref("role")},
    ),
    Call(
        "AuthClient.update_realm",
        (TARGET, "compat-realm-renamed", "Renamed Realm", "Described once more"),
        target="realm",
        sent={
            "name": "compat-realm-renamed",
            "display_name": "Renamed Realm",
            "description": "Described once more",
        },
        stored={"name": "compat-realm-renamed", "description": "Described once more"},
    ),
    Call(
        "AuthClient.update_user",
        (TARGET, "compat-user-renamed", "Renamed User", None, True, False, "Ada", "Lovelace"),
        target="user",
        sent={
            "name": "compat-user-renamed",
            "display_name": "Renamed User",
            "email": None,
            "active": True,
            "name_locked": False,
            "first_name": "Ada",
            "last_name": "Lovelace",
        },
        stored={"name": "compat-user-renamed", "display_name": "Renamed User", "email": None},
    ),
    Call(
        "AuthClient.update_robot",
        (TARGET, "compat-robot-renamed", "Renamed Robot", Ref("master"), "another-secret"),
        target="robot",
        sent={
            "name": "compat-robot-renamed",
            "display_name": "Renamed Robot",
            "realm_id": Ref("master"),
            "secret": "another-secret",
        },
        stored={"name": "compat-robot-renamed", "realm_id": Ref("master")},
    ),
    Call(
        "AuthClient.update_permission",
        (TARGET, "compat_perm_renamed", "Renamed Permission", "Described once more"),
        kwargs={"realm_id": None},
        target="permission",
        sent={
            "name": "compat_perm_renamed",
            "display_name": "Renamed Permission",
            "description": "Described once more",
            "realm_id": None,
        },
        stored={"name": "compat_perm_renamed", "display_name": "Renamed Permission"},
    ),
    Call(
        "AuthClient.update_role",
        (TARGET, "compat-role-renamed"),
        kwargs={"description": "Described once more"},
        target="role",
        sent={"name": "compat-role-renamed", "description": "Described once more"},
        stored={"name": "compat-role-renamed", "description": "Described once more"},
    ),
    # core ------------------------------------------------------------------------------------
    Call(
        "CoreClient.create_registry",
        ("compat-registry-p", "harbor.example.org", "robot-account", "account-secret"),
        sent={
            "name": "compat-registry-p",
            "host": "harbor.example.org",
            "account_name": "robot-account",
            "account_secret": "account-secret",
        },
        stored={
            "name": "compat-registry-p",
            "host": "harbor.example.org",
            "account_name": "robot-account",
        },
    ),
    Call(
        "CoreClient.create_registry_project",
        ("compat-rp-positional", "aggregator", Ref("registry"), "compat_rp_positional"),
        sent={
            "name": "compat-rp-positional",
            "type": "aggregator",
            "registry_id": Ref("registry"),
            "external_name": "compat_rp_positional",
        },
        stored={"type": "aggregator", "registry_id": Ref("registry"), "public": True},
    ),
    Call(
        "CoreClient.create_registry_project",
        kwargs={
            "name": "compat-rp-keywords",
            "registry_project_type": "incoming",
            "registry_id": Ref("registry"),
            "external_name": "compat_rp_keywords",
        },
        sent={
            "name": "compat-rp-keywords",
            "type": "incoming",
            "registry_id": Ref("registry"),
            "external_name": "compat_rp_keywords",
        },
        stored={"name": "compat-rp-keywords", "type": "incoming"},
    ),
    Call(
        "CoreClient.create_node",
        ("compat-node-p", Ref("master"), Ref("registry"), "compat-node-p-ext", "aggregator", True),
        sent={
            "name": "compat-node-p",
            "realm_id": Ref("master"),
            "registry_id": Ref("registry"),
            "external_name": "compat-node-p-ext",
            "type": "aggregator",
            "hidden": True,
        },
        stored={
            "name": "compat-node-p",
            "realm_id": Ref("master"),
            "registry_id": Ref("registry"),
            "external_name": "compat-node-p-ext",
            "type": "aggregator",
            "hidden": True,
        },
    ),
    Call(
        "CoreClient.create_node",
        kwargs={"name": "compat-node-k", "node_type": "aggregator"},
        sent={"name": "compat-node-k", "type": "aggregator"},
        stored={"type": "aggregator", "hidden": False, "realm_id": Ref("master")},
    ),
    Call(
        "CoreClient.create_project",
        ("compat-project-p", Ref("master_image"), "A project made positionally"),
        sent={
            "name": "compat-project-p",
            "master_image_id": Ref("master_image"),
            "description": "A project made positionally",
        },
        stored={"master_image_id": Ref("master_image"), "analyses": 0, "nodes": 0},
    ),
    Call(
        "CoreClient.create_project_node",
        (Ref("project"), Ref("node")),
        sent={"project_id": Ref("project"), "node_id": Ref("node")},
        stored={"project_id": Ref("project"), "node_id": Ref("node")},
    ),
    Call(
        "CoreClient.create_analysis",
        (
            Ref("project"),
            "compat-analysis-p",
            "An analysis made positionally",
            Ref("master_image"),
            Ref("registry"),
            ARGUMENTS,
        ),
        sent={
            "project_id": Ref("project"),
            "name": "compat-analysis-p",
            "description": "An analysis made positionally",
            "master_image_id": Ref("master_image"),
            "registry_id": Ref("registry"),
            "image_command_arguments": [{"value": "--verbose", "position": "after"}],
        },
        stored={
            "registry_id": Ref("registry"),
            "image_command_arguments": [{"value": "--verbose", "position": "after"}],
        },
    ),
    Call(
        "CoreClient.create_analysis",
        kwargs={"project_id": Ref("project")},
        sent={"project_id": Ref("project")},
        stored={"name": None, "image_command_arguments": None, "nodes": 0},
    ),
    Call(
        "CoreClient.create_analysis_node",
        (Ref("analysis"), Ref("member_node")),
        sent={"analysis_id": Ref("analysis"), "node_id": Ref("member_node")},
        stored={"analysis_id": Ref("analysis"), "node_id": Ref("member_node")},
    ),
    Call(
        "CoreClient.create_analysis_node_log",
        (Ref("analysis"), Ref("member_node"), "info", "running", "compat-code", "A log line"),
        sent={
            "analysis_id": Ref("analysis"),
            "node_id": Ref("member_node"),
            "level": "info",
            "status": "running",
            "code": "compat-code",
            "message": "A log line",
        },
        stored={"level": "info", "message": "A log line"},
    ),
    Call(
        "CoreClient.create_analysis_bucket_file",
        ("main.py", Ref("bucket_file"), Ref("analysis_bucket"), True),
        sent={
            "name": "main.py",
            "external_id": Ref("bucket_file"),
            "bucket_id": Ref("analysis_bucket"),
            "root": True,
        },
        stored={
            "name": "main.py",
            "external_id": Ref("bucket_file"),
            "bucket_id": Ref("analysis_bucket"),
            "root": True,
        },
    ),
    Call(
        "CoreClient.create_analysis_bucket_file",
        kwargs={
            "name": "helper.py",
            "bucket_file_id": Ref("bucket_file"),
            "analysis_bucket_id": Ref("analysis_bucket"),
            "is_entrypoint": False,
        },
        sent={
            "name": "helper.py",
            "external_id": Ref("bucket_file"),
            "bucket_id": Ref("analysis_bucket"),
            "root": False,
        },
        stored={"name": "helper.py", "root": False, "analysis_id": Ref("analysis")},
    ),
    Call(
        "CoreClient.update_registry",
        (TARGET, "compat-registry-renamed", "harbor2.example.org", "other-account", "other"),
        target="registry",
        sent={
            "name": "compat-registry-renamed",
            "host": "harbor2.example.org",
            "account_name": "other-account",
            "account_secret": "other",
        },
        stored={"name": "compat-registry-renamed", "host": "harbor2.example.org"},
    ),
    Call(
        # The Hub keeps type and registry of a registry project; 0.2.6 still sends them.
        "CoreClient.update_registry_project",
        (TARGET, "compat-rp-renamed", "aggregator", Ref("registry"), "compat_rp_renamed"),
        target="registry_project",
        sent={
            "name": "compat-rp-renamed",
            "type": "aggregator",
            "registry_id": Ref("registry"),
            "external_name": "compat_rp_renamed",
        },
        stored={"name": "compat-rp-renamed", "external_name": "compat_rp_renamed", "type": "node"},
    ),
    Call(
        "CoreClient.update_registry_project",
        (TARGET,),
        kwargs={"registry_project_type": "outgoing", "name": "compat-rp-renamed-k"},
        target="registry_project",
        sent={"type": "outgoing", "name": "compat-rp-renamed-k"},
        stored={"name": "compat-rp-renamed-k", "type": "node"},
    ),
    Call(
        "CoreClient.update_node",
        (TARGET, "compat-node-upd", True, "aggregator", Ref("master"), None, "0a1b2c3d4e5f"),
        target="node",
        sent={
            "external_name": "compat-node-upd",
            "hidden": True,
            "type": "aggregator",
            "realm_id": Ref("master"),
            "registry_id": None,
            "public_key": "0a1b2c3d4e5f",
        },
        stored={
            "external_name": "compat-node-upd",
            "hidden": True,
            "type": "aggregator",
            "registry_id": None,
            "public_key": "0a1b2c3d4e5f",
        },
    ),
    Call(
        "CoreClient.update_node",
        (TARGET,),
        kwargs={"node_type": "aggregator", "hidden": True},
        target="node",
        sent={"type": "aggregator", "hidden": True},
        stored={"type": "aggregator", "hidden": True},
    ),
    Call(
        "CoreClient.update_project",
        (TARGET, "Described once more", None, "compat-project-renamed"),
        target="project",
        sent={
            "description": "Described once more",
            "master_image_id": None,
            "name": "compat-project-renamed",
        },
        stored={"name": "compat-project-renamed", "master_image_id": None},
    ),
    Call(
        "CoreClient.update_project_node",
        (TARGET, "Looks good", "rejected"),
        target="project_node",
        sent={"comment": "Looks good", "approval_status": "rejected"},
        stored={"comment": "Looks good", "approval_status": "rejected"},
    ),
    Call(
        "CoreClient.update_analysis",
        (
            TARGET,
            "compat-analysis-renamed",
            "Described once more",
            Ref("master_image"),
            [{"value": "--fast"}],
        ),
        target="analysis",
        sent={
            "name": "compat-analysis-renamed",
            "description": "Described once more",
            "master_image_id": Ref("master_image"),
            # Sent as given: a position left out stays out, as the Hub allows.
            "image_command_arguments": [{"value": "--fast"}],
        },
        stored={
            "name": "compat-analysis-renamed",
            "master_image_id": Ref("master_image"),
            "image_command_arguments": [{"value": "--fast"}],
        },
    ),
    Call(
        "CoreClient.update_analysis_node",
        (TARGET, "A comment", "approved", "running"),
        target="analysis_node",
        sent={"comment": "A comment", "approval_status": "approved", "run_status": "running"},
        stored={"comment": "A comment", "approval_status": "approved", "run_status": "running"},
    ),
    Call(
        "CoreClient.update_analysis_bucket_file",
        (TARGET, True),
        target="analysis_bucket_file",
        sent={"root": True},
        stored={"root": True},
    ),
    Call(
        "CoreClient.update_analysis_bucket_file",
        (TARGET,),
        kwargs={"is_entrypoint": False},
        target="analysis_bucket_file",
        sent={"root": False},
        stored={"root": False},
    ),
    # storage ---------------------------------------------------------------------------------
    Call(
        "StorageClient.create_bucket",
        ("compat-bucket-p", "eu-west"),
        sent={"name": "compat-bucket-p", "region": "eu-west"},
        stored={"name": "compat-bucket-p", "region": "eu-west"},
    ),
    Call(
        "StorageClient.create_bucket",
        kwargs={"name": "compat-bucket-k"},
        sent={"name": "compat-bucket-k"},
        stored={"name": "compat-bucket-k", "region": None},
    ),
]


def test_every_create_and_update_of_0_2_6_is_called():
    called = {call.method for call in CALLS}
    assert called == {f"{client}.{method}" for client, method in ALL_METHODS}


class World:
    """The resources the calls refer to, made on first use through flamehub's own API."""

    def __init__(self, hub: Any, bodies: list[bytes]) -> None:
        session = requests.Session()
        session.hooks["response"].append(self._record)
        auth = PasswordAuth("admin", "start123", base_url=hub.auth_url)
        self.clients = {
            "AuthClient": flame_hub.AuthClient(hub.auth_url, auth, session),
            "CoreClient": flame_hub.CoreClient(hub.core_url, auth, session),
            "StorageClient": flame_hub.StorageClient(hub.storage_url, auth, session),
        }
        self.auth = self.clients["AuthClient"]
        self.core = self.clients["CoreClient"]
        self.storage = self.clients["StorageClient"]
        self.bodies = bodies
        self.ids: dict[str, str] = {"master": hub.master_realm_id}
        self.counter = 0

    def _record(self, response: requests.Response, **_: Any) -> None:
        body = response.request.body
        if response.request.method == "POST" and isinstance(body, bytes):
            self.bodies.append(body)

    def unique(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}-{self.counter}"

    def id_of(self, name: str) -> str:
        if name not in self.ids:
            self.ids[name] = str(self.make(name).id)
        return self.ids[name]

    def make(self, kind: str) -> Any:
        """A new resource of ``kind``, made with keyword arguments."""
        makers: dict[str, Callable[[], Any]] = {
            "realm": lambda: self.auth.create_realm(name=self.unique("world-realm")),
            "user": lambda: self.auth.create_user(
                name=self.unique("world-user"), name_locked=False
            ),
            "robot": lambda: self.auth.create_robot(
                name=self.unique("world-robot"), realm_id=self.ids["master"], secret="s3cret"
            ),
            "permission": lambda: self.auth.create_permission(name=self.unique("world_perm")),
            "role": lambda: self.auth.create_role(name=self.unique("world-role")),
            "registry": lambda: self.core.create_registry(
                name=self.unique("world-registry"), host="registry.example.org"
            ),
            "registry_project": lambda: self.core.create_registry_project(
                name=self.unique("world-rp"),
                registry_project_type="node",
                registry_id=self.id_of("registry"),
                external_name=self.unique("world_rp"),
            ),
            "node": lambda: self.core.create_node(name=self.unique("world-node")),
            "member_node": self._member_node,
            "master_image": lambda: self.core.find_master_images(
                filter={"path": "python/base"}
            ).pop(),
            "project": lambda: self.core.create_project(
                name=self.unique("world-project"), master_image_id=self.id_of("master_image")
            ),
            "project_node": lambda: self.core.create_project_node(
                project_id=self.id_of("project"), node_id=self.make("node")
            ),
            "analysis": lambda: self.core.create_analysis(
                project_id=self.id_of("project"), name=self.unique("world-analysis")
            ),
            "analysis_node": lambda: self.core.create_analysis_node(
                analysis_id=self.make("analysis"), node_id=self.id_of("member_node")
            ),
            "analysis_bucket": lambda: self.core.find_analysis_buckets(
                filter={"analysis_id": self.id_of("analysis"), "type": "CODE"}
            ).pop(),
            "bucket_file": lambda: self.storage.upload_to_bucket(
                self.storage.create_bucket(name=self.unique("world-bucket")),
                {"file_name": "main.py", "content": b"print('hello')\n"},
            ).pop(),
            "analysis_bucket_file": lambda: self.core.create_analysis_bucket_file(
                name=self.unique("file") + ".py",
                bucket_file_id=self.id_of("bucket_file"),
                analysis_bucket_id=self.id_of("analysis_bucket"),
            ),
        }
        return makers[kind]()

    def _member_node(self) -> Any:
        node = self.make("node")
        self.core.create_project_node(project_id=self.id_of("project"), node_id=node)
        return node

    def resolve(self, value: Any, target: str | None) -> Any:
        if value is TARGET:
            assert target is not None
            return str(self.make(target).id)
        if isinstance(value, Ref):
            return self.id_of(str(value))
        if isinstance(value, dict):
            return {key: self.resolve(item, target) for key, item in value.items()}
        if isinstance(value, (list, tuple)):
            return type(value)(self.resolve(item, target) for item in value)
        return value


@pytest.fixture(scope="module")
def world():
    from flamehub.testing import HubEmulator

    with HubEmulator() as hub:
        yield World(hub, [])


def _read_back(world: World, call: Call, result: Any) -> Any:
    """The resource as the Hub now returns it (with its optional fields), or the result of
    a create that has no single GET (a log line)."""
    client_name, method = call.method.split(".")
    client = world.clients[client_name]
    key = method.split("_", 1)[1]
    getter = getattr(client, f"get_{key}", None)
    if getter is None:
        return result
    spec = client.registry.resources[key]
    fields = [name for name in spec.optional if name not in spec.secret_fields]
    return getter(result.id, fields=fields) if fields else getter(result.id)


@pytest.mark.parametrize("call", CALLS, ids=[call.id for call in CALLS])
def test_call_as_0_2_6_did(world, call):
    client_name, method = call.method.split(".")
    args = world.resolve(call.args, call.target)
    kwargs = world.resolve(call.kwargs, call.target)
    sent_before = len(world.bodies)
    result = getattr(world.clients[client_name], method)(*args, **kwargs)

    body = json.loads(world.bodies[sent_before])
    assert body == world.resolve(call.sent, None)

    stored = _read_back(world, call, result)
    assert stored is not None
    for name, expected in world.resolve(call.stored, None).items():
        assert msgspec.to_builtins(getattr(stored, name)) == expected, name
