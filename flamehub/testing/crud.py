"""The six operations of every declared resource, driven by its :class:`ResourceSpec`.

Everything here is generic: what a resource accepts, validates, references, keeps unique,
defaults, hides, includes and cascades comes from ``resources.yaml``. Business rules of the Hub
(counters, protections, side effects) plug in through :class:`ResourceHooks`, registered per
resource path by :mod:`flamehub.testing.hub_logic`.

Response bodies follow hub-api section 2: reads show the default columns (plus ``fields=+x``
and ``include=`` relations); create and update answers echo every column, hidden ones as sent
in that request or null, and nest the rows their foreign keys were checked against; delete
answers show the default columns and the ``hub.delete_includes`` relations.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

from flamehub.registry import FieldSpec, ResourceSpec
from flamehub.testing import errors
from flamehub.testing.query import (
    FilterCondition,
    filter_rows,
    parse_query,
    select_fields,
    sort_rows,
)
from flamehub.testing.store import Identity, Store, now_iso_seconds
from flamehub.testing.validate import is_uuid, problems_of_body

__all__ = ["Call", "ResourceEngine", "ResourceHooks", "WriteContext"]


@dataclass
class Call:
    """One request as the resource handlers see it."""

    identity: Identity | None
    query: list[tuple[str, str]] = field(default_factory=list)
    body: dict[str, Any] = field(default_factory=dict)


@dataclass
class WriteContext:
    """A create, update or delete in progress; hooks may change ``values`` (what is stored) and
    ``echo`` (hidden values the response shows, such as a generated secret in plaintext)."""

    spec: ResourceSpec
    store: Store
    call: Call
    values: dict[str, Any]
    echo: dict[str, Any] = field(default_factory=dict)
    found: dict[str, dict[str, Any]] = field(default_factory=dict)
    row: dict[str, Any] | None = None

    @property
    def identity(self) -> Identity | None:
        return self.call.identity


class ResourceHooks:
    """Business logic of one resource; every method is optional (the defaults do nothing)."""

    def resolve(self, store: Store, call: Call, ident: str) -> dict[str, Any] | None:
        """A row for a special id (``@me``); ``None`` to fall back to id and ``lookup_by``."""
        return None

    def before_create(self, ctx: WriteContext) -> None: ...

    def after_create(self, ctx: WriteContext, row: dict[str, Any]) -> None: ...

    def before_update(self, ctx: WriteContext) -> None: ...

    def after_update(self, ctx: WriteContext, row: dict[str, Any]) -> None: ...

    def before_delete(self, ctx: WriteContext) -> None: ...

    def after_delete(self, ctx: WriteContext) -> None: ...

    def present(self, row: dict[str, Any], out: dict[str, Any], single: bool) -> dict[str, Any]:
        """Adjust a read answer (a single GET that selects fewer columns)."""
        return out


_NO_HOOKS = ResourceHooks()


def _columns(spec: ResourceSpec) -> list[FieldSpec]:
    """The stored columns: fields that are neither relations nor declared-only models."""
    return [f for f in spec.fields if not f.relation and f.type.kind != "model"]


def default_columns(spec: ResourceSpec) -> list[str]:
    return [f.name for f in _columns(spec) if not f.optional and f.name not in spec.hub.write_only]


def allowed_columns(spec: ResourceSpec) -> list[str]:
    return [f.name for f in _columns(spec) if f.name not in spec.hub.write_only]


def _same(left: Any, right: Any) -> bool:
    if isinstance(left, str) and isinstance(right, str):
        return left.casefold() == right.casefold()
    return bool(left == right)


class ResourceEngine:
    def __init__(self, store: Store, hooks: Mapping[str, ResourceHooks]) -> None:
        self.store = store
        self.hooks = hooks

    def hooks_for(self, spec: ResourceSpec) -> ResourceHooks:
        return self.hooks.get(spec.path, _NO_HOOKS)

    # ----------------------------------------------------------------------------------------
    # Relations

    def relation_target(self, spec: ResourceSpec, relation: str) -> ResourceSpec | None:
        model = spec.includes.get(relation)
        target = self.store.registry.models.get(model) if model else None
        return target if target is not None and self.store.has(target.path) else None

    def relation_column(self, spec: ResourceSpec, relation: str) -> str | None:
        column = f"{relation}_id"
        if any(f.name == column for f in _columns(spec)):
            return column
        target = self.relation_target(spec, relation)
        for candidate, key in spec.hub.references.items():
            if target is not None and key == target.key:
                return candidate
        return None

    def related_row(
        self, spec: ResourceSpec, row: dict[str, Any], relation: str
    ) -> dict[str, Any] | None:
        target = self.relation_target(spec, relation)
        column = self.relation_column(spec, relation)
        if target is None or column is None:
            return None
        return self.store.get(target.path, row.get(column))

    def relation_of_column(self, spec: ResourceSpec, column: str) -> str | None:
        for relation in spec.includes:
            if self.relation_column(spec, relation) == column:
                return relation
        return None

    # ----------------------------------------------------------------------------------------
    # Presentation

    def present(
        self,
        spec: ResourceSpec,
        row: dict[str, Any],
        columns: list[str] | None = None,
        relations: Mapping[str, dict[str, Any] | None] | None = None,
        single: bool = False,
    ) -> dict[str, Any]:
        """A row as the Hub shows it on reads: the given columns in declaration order, each
        relation right after its foreign key column (or at the end)."""
        wanted = set(default_columns(spec) if columns is None else columns)
        relations = relations or {}
        placed: dict[str, list[str]] = {}
        for relation in relations:
            placed.setdefault(self.relation_column(spec, relation) or "", []).append(relation)
        out: dict[str, Any] = {}
        for column in _columns(spec):
            if column.name in wanted:
                out[column.name] = row.get(column.name)
            for relation in placed.get(column.name, []):
                out[relation] = self._nested(spec, relation, relations[relation])
        for relation in placed.get("", []):
            out[relation] = self._nested(spec, relation, relations[relation])
        for relation in relations:
            out.setdefault(relation, self._nested(spec, relation, relations[relation]))
        return self.hooks_for(spec).present(row, out, single)

    def _nested(
        self, spec: ResourceSpec, relation: str, row: dict[str, Any] | None
    ) -> dict[str, Any] | None:
        target = self.relation_target(spec, relation)
        if row is None or target is None:
            return None
        extra = spec.hub.include_columns.get(relation, ())
        return self.present(target, row, [*default_columns(target), *extra] if extra else None)

    def present_write(
        self, spec: ResourceSpec, row: dict[str, Any], ctx: WriteContext
    ) -> dict[str, Any]:
        """A create/update answer: every column; hidden and write-only ones only as written in
        this request (TypeORM echoes its in-memory entity), the checked references nested."""
        out: dict[str, Any] = {}
        hidden = {f.name for f in _columns(spec) if f.optional} | set(spec.hub.write_only)
        for column in _columns(spec):
            name = column.name
            out[name] = ctx.echo.get(name) if name in hidden else row.get(name)
            if name in ctx.found:
                relation, target = self._write_relation(spec, name)
                if relation is not None and target is not None:
                    out[relation] = self.present(target, ctx.found[name])
        return out

    def _write_relation(
        self, spec: ResourceSpec, column: str
    ) -> tuple[str | None, ResourceSpec | None]:
        """The relation a checked foreign key is nested as: an include, or a model field the
        reads never include (an analysis's ``registry``), named after the column."""
        relation = self.relation_of_column(spec, column)
        if relation is not None:
            return relation, self.relation_target(spec, relation)
        name = column.removesuffix("_id")
        for candidate in spec.fields:
            if candidate.name == name and candidate.type.kind == "model":
                target = self.store.registry.models.get(candidate.type.name)
                return name, target
        return None, None

    # ----------------------------------------------------------------------------------------
    # Lookup

    def find_row(self, spec: ResourceSpec, call: Call, ident: str) -> dict[str, Any] | None:
        row = self.hooks_for(spec).resolve(self.store, call, ident)
        if row is not None:
            return row
        row = self.store.get(spec.path, ident)
        if row is not None:
            return row
        for column in spec.hub.lookup_by:
            for candidate in self.store.rows(spec.path):
                if _same(candidate.get(column), ident):
                    return candidate
        return None

    def require_row(self, spec: ResourceSpec, call: Call, ident: str) -> dict[str, Any]:
        row = self.find_row(spec, call, ident)
        if row is None:
            raise errors.NotFound()
        return row

    # ----------------------------------------------------------------------------------------
    # Reads

    def _active_includes(self, spec: ResourceSpec, requested: list[str]) -> list[str]:
        return [
            name
            for name in dict.fromkeys(requested)
            if name in spec.includes and self.relation_target(spec, name) is not None
        ]

    def _value_of(self, spec: ResourceSpec) -> Callable[[dict[str, Any], str], Any]:
        def value_of(row: dict[str, Any], key: str) -> Any:
            if "." not in key:
                return row.get(key)
            relation, _, column = key.partition(".")
            related = self.related_row(spec, row, relation)
            return None if related is None else related.get(column)

        return value_of

    def _selection(self, spec: ResourceSpec, requested: list[str]) -> tuple[list[str], bool]:
        """The columns to show, and whether authup's allowed-only selection is in effect (in
        which rows whose selected columns are all null are left out of ``data``)."""
        allowed_only = spec.hub.fields_allowed
        if allowed_only is not None and requested:
            selected = select_fields(requested, [], list(allowed_only))
            if selected:
                return selected, True
        return select_fields(requested, default_columns(spec), allowed_columns(spec)), False

    def list_rows(self, spec: ResourceSpec, call: Call) -> dict[str, Any]:
        query, page_sent = parse_query(call.query)
        includes = self._active_includes(spec, query.include)

        def usable(key: str, allowed: tuple[str, ...]) -> bool:
            # A nested key works only when its relation is joined (include=<relation>).
            return key in allowed and ("." not in key or key.split(".", 1)[0] in includes)

        conditions: list[FilterCondition] = [
            c for c in query.filters if usable(c.key, spec.hub.filter)
        ]
        visible = [row for row in self.store.rows(spec.path) if _readable(spec, call, row)]
        rows = filter_rows(visible, conditions, self._value_of(spec))
        sort = [(key, desc) for key, desc in query.sort if usable(key, spec.hub.sort)]
        if not sort:
            sort = [(key.lstrip("-"), key.startswith("-")) for key in spec.hub.default_sort]
        rows = sort_rows(rows, sort, self._value_of(spec))
        total = len(rows)
        meta: dict[str, Any] = {"total": total}
        if page_sent or spec.hub.always_paginate:
            page = query.page
            limit, offset = (page.limit, page.offset) if page else (50, 0)
            rows = rows[offset : offset + limit]
            meta.update(limit=limit, offset=offset)
        columns, allowed_only = self._selection(spec, query.fields)
        if allowed_only:
            rows = [row for row in rows if any(row.get(c) is not None for c in columns)]
        data = [
            self.present(
                spec,
                row,
                columns,
                {relation: self.related_row(spec, row, relation) for relation in includes},
            )
            for row in rows
        ]
        return {"data": data, "meta": meta}

    def one(self, spec: ResourceSpec, call: Call, ident: str) -> dict[str, Any]:
        row = self.require_row(spec, call, ident)
        if not _readable(spec, call, row):
            raise errors.NotFound()
        query, _ = parse_query(call.query)
        includes = self._active_includes(spec, query.include) if spec.hub.single_includes else []
        columns, _ = self._selection(spec, query.fields)
        relations = {relation: self.related_row(spec, row, relation) for relation in includes}
        return self.present(spec, row, columns, relations, single=True)

    # ----------------------------------------------------------------------------------------
    # Writes

    def _accepted(self, spec: ResourceSpec, kind: str) -> list[FieldSpec]:
        params = spec.create if kind == "create" else spec.update
        ignored = spec.hub.update_ignores if kind == "update" else ()
        by_name = {f.name: f for f in (*spec.fields, *spec.body)}
        names = [p.field for p in params if p.field not in ignored]
        return [by_name[name] for name in dict.fromkeys(names)]

    @staticmethod
    def required_fields(spec: ResourceSpec) -> set[str]:
        """What a create body must carry: ``hub.required``, else the client's required
        parameters."""
        if spec.hub.required is not None:
            return set(spec.hub.required)
        return {p.field for p in spec.create if p.required}

    def _validated(self, spec: ResourceSpec, call: Call, kind: str) -> dict[str, Any]:
        """The body narrowed to the keys the Hub keeps for this write, after validation."""
        accepted = self._accepted(spec, kind)
        names = {f.name for f in accepted}
        body = {key: value for key, value in call.body.items() if key in names}
        required = self.required_fields(spec) if kind == "create" else set()
        children = problems_of_body(
            self.store.registry, accepted, required, spec.hub.constraints, body
        )
        if children:
            raise errors.validation_error(spec.client, children)
        return body

    def _check_references(self, ctx: WriteContext, columns: list[str]) -> None:
        for column in columns:
            target_key = ctx.spec.hub.references.get(column)
            value = ctx.values.get(column)
            if target_key is None or value is None:
                continue
            target = self.store.by_key[target_key]
            row = self.store.get(target.path, value)
            if row is None:
                raise errors.missing_reference(ctx.spec.client, column)
            # A copy: the answer nests the row as the handler loaded it, before side effects.
            ctx.found[column] = dict(row)

    def _check_unique(self, spec: ResourceSpec, row: dict[str, Any]) -> None:
        explicit = spec.hub.conflict == "explicit"
        for group in spec.hub.unique:
            values = [row.get(column) for column in group]
            # Database unique indexes let NULLs repeat; the Hub's own checks do not.
            if not explicit and any(value is None for value in values):
                continue
            for other in self.store.table(spec.path).values():
                if other["id"] != row.get("id") and all(
                    _same(other.get(column), value)
                    for column, value in zip(group, values, strict=True)
                ):
                    raise errors.duplicate(spec.client, explicit)

    def _hidden_echo(self, spec: ResourceSpec, body: Mapping[str, Any]) -> dict[str, Any]:
        hidden = {f.name for f in _columns(spec) if f.optional} | set(spec.hub.write_only)
        return {name: value for name, value in body.items() if name in hidden}

    def create(self, spec: ResourceSpec, call: Call) -> dict[str, Any]:
        body = self._validated(spec, call, "create")
        ctx = WriteContext(spec, self.store, call, dict(body), self._hidden_echo(spec, body))
        hooks = self.hooks_for(spec)
        self._check_references(ctx, list(body))
        hooks.before_create(ctx)
        identity = call.identity
        for column, attribute in spec.hub.caller.items():
            if ctx.values.get(column) is None and identity is not None:
                ctx.values[column] = identity.attribute(attribute)
        for column, (reference, source_field) in spec.hub.derive.items():
            source = ctx.found.get(reference)
            if source is None and ctx.values.get(reference) is not None:
                target = self.store.by_key[spec.hub.references[reference]]
                source = self.store.get(target.path, ctx.values[reference])
            if ctx.values.get(column) is None and source is not None:
                ctx.values[column] = source.get(source_field)
        _check_realm_writable(spec, call, ctx.values.get("realm_id"), "create")
        # Columns of the body the model does not carry (log labels) are not stored.
        stored = {k: v for k, v in ctx.values.items() if k not in {f.name for f in spec.body}}
        row = self.store.complete(spec.path, stored)
        self._check_unique(spec, row)
        self.store.tables[spec.path][row["id"]] = row
        hooks.after_create(ctx, row)
        record_model_event(self.store, spec, "created", row)
        return self.present_write(spec, row, ctx)

    def update(self, spec: ResourceSpec, call: Call, ident: str) -> dict[str, Any]:
        row = self.require_row(spec, call, ident)
        _check_realm_writable(spec, call, row.get("realm_id"), "update")
        body = self._validated(spec, call, "update")
        ctx = WriteContext(
            spec, self.store, call, dict(body), self._hidden_echo(spec, body), row=row
        )
        hooks = self.hooks_for(spec)
        self._check_references(ctx, list(body))
        hooks.before_update(ctx)
        candidate = {**row, **{k: v for k, v in ctx.values.items() if k in row}}
        candidate["updated_at"] = now_iso_seconds()
        self._check_unique(spec, candidate)
        diff = {
            column: {"next": candidate[column], "previous": row.get(column)}
            for column in candidate
            if column != "updated_at" and candidate[column] != row.get(column)
        }
        row.update(candidate)
        hooks.after_update(ctx, row)
        record_model_event(self.store, spec, "updated", row, {"diff": diff})
        return self.present_write(spec, row, ctx)

    def upsert(self, spec: ResourceSpec, call: Call, ident: str) -> tuple[int, dict[str, Any]]:
        """authup's PUT: update when the row exists, else create (with a new id: the Hub does
        not take the one in the path)."""
        if self.find_row(spec, call, ident) is not None:
            return 202, self.update(spec, call, ident)
        return 201, self.create(spec, call)

    def delete(self, spec: ResourceSpec, call: Call, ident: str) -> dict[str, Any]:
        if spec.client == "auth" and not is_uuid(ident):
            raise errors.HubError(
                400, "BAD_REQUEST", "The request id param is not valid.", children=[], attributes=[]
            )
        row = self.require_row(spec, call, ident)
        _check_realm_writable(spec, call, row.get("realm_id"), "delete")
        ctx = WriteContext(spec, self.store, call, {}, row=row)
        hooks = self.hooks_for(spec)
        hooks.before_delete(ctx)
        relations = {
            relation: self.related_row(spec, row, relation) for relation in spec.hub.delete_includes
        }
        self.remove(spec, row)
        hooks.after_delete(ctx)
        record_model_event(self.store, spec, "deleted", row)
        return self.present(spec, row, relations=relations)

    def remove(self, spec: ResourceSpec, row: dict[str, Any]) -> None:
        """Delete a row and apply the database's ON DELETE rules of its service's tables
        (cascades run no hooks, as a database cascade runs no handler)."""
        self.store.delete(spec.path, row["id"])
        for other in self.store.specs.values():
            if other.client != spec.client:
                continue
            for column, target_key in other.hub.references.items():
                if target_key != spec.key:
                    continue
                nullable = any(f.name == column and f.type.nullable for f in other.fields)
                action = other.hub.on_delete.get(column, "set_null" if nullable else "cascade")
                for dependent in list(self.store.table(other.path).values()):
                    if dependent.get(column) != row["id"]:
                        continue
                    if action == "cascade":
                        self.remove(other, dependent)
                    else:
                        dependent[column] = None


# The core resources whose writes Hub 0.8.15 records as events of scope "model" (the kinds
# seen in hub-samples/core.events.list.200.json), by resource key -> the event's ref_type.
MODEL_EVENT_REF_TYPES = {
    "analysis": "analysis",
    "analysis_bucket": "analysisBucket",
    "analysis_bucket_file": "analysisBucketFile",
    "analysis_node": "analysisNode",
    "node": "node",
    "project": "project",
    "project_node": "projectNode",
    "registry": "registry",
    "registry_project": "registryProject",
}
# The Hub keeps model events for a week.
MODEL_EVENT_LIFETIME = timedelta(days=7)


def record_model_event(
    store: Store,
    spec: ResourceSpec,
    name: str,
    row: Mapping[str, Any],
    data: dict[str, Any] | None = None,
) -> None:
    """Write the event the Hub writes for a create, update or delete of a core resource."""
    ref_type = MODEL_EVENT_REF_TYPES.get(spec.key)
    if ref_type is None or spec.client != "core" or not store.has("events"):
        return
    expires = datetime.now(timezone.utc) + MODEL_EVENT_LIFETIME
    store.insert(
        "events",
        {
            "scope": "model",
            "name": name,
            "ref_type": ref_type,
            "ref_id": row.get("id"),
            "data": data or {},
            "expiring": True,
            "expires_at": expires.strftime("%Y-%m-%dT%H:%M:%S.")
            + f"{expires.microsecond // 1000:03d}Z",
        },
    )


def _check_realm_writable(spec: ResourceSpec, call: Call, realm_id: Any, operation: str) -> None:
    """The Hub's realm rule on core and storage (hub-api 1): an identity of the master realm
    writes in every realm, any other one only rows of its own realm (403 otherwise). Rows
    without a realm (a registry project of no node) are left to the resource's own rules."""
    identity = call.identity
    if spec.client == "auth" or identity is None or identity.is_master or realm_id is None:
        return
    if realm_id != identity.realm_id:
        noun = spec.key.replace("_", " ")
        raise errors.HubError(
            403, "FORBIDDEN", f"You are not permitted to {operation} this {noun}."
        )


def _readable(spec: ResourceSpec, call: Call, row: Mapping[str, Any]) -> bool:
    """Whether the caller sees ``row``: resources the Hub narrows to the caller's realm
    (``hub.realm_restricted``) show callers outside the master realm only their realm's."""
    identity = call.identity
    if not spec.hub.realm_restricted or identity is None or identity.is_master:
        return True
    return any(row.get(column) == identity.realm_id for column in spec.hub.realm_restricted)
