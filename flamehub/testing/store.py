"""The state of one emulator: a table of rows per declared resource, plus what the Hub keeps
outside its tables (credentials, refresh tokens, stored file contents, logs).

Rows are plain dicts keyed by wire field names, and tables are keyed by the resource's path
(``nodes``, ``role-permissions``), which is what the Hub's own logic is written against. Every
access happens under :attr:`Store.lock`: the WSGI server is threaded, and one request's read and
write must not interleave with another's.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from flamehub.registry import Registry, ResourceSpec

__all__ = ["Credential", "Identity", "Store", "new_id", "now_iso", "now_iso_seconds"]


def new_id() -> str:
    return str(uuid.uuid4())


def now_iso() -> str:
    """``Date.toJSON()``: UTC with milliseconds and a ``Z``."""
    moment = datetime.now(timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def now_iso_seconds() -> str:
    """What an update writes to ``updated_at``: the Hub's MySQL column drops the milliseconds
    on update, so the value ends in ``.000Z`` (hub-api 13)."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")


@dataclass(frozen=True)
class Identity:
    """Who sent a request: a user or a robot of a realm."""

    type: str  # "user" | "robot"
    id: str
    name: str
    realm_id: str
    realm_name: str

    @property
    def user_id(self) -> str | None:
        return self.id if self.type == "user" else None

    @property
    def robot_id(self) -> str | None:
        return self.id if self.type == "robot" else None

    @property
    def is_master(self) -> bool:
        return self.realm_name == "master"

    def attribute(self, name: str) -> Any:
        return getattr(self, name)


@dataclass
class Credential:
    """What the token endpoint checks: a user's password or a robot's secret (plaintext, this
    is a test double; the Hub keeps hashes)."""

    type: str
    id: str
    name: str
    realm_id: str
    secret: str | None
    active: bool = True


@dataclass
class Store:
    registry: Registry
    lock: threading.RLock = field(default_factory=threading.RLock)
    tables: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    credentials: dict[str, Credential] = field(default_factory=dict)
    # Refresh tokens by their jti; False once spent (the Hub rotates them).
    refresh_tokens: dict[str, bool] = field(default_factory=dict)
    # Contents of uploaded files by bucket-file id.
    blobs: dict[str, bytes] = field(default_factory=dict)
    # Log lines in the Hub's Log shape, oldest first.
    logs: list[dict[str, Any]] = field(default_factory=list)
    master_realm_id: str = ""

    def __post_init__(self) -> None:
        self.specs: dict[str, ResourceSpec] = {}
        for spec in self.registry.resources.values():
            # Two resources may share a path only if their routes differ (they do not today).
            self.specs.setdefault(spec.path, spec)
            self.tables.setdefault(spec.path, {})
        self.by_key = {spec.key: spec for spec in self.registry.resources.values()}

    # ----------------------------------------------------------------------------------------

    def has(self, path: str) -> bool:
        return path in self.specs

    def spec(self, path: str) -> ResourceSpec:
        return self.specs[path]

    def table(self, path: str) -> dict[str, dict[str, Any]]:
        return self.tables.get(path, {})

    def rows(self, path: str) -> list[dict[str, Any]]:
        """All rows of a table, ordered by id (the emulator's order when none is asked for)."""
        return [self.table(path)[key] for key in sorted(self.table(path))]

    def get(self, path: str, row_id: Any) -> dict[str, Any] | None:
        if not isinstance(row_id, str):
            return None
        return self.table(path).get(row_id.lower())

    def find(self, path: str, /, **equal: Any) -> Iterator[dict[str, Any]]:
        """Rows with the given column values, in insertion order."""
        for row in list(self.table(path).values()):
            if all(row.get(name) == value for name, value in equal.items()):
                yield row

    def first(self, path: str, /, **equal: Any) -> dict[str, Any] | None:
        return next(self.find(path, **equal), None)

    def complete(self, path: str, values: dict[str, Any]) -> dict[str, Any]:
        """A full row from the given values: every declared column, server-set ids and
        timestamps, the ``hub.defaults`` and the fields' own defaults, null otherwise."""
        spec = self.spec(path)
        stamp = now_iso()
        row: dict[str, Any] = {}
        for field_spec in spec.fields:
            if field_spec.relation or field_spec.type.kind == "model":
                continue
            name = field_spec.name
            if name in values:
                row[name] = values[name]
            elif name == "id":
                row[name] = new_id()
            elif name in ("created_at", "updated_at"):
                row[name] = stamp
            elif name in spec.hub.defaults:
                row[name] = spec.hub.defaults[name]
            else:
                row[name] = field_spec.default
        if isinstance(row.get("id"), str):
            row["id"] = row["id"].lower()
        return row

    def insert(self, path: str, values: dict[str, Any]) -> dict[str, Any]:
        """Store a new row (see :meth:`complete`); no checks, for seeding and Hub logic."""
        row = self.complete(path, values)
        self.tables[path][row["id"]] = row
        return row

    def delete(self, path: str, row_id: str) -> dict[str, Any] | None:
        if path in ("users", "robots"):
            # A deleted account (also by a cascade) can no longer log in.
            self.credentials.pop(row_id, None)
        return self.tables.get(path, {}).pop(row_id, None)

    def touch(self, row: dict[str, Any]) -> None:
        if "updated_at" in row:
            row["updated_at"] = now_iso_seconds()
