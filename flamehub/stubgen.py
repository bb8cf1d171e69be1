"""Write flamehub's type stubs from the registry: ``python -m flamehub.stubgen``.

The models and client methods are built at run time from ``resources.yaml``, so a type checker
or an editor sees them only through stubs. This module writes them:

- ``flamehub/types.pyi``: the typing names, with one ``Literal`` alias per enum of the registry;
- ``flamehub/models.pyi``: every model, ``Create*`` and ``Update*`` model as a Struct with its
  fields, so ``node.name`` and ``UpdateNode(hidden=False)`` check;
- ``flamehub/clients.pyi``: the three clients with every synthesized method, its parameters,
  defaults and return type, overloaded on ``meta`` for lists, and its docstring;
- ``flame_hub/*.pyi``: the old import name's submodules, as re-exports.

The static parts of the three modules (the base classes, helpers and the client's plumbing) are
written out below next to the generated parts; ``tests/test_stubs.py`` checks both against the
running code. The text is emitted already formatted the way ``ruff format`` writes stubs, so the
output does not depend on the installed ruff.

Run ``python -m flamehub.stubgen`` after editing ``resources.yaml``; ``--check`` only reports
stale files (exit status 1), and ``--registry`` reads another registry file.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import msgspec

from flamehub import docstrings
from flamehub.registry import (
    ActionParamSpec,
    ActionSpec,
    MethodKind,
    ParamSpec,
    Registry,
    ResourceSpec,
    TypeExpr,
    default_registry,
    load_registry,
)

__all__ = ["HEADER", "StubError", "generate", "main", "stale_files", "write_files"]

#: The first lines of every generated file.
HEADER = (
    "# Generated from resources.yaml by `python -m flamehub.stubgen`; do not edit by hand.\n"
    "# Regenerate after editing resources.yaml: tests/test_stubs.py fails while this is stale.\n"
)
LINE_LENGTH = 100
INDENT = "    "
#: The repository (or site-packages) directory that holds the flamehub package.
ROOT = Path(__file__).resolve().parent.parent
#: Submodules that flame_hub/__init__.py makes importable under the old name.
ALIASED_MODULES = ("auth", "clients", "errors", "models", "query", "registry", "types")

_SCALARS = {
    "str": "str",
    "int": "int",
    "float": "float",
    "bool": "bool",
    "uuid": "UUID",
    "datetime": "datetime",
    "object": "dict[str, Any]",
    "any": "Any",
}
# Where the names that generated annotations use come from.
_NAME_SOURCES = {
    "Any": "typing",
    "Literal": "typing",
    "UUID": "uuid",
    "datetime": "datetime",
}
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class StubError(ValueError):
    """The registry declares something the stubs cannot spell (a name clash)."""


# --------------------------------------------------------------------------------------------
# Formatting: the layout `ruff format` gives stubs, so that its check passes on the output.


def _literal(value: Any) -> str:
    """A default as source text; ``...`` for values a stub should not spell out."""
    if value is msgspec.UNSET:
        return "UNSET"
    if value is None or isinstance(value, (bool, int, float)):
        return repr(value)
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, (tuple, list)):
        items = [_literal(item) for item in value]
        if "..." not in items:
            if isinstance(value, list):
                return f"[{', '.join(items)}]"
            return f"({', '.join(items)}{',' if len(items) == 1 else ''})"
    return "..."


def _bracketed(head: str, items: Sequence[str], tail: str, indent: str) -> list[str]:
    """``head(a, b) tail`` on one line if it fits, else one item per line with a trailing comma
    (which ruff keeps as it is)."""
    one_line = f"{indent}{head}{', '.join(items)}{tail}"
    if len(one_line) <= LINE_LENGTH:
        return [one_line]
    inner = indent + INDENT
    return [f"{indent}{head}", *(f"{inner}{item}," for item in items), f"{indent}{tail}"]


def _docstring(text: str, indent: str) -> list[str]:
    if '"""' in text or text.endswith('"'):
        raise StubError(f"a docstring cannot be written as a stub docstring: {text[:60]!r}")
    lines = text.replace("\\", "\\\\").strip().splitlines()
    if len(lines) == 1:
        return [f'{indent}"""{lines[0]}"""']
    body = [f"{indent}{line}" if line.strip() else "" for line in lines[1:]]
    return [f'{indent}"""{lines[0]}', *body, f'{indent}"""']


def _names_in(text: str) -> set[str]:
    return set(_IDENTIFIER.findall(text))


class _Imports:
    """Collects ``from module import name`` and writes them sorted like ruff's isort."""

    _THIRD_PARTY = ("msgspec", "requests", "typing_extensions", "urllib3")

    def __init__(self) -> None:
        self.names: dict[str, set[str]] = {}
        self.modules: set[str] = set()

    def add(self, module: str, *names: str) -> None:
        self.names.setdefault(module, set()).update(names)

    def add_module(self, module: str) -> None:
        self.modules.add(module)

    def render(self) -> list[str]:
        # Sections as isort makes them: standard library, third party, flamehub; in each,
        # the `import x` lines first, then the `from x import ...` lines.
        sections: list[list[str]] = [[], [], []]
        for module in sorted(self.modules):
            sections[self._section(module)].append(f"import {module}")
        for module in sorted(self.names):
            names = sorted(self.names[module], key=_isort_key)
            one_line = f"from {module} import {', '.join(names)}"
            lines = (
                [one_line]
                if len(one_line) <= LINE_LENGTH
                else _bracketed(f"from {module} import (", names, ")", "")
            )
            sections[self._section(module)] += lines
        return [line for section in sections if section for line in (*section, "")]

    def _section(self, module: str) -> int:
        top = module.split(".")[0]
        return 2 if top == "flamehub" else 1 if top in self._THIRD_PARTY else 0


def _isort_key(name: str) -> tuple[int, str]:
    # ruff's isort orders constants, then classes, then everything else (order-by-type), each
    # group without regard to case.
    if name.isupper() and len(name) > 1:
        return (0, name.lower())
    if name[0].isupper():
        return (1, name.lower())
    return (2, name.lower())


def _def(
    name: str,
    params: Sequence[str],
    returns: str,
    indent: str,
    doc: str | None = None,
    overload: bool = False,
) -> list[str]:
    lines = [f"{indent}@overload"] if overload else []
    tail = f") -> {returns}:" + ("" if doc else " ...")
    lines += _bracketed(f"def {name}(", params, tail, indent)
    if doc:
        lines += _docstring(doc, indent + INDENT)
    return lines


def _all(names: Iterable[str]) -> list[str]:
    return _bracketed("__all__ = [", [f'"{name}"' for name in names], "]", "")


def _module(imports: _Imports, body: list[str]) -> str:
    text = HEADER + "\n" + "\n".join([*imports.render(), *body]).rstrip("\n") + "\n"
    too_long = [line for line in text.splitlines() if len(line) > LINE_LENGTH]
    if too_long:
        raise StubError(f"generated lines longer than {LINE_LENGTH} columns: {too_long[:3]}")
    return text


# --------------------------------------------------------------------------------------------
# Annotations: the text twin of flamehub.methods._Annotations and ModelSet._python_type.


class _Annotations:
    def __init__(self, registry: Registry, imports: _Imports, models_module: str | None) -> None:
        self.registry = registry
        self.imports = imports
        # Where model names are imported from (None: they are defined in the stub itself).
        self.models_module = models_module

    def use(self, name: str) -> str:
        if name in _NAME_SOURCES:
            self.imports.add(_NAME_SOURCES[name], name)
        elif name in self.registry.enums:
            self.imports.add("flamehub.types", name)
        elif self.models_module is not None:
            self.imports.add(self.models_module, name)
        return name

    def of(self, expr: TypeExpr) -> list[str]:
        """The members of the union that ``expr`` stands for (one member unless a union)."""
        if expr.kind == "scalar":
            members = [_SCALARS[expr.name]]
            for name in _names_in(members[0]) & set(_NAME_SOURCES):
                self.use(name)
        elif expr.kind in ("enum", "struct", "model"):
            members = [self.use(expr.name)]
        elif expr.kind == "list":
            members = [f"list[{self.text(expr.args[0])}]"]
        elif expr.kind == "dict":
            members = [f"dict[str, {self.text(expr.args[0])}]"]
        else:
            members = [member for arg in expr.args for member in self.of(arg)]
        return _union(members + (["None"] if expr.nullable else []))

    def text(self, expr: TypeExpr) -> str:
        return " | ".join(self.of(expr))

    def identifier(self, model: str | None) -> list[str]:
        self.use("UUID")
        return ["str", "UUID"] if model is None else ["str", "UUID", self.use(model)]

    def param(self, param: ParamSpec | ActionParamSpec, *, update: bool) -> str:
        expr = param.type
        if expr.kind == "scalar" and expr.name == "uuid":
            members = self.identifier(param.ref) + (["None"] if expr.nullable else [])
        elif expr.kind == "union" and param.ref is not None and _names_uuid(expr):
            members = self.identifier(param.ref)
            for arg in expr.args:
                if not (arg.kind == "scalar" and arg.name in ("uuid", "str")):
                    members += self.of(arg)
            members += ["None"] if expr.nullable else []
        elif expr.kind == "list":
            self.imports.add("collections.abc", "Sequence")
            members = [f"Sequence[{self.text(expr.args[0])}]"]
            members += ["None"] if expr.nullable else []
        else:
            members = self.of(expr)
        if update:
            self.imports.add("flamehub.models", "UnsetType")
            members = [*members, "UnsetType"]
        elif not param.required and param.default is None:
            members = [*members, "None"]
        return " | ".join(_union(members))


def _union(members: list[str]) -> list[str]:
    unique = list(dict.fromkeys(members))
    # None last reads best (`str | UUID | Realm | None`), but before UnsetType in an update.
    if "None" in unique and "UnsetType" not in unique:
        unique = [m for m in unique if m != "None"] + ["None"]
    return unique


def _names_uuid(expr: TypeExpr) -> bool:
    return any(arg.kind == "scalar" and arg.name == "uuid" for arg in expr.args)


# --------------------------------------------------------------------------------------------
# flamehub/types.pyi


_TYPES_STATIC = """
class FilterOperator(str, enum.Enum):
    eq = "="
    neq = "!"
    like = "~"
    lt = "<"
    le = "<="
    gt = ">"
    ge = ">="

class PageParams(TypedDict, total=False):
    limit: int
    offset: int

class SortParams(TypedDict, total=False):
    by: str
    order: Literal["ascending", "descending"]

FilterParams: TypeAlias = dict[str, Any]
FieldParams: TypeAlias = str | list[str] | tuple[str, ...]
IncludeParams: TypeAlias = FieldParams

class FindAllKwargs(TypedDict, total=False):
    filter: FilterParams | None
    page: PageParams | None
    sort: SortParams | list[SortParams] | None
    fields: FieldParams | None
    meta: bool

class GetKwargs(TypedDict, total=False):
    fields: FieldParams | None
    meta: bool

class UploadFile(TypedDict):
    file_name: str
    content: bytes | IO[bytes] | str
    content_type: NotRequired[str]

ResourceT = TypeVar("ResourceT")
UuidIdentifiable: TypeAlias = Any | UUID | str

DEFAULT_PAGE_PARAMS: PageParams

# The names of the earlier client's types module.
UNSET_T: TypeAlias = UnsetType
"""

_TYPES_ALL = (
    "DEFAULT_PAGE_PARAMS",
    "FieldParams",
    "FilterOperator",
    "FilterParams",
    "FindAllKwargs",
    "GetKwargs",
    "IncludeParams",
    "PageParams",
    "ResourceT",
    "SortParams",
    "UploadFile",
    "UuidIdentifiable",
)


def render_types(registry: Registry) -> str:
    imports = _Imports()
    imports.add_module("enum")
    imports.add("typing", "IO", "Any", "Literal", "TypeAlias", "TypedDict", "TypeVar")
    imports.add("uuid", "UUID")
    imports.add("typing_extensions", "NotRequired")
    imports.add("msgspec", "UnsetType")
    imports.add("flamehub.models", "MasterImageCommandArgument")
    body = _all([*_TYPES_ALL, *registry.enums, "UNSET_T", "MasterImageCommandArgument"])
    body += [*_TYPES_STATIC.splitlines(), ""]
    body.append("# The enumerated values of resources.yaml (`enums`).")
    for name, values in registry.enums.items():
        literals = [_literal(value) for value in values]
        body += _bracketed(f"{name}: TypeAlias = Literal[", literals, "]", "")
    return _module(imports, body)


# --------------------------------------------------------------------------------------------
# flamehub/models.pyi


_MODELS_STATIC = """
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
"""

_MODELS_ALL = (
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
)
# Names models.pyi binds besides the models: a model of the same name would hide them.
_MODELS_RESERVED = {
    *_MODELS_ALL,
    *_NAME_SOURCES,
    "ClassVar",
    "Generic",
    "ItemT",
    "NotRequired",
    "Selection",
    "TypedDict",
    "TypeVar",
    "msgspec",
    "flamehub",
}


class _Field(NamedTuple):
    name: str
    annotation: str
    default: str | None  # source text, None when the field is required


def _model_fields(models: _Annotations, spec_fields: Iterable[Any]) -> list[_Field]:
    """The fields of a resource model or struct (ModelSet._struct_field)."""
    fields = []
    for spec in spec_fields:
        members = models.of(spec.type)
        if spec.optional or spec.relation:
            fields.append(_Field(spec.name, " | ".join(_union([*members, "None"])), "None"))
        elif spec.required:
            fields.append(_Field(spec.name, " | ".join(members), None))
        else:
            fields.append(_Field(spec.name, " | ".join(members), _literal(spec.default)))
    return fields


def _write_fields(
    models: _Annotations, params: tuple[ParamSpec, ...], create: bool
) -> list[_Field]:
    """The fields of a Create*/Update* model, by wire name (ModelSet._param_field)."""
    fields = []
    for param in params:
        annotation = models.text(param.type)
        if create and param.required:
            fields.append(_Field(param.field, annotation, None))
        else:
            fields.append(_Field(param.field, f"{annotation} | UnsetType", "UNSET"))
    return fields


def _model_class(name: str, doc: str | None, fields: list[_Field]) -> list[str]:
    used = set().union(*(_names_in(field.annotation) for field in fields))
    clashes = sorted(used & {field.name for field in fields})
    if clashes:
        # In a class body a field's name hides the module's name in later annotations.
        raise StubError(f"{name}: the field(s) {clashes} hide a type name of its annotations")
    lines = [f"class {name}(HubModel, kw_only=True):"]
    if doc:
        lines += [*_docstring(doc, INDENT), ""]
    for field in fields:
        default = "" if field.default is None else f" = {field.default}"
        lines.append(f"{INDENT}{field.name}: {field.annotation}{default}")
    if not fields:
        lines.append(f"{INDENT}...")
    return lines


def _struct_class(
    name: str, doc: str | None, annotations: _Annotations, struct_fields: Iterable[Any]
) -> list[str]:
    """A struct of the registry: a TypedDict (ModelSet._build_structs)."""
    lines = [f"class {name}(TypedDict):"]
    if doc:
        lines += [*_docstring(doc, INDENT), ""]
    for spec in struct_fields:
        annotation = " | ".join(annotations.of(spec.type))
        if not spec.required:
            annotation = f"NotRequired[{annotation}]"
        lines.append(f"{INDENT}{spec.name}: {annotation}")
    return lines


def render_models(registry: Registry) -> str:
    from flamehub.models import build_models, write_model_name

    classes = build_models(registry).classes
    clashes = sorted(set(classes) & _MODELS_RESERVED)
    if clashes:
        raise StubError(f"models named like names of flamehub.models: {clashes}")
    imports = _Imports()
    imports.add("typing", "Any", "ClassVar", "Generic", "Literal", "TypeVar")
    imports.add("flamehub.auth", "AccessToken")
    imports.add_module("msgspec")
    imports.add("msgspec", "UNSET", "UnsetType")
    imports.add_module("flamehub.registry")
    # The enum Literals are re-exported, as the earlier client's models module offered them.
    imports.add("flamehub.types", *registry.enums)
    annotations = _Annotations(registry, imports, models_module=None)

    blocks: list[list[str]] = []
    if registry.structs:
        imports.add("typing_extensions", "NotRequired", "TypedDict")
    for name, struct_fields in registry.structs.items():
        blocks.append(_struct_class(name, classes[name].__doc__, annotations, struct_fields))
    seen: set[str] = set()
    for spec in registry.resources.values():
        if spec.model not in seen:
            seen.add(spec.model)
            fields = _model_fields(annotations, spec.fields)
            blocks.append(_model_class(spec.model, classes[spec.model].__doc__, fields))
    for spec in registry.resources.values():
        for prefix, params in (("Create", spec.create), ("Update", spec.update)):
            if params:
                name = write_model_name(prefix, spec)
                fields = _write_fields(annotations, params, create=prefix == "Create")
                blocks.append(_model_class(name, classes[name].__doc__, fields))

    body = _all([*_MODELS_ALL, *sorted([*classes, *registry.enums])])
    body += [*_MODELS_STATIC.splitlines(), ""]
    body.append("# The models of resources.yaml: its structs, resources, creates and updates.")
    body.append("")
    for block in blocks:
        body += [*block, ""]
    return _module(imports, body)


# --------------------------------------------------------------------------------------------
# flamehub/clients.pyi


_CLIENTS_STATIC = """
log: logging.Logger
DEFAULT_BASE_URLS: dict[str, str]
DEFAULT_TIMEOUT: tuple[float, float]
DEFAULT_RETRIES: int

def retry_policy(retries: int | Retry | None) -> Retry: ...

class ClientMeta(type):
    def __new__(
        mcls,
        name: str,
        bases: tuple[type, ...],
        namespace: dict[str, Any],
        service: str | None = None,
        registry: flamehub.registry.Registry | None = None,
        **kwargs: Any,
    ) -> ClientMeta: ...

class BaseClient(metaclass=ClientMeta):
    service: ClassVar[str]
    registry: ClassVar[flamehub.registry.Registry]
    models: ClassVar[ModelSet]
    default_base_url: ClassVar[str]
    synthesized_methods: ClassVar[tuple[str, ...]]
    base_url: str
    auth: PasswordAuth | RobotAuth | None
    timeout: float | tuple[float, float]
    session: requests.Session
    def __init__(
        self,
        base_url: str | None = None,
        auth: PasswordAuth | RobotAuth | None = None,
        client: requests.Session | None = None,
        *,
        timeout: float | tuple[float, float] = ...,
        retries: int | Retry | None = ...,
        verify: bool | str = True,
    ) -> None: ...
    def close(self) -> None: ...
    def __enter__(self) -> Self: ...
    def __exit__(self, *exc_info: object) -> None: ...
    def _request(
        self,
        method: str,
        path: str,
        *,
        query: str = "",
        body: bytes | None = None,
        files: Any = None,
        expected: tuple[int, ...] = ...,
        allow_404: bool = False,
        stream: bool = False,
    ) -> requests.Response: ...
"""
_CLIENTS_IMPORTED = (
    "ClassVar",
    "FieldParams",
    "FilterParams",
    "ModelSet",
    "PageParams",
    "PasswordAuth",
    "ResourceListMeta",
    "ResponseStream",
    "Retry",
    "RobotAuth",
    "Self",
    "SortParams",
    "UNSET",
    "UnsetType",
    "UploadFile",
    "flamehub",
    "logging",
    "overload",
    "requests",
)
_CLIENT_CLASSES = {"auth": "AuthClient", "core": "CoreClient", "storage": "StorageClient"}


class _ClientWriter:
    """Writes the methods of one client class, in the order the registry declares them."""

    def __init__(self, registry: Registry, imports: _Imports) -> None:
        self.registry = registry
        self.imports = imports
        self.types = _Annotations(registry, imports, models_module="flamehub.models")

    def model(self, name: str) -> str:
        return self.types.use(name)

    def typing_name(self, name: str) -> str:
        self.imports.add("flamehub.types", name)
        return name

    def resource(self, spec: ResourceSpec) -> list[list[str]]:
        methods = []
        for kind, name in spec.method_names().items():
            doc = docstrings.resource_doc(spec, kind, self.registry)
            methods.append(self.resource_method(spec, kind, name, doc))
        return methods

    def resource_method(
        self, spec: ResourceSpec, kind: MethodKind, name: str, doc: str
    ) -> list[str]:
        model = self.model(spec.model)
        id_param = f"{spec.key}_id: {' | '.join(self.types.identifier(spec.model))}"
        fields = f"fields: {self.typing_name('FieldParams')} | None = None"
        if kind == "get":
            return _def(name, ["self", id_param, "*", fields], f"{model} | None", INDENT, doc)
        if kind in ("find", "get_all"):
            params = ["self", "*"]
            if kind == "find":
                params += [
                    f"filter: {self.typing_name('FilterParams')} | None = None",
                    f"sort: {self.typing_name('SortParams')} | list[SortParams] | None = None",
                    f"page: {self.typing_name('PageParams')} | None = None",
                ]
            return self.list_overloads(name, [*params, fields], model, doc)
        if kind == "delete":
            return _def(name, ["self", id_param], "None", INDENT, doc)
        update = kind == "update"
        params = ["self", id_param] if update else ["self"]
        params += self.write_params(spec.create if kind == "create" else spec.update, update)
        return _def(name, params, model, INDENT, doc)

    def list_overloads(self, name: str, params: list[str], model: str, doc: str) -> list[str]:
        """find_X/get_Xs: the list, the (list, meta) pair with meta=True, and both for a bool.

        The last overload is the run-time signature; the first two let a checker tell the
        return type from a literal ``meta``. The docstring goes on the first, once.
        """
        self.imports.add("typing", "Literal", "overload")
        self.imports.add("flamehub.models", "ResourceListMeta")
        items, pair = f"list[{model}]", f"tuple[list[{model}], ResourceListMeta]"
        lines = _def(name, [*params, "meta: Literal[False] = False"], items, INDENT, doc, True)
        lines += _def(name, [*params, "meta: Literal[True]"], pair, INDENT, overload=True)
        lines += _def(
            name, [*params, "meta: bool = False"], f"{items} | {pair}", INDENT, None, True
        )
        return lines

    def write_params(self, params: tuple[ParamSpec, ...], update: bool) -> list[str]:
        """The create/update parameters (methods._write_parameters): an update's default to
        UNSET; a required create parameter after an optional one is keyword-only."""
        texts: list[str] = []
        keyword_only = False
        previous_has_default = False
        for param in params:
            annotation = self.types.param(param, update=update)
            if update:
                self.imports.add("flamehub.models", "UNSET")
                default: str | None = "UNSET"
            else:
                default = None if param.required else _literal(param.default)
            if default is None and previous_has_default and not keyword_only:
                keyword_only = True
                texts.append("*")
            assigned = "" if default is None else f" = {default}"
            texts.append(f"{param.name}: {annotation}{assigned}")
            previous_has_default = default is not None
        return texts

    def action(self, spec: ActionSpec) -> list[str]:
        params = ["self"]
        for param in spec.params:
            if param.const is not msgspec.UNSET:
                continue
            text = f"{param.name}: {self.types.param(param, update=False)}"
            params.append(text if param.required else f"{text} = {_literal(param.default)}")
        doc = docstrings.action_doc(spec, self.registry)
        if spec.kind == "upload":
            params.append(f"*upload_file: {self.typing_name('UploadFile')}")
            returns = f"list[{self.model(spec.returns or '')}]"
        elif spec.kind == "stream":
            params.append("chunk_size: int = 1024")
            self.imports.add("flamehub.methods", "ResponseStream")
            returns = "ResponseStream"
        else:
            returns = self.model(spec.returns) if spec.returns else "None"
        return _def(spec.name, params, returns, INDENT, doc)


def render_clients(registry: Registry) -> str:
    from flamehub import clients

    imports = _Imports()
    imports.add_module("logging")
    imports.add("typing", "Any", "ClassVar")
    imports.add_module("requests")
    imports.add("typing_extensions", "Self")
    imports.add("urllib3.util.retry", "Retry")
    imports.add_module("flamehub.registry")
    imports.add("flamehub.auth", "PasswordAuth", "RobotAuth")
    imports.add("flamehub.models", "ModelSet")
    # Names clients.pyi binds besides the models: a model of the same name would hide them.
    reserved = {*_CLIENTS_IMPORTED, *_NAME_SOURCES, *clients.__all__}
    clashes = sorted(reserved & (set(registry.models) | set(registry.enums)))
    if clashes:
        raise StubError(f"models or enums named like names of flamehub.clients: {clashes}")

    writer = _ClientWriter(registry, imports)
    body = _all(clients.__all__)
    body += [*_CLIENTS_STATIC.splitlines(), ""]
    for service, class_name in _CLIENT_CLASSES.items():
        methods = [
            method for spec in registry.for_client(service) for method in writer.resource(spec)
        ]
        methods += [writer.action(spec) for spec in registry.actions_for_client(service)]
        body.append(f"class {class_name}(BaseClient):")
        body += _docstring(getattr(clients, class_name).__doc__ or class_name, INDENT)
        for method in methods:
            # Stub style (ruff format): no blank line after a one-line `...` body.
            body += [*method] if body[-1].endswith(": ...") else ["", *method]
        body.append("")
    return _module(imports, body)


# --------------------------------------------------------------------------------------------
# flame_hub/*.pyi


def render_alias(module: str) -> str:
    return (
        f"{HEADER}\n"
        f"# flame_hub.{module} is flamehub.{module} (see flame_hub/__init__.py).\n"
        f"from flamehub.{module} import *  # noqa: F403\n"
        f"from flamehub.{module} import __all__ as __all__\n"
    )


# --------------------------------------------------------------------------------------------
# Writing and checking.


def generate(registry: Registry | None = None) -> dict[str, str]:
    """Every stub file's text, by its path relative to the directory above the package."""
    registry = registry or default_registry()
    files = {
        "flamehub/types.pyi": render_types(registry),
        "flamehub/models.pyi": render_models(registry),
        "flamehub/clients.pyi": render_clients(registry),
    }
    for module in ALIASED_MODULES:
        files[f"flame_hub/{module}.pyi"] = render_alias(module)
    return files


def stale_files(files: dict[str, str], root: Path = ROOT) -> list[str]:
    """The paths under ``root`` whose content differs from ``files`` (or that are missing)."""
    stale = []
    for relative, text in files.items():
        path = root / relative
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            stale.append(relative)
    return stale


def write_files(files: dict[str, str], root: Path = ROOT) -> list[str]:
    """Write the stale files under ``root``; returns their paths."""
    changed = stale_files(files, root)
    for relative in changed:
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(files[relative], encoding="utf-8")
    return changed


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m flamehub.stubgen",
        description="Write flamehub's type stubs (.pyi) from the registry.",
    )
    parser.add_argument("--check", action="store_true", help="only report stale stubs (exit 1)")
    parser.add_argument("--registry", type=Path, help="a registry file (default: the package's)")
    parser.add_argument(
        "--root", type=Path, default=ROOT, help=f"where flamehub/ lies (default: {ROOT})"
    )
    args = parser.parse_args(argv)
    registry = load_registry(args.registry) if args.registry else default_registry()
    try:
        files = generate(registry)
    except StubError as exc:
        print(f"stubgen: {exc}", file=sys.stderr)
        return 2
    if args.check:
        stale = stale_files(files, args.root)
        for relative in stale:
            print(f"stale: {relative}", file=sys.stderr)
        if stale:
            print("run `python -m flamehub.stubgen` to regenerate", file=sys.stderr)
        return 1 if stale else 0
    for relative in write_files(files, args.root):
        print(f"wrote {relative}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
