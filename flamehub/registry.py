"""Read ``resources.yaml`` into typed, validated specs.

The registry is the single source of the resources: models, client methods, type stubs and the
emulator are all built from the specs this module returns. The YAML is decoded in two steps:
msgspec checks its shape against the ``_Raw*`` structs (so an unknown or missing key fails with
its path, for example ``$.resources.node.fieldz``), then :func:`_resolve` checks what a schema
cannot (type names, references between resources, method names) and builds the public specs.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

import msgspec
import yaml

__all__ = [
    "ActionParamSpec",
    "ActionSpec",
    "ConstraintSpec",
    "FieldSpec",
    "HubSpec",
    "ParamSpec",
    "Registry",
    "RegistryError",
    "ResourceSpec",
    "TypeExpr",
    "default_registry",
    "load_registry",
    "DEFAULT_REGISTRY_PATH",
]

DEFAULT_REGISTRY_PATH = Path(__file__).with_name("resources.yaml")

ClientName = Literal["auth", "core", "storage"]
# What the emulator may copy from the calling identity into a created row (hub.caller).
CallerAttribute = Literal["id", "realm_id", "type", "user_id", "robot_id"]
MethodKind = Literal["get", "get_all", "find", "create", "update", "delete"]
SCALARS = frozenset({"str", "int", "float", "bool", "uuid", "datetime", "object", "any"})


class RegistryError(ValueError):
    """``resources.yaml`` (or another registry file) is malformed; the message says where."""


# --------------------------------------------------------------------------------------------
# The raw schema: what may appear in the YAML file, key by key.


class _Raw(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    pass


class _RawField(_Raw):
    type: str
    default: Any = msgspec.UNSET
    secret: bool = False


class _RawParam(_Raw):
    field: str
    name: str | None = None
    default: Any = msgspec.UNSET
    ref: str | None = None
    type: str | None = None
    # Sent even when not given (as null): where the Hub records that a value was sent at all
    # (a node log's labels), as the earlier client always sent it.
    always_send: bool = False


class _RawHub(_Raw):
    filter: list[str] = []
    sort: list[str] = []
    default_sort: list[str] = []
    always_paginate: bool = False
    single_includes: bool = True
    unique: list[list[str]] = []
    references: dict[str, str] = {}
    defaults: dict[str, Any] = {}
    # Filter keys the Hub requires on every list (400 without them); they may name values the
    # model does not carry as fields (the log endpoints filter on labels).
    required_filter: list[str] = []
    # Fields the Hub accepts on writes and echoes in create/update responses, but never
    # returns on reads, not even when asked with `fields` (a user's password).
    write_only: list[str] = []
    # The knobs below serve the emulator (flamehub.testing); the client ignores them.
    # Body validation beyond the type: `field` or `field.item_field` -> length and pattern.
    constraints: dict[str, _RawConstraint] = {}
    # How a clash with `unique` is reported: by the database (409 ER_DUP_ENTRY on core and
    # storage, CONFLICT on auth; NULLs never clash) or by an explicit check of the handler
    # (409 CONFLICT "A db entry ..."; NULLs compare equal).
    conflict: Literal["database", "explicit"] = "database"
    # Columns that single GET/update/delete routes accept in place of the id (a name).
    lookup_by: list[str] = []
    # PUT /{id} creates (201) or updates (202) the row (authup).
    upsert: bool = False
    # GET list and GET one need no token (authup realms).
    public_read: bool = False
    # Columns filled from the calling identity on create when the body leaves them out.
    caller: dict[str, CallerAttribute] = {}
    # Columns copied on create from a referenced row: column -> "<reference column>.<field>".
    derive: dict[str, str] = {}
    # Update parameters the Hub accepts but ignores (kept by the client for compatibility).
    update_ignores: list[str] = []
    # Relations the delete response nests (the entity as the handler loaded it).
    delete_includes: list[str] = []
    # What deleting a referenced row of the same service does to this one, per reference
    # column; by default rows with a NOT NULL column are deleted, nullable columns set null.
    on_delete: dict[str, Literal["cascade", "set_null"]] = {}
    # The body fields a create needs, where the Hub differs from the client's required
    # parameters (authup creates a robot from an empty body).
    required: list[str] | None = None
    # Operations the Hub serves although the client offers no method for them (an update
    # route that changes nothing, for example).
    extra_methods: list[MethodKind] = []
    # authup's allowed-only field lists (realms): with any `fields` the selection starts empty
    # and may name only these columns.
    fields_allowed: list[str] | None = None
    # Hidden columns of an included resource that this resource's query selects with the
    # include (a node's registry_project shows its account_id and account_name).
    include_columns: dict[str, list[str]] = {}
    # Realm columns that narrow reads for callers outside the master realm: a row is seen
    # when one of them is the caller's realm (lists leave others out, a single GET is 404).
    realm_restricted: list[str] = []


class _RawConstraint(_Raw):
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None


class _RawResource(_Raw):
    client: ClientName
    plural: str
    path: str
    model: str
    methods: list[MethodKind]
    fields: dict[str, str | _RawField]
    includes: dict[str, str] = {}
    optional: list[str] = []
    # Wire fields of create/update bodies that the model does not carry (a node log's
    # analysis_id, node_id, status and code); create/update parameters may name them.
    body: dict[str, str | _RawField] = {}
    create: list[str | _RawParam] = []
    update: list[str | _RawParam] = []
    hub: _RawHub = msgspec.field(default_factory=_RawHub)
    description: str = ""


class _RawActionParam(_Raw, rename={"location": "in"}):
    name: str
    location: Literal["path", "body", "filter", "query"]
    type: str = "any"
    field: str | None = None
    ref: str | None = None
    default: Any = msgspec.UNSET
    const: Any = msgspec.UNSET


class _RawAction(_Raw):
    client: ClientName
    path: str
    kind: Literal["call", "upload", "stream"] = "call"
    method: Literal["GET", "POST", "DELETE"] = "POST"
    params: list[_RawActionParam] = []
    returns: str | None = None
    status: int = 202
    description: str = ""


class _RawRegistry(_Raw):
    # Entries stay untyped here and are converted one by one, so that an error names the
    # resource or action it is in (msgspec reports dict keys only as `[...]`).
    resources: dict[str, Any]
    enums: dict[str, list[str]] = {}
    structs: dict[str, dict[str, Any]] = {}
    actions: dict[str, Any] = {}


def _convert(value: Any, schema: type, where: str) -> Any:
    try:
        return msgspec.convert(value, schema)
    except msgspec.ValidationError as exc:
        message, _, inner_path = str(exc).partition(" - at `$")
        raise RegistryError(f"{where}{inner_path.rstrip('`')}: {message}") from None


# --------------------------------------------------------------------------------------------
# The public specs.


class TypeExpr(msgspec.Struct, frozen=True):
    """A parsed type expression of the registry.

    ``kind`` is one of ``scalar``, ``enum``, ``struct``, ``model``, ``list``, ``dict`` and
    ``union``; ``name`` is set for the first four, ``args`` for the last three.
    """

    kind: str
    name: str = ""
    args: tuple[TypeExpr, ...] = ()
    nullable: bool = False

    def __str__(self) -> str:
        if self.kind in ("list", "dict"):
            text = f"{self.kind}({self.args[0]})"
        elif self.kind == "union":
            text = " | ".join(str(arg) for arg in self.args)
        else:
            text = self.name
        return text + ("?" if self.nullable else "")

    def referenced_names(self) -> set[str]:
        if self.kind in ("list", "dict", "union"):
            return set().union(*(arg.referenced_names() for arg in self.args))
        return {self.name}


class FieldSpec(msgspec.Struct, frozen=True):
    name: str
    type: TypeExpr
    required: bool
    default: Any = None
    secret: bool = False
    optional: bool = False
    relation: bool = False


class ParamSpec(msgspec.Struct, frozen=True):
    """One keyword of a create or update method; ``field`` is its name on the wire."""

    name: str
    field: str
    type: TypeExpr
    required: bool
    default: Any = None
    ref: str | None = None
    always_send: bool = False


class ConstraintSpec(msgspec.Struct, frozen=True):
    """Limits a string value of a create/update body must meet (``pattern`` must match whole)."""

    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None


class HubSpec(msgspec.Struct, frozen=True):
    """How the Hub treats a resource: allowed query keys, uniqueness, references, defaults.

    The fields after ``write_only`` drive only the emulator; see resources.yaml for each.
    """

    filter: tuple[str, ...] = ()
    sort: tuple[str, ...] = ()
    default_sort: tuple[str, ...] = ()
    always_paginate: bool = False
    single_includes: bool = True
    unique: tuple[tuple[str, ...], ...] = ()
    references: Mapping[str, str] = {}
    defaults: Mapping[str, Any] = {}
    required_filter: tuple[str, ...] = ()
    write_only: tuple[str, ...] = ()
    constraints: Mapping[str, ConstraintSpec] = {}
    conflict: Literal["database", "explicit"] = "database"
    lookup_by: tuple[str, ...] = ()
    upsert: bool = False
    public_read: bool = False
    caller: Mapping[str, CallerAttribute] = {}
    derive: Mapping[str, tuple[str, str]] = {}
    update_ignores: tuple[str, ...] = ()
    delete_includes: tuple[str, ...] = ()
    on_delete: Mapping[str, Literal["cascade", "set_null"]] = {}
    required: tuple[str, ...] | None = None
    extra_methods: tuple[MethodKind, ...] = ()
    fields_allowed: tuple[str, ...] | None = None
    include_columns: Mapping[str, tuple[str, ...]] = {}
    realm_restricted: tuple[str, ...] = ()


class ResourceSpec(msgspec.Struct, frozen=True):
    key: str
    client: ClientName
    plural: str
    path: str
    model: str
    methods: tuple[MethodKind, ...]
    fields: tuple[FieldSpec, ...]
    includes: Mapping[str, str]
    optional: tuple[str, ...]
    create: tuple[ParamSpec, ...]
    update: tuple[ParamSpec, ...]
    hub: HubSpec
    description: str = ""
    body: tuple[FieldSpec, ...] = ()

    @property
    def secret_fields(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.secret)

    def field(self, name: str) -> FieldSpec:
        for spec in self.fields:
            if spec.name == name:
                return spec
        raise KeyError(name)

    def method_names(self) -> dict[MethodKind, str]:
        names: dict[MethodKind, str] = {
            "get": f"get_{self.key}",
            "get_all": f"get_{self.plural}",
            "find": f"find_{self.plural}",
            "create": f"create_{self.key}",
            "update": f"update_{self.key}",
            "delete": f"delete_{self.key}",
        }
        return {kind: names[kind] for kind in self.methods}


class ActionParamSpec(msgspec.Struct, frozen=True):
    name: str
    location: Literal["path", "body", "filter", "query"]
    field: str
    type: TypeExpr
    required: bool
    default: Any = None
    ref: str | None = None
    const: Any = msgspec.UNSET


class ActionSpec(msgspec.Struct, frozen=True):
    name: str
    client: ClientName
    kind: Literal["call", "upload", "stream"]
    method: Literal["GET", "POST", "DELETE"]
    path: str
    params: tuple[ActionParamSpec, ...]
    returns: str | None
    status: int
    description: str = ""


class Registry(msgspec.Struct, frozen=True):
    path: str
    enums: Mapping[str, tuple[str, ...]]
    structs: Mapping[str, tuple[FieldSpec, ...]]
    resources: Mapping[str, ResourceSpec]
    actions: Mapping[str, ActionSpec]

    @property
    def models(self) -> dict[str, ResourceSpec]:
        return {spec.model: spec for spec in self.resources.values()}

    def for_client(self, client: str) -> list[ResourceSpec]:
        return [spec for spec in self.resources.values() if spec.client == client]

    def actions_for_client(self, client: str) -> list[ActionSpec]:
        return [spec for spec in self.actions.values() if spec.client == client]


# --------------------------------------------------------------------------------------------
# Loading and resolving.


def load_registry(path: str | Path | None = None) -> Registry:
    """Read and validate a registry file (``resources.yaml`` of the package by default)."""
    source = Path(path) if path is not None else DEFAULT_REGISTRY_PATH
    try:
        # The C loader (libyaml) is over ten times faster; the registry is read at import.
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        document = yaml.load(source.read_text(encoding="utf-8"), Loader=loader)  # noqa: S506
    except (OSError, yaml.YAMLError) as exc:
        raise RegistryError(f"{source}: cannot read the registry: {exc}") from None
    raw = _convert(document, _RawRegistry, f"{source}: ")
    raw.resources = {
        key: _convert(value, _RawResource, f"{source}: resources.{key}")
        for key, value in raw.resources.items()
    }
    raw.structs = {
        key: _convert(value, dict[str, str | _RawField], f"{source}: structs.{key}")
        for key, value in raw.structs.items()
    }
    raw.actions = {
        key: _convert(value, _RawAction, f"{source}: actions.{key}")
        for key, value in raw.actions.items()
    }
    return _resolve(raw, str(source))


@functools.cache
def default_registry() -> Registry:
    """The registry shipped with the package, read once."""
    return load_registry()


_TOKEN = re.compile(r"\s*([A-Za-z_][A-Za-z0-9_]*|[()|?,])")


class _TypeParser:
    """Parses ``list(uuid)?``-style expressions; names are checked against ``known``."""

    def __init__(self, known: dict[str, str], where: str) -> None:
        self.known = known
        self.where = where

    def parse(self, text: str) -> TypeExpr:
        self.tokens = _TOKEN.findall(text)
        if "".join(self.tokens) != re.sub(r"\s+", "", text):
            self.fail(text, "contains characters outside names, ( ) | ? ,")
        self.pos = 0
        self.text = text
        expr = self.union()
        if self.pos != len(self.tokens):
            self.fail(text, f"unexpected {self.tokens[self.pos]!r}")
        return expr

    def fail(self, text: str, why: str) -> None:
        raise RegistryError(f"{self.where}: type {text!r} {why}")

    def peek(self) -> str | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self, expected: str | None = None) -> str:
        token = self.peek()
        if token is None or (expected is not None and token != expected):
            self.fail(self.text, f"expected {expected or 'a name'}")
        self.pos += 1
        return token  # type: ignore[return-value]

    def union(self) -> TypeExpr:
        options = [self.atom()]
        while self.peek() == "|":
            self.take("|")
            options.append(self.atom())
        nullable = any(option.nullable for option in options)
        if self.peek() == "?":
            self.take("?")
            nullable = True
        if len(options) == 1:
            return msgspec.structs.replace(options[0], nullable=nullable)
        options = [msgspec.structs.replace(option, nullable=False) for option in options]
        return TypeExpr("union", args=tuple(options), nullable=nullable)

    def atom(self) -> TypeExpr:
        name = self.take()
        if name in ("list", "dict"):
            self.take("(")
            inner = self.union()
            self.take(")")
            expr = TypeExpr(name, args=(inner,))
        elif name in SCALARS:
            expr = TypeExpr("scalar", name)
        elif name in self.known:
            expr = TypeExpr(self.known[name], name)
        else:
            allowed = ", ".join(sorted(SCALARS | set(self.known)))
            raise RegistryError(f"{self.where}: unknown type name {name!r}; known: {allowed}")
        if self.peek() == "?":
            self.take("?")
            expr = msgspec.structs.replace(expr, nullable=True)
        return expr


def _field_spec(name: str, raw: str | _RawField, parser: _TypeParser) -> FieldSpec:
    if isinstance(raw, str):
        raw = _RawField(type=raw)
    parser.where = parser.where.rsplit(".", 1)[0] + f".{name}"
    type_expr = parser.parse(raw.type)
    has_default = raw.default is not msgspec.UNSET
    default = raw.default if has_default else None
    return FieldSpec(
        name=name,
        type=type_expr,
        required=not (has_default or type_expr.nullable),
        default=default,
        secret=raw.secret,
    )


def _resolve(raw: _RawRegistry, path: str) -> Registry:
    known: dict[str, str] = {}
    for kind, names in (
        ("enum", raw.enums),
        ("struct", raw.structs),
        # A model may serve several resources (Log: analysis logs and analysis node logs);
        # their fields must then be the same, which is checked below.
        ("model", list(dict.fromkeys(r.model for r in raw.resources.values()))),
    ):
        for name in names:
            if name in known or name in SCALARS:
                raise RegistryError(f"{path}: the name {name!r} is declared twice")
            known[name] = kind

    structs = {}
    for struct_name, raw_fields in raw.structs.items():
        parser = _TypeParser(known, f"{path}: structs.{struct_name}.-")
        structs[struct_name] = tuple(_field_spec(n, f, parser) for n, f in raw_fields.items())

    resources = {
        key: _resolve_resource(key, res, known, path) for key, res in raw.resources.items()
    }
    first_of_model: dict[str, ResourceSpec] = {}
    for spec in resources.values():
        first = first_of_model.setdefault(spec.model, spec)
        if first.fields != spec.fields:
            raise RegistryError(
                f"{path}: resources.{spec.key} and resources.{first.key} share the model "
                f"{spec.model!r} but declare different fields or includes"
            )
    for spec in resources.values():
        where = f"{path}: resources.{spec.key}"
        for column, target in spec.hub.references.items():
            if target not in resources:
                raise RegistryError(
                    f"{where}.hub.references.{column}: {target!r} is not a declared resource"
                )
        for column, (reference, source_field) in spec.hub.derive.items():
            source = resources[spec.hub.references[reference]]
            if not any(f.name == source_field and not f.relation for f in source.fields):
                raise RegistryError(
                    f"{where}.hub.derive.{column}: {source_field!r} is not a field of "
                    f"{source.model}"
                )

    actions = {}
    for name, raw_action in raw.actions.items():
        actions[name] = _resolve_action(name, raw_action, known, path)

    taken: dict[tuple[str, str], str] = {}
    for spec in resources.values():
        for method in spec.method_names().values():
            _claim(taken, spec.client, method, f"resources.{spec.key}", path)
    for action in actions.values():
        _claim(taken, action.client, action.name, f"actions.{action.name}", path)

    return Registry(
        path=path,
        enums={name: tuple(values) for name, values in raw.enums.items()},
        structs=structs,
        resources=resources,
        actions=actions,
    )


def _claim(
    taken: dict[tuple[str, str], str], client: str, method: str, owner: str, path: str
) -> None:
    previous = taken.setdefault((client, method), owner)
    if previous != owner:
        raise RegistryError(
            f"{path}: {owner} declares the method {method!r} of the {client} client, "
            f"which {previous} already declares"
        )


def _resolve_resource(
    key: str, raw: _RawResource, known: dict[str, str], path: str
) -> ResourceSpec:
    where = f"{path}: resources.{key}"
    parser = _TypeParser(known, f"{where}.fields.-")
    fields = {name: _field_spec(name, spec, parser) for name, spec in raw.fields.items()}

    for name in raw.optional:
        if name not in fields:
            raise RegistryError(f"{where}.optional: {name!r} is not a field of {raw.model}")
        fields[name] = msgspec.structs.replace(fields[name], optional=True, required=False)

    for relation, model in raw.includes.items():
        if known.get(model) != "model":
            raise RegistryError(f"{where}.includes.{relation}: {model!r} is not a declared model")
        if relation in fields:
            raise RegistryError(f"{where}.includes.{relation}: also declared as a field")
        fields[relation] = FieldSpec(
            name=relation,
            type=TypeExpr("model", model, nullable=True),
            required=False,
            relation=True,
        )

    body_parser = _TypeParser(known, f"{where}.body.-")
    body = {name: _field_spec(name, spec, body_parser) for name, spec in raw.body.items()}
    for name in body:
        if name in fields:
            raise RegistryError(f"{where}.body.{name}: already a field of {raw.model}")
    writable = {**fields, **body}
    create = tuple(
        _param_spec(p, writable, known, f"{where}.create", for_update=False) for p in raw.create
    )
    update = tuple(
        _param_spec(p, writable, known, f"{where}.update", for_update=True) for p in raw.update
    )
    for kind, params in (("create", create), ("update", update)):
        names = [p.name for p in params]
        duplicates = {n for n in names if names.count(n) > 1}
        if duplicates:
            raise RegistryError(f"{where}.{kind}: parameters declared twice: {sorted(duplicates)}")
        if params and kind not in raw.methods:
            raise RegistryError(f"{where}.{kind}: parameters given but {kind!r} not in methods")

    hub = HubSpec(
        filter=tuple(raw.hub.filter),
        sort=tuple(raw.hub.sort),
        default_sort=tuple(raw.hub.default_sort),
        always_paginate=raw.hub.always_paginate,
        single_includes=raw.hub.single_includes,
        unique=tuple(tuple(group) for group in raw.hub.unique),
        references=dict(raw.hub.references),
        defaults=dict(raw.hub.defaults),
        required_filter=tuple(raw.hub.required_filter),
        write_only=tuple(raw.hub.write_only),
        constraints={
            name: ConstraintSpec(c.min_length, c.max_length, c.pattern)
            for name, c in raw.hub.constraints.items()
        },
        conflict=raw.hub.conflict,
        lookup_by=tuple(raw.hub.lookup_by),
        upsert=raw.hub.upsert,
        public_read=raw.hub.public_read,
        caller=dict(raw.hub.caller),
        derive={
            column: _split_derive(source, f"{where}.hub.derive.{column}")
            for column, source in raw.hub.derive.items()
        },
        update_ignores=tuple(raw.hub.update_ignores),
        delete_includes=tuple(raw.hub.delete_includes),
        on_delete=dict(raw.hub.on_delete),
        required=None if raw.hub.required is None else tuple(raw.hub.required),
        extra_methods=tuple(raw.hub.extra_methods),
        fields_allowed=None if raw.hub.fields_allowed is None else tuple(raw.hub.fields_allowed),
        include_columns={
            relation: tuple(columns) for relation, columns in raw.hub.include_columns.items()
        },
        realm_restricted=tuple(raw.hub.realm_restricted),
    )
    _check_emulator_knobs(hub, fields, body, raw.includes, where)
    for relation in hub.include_columns:
        if relation not in raw.includes:
            raise RegistryError(f"{where}.hub.include_columns: {relation!r} is not an include")
    for query_key in hub.required_filter:
        if query_key not in hub.filter:
            raise RegistryError(f"{where}.hub.required_filter: {query_key!r} is not in hub.filter")
    for section, keys in (("filter", hub.filter), ("sort", hub.sort)):
        for query_key in keys:
            head = query_key.split(".", 1)[0]
            if section == "filter" and query_key in hub.required_filter:
                continue
            if query_key not in fields and head not in raw.includes:
                raise RegistryError(
                    f"{where}.hub.{section}: {query_key!r} is neither a field nor an include"
                )
    for column in [
        *hub.references,
        *hub.defaults,
        *(c for g in hub.unique for c in g),
        *hub.write_only,
    ]:
        if column not in fields:
            raise RegistryError(f"{where}.hub: {column!r} is not a field of {raw.model}")
    methods = list(raw.methods)
    if len(set(methods)) != len(methods):
        raise RegistryError(f"{where}.methods: a method is listed twice: {methods}")

    return ResourceSpec(
        key=key,
        client=raw.client,
        plural=raw.plural,
        path=raw.path.strip("/"),
        model=raw.model,
        methods=tuple(methods),
        fields=tuple(fields.values()),
        includes=dict(raw.includes),
        optional=tuple(raw.optional),
        create=create,
        update=update,
        hub=hub,
        description=raw.description,
        body=tuple(body.values()),
    )


def _split_derive(source: str, where: str) -> tuple[str, str]:
    reference, dot, source_field = source.partition(".")
    if not dot or not reference or not source_field:
        raise RegistryError(f"{where}: expected '<reference column>.<field>', got {source!r}")
    return reference, source_field


def _check_emulator_knobs(
    hub: HubSpec,
    fields: dict[str, FieldSpec],
    body: dict[str, FieldSpec],
    includes: Mapping[str, str],
    where: str,
) -> None:
    columns = {name for name, spec in fields.items() if not spec.relation}
    for name, constraint in hub.constraints.items():
        if name.split(".", 1)[0] not in columns | set(body):
            raise RegistryError(f"{where}.hub.constraints: {name!r} is not a field")
        if constraint.pattern is not None:
            try:
                re.compile(constraint.pattern)
            except re.error as exc:
                raise RegistryError(f"{where}.hub.constraints.{name}.pattern: {exc}") from None
    for section, names in (
        ("lookup_by", hub.lookup_by),
        ("caller", list(hub.caller)),
        ("derive", list(hub.derive)),
        ("update_ignores", hub.update_ignores),
        ("required", hub.required or ()),
        ("fields_allowed", hub.fields_allowed or ()),
        ("realm_restricted", hub.realm_restricted),
    ):
        for name in names:
            if name not in columns | set(body):
                raise RegistryError(f"{where}.hub.{section}: {name!r} is not a field")
    for column in hub.on_delete:
        if column not in hub.references:
            raise RegistryError(f"{where}.hub.on_delete: {column!r} is not in hub.references")
    for column, (reference, _) in hub.derive.items():
        if reference not in hub.references:
            raise RegistryError(
                f"{where}.hub.derive.{column}: {reference!r} is not in hub.references"
            )
    for relation in hub.delete_includes:
        if relation not in includes:
            raise RegistryError(f"{where}.hub.delete_includes: {relation!r} is not an include")


def _param_spec(
    raw: str | _RawParam,
    fields: dict[str, FieldSpec],
    known: dict[str, str],
    where: str,
    *,
    for_update: bool,
) -> ParamSpec:
    if isinstance(raw, str):
        raw = _RawParam(field=raw)
    if raw.field not in fields:
        allowed = ", ".join(name for name, f in fields.items() if not f.relation)
        raise RegistryError(f"{where}: {raw.field!r} is not a field; fields: {allowed}")
    if raw.ref is not None and known.get(raw.ref) != "model":
        raise RegistryError(f"{where}.{raw.field}.ref: {raw.ref!r} is not a declared model")
    type_expr = (
        _TypeParser(known, f"{where}.{raw.field}.type").parse(raw.type)
        if raw.type is not None
        else fields[raw.field].type
    )
    has_default = raw.default is not msgspec.UNSET
    return ParamSpec(
        name=raw.name or raw.field,
        field=raw.field,
        type=type_expr,
        required=not for_update and not has_default,
        # A list default (``default: []``) is shown and kept as a tuple: a signature's
        # default is shared by every call and must not be mutable.
        default=_frozen(raw.default) if has_default else None,
        ref=raw.ref,
        always_send=raw.always_send,
    )


def _frozen(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


def _resolve_action(name: str, raw: _RawAction, known: dict[str, str], path: str) -> ActionSpec:
    where = f"{path}: actions.{name}"
    if raw.returns is not None and known.get(raw.returns) != "model":
        raise RegistryError(f"{where}.returns: {raw.returns!r} is not a declared model")
    params = []
    for raw_param in raw.params:
        if raw_param.ref is not None and known.get(raw_param.ref) != "model":
            raise RegistryError(
                f"{where}.params.{raw_param.name}.ref: {raw_param.ref!r} is not a declared model"
            )
        parser = _TypeParser(known, f"{where}.params.{raw_param.name}.type")
        has_default = raw_param.default is not msgspec.UNSET
        params.append(
            ActionParamSpec(
                name=raw_param.name,
                location=raw_param.location,
                field=raw_param.field or raw_param.name,
                type=parser.parse(raw_param.type),
                required=not has_default and raw_param.const is msgspec.UNSET,
                default=raw_param.default if has_default else None,
                ref=raw_param.ref,
                const=raw_param.const,
            )
        )
    for param in params:
        if param.location == "path" and "{" + param.field + "}" not in raw.path:
            raise RegistryError(f"{where}.params.{param.name}: no {{{param.field}}} in the path")
    return ActionSpec(
        name=name,
        client=raw.client,
        kind=raw.kind,
        method=raw.method,
        path=raw.path.strip("/"),
        params=tuple(params),
        returns=raw.returns,
        status=raw.status,
        description=raw.description,
    )
