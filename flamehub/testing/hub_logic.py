"""The Hub's business rules that no registry knob describes, one hooks class per resource path.

Each class names the Hub behaviour it mirrors (hub-api sections 6 to 8). Every rule checks that
the tables it touches are declared, so a registry with fewer resources (a made-up YAML) is
served without them. The emulator behaves as the Hub of the Python test stack does:
``SKIP_PROJECT_APPROVAL`` and ``SKIP_ANALYSIS_APPROVAL`` are set, so project and analysis
nodes are approved on creation. Asynchronous work of the Hub (bucket creation for a new
analysis, registry setup, master image sync) happens at once, before the answer.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import string
from typing import Any

from flamehub.testing import errors
from flamehub.testing.crud import Call, ResourceHooks, WriteContext
from flamehub.testing.store import Credential, Store, now_iso_seconds

__all__ = ["build_hooks", "secret_hash", "random_name"]

LOCKED_MESSAGE = "The analysis has already been locked and can therefore no longer be modified."
NODE_ROBOT_PERMISSIONS = ("analysis_approve", "analysis_update", "project_approve")
ANALYSIS_BUCKET_NAMES = {
    "CODE": "analysis-code-files",
    "RESULT": "analysis-result-files",
    "TEMP": "analysis-temp-files",
}


def secret_hash(secret: str) -> str:
    """A stand-in for the bcrypt hash authup stores (and shows with ``fields=+secret``)."""
    digest = hashlib.sha256(secret.encode()).hexdigest()
    return f"$2y$10${digest[:53]}"


def random_name(length: int) -> str:
    alphabet = string.ascii_lowercase + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(length))


def change_counter(store: Store, path: str, row_id: Any, column: str, delta: int) -> None:
    row = store.get(path, row_id)
    if row is not None and column in row:
        row[column] = max(0, (row[column] or 0) + delta)
        row["updated_at"] = now_iso_seconds()


# --------------------------------------------------------------------------------------------
# auth


class RealmHooks(ResourceHooks):
    def before_update(self, ctx: WriteContext) -> None:
        row = ctx.row or {}
        if row.get("name") == "master" and ctx.values.get("name", "master") != "master":
            raise errors.bad_request("The name of the master can not be changed.")

    def before_delete(self, ctx: WriteContext) -> None:
        if (ctx.row or {}).get("built_in"):
            raise errors.bad_request("A built-in realm can not be deleted.")


class _AccountHooks(ResourceHooks):
    """Users and robots: ``@me``/``@self`` and the credentials the token endpoint checks."""

    kind = ""

    def resolve(self, store: Store, call: Call, ident: str) -> dict[str, Any] | None:
        identity = call.identity
        if ident in ("@me", "@self") and identity is not None and identity.type == self.kind:
            return store.get(f"{self.kind}s", identity.id)
        return None

    def remember(self, store: Store, row: dict[str, Any], secret: str | None) -> None:
        known = store.credentials.get(row["id"])
        store.credentials[row["id"]] = Credential(
            type=self.kind,
            id=row["id"],
            name=row.get("name") or "",
            realm_id=row.get("realm_id") or "",
            secret=secret if secret is not None else (known.secret if known else None),
            active=bool(row.get("active", True)),
        )

    def after_delete(self, ctx: WriteContext) -> None:
        ctx.store.credentials.pop((ctx.row or {}).get("id", ""), None)


class UserHooks(_AccountHooks):
    kind = "user"

    def before_create(self, ctx: WriteContext) -> None:
        if not ctx.values.get("display_name"):
            ctx.values["display_name"] = ctx.values.get("name")
        self._password(ctx)

    def _password(self, ctx: WriteContext) -> None:
        password = ctx.values.get("password")
        if password is not None:
            ctx.echo["password"] = password
            ctx.values["password"] = secret_hash(password)

    def after_create(self, ctx: WriteContext, row: dict[str, Any]) -> None:
        self.remember(ctx.store, row, ctx.echo.get("password"))

    def before_update(self, ctx: WriteContext) -> None:
        row = ctx.row or {}
        # A locked name stays as it is; the request is not refused (authup ignores the key).
        if row.get("name_locked") and "name" in ctx.values:
            ctx.values.pop("name")
        if "display_name" in ctx.values and not ctx.values["display_name"]:
            ctx.values["display_name"] = row.get("name")
        self._password(ctx)

    def after_update(self, ctx: WriteContext, row: dict[str, Any]) -> None:
        self.remember(ctx.store, row, ctx.echo.get("password"))

    def before_delete(self, ctx: WriteContext) -> None:
        identity = ctx.identity
        if identity is not None and identity.id == (ctx.row or {}).get("id"):
            raise errors.bad_request("The own user can not be deleted.")


class RobotHooks(_AccountHooks):
    kind = "robot"

    def before_create(self, ctx: WriteContext) -> None:
        if not ctx.values.get("name"):
            ctx.values["name"] = random_name(36)
        # Without a secret the Hub makes one; the create answer is the only place it shows.
        self._secret(ctx, ctx.values.get("secret") or secrets.token_urlsafe(48)[:64])

    def _secret(self, ctx: WriteContext, secret: str) -> None:
        ctx.echo["secret"] = secret
        ctx.values["secret"] = secret_hash(secret)

    def after_create(self, ctx: WriteContext, row: dict[str, Any]) -> None:
        self.remember(ctx.store, row, ctx.echo.get("secret"))

    def before_update(self, ctx: WriteContext) -> None:
        row = ctx.row or {}
        if row.get("name") == "system" and ctx.values.get("name", "system") != "system":
            raise errors.bad_request("The system robot can not be renamed.")
        if ctx.values.get("secret"):
            self._secret(ctx, ctx.values["secret"])

    def after_update(self, ctx: WriteContext, row: dict[str, Any]) -> None:
        self.remember(ctx.store, row, ctx.echo.get("secret"))

    def before_delete(self, ctx: WriteContext) -> None:
        if (ctx.row or {}).get("name") == "system":
            raise errors.bad_request("The system robot can not be deleted.")


class PermissionHooks(ResourceHooks):
    def before_create(self, ctx: WriteContext) -> None:
        identity = ctx.identity
        # Without realm_id: global (null) for master callers, else the caller's realm.
        if "realm_id" not in ctx.values and identity is not None and not identity.is_master:
            ctx.values["realm_id"] = identity.realm_id

    def after_create(self, ctx: WriteContext, row: dict[str, Any]) -> None:
        # authup attaches every new permission to the global admin role.
        store = ctx.store
        admin = store.first("roles", name="admin") if store.has("roles") else None
        if admin is not None and store.has("role-permissions"):
            store.insert(
                "role-permissions",
                {
                    "role_id": admin["id"],
                    "role_realm_id": admin.get("realm_id"),
                    "permission_id": row["id"],
                    "permission_realm_id": row.get("realm_id"),
                },
            )

    def before_update(self, ctx: WriteContext) -> None:
        row = ctx.row or {}
        if row.get("built_in") and ctx.values.get("name", row.get("name")) != row.get("name"):
            raise errors.bad_request("A built-in permission can not be renamed.")

    def before_delete(self, ctx: WriteContext) -> None:
        if (ctx.row or {}).get("built_in"):
            raise errors.bad_request("A built-in permission can not be deleted.")


class RoleHooks(PermissionHooks):
    def after_create(self, ctx: WriteContext, row: dict[str, Any]) -> None:
        return None

    def before_update(self, ctx: WriteContext) -> None:
        return None

    def before_delete(self, ctx: WriteContext) -> None:
        if (ctx.row or {}).get("name") == "admin" and (ctx.row or {}).get("built_in"):
            raise errors.bad_request("The default admin role can not be deleted.")

    def present(self, row: dict[str, Any], out: dict[str, Any], single: bool) -> dict[str, Any]:
        # The single GET of roles selects fewer columns than the list (hub-api 6.5).
        if single:
            out.pop("built_in", None)
            out.pop("client_id", None)
        return out


# --------------------------------------------------------------------------------------------
# core


def _hostname(host: str) -> str:
    """The Hub keeps only the host of a registry URL: scheme and path are stripped."""
    host = re.sub(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", "", host)
    return host.split("/", 1)[0]


class RegistryHooks(ResourceHooks):
    def before_create(self, ctx: WriteContext) -> None:
        if isinstance(ctx.values.get("host"), str):
            ctx.values["host"] = _hostname(ctx.values["host"])

    before_update = before_create


def _hex(text: str) -> str:
    if re.fullmatch(r"[0-9a-fA-F]*", text) and len(text) % 2 == 0:
        return text
    return text.encode().hex()


class NodeHooks(ResourceHooks):
    def before_create(self, ctx: WriteContext) -> None:
        if isinstance(ctx.values.get("public_key"), str):
            ctx.values["public_key"] = _hex(ctx.values["public_key"])

    def after_create(self, ctx: WriteContext, row: dict[str, Any]) -> None:
        store = ctx.store
        if row.get("robot_id") is None and store.has("robots"):
            row["robot_id"] = self._node_robot(store, row)
        if row.get("registry_id") is not None and store.has("registry-projects"):
            if not row.get("external_name"):
                row["external_name"] = random_name(21)
            project = store.insert(
                "registry-projects",
                {
                    "name": row["name"],
                    "type": "node",
                    "public": False,
                    "external_name": row["external_name"],
                    "registry_id": row["registry_id"],
                    "realm_id": row.get("realm_id"),
                },
            )
            row["registry_project_id"] = project["id"]

    def _node_robot(self, store: Store, node: dict[str, Any]) -> str:
        """The authup robot a node authenticates with, holding the node's permissions."""
        secret = secrets.token_urlsafe(48)[:64]
        robot = store.insert(
            "robots",
            {
                "name": random_name(36),
                "realm_id": node.get("realm_id"),
                "secret": secret_hash(secret),
            },
        )
        RobotHooks().remember(store, robot, secret)
        if store.has("permissions") and store.has("robot-permissions"):
            for name in NODE_ROBOT_PERMISSIONS:
                permission = store.first("permissions", name=name)
                if permission is not None:
                    store.insert(
                        "robot-permissions",
                        {
                            "robot_id": robot["id"],
                            "robot_realm_id": robot.get("realm_id"),
                            "permission_id": permission["id"],
                            "permission_realm_id": permission.get("realm_id"),
                        },
                    )
        return str(robot["id"])

    def before_update(self, ctx: WriteContext) -> None:
        self.before_create(ctx)

    def after_delete(self, ctx: WriteContext) -> None:
        store, row = ctx.store, ctx.row or {}
        robot_id = row.get("robot_id")
        if robot_id and store.has("robots") and store.get("robots", robot_id) is not None:
            ctx.store.delete("robots", robot_id)
            store.credentials.pop(robot_id, None)
            for path in ("robot-permissions", "robot-roles"):
                for link in list(store.find(path, robot_id=robot_id)):
                    store.delete(path, link["id"])
        project_id = row.get("registry_project_id")
        if project_id and store.has("registry-projects"):
            store.delete("registry-projects", project_id)
        # The delete answer shows the node without its robot (seen on a running Hub).
        row["robot_id"] = None


class ProjectHooks(ResourceHooks):
    def before_delete(self, ctx: WriteContext) -> None:
        if ((ctx.row or {}).get("analyses") or 0) > 0:
            raise errors.bad_request(
                "Remove all trains associated to the proposal before removing it."
            )


class ProjectNodeHooks(ResourceHooks):
    def before_create(self, ctx: WriteContext) -> None:
        if ctx.values.get("approval_status") is None:
            ctx.values["approval_status"] = "approved"  # SKIP_PROJECT_APPROVAL

    def after_create(self, ctx: WriteContext, row: dict[str, Any]) -> None:
        change_counter(ctx.store, "projects", row.get("project_id"), "nodes", +1)
        project = ctx.store.get("projects", row.get("project_id"))
        if project is not None:
            ctx.found["project_id"] = dict(project)

    def before_delete(self, ctx: WriteContext) -> None:
        store, row = ctx.store, ctx.row or {}
        if not (store.has("analyses") and store.has("analysis-nodes")):
            return
        analysis_ids = {a["id"] for a in store.find("analyses", project_id=row.get("project_id"))}
        used = [
            link
            for link in store.find("analysis-nodes", node_id=row.get("node_id"))
            if link.get("analysis_id") in analysis_ids
        ]
        if any(link.get("run_status") not in (None, "failed") for link in used):
            raise errors.bad_request(
                "The node can not be disconnected from the project because it is used by an "
                "analysis."
            )
        for link in used:
            store.delete("analysis-nodes", link["id"])
            change_counter(store, "analyses", link.get("analysis_id"), "nodes", -1)

    def after_delete(self, ctx: WriteContext) -> None:
        change_counter(ctx.store, "projects", (ctx.row or {}).get("project_id"), "nodes", -1)


class AnalysisHooks(ResourceHooks):
    def before_create(self, ctx: WriteContext) -> None:
        identity = ctx.identity
        if identity is not None and identity.type != "user":
            raise errors.HubError(
                403, "FORBIDDEN", "Only user accounts are permitted to create an analysis."
            )
        project = ctx.found.get("project_id")
        if project is not None and ctx.values.get("master_image_id") is None:
            ctx.values["master_image_id"] = project.get("master_image_id")

    def after_create(self, ctx: WriteContext, row: dict[str, Any]) -> None:
        store = ctx.store
        change_counter(store, "projects", row.get("project_id"), "analyses", +1)
        project = store.get("projects", row.get("project_id"))
        if project is not None:
            ctx.found["project_id"] = dict(project)
        create_analysis_buckets(store, row, ctx.identity)

    def before_update(self, ctx: WriteContext) -> None:
        row = ctx.row or {}
        if (
            row.get("registry_id") is not None
            and "registry_id" in ctx.values
            and ctx.values["registry_id"] != row["registry_id"]
        ):
            raise errors.bad_request("The registry can not be changed after it is specified.")
        if (
            "master_image_id" in ctx.values
            and ctx.values["master_image_id"] != row.get("master_image_id")
            and "image_command_arguments" not in ctx.values
        ):
            ctx.values["image_command_arguments"] = None

    def after_delete(self, ctx: WriteContext) -> None:
        store, row = ctx.store, ctx.row or {}
        change_counter(store, "projects", row.get("project_id"), "analyses", -1)
        # The analysis manager tears the storage buckets down (asynchronously on the Hub).
        if store.has("buckets"):
            for prefix in ANALYSIS_BUCKET_NAMES.values():
                bucket = store.first("buckets", name=f"{prefix}.{row['id']}")
                if bucket is not None:
                    remove_bucket(store, bucket)


def create_analysis_buckets(store: Store, analysis: dict[str, Any], identity: Any) -> None:
    """What the Hub's analysis manager does for a new analysis: one storage bucket per type and
    one analysis bucket pointing at it (hub-api 7.12)."""
    for kind, prefix in ANALYSIS_BUCKET_NAMES.items():
        external_id = None
        if store.has("buckets"):
            bucket = store.insert(
                "buckets",
                {
                    "name": f"{prefix}.{analysis['id']}",
                    "actor_type": identity.type if identity else "user",
                    "actor_id": identity.id if identity else None,
                    "realm_id": analysis.get("realm_id"),
                },
            )
            external_id = bucket["id"]
        if store.has("analysis-buckets"):
            store.insert(
                "analysis-buckets",
                {
                    "type": kind,
                    "external_id": external_id,
                    "analysis_id": analysis["id"],
                    "realm_id": analysis.get("realm_id"),
                },
            )


def remove_bucket(store: Store, bucket: dict[str, Any]) -> None:
    for file_row in list(store.find("bucket-files", bucket_id=bucket["id"])):
        store.delete("bucket-files", file_row["id"])
        store.blobs.pop(file_row["id"], None)
    store.delete("buckets", bucket["id"])


class AnalysisNodeHooks(ResourceHooks):
    def before_create(self, ctx: WriteContext) -> None:
        store = ctx.store
        analysis = ctx.found.get("analysis_id")
        if analysis is None:
            return
        if analysis.get("configuration_locked"):
            raise errors.bad_request(LOCKED_MESSAGE)
        if store.has("project-nodes") and (
            store.first(
                "project-nodes",
                project_id=analysis.get("project_id"),
                node_id=ctx.values.get("node_id"),
            )
            is None
        ):
            raise errors.NotFound("The referenced node is not part of the analysis project.")
        if ctx.values.get("approval_status") is None:
            ctx.values["approval_status"] = "approved"  # SKIP_ANALYSIS_APPROVAL

    def after_create(self, ctx: WriteContext, row: dict[str, Any]) -> None:
        change_counter(ctx.store, "analyses", row.get("analysis_id"), "nodes", +1)

    def before_update(self, ctx: WriteContext) -> None:
        row = ctx.row or {}
        analysis = ctx.store.get("analyses", row.get("analysis_id")) or {}
        changes_approval = "approval_status" in ctx.values and ctx.values[
            "approval_status"
        ] != row.get("approval_status")
        if changes_approval and analysis.get("configuration_locked"):
            raise errors.bad_request(LOCKED_MESSAGE)
        if analysis:
            # The handler loads the analysis for its checks, so the answer nests it.
            ctx.found["analysis_id"] = dict(analysis)

    def after_delete(self, ctx: WriteContext) -> None:
        change_counter(ctx.store, "analyses", (ctx.row or {}).get("analysis_id"), "nodes", -1)


class AnalysisBucketFileHooks(ResourceHooks):
    def before_create(self, ctx: WriteContext) -> None:
        bucket = ctx.found.get("bucket_id")
        if bucket is None:
            return
        analysis = ctx.store.get("analyses", bucket.get("analysis_id")) or {}
        if bucket.get("type") == "CODE" and analysis.get("configuration_locked"):
            raise errors.bad_request(LOCKED_MESSAGE)

    def after_create(self, ctx: WriteContext, row: dict[str, Any]) -> None:
        self._single_root(ctx.store, row)

    def after_update(self, ctx: WriteContext, row: dict[str, Any]) -> None:
        self._single_root(ctx.store, row)

    def _single_root(self, store: Store, row: dict[str, Any]) -> None:
        """At most one entrypoint per bucket: a new root clears the others."""
        if not row.get("root"):
            return
        for other in store.find("analysis-bucket-files", bucket_id=row.get("bucket_id")):
            if other["id"] != row["id"] and other.get("root"):
                other["root"] = False
                other["updated_at"] = now_iso_seconds()


# --------------------------------------------------------------------------------------------
# storage


class BucketHooks(ResourceHooks):
    def before_delete(self, ctx: WriteContext) -> None:
        row = ctx.row or {}
        if ctx.store.first("bucket-files", bucket_id=row.get("id")) is not None:
            # MinIO refuses to remove a bucket with objects (seen on a running Hub).
            raise errors.HubError(500, "BucketNotEmpty", errors.INTERNAL_ERROR_MESSAGE)


class BucketFileHooks(ResourceHooks):
    def after_delete(self, ctx: WriteContext) -> None:
        ctx.store.blobs.pop((ctx.row or {}).get("id", ""), None)


def build_hooks() -> dict[str, ResourceHooks]:
    """The hooks by resource path (the Hub's route names, stable whatever the resource keys)."""
    return {
        "realms": RealmHooks(),
        "users": UserHooks(),
        "robots": RobotHooks(),
        "permissions": PermissionHooks(),
        "roles": RoleHooks(),
        "registries": RegistryHooks(),
        "nodes": NodeHooks(),
        "projects": ProjectHooks(),
        "project-nodes": ProjectNodeHooks(),
        "analyses": AnalysisHooks(),
        "analysis-nodes": AnalysisNodeHooks(),
        "analysis-bucket-files": AnalysisBucketFileHooks(),
        "buckets": BucketHooks(),
        "bucket-files": BucketFileHooks(),
    }
