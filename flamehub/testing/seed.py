"""The state a fresh Hub starts with: the master realm, the admin user, the system robot, the
built-in permissions and the admin role that holds them, and a synchronized set of master images.

Rows are only written for resources the registry declares; the admin and the system robot can
always log in (their credentials live outside the tables).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flamehub.testing.hub_logic import secret_hash
from flamehub.testing.store import Credential, Store, new_id, now_iso

__all__ = ["ADMIN_PASSWORD", "ADMIN_USERNAME", "MASTER_IMAGES", "Seeded", "seed"]

ADMIN_USERNAME = "admin"
ADMIN_PASSWORD = "start123"
SYSTEM_ROBOT_NAME = "system"

# Names follow the Hub's `<entity>_<operation>` pattern (authup's own, then server-core's).
BUILT_IN_PERMISSIONS = (
    *(
        f"{entity}_{operation}"
        for entity in ("client", "permission", "realm", "robot", "role", "scope", "user")
        for operation in ("create", "update", "delete")
    ),
    *(
        f"{entity}_{operation}"
        for entity in (
            "role_permission",
            "user_permission",
            "user_role",
            "robot_permission",
            "robot_role",
            "client_scope",
        )
        for operation in ("create", "delete")
    ),
    "identity_provider_create",
    "identity_provider_update",
    "identity_provider_delete",
    "robot_self_manage",
    "user_self_manage",
    "registry_manage",
    "registry_project_manage",
    "node_create",
    "node_update",
    "node_delete",
    "project_create",
    "project_update",
    "project_delete",
    "project_approve",
    "analysis_create",
    "analysis_update",
    "analysis_delete",
    "analysis_approve",
    "analysis_execution_start",
    "analysis_execution_stop",
    "analysis_result_read",
    "analysis_self_message_broker_use",
    "analysis_self_storage_use",
    "master_image_manage",
    "master_image_group_manage",
    "event_read",
    "event_delete",
    "bucket_create",
    "bucket_update",
    "bucket_delete",
)


@dataclass(frozen=True)
class MasterImage:
    path: str
    command: str | None
    command_arguments: list[dict[str, Any]] | None

    @property
    def group(self) -> str:
        return self.path.rsplit("/", 1)[0]

    @property
    def name(self) -> str:
        return self.path.rsplit("/", 1)[1]


# What the master image repository offers. The first two are what a fresh Hub shows; a sync
# also brings the others (so a test can see a sync create rows). `position` is left out on
# purpose in one argument: the Hub sends it only when the image defines it.
MASTER_IMAGES = (
    MasterImage(
        "python/base", "python", [{"value": "-u", "position": "before"}, {"value": "main.py"}]
    ),
    MasterImage("python/slim", "python", None),
)
SYNCED_MASTER_IMAGES = (
    *MASTER_IMAGES,
    MasterImage("r/base", "Rscript", [{"value": "main.R"}]),
)


@dataclass(frozen=True)
class Seeded:
    master_realm_id: str
    admin_id: str
    robot_id: str


def seed(store: Store, robot_secret: str) -> Seeded:
    realm = _realm(store)
    store.master_realm_id = realm["id"]
    admin = _account(store, "users", "user", ADMIN_USERNAME, ADMIN_PASSWORD, realm["id"])
    robot = _account(store, "robots", "robot", SYSTEM_ROBOT_NAME, robot_secret, realm["id"])
    _permissions_and_admin_role(store, admin["id"], robot["id"])
    sync_master_images(store, MASTER_IMAGES, write_events=False)
    return Seeded(realm["id"], admin["id"], robot["id"])


def _realm(store: Store) -> dict[str, Any]:
    values = {"name": "master", "built_in": True}
    if store.has("realms"):
        return store.insert("realms", values)
    return {"id": new_id(), **values}


def _account(
    store: Store, path: str, kind: str, name: str, secret: str, realm_id: str
) -> dict[str, Any]:
    values: dict[str, Any] = {"name": name, "realm_id": realm_id, "secret": secret_hash(secret)}
    if kind == "user":
        values = {"name": name, "display_name": name, "realm_id": realm_id}
    row = store.insert(path, values) if store.has(path) else {"id": new_id(), **values}
    store.credentials[row["id"]] = Credential(kind, row["id"], name, realm_id, secret)
    return row


def _permissions_and_admin_role(store: Store, admin_id: str, robot_id: str) -> None:
    if not store.has("permissions"):
        return
    permissions = [
        store.insert("permissions", {"name": n, "built_in": True}) for n in BUILT_IN_PERMISSIONS
    ]
    if not store.has("roles"):
        return
    role = store.insert("roles", {"name": "admin", "built_in": True})
    if store.has("role-permissions"):
        for permission in permissions:
            store.insert(
                "role-permissions", {"role_id": role["id"], "permission_id": permission["id"]}
            )
    if store.has("user-roles") and store.has("users"):
        store.insert("user-roles", {"user_id": admin_id, "role_id": role["id"]})
    if store.has("robot-roles") and store.has("robots"):
        robot = store.get("robots", robot_id) or {}
        store.insert(
            "robot-roles",
            {"robot_id": robot_id, "robot_realm_id": robot.get("realm_id"), "role_id": role["id"]},
        )


def sync_master_images(
    store: Store, images: tuple[MasterImage, ...], write_events: bool = True
) -> None:
    """Make the master image groups and images match ``images`` (new ones are created, known
    ones refreshed) and, on a sync command, write one event (and one event log) per image."""
    if not store.has("master-images"):
        return
    for image in images:
        if (
            store.has("master-image-groups")
            and store.first("master-image-groups", virtual_path=image.group) is None
        ):
            store.insert(
                "master-image-groups",
                {"name": image.group, "path": image.group, "virtual_path": image.group},
            )
        row = store.first("master-images", virtual_path=image.path)
        values = {
            "path": image.path,
            "virtual_path": image.path,
            "group_virtual_path": image.group,
            "name": image.name,
            "command": image.command,
            "command_arguments": image.command_arguments,
        }
        if row is None:
            row = store.insert("master-images", values)
        else:
            row.update(values)
        if write_events:
            _sync_event(store, row)


def _sync_event(store: Store, image: dict[str, Any]) -> None:
    # Hub 0.8.15 writes events with ref_type masterImage; the event name is not documented,
    # so the emulator uses "synchronized" for every image the sync saw.
    if store.has("events"):
        store.insert(
            "events",
            {
                "scope": "masterImage",
                "name": "synchronized",
                "ref_type": "masterImage",
                "ref_id": image["id"],
                "data": {},
                "expiring": False,
            },
        )
    if store.has("master-image-event-logs"):
        store.insert(
            "master-image-event-logs",
            {
                "name": "synchronized",
                "data": None,
                "expiring": False,
                "expires_at": now_iso(),
                "master_image_id": image["id"],
            },
        )
