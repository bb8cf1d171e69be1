"""The resource models: one msgspec Struct per model of the registry.

Every resource model, its ``Create*`` and ``Update*`` model and the embedded structs are built
from ``resources.yaml`` when this module is imported and are importable from it like written
classes (``from flamehub.models import Node, UpdateNode, UNSET``). :func:`build_models` builds
the same set for another registry file.

The models offer the small part of pydantic's interface that users of the Hub's earlier client
touch (``model_dump``, ``model_dump_json``), on top of what msgspec gives: value equality, fast
decoding, and :data:`UNSET` for the fields of an update that are to stay as they are.
"""

from __future__ import annotations

import datetime
import functools
import uuid
from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, Generic, Literal, TypeVar, Union

import msgspec
from msgspec import UNSET, UnsetType
from typing_extensions import NotRequired, TypedDict

from flamehub.auth import AccessToken
from flamehub.registry import FieldSpec, Registry, ResourceSpec, TypeExpr, default_registry

__all__ = [
    "UNSET",
    "AccessToken",
    "HubModel",
    "ModelSet",
    "RefreshToken",
    "ResourceList",
    "ResourceListMeta",
    "UnsetType",
    "build_models",
]

SECRET_MASK = "***"

_SCALAR_TYPES: dict[str, Any] = {
    "str": str,
    "int": int,
    "float": float,
    "bool": bool,
    "uuid": uuid.UUID,
    "datetime": datetime.datetime,
    "object": dict[str, Any],
    "any": Any,
}


# gc=False: the garbage collector does not track the models. They hold data decoded from JSON,
# which cannot form a reference cycle, and tracking them made the collector run during every
# large decode: about a third of decoding 1000 nodes (benchmarks/README.md). The one thing it
# gives up: a cycle made by hand through models (a model put into its own dict field) is never
# freed.
class HubModel(msgspec.Struct, kw_only=True, repr_omit_defaults=False, gc=False):
    """Base of every model: attribute access, value equality, pydantic-style dumps."""

    __secret_fields__: ClassVar[frozenset[str]] = frozenset()
    __optional_fields__: ClassVar[tuple[str, ...]] = ()
    __includable_fields__: ClassVar[tuple[str, ...]] = ()

    def __repr__(self) -> str:
        # The identifying fields first, so that a long model reads as Node(id=..., name=...).
        leading = [name for name in ("id", "name") if name in self.__struct_fields__]
        parts = []
        for name in (*leading, *(n for n in self.__struct_fields__ if n not in leading)):
            value = getattr(self, name)
            if value is UNSET:
                continue
            shown = SECRET_MASK if name in self.__secret_fields__ and value is not None else value
            parts.append(f"{name}={shown!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    __str__ = __repr__

    #: The fields by name (msgspec FieldInfo: name, type, default), like pydantic's.
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
    ) -> dict[str, Any]:
        """The fields as a dict (nested models as dicts); UNSET fields are left out.

        ``mode="json"`` gives JSON-ready values (ids and dates as strings). ``include`` and
        ``exclude`` take a set of field names, or a dict of field names to ``True`` or to the
        selection of a nested model. ``by_alias`` changes nothing (the fields have their wire
        names) and ``exclude_unset`` is accepted for compatibility: UNSET fields are always
        left out.
        """
        if mode == "json":
            data = msgspec.to_builtins(self)
            data = _drop_none(data) if exclude_none else data
        else:
            data = _python_dump(self, exclude_none)
        if exclude_defaults:
            data = {k: v for k, v in data.items() if k not in self._fields_at_default()}
        return _select(data, include, exclude)

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
    ) -> str:
        """The model as JSON text, keys in declaration order; UNSET fields are left out."""
        if include is None and exclude is None and not exclude_defaults and not exclude_none:
            encoded = msgspec.json.encode(self)
        else:
            encoded = msgspec.json.encode(
                self.model_dump(
                    mode="json",
                    include=include,
                    exclude=exclude,
                    exclude_defaults=exclude_defaults,
                    exclude_none=exclude_none,
                )
            )
        if indent:
            encoded = msgspec.json.format(encoded, indent=indent)
        return encoded.decode()

    def _fields_at_default(self) -> set[str]:
        return {
            info.name
            for info in msgspec.structs.fields(self)
            if info.default is not msgspec.NODEFAULT and getattr(self, info.name) == info.default
        }


class _ModelFields:
    """``Model.model_fields``, worked out from the class when asked for."""

    def __get__(self, instance: object, owner: type) -> dict[str, msgspec.structs.FieldInfo]:
        return {info.name: info for info in msgspec.structs.fields(owner)}


HubModel.model_fields = _ModelFields()  # type: ignore[assignment]

#: A selection of fields for model_dump: names, or names mapped to True or a nested selection.
Selection = set[str] | frozenset[str] | dict[str, Any] | None


def _select(data: dict[str, Any], include: Selection, exclude: Selection) -> dict[str, Any]:
    if include is not None:
        data = {key: value for key, value in data.items() if key in include}
        if isinstance(include, dict):
            for key, nested in include.items():
                if isinstance(nested, set | frozenset | dict) and isinstance(data.get(key), dict):
                    data[key] = _select(data[key], nested, None)
    if exclude is not None:
        nested_exclusions = exclude if isinstance(exclude, dict) else {}
        dropped = {
            key
            for key in exclude
            if not isinstance(exclude, dict) or exclude[key] is True or exclude[key] is ...
        }
        data = {key: value for key, value in data.items() if key not in dropped}
        for key, nested in nested_exclusions.items():
            if isinstance(nested, set | frozenset | dict) and isinstance(data.get(key), dict):
                data[key] = _select(data[key], None, nested)
    return data


def _python_dump(model: HubModel, exclude_none: bool) -> dict[str, Any]:
    result = {}
    for name in model.__struct_fields__:
        value = getattr(model, name)
        if value is UNSET or (exclude_none and value is None):
            continue
        result[name] = _python_value(value, exclude_none)
    return result


def _python_value(value: Any, exclude_none: bool) -> Any:
    if isinstance(value, HubModel):
        return _python_dump(value, exclude_none)
    if isinstance(value, list):
        return [_python_value(item, exclude_none) for item in value]
    return value


def _drop_none(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _drop_none(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        return [_drop_none(item) for item in value]
    return value


class ResourceListMeta(HubModel, kw_only=True):
    """The ``meta`` of a list response: ``limit`` and ``offset`` only when a page was asked."""

    total: int
    limit: int | None = None
    offset: int | None = None


ItemT = TypeVar("ItemT")


class ResourceList(HubModel, Generic[ItemT], kw_only=True):
    """A list response of the Hub: ``data`` and its ``meta``; ``ResourceList[Node]`` decodes one."""

    data: list[ItemT]
    meta: ResourceListMeta


#: The earlier client had separate token models for users and robots; one serves both here.
RefreshToken = AccessToken


class ModelSet:
    """The model classes built from one registry, with a cached JSON decoder per shape."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self.enums: dict[str, Any] = {
            name: Literal[values] for name, values in registry.enums.items()
        }
        self.classes: dict[str, type[HubModel]] = {}
        self.resource_of: dict[str, ResourceSpec] = {}
        self._build_structs()
        self._build_resource_models()

    # Building -----------------------------------------------------------------------------

    def _python_type(self, expr: TypeExpr) -> Any:
        if expr.kind == "scalar":
            base = _SCALAR_TYPES[expr.name]
        elif expr.kind == "enum":
            base = self.enums[expr.name]
        elif expr.kind in ("struct", "model"):
            base = self.classes[expr.name]
        elif expr.kind == "list":
            base = list[self._python_type(expr.args[0])]  # type: ignore[misc]
        elif expr.kind == "dict":
            base = dict[str, self._python_type(expr.args[0])]  # type: ignore[misc]
        else:
            base = Union[tuple(self._python_type(arg) for arg in expr.args)]  # noqa: UP007
        return base | None if expr.nullable else base

    def _struct_field(self, spec: FieldSpec) -> tuple[str, Any] | tuple[str, Any, Any]:
        annotation = self._python_type(spec.type)
        if spec.optional or spec.relation:
            return (spec.name, annotation | None, None)
        if spec.required:
            return (spec.name, annotation)
        return (spec.name, annotation, spec.default)

    def _define(
        self,
        name: str,
        fields: Iterable[tuple[str, Any] | tuple[str, Any, Any]],
        namespace: Mapping[str, Any],
        doc: str,
    ) -> type[HubModel]:
        cls = msgspec.defstruct(
            name,
            list(fields),
            bases=(HubModel,),
            module=__name__,
            namespace={"__doc__": doc, **namespace},
            kw_only=True,
        )
        self.classes[name] = cls
        return cls

    def _build_structs(self) -> None:
        # Values embedded in resources (a master image's command arguments) are plain dicts,
        # typed as TypedDicts, as the earlier client gave them: code indexes them
        # (argument["value"]), compares them with dict literals and passes them to json.
        # A key the Hub may leave out stays out (NotRequired) rather than becoming None.
        for name, fields in self.registry.structs.items():
            keys = {
                spec.name: (
                    self._python_type(spec.type)
                    if spec.required
                    else NotRequired[self._python_type(spec.type)]  # type: ignore[misc]
                )
                for spec in fields
            }
            struct = TypedDict(name, keys)  # type: ignore[operator]
            struct.__doc__ = f"{name}: a value embedded in Hub resources (a dict)."
            struct.__module__ = __name__
            self.classes[name] = struct

    def _build_resource_models(self) -> None:
        for spec in _dependency_order(self.registry):
            self.resource_of[spec.model] = spec
            self._define(
                spec.model,
                [self._struct_field(field) for field in spec.fields],
                {
                    "__secret_fields__": frozenset(spec.secret_fields),
                    "__optional_fields__": spec.optional,
                    "__includable_fields__": tuple(spec.includes),
                },
                f"{spec.model}: a Hub resource at /{spec.path} ({spec.client} API).",
            )
        for spec in self.registry.resources.values():
            secrets = frozenset(spec.secret_fields)
            if spec.create:
                self._define(
                    write_model_name("Create", spec),
                    [self._param_field(p.field, p.type, p.required) for p in spec.create],
                    {"__secret_fields__": secrets},
                    f"The body of a {spec.model} create; fields left UNSET are not sent.",
                )
            if spec.update:
                self._define(
                    write_model_name("Update", spec),
                    [self._param_field(p.field, p.type, False) for p in spec.update],
                    {"__secret_fields__": secrets},
                    f"The body of a {spec.model} update; fields left UNSET are not sent.",
                )

    def _param_field(self, name: str, expr: TypeExpr, required: bool) -> tuple[str, Any, Any]:
        annotation = self._python_type(expr)
        if required:
            return (name, annotation)  # type: ignore[return-value]
        return (name, annotation | UnsetType, UNSET)

    # Decoding -----------------------------------------------------------------------------

    @functools.cache  # noqa: B019 - a ModelSet lives as long as its registry's clients
    def decoder(self, model: str) -> msgspec.json.Decoder[Any]:
        return msgspec.json.Decoder(self.classes[model])

    @functools.cache  # noqa: B019
    def list_decoder(self, model: str) -> msgspec.json.Decoder[Any]:
        return msgspec.json.Decoder(ResourceList[self.classes[model]])  # type: ignore[name-defined]


def write_model_name(prefix: str, spec: ResourceSpec) -> str:
    """``CreateNode``, ``UpdateRegistryProject``: named after the resource, not its model,
    since one model may serve several resources (Log: analysis logs and node logs)."""
    return prefix + "".join(part.capitalize() for part in spec.key.split("_"))


def _dependency_order(registry: Registry) -> list[ResourceSpec]:
    """Resources ordered so that every model comes after the models its fields use."""
    by_model = registry.models
    ordered: list[ResourceSpec] = []
    state: dict[str, str] = {}

    def visit(model: str, chain: tuple[str, ...]) -> None:
        if state.get(model) == "done":
            return
        if state.get(model) == "visiting":
            cycle = " -> ".join((*chain, model))
            raise ValueError(f"{registry.path}: models refer to each other in a cycle: {cycle}")
        state[model] = "visiting"
        for field in by_model[model].fields:
            for name in field.type.referenced_names():
                if name in by_model:
                    visit(name, (*chain, model))
        state[model] = "done"
        ordered.append(by_model[model])

    for model in by_model:
        visit(model, ())
    return ordered


_model_sets: dict[int, ModelSet] = {}


def build_models(registry: Registry) -> ModelSet:
    """The models of ``registry``, built once per registry object."""
    # Keyed by identity: a Registry holds dicts, so it cannot be hashed; the ModelSet keeps
    # its registry alive, so the id is never reused while the entry exists.
    models = _model_sets.get(id(registry))
    if models is None:
        models = _model_sets[id(registry)] = ModelSet(registry)
    return models


def default_models() -> ModelSet:
    return build_models(default_registry())


def get_field_names(model: type[HubModel]) -> tuple[str, ...]:
    """The optional (hidden) fields of ``model``, which ``fields=`` can request."""
    return model.__optional_fields__


def get_includable_names(model: type[HubModel]) -> tuple[str, ...]:
    """The nested resources of ``model`` that every get and find requests with ``include=``."""
    return model.__includable_fields__


def _export_default_models() -> list[str]:
    models = default_models()
    globals().update(models.classes)
    # The Literal types of enumerated fields too (NodeType, ...), as the earlier client's
    # models module offered them; flamehub.types has the same objects.
    enums = {name: value for name, value in models.enums.items() if name not in models.classes}
    globals().update(enums)
    return sorted([*models.classes, *enums])


__all__ += ["get_field_names", "get_includable_names", *_export_default_models()]
