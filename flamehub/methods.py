"""Build the client methods that the registry declares.

One factory per kind of method (get, get_all, find, create, update, delete, and the call,
upload and stream actions) returns a plain function with a real name, qualified name,
signature and docstring, so that ``help(CoreClient.create_node)`` and editors show it like a
written method. The factories close over everything that can be worked out once (paths,
decoders, the include list), so that a call does only what depends on its arguments.
"""

from __future__ import annotations

import inspect
import typing
import uuid
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import msgspec
import requests

from flamehub.docstrings import action_doc, resource_doc
from flamehub.errors import HubConnectionError, HubResponseError, excerpt_of
from flamehub.models import (
    UNSET,
    HubModel,
    ModelSet,
    ResourceListMeta,
    UnsetType,
    write_model_name,
)
from flamehub.query import QueryBuilder
from flamehub.registry import ActionSpec, ParamSpec, ResourceSpec, TypeExpr
from flamehub.types import FieldParams, FilterParams, PageParams, SortParams, UploadFile

if TYPE_CHECKING:
    from flamehub.clients import BaseClient

__all__ = ["resource_methods", "action_method", "resolve_id"]

_NOT_GIVEN: Any = object()
_P = inspect.Parameter


# --------------------------------------------------------------------------------------------
# Helpers shared by the methods.


def resolve_id(value: Any, method: str, argument: str, *, names: bool = False) -> str:
    """The id to send for ``value``: a UUID, its text, or a model with an ``id``.

    With ``names``, where the Hub also finds the resource by another column (a realm or role
    by name, a user or robot by name or ``@me``, a bucket by name), a string that is not a UUID
    is taken as that, quoted for the path.
    """
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, str):
        try:
            return str(uuid.UUID(value))
        except ValueError:
            if names and value:
                return quote(value, safe="@")
            # The text itself is not shown: a secret given in the wrong place must not end up in
            # an exception message (or a log of it).
            raise ValueError(
                f"{method}(): {argument} must be a UUID, a UUID string or a model with an id; "
                f"got a string of {len(value)} characters that is not a UUID"
            ) from None
    model_id = getattr(value, "id", None) if isinstance(value, HubModel) else None
    if isinstance(model_id, uuid.UUID):
        return str(model_id)
    raise TypeError(
        f"{method}(): {argument} must be a UUID, a UUID string or a model with an id, "
        f"got {type(value).__name__}"
    )


def _takes_names(param: Any) -> bool:
    """Whether an action's id parameter is typed ``uuid | str``: the Hub also takes a name."""
    return param.type.kind == "union" and any(
        arg.kind == "scalar" and arg.name == "str" for arg in param.type.args
    )


def _take_id(method: str, id_name: str, args: tuple[Any, ...], params: dict[str, Any]) -> Any:
    if len(args) == 1 and id_name not in params:
        return args[0]
    if not args and id_name in params:
        return params.pop(id_name)
    raise TypeError(f"{method}() takes exactly one {id_name} (as the first argument)")


def _decode(decoder: msgspec.json.Decoder[Any], response: Any, method: str, model: str) -> Any:
    try:
        return decoder.decode(response.content)
    except (msgspec.ValidationError, msgspec.DecodeError) as exc:
        content = response.content
        raise HubResponseError(
            f"{method}(): the Hub's answer (status {response.status_code}) could not be read as "
            f"{model}: {exc}",
            status_code=response.status_code,
            method=response.request.method if response.request is not None else None,
            url=response.url.split("?", 1)[0],
            body_excerpt=excerpt_of(content),
        ) from None


def _name_function(func: Callable[..., Any], name: str, owner: str, doc: str) -> None:
    # The code object is renamed too, so that Python's own errors ("got an unexpected keyword
    # argument") and tracebacks name the synthesized method, not the factory's inner function.
    renamed: dict[str, Any] = {"co_name": name}
    if hasattr(func.__code__, "co_qualname"):  # Python 3.11 and newer
        renamed["co_qualname"] = f"{owner}.{name}"
    func.__code__ = func.__code__.replace(**renamed)
    func.__name__ = name
    func.__qualname__ = f"{owner}.{name}"
    func.__module__ = "flamehub.clients"
    func.__doc__ = doc


class _Annotations:
    """Turns registry types into the annotations of synthesized signatures."""

    def __init__(self, models: ModelSet) -> None:
        self.models = models

    def of(self, expr: TypeExpr) -> Any:
        return self.models._python_type(expr)

    def identifier(self, model: str | None) -> Any:
        if model is None:
            return str | uuid.UUID
        return str | uuid.UUID | self.models.classes[model]

    def param(self, param: ParamSpec | Any, *, update: bool) -> Any:
        expr = param.type
        if expr.kind == "scalar" and expr.name == "uuid":
            annotation = self.identifier(param.ref)
            if expr.nullable:
                annotation = annotation | None
        elif expr.kind == "union" and param.ref is not None and _names_uuid(expr):
            # `uuid | str` with a ref (a bucket, which the Hub also finds by name): the model
            # is taken too, like for a plain uuid.
            annotation = self.identifier(param.ref)
            for arg in expr.args:
                if not (arg.kind == "scalar" and arg.name in ("uuid", "str")):
                    annotation = annotation | self.of(arg)
            if expr.nullable:
                annotation = annotation | None
        elif expr.kind == "list":
            # A tuple converts into the body's list as well (and 0.2.6 shows `()` as a
            # default), so a list parameter takes any sequence.
            annotation = Sequence[self.of(expr.args[0])]  # type: ignore[misc]
            if expr.nullable:
                annotation = annotation | None
        else:
            annotation = self.of(expr)
        if update:
            return annotation | UnsetType
        if not param.required and param.default is None:
            return annotation | None
        return annotation


def _names_uuid(expr: TypeExpr) -> bool:
    return any(arg.kind == "scalar" and arg.name == "uuid" for arg in expr.args)


def _signature(params: list[inspect.Parameter], returns: Any) -> inspect.Signature:
    self_param = _P("self", _P.POSITIONAL_OR_KEYWORD)
    return inspect.Signature([self_param, *params], return_annotation=returns)


def _bind(
    signature: inspect.Signature, method: str, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> dict[str, Any]:
    try:
        return signature.bind(None, *args, **kwargs).arguments
    except TypeError as exc:
        names = [p.name for p in list(signature.parameters.values())[1:]]
        raise TypeError(f"{method}(): {exc}; it takes: {', '.join(names)}") from None


def _validated_body(
    payload: dict[str, Any], model: type[HubModel], method: str, names: dict[str, str]
) -> bytes:
    """Check ``payload`` against the create/update model and encode it as JSON."""
    try:
        body = msgspec.convert(payload, model)
    except msgspec.ValidationError as exc:
        message, _, where = str(exc).partition(" - at `$.")
        field = where.rstrip("`").split(".", 1)[0].split("[", 1)[0]
        missing = message.partition("Object missing required field `")[2].rstrip("`")
        if missing and not field:
            # A required argument given as None: create methods drop None, so it is missing.
            argument = names.get(missing, missing)
            raise TypeError(
                f"{method}(): argument {argument!r} is required and cannot be None"
            ) from None
        argument = names.get(field, field)
        allowed = _allowed_values(model, field)
        if allowed:
            message += f"; allowed: {', '.join(map(repr, allowed))}"
        raise TypeError(f"{method}(): argument {argument!r}: {message}") from None
    return msgspec.json.encode(body)


def _allowed_values(model: type[HubModel], field: str) -> list[Any]:
    """The values of a field typed with a Literal (an enumeration), else []."""
    for info in msgspec.structs.fields(model):
        if info.name == field:
            pending: list[Any] = [info.type]
            values: list[Any] = []
            while pending:
                annotation = pending.pop()
                if typing.get_origin(annotation) is typing.Literal:
                    values.extend(typing.get_args(annotation))
                else:
                    pending.extend(typing.get_args(annotation))
            return values
    return []


def _id_param(param: ParamSpec | Any) -> bool:
    return param.type.kind == "scalar" and param.type.name == "uuid"


# --------------------------------------------------------------------------------------------
# Resource methods.


def resource_methods(
    spec: ResourceSpec, models: ModelSet, owner: str
) -> dict[str, Callable[..., Any]]:
    """The synthesized methods of one resource, by name."""
    factories = {
        "get": _make_get,
        "get_all": _make_get_all,
        "find": _make_find,
        "create": _make_create,
        "update": _make_update,
        "delete": _make_delete,
    }
    context = _ResourceContext(spec, models)
    methods = {}
    for kind, name in spec.method_names().items():
        func = factories[kind](context, name)
        _name_function(func, name, owner, resource_doc(spec, kind, models.registry))
        methods[name] = func
    return methods


class _ResourceContext:
    def __init__(self, spec: ResourceSpec, models: ModelSet) -> None:
        self.spec = spec
        self.models = models
        self.model = models.classes[spec.model]
        self.query = QueryBuilder(spec)
        self.annotations = _Annotations(models)
        self.id_name = f"{spec.key}_id"
        self.by_name = bool(spec.hub.lookup_by)


def _make_get(ctx: _ResourceContext, name: str) -> Callable[..., Any]:
    spec, query, request_path = ctx.spec, ctx.query, ctx.spec.path + "/"
    decoder = ctx.models.decoder(spec.model)
    id_name = ctx.id_name

    def get(self: BaseClient, *args: Any, **params: Any) -> Any:
        # Only the single GET finds by name: the Hub answers a name on update or delete with 400.
        resource_id = resolve_id(
            _take_id(name, id_name, args, params), name, id_name, names=ctx.by_name
        )
        fields = params.pop("fields", None)
        if params.pop("meta", False):
            raise TypeError(f"{name}() returns one {spec.model}; meta=True applies to lists")
        if params:
            raise TypeError(f"{name}() got unexpected arguments {sorted(params)}; takes: fields")
        response = self._request(
            "GET", request_path + resource_id, query=query.get_query(name, fields), allow_404=True
        )
        if response.status_code == 404:
            return None
        return _decode(decoder, response, name, spec.model)

    get.__signature__ = _signature(  # type: ignore[attr-defined]
        [
            _P(
                id_name, _P.POSITIONAL_OR_KEYWORD, annotation=ctx.annotations.identifier(spec.model)
            ),
            _P("fields", _P.KEYWORD_ONLY, default=None, annotation=FieldParams | None),
        ],
        ctx.model | None,
    )
    return get


def _make_find(ctx: _ResourceContext, name: str) -> Callable[..., Any]:
    spec, query, path = ctx.spec, ctx.query, ctx.spec.path
    list_decoder = ctx.models.list_decoder(spec.model)

    def find(
        self: BaseClient,
        *,
        filter: Any = None,
        sort: Any = None,
        page: Any = None,
        fields: Any = None,
        meta: bool = False,
        **unexpected: Any,
    ) -> Any:
        if unexpected:
            _unexpected(name, unexpected, ("filter", "sort", "page", "fields", "meta"), spec)
        text = query.find_query(name, filter, sort, page, fields)
        envelope = _decode(list_decoder, self._request("GET", path, query=text), name, spec.model)
        return (envelope.data, envelope.meta) if meta else envelope.data

    find.__signature__ = _signature(  # type: ignore[attr-defined]
        [
            _P("filter", _P.KEYWORD_ONLY, default=None, annotation=FilterParams | None),
            _P(
                "sort",
                _P.KEYWORD_ONLY,
                default=None,
                annotation=SortParams | list[SortParams] | None,
            ),
            _P("page", _P.KEYWORD_ONLY, default=None, annotation=PageParams | None),
            _P("fields", _P.KEYWORD_ONLY, default=None, annotation=FieldParams | None),
            _P("meta", _P.KEYWORD_ONLY, default=False, annotation=bool),
        ],
        list[ctx.model] | tuple[list[ctx.model], ResourceListMeta],  # type: ignore[name-defined]
    )
    return find


def _unexpected(
    method: str, arguments: dict[str, Any], takes: tuple[str, ...], spec: ResourceSpec
) -> None:
    """Refuse keywords a list method does not take, saying what it takes (includes are not
    chosen by the caller: the registry's are always requested)."""
    includes = ", ".join(spec.includes) or "none"
    raise TypeError(
        f"{method}() got unexpected arguments {sorted(arguments)}; it takes: "
        f"{', '.join(takes)} (nested resources are always included: {includes})"
    )


def _make_get_all(ctx: _ResourceContext, name: str) -> Callable[..., Any]:
    find = _make_find(ctx, name)

    def get_all(
        self: BaseClient, *, fields: Any = None, meta: bool = False, **unexpected: Any
    ) -> Any:
        # The earlier client passed filter, sort and page on to its find; programs that relied
        # on it keep working (the signature and the stubs offer find_X for them).
        forwarded = {
            key: unexpected.pop(key) for key in ("filter", "sort", "page") if key in unexpected
        }
        if unexpected:
            _unexpected(name, unexpected, ("fields", "meta"), ctx.spec)
        return find(self, fields=fields, meta=meta, **forwarded)

    get_all.__signature__ = _signature(  # type: ignore[attr-defined]
        [
            _P("fields", _P.KEYWORD_ONLY, default=None, annotation=FieldParams | None),
            _P("meta", _P.KEYWORD_ONLY, default=False, annotation=bool),
        ],
        find.__signature__.return_annotation,  # type: ignore[attr-defined]
    )
    return get_all


def _write_parameters(
    ctx: _ResourceContext, params: tuple[ParamSpec, ...], *, update: bool
) -> list[inspect.Parameter]:
    result: list[inspect.Parameter] = []
    kind: inspect._ParameterKind = _P.POSITIONAL_OR_KEYWORD
    for param in params:
        annotation = ctx.annotations.param(param, update=update)
        if update:
            default: Any = UNSET
        elif param.required:
            default = _P.empty
        else:
            default = param.default
        if not update and param.required and result and result[-1].default is not _P.empty:
            kind = _P.KEYWORD_ONLY  # a required parameter after optional ones
        result.append(_P(param.name, kind, default=default, annotation=annotation))
    return result


def _make_create(ctx: _ResourceContext, name: str) -> Callable[..., Any]:
    spec, path = ctx.spec, ctx.spec.path
    decoder = ctx.models.decoder(spec.model)
    create_model = ctx.models.classes[write_model_name("Create", spec)]
    params = spec.create
    names = {p.field: p.name for p in params}
    signature = _signature(_write_parameters(ctx, params, update=False), ctx.model)

    def create(self: BaseClient, *args: Any, **kwargs: Any) -> Any:
        arguments = _bind(signature, name, args, kwargs)
        payload = {}
        for param in params:
            value = arguments.get(param.name, _NOT_GIVEN)
            if param.always_send and value is _NOT_GIVEN:
                value = param.default
            if value is _NOT_GIVEN or (value is None and not param.always_send):
                continue
            payload[param.field] = (
                resolve_id(value, name, param.name) if _id_param(param) else value
            )
        body = _validated_body(payload, create_model, name, names)
        response = self._request("POST", path, body=body, expected=(201,))
        return _decode(decoder, response, name, spec.model)

    create.__signature__ = signature  # type: ignore[attr-defined]
    return create


def _make_update(ctx: _ResourceContext, name: str) -> Callable[..., Any]:
    spec, request_path = ctx.spec, ctx.spec.path + "/"
    decoder = ctx.models.decoder(spec.model)
    update_model = ctx.models.classes[write_model_name("Update", spec)]
    params = spec.update
    names = {p.field: p.name for p in params}
    id_param = _P(
        ctx.id_name, _P.POSITIONAL_OR_KEYWORD, annotation=ctx.annotations.identifier(spec.model)
    )
    signature = _signature([id_param, *_write_parameters(ctx, params, update=True)], ctx.model)

    def update(self: BaseClient, *args: Any, **kwargs: Any) -> Any:
        arguments = _bind(signature, name, args, kwargs)
        resource_id = resolve_id(arguments[ctx.id_name], name, ctx.id_name)
        payload = {}
        for param in params:
            value = arguments.get(param.name, UNSET)
            if value is UNSET:
                continue
            if value is not None and _id_param(param):
                value = resolve_id(value, name, param.name)
            payload[param.field] = value
        body = _validated_body(payload, update_model, name, names)
        response = self._request("POST", request_path + resource_id, body=body, expected=(202,))
        return _decode(decoder, response, name, spec.model)

    update.__signature__ = signature  # type: ignore[attr-defined]
    return update


def _make_delete(ctx: _ResourceContext, name: str) -> Callable[..., Any]:
    spec, request_path, id_name = ctx.spec, ctx.spec.path + "/", ctx.id_name

    def delete(self: BaseClient, *args: Any, **params: Any) -> None:
        resource_id = resolve_id(_take_id(name, id_name, args, params), name, id_name)
        if params:
            raise TypeError(f"{name}() got unexpected arguments {sorted(params)}")
        self._request("DELETE", request_path + resource_id, expected=(202,)).close()

    delete.__signature__ = _signature(  # type: ignore[attr-defined]
        [_P(id_name, _P.POSITIONAL_OR_KEYWORD, annotation=ctx.annotations.identifier(spec.model))],
        None,
    )
    return delete


# --------------------------------------------------------------------------------------------
# Actions.


def action_method(spec: ActionSpec, models: ModelSet, owner: str) -> Callable[..., Any]:
    factory = {"call": _make_call, "upload": _make_upload, "stream": _make_stream}[spec.kind]
    func = factory(spec, models)
    _name_function(func, spec.name, owner, action_doc(spec, models.registry))
    return func


def _action_parameters(spec: ActionSpec, models: ModelSet) -> list[inspect.Parameter]:
    annotations = _Annotations(models)
    result = []
    for param in spec.params:
        if param.const is not msgspec.UNSET:
            continue
        annotation = annotations.param(param, update=False)
        default = _P.empty if param.required else param.default
        result.append(
            _P(param.name, _P.POSITIONAL_OR_KEYWORD, default=default, annotation=annotation)
        )
    return result


def _make_call(spec: ActionSpec, models: ModelSet) -> Callable[..., Any]:
    name = spec.name
    signature = _signature(
        _action_parameters(spec, models),
        models.classes[spec.returns] if spec.returns else None,
    )
    decoder = models.decoder(spec.returns) if spec.returns else None
    enum_checks = {p.name: models.enums[p.type.name] for p in spec.params if p.type.kind == "enum"}

    def call(self: BaseClient, *args: Any, **kwargs: Any) -> Any:
        arguments = _bind(signature, name, args, kwargs)
        path_values: dict[str, str] = {}
        body: dict[str, Any] = {}
        filters: list[tuple[str, str]] = []
        for param in spec.params:
            value = param.const if param.const is not msgspec.UNSET else arguments.get(param.name)
            if value is None and not param.required:
                continue
            if _id_param(param):
                value = resolve_id(value, name, param.name)
            elif param.name in enum_checks:
                allowed = enum_checks[param.name].__args__
                if value not in allowed:
                    raise ValueError(
                        f"{name}(): {param.name} must be one of {', '.join(allowed)}; got {value!r}"
                    )
            if param.location == "path":
                path_values[param.field] = str(value)
            elif param.location == "body":
                body[param.field] = value
            else:
                key = f"filter[{param.field}]" if param.location == "filter" else param.field
                filters.append((key, str(value)))
        response = self._request(
            spec.method,
            spec.path.format(**path_values),
            query=QueryBuilder._encode(filters),
            body=msgspec.json.encode(body) if body else None,
            expected=(spec.status,),
        )
        if decoder is None:
            response.close()
            return None
        return _decode(decoder, response, name, spec.returns or "")

    call.__signature__ = signature  # type: ignore[attr-defined]
    return call


def _upload_parts(name: str, files: tuple[Any, ...]) -> list[tuple[str, tuple[Any, ...]]]:
    if not files:
        raise ValueError(f"{name}(): give at least one file to upload")
    parts = []
    for index, upload in enumerate(files):
        if not isinstance(upload, dict):
            raise TypeError(
                f"{name}(): file {index} must be a dict with 'file_name' and 'content' "
                f"(UploadFile), got {type(upload).__name__}"
            )
        unknown = set(upload) - {"file_name", "content", "content_type"}
        if unknown or "file_name" not in upload or upload.get("content") is None:
            raise ValueError(
                f"{name}(): file {index} needs 'file_name' and 'content' (and may have "
                f"'content_type'); got the keys {sorted(upload)}"
            )
        content = upload["content"]
        if isinstance(content, str):
            content = content.encode()
        elif not isinstance(content, (bytes, bytearray)) and not hasattr(content, "read"):
            raise TypeError(
                f"{name}(): file {index} content must be bytes, str or a binary file object, "
                f"got {type(content).__name__}"
            )
        content_type = upload.get("content_type", "application/octet-stream")
        parts.append(("file", (upload["file_name"], content, content_type)))
    return parts


def _make_upload(spec: ActionSpec, models: ModelSet) -> Callable[..., Any]:
    name = spec.name
    id_param = spec.params[0]
    assert spec.returns is not None, f"{name}: an upload action must declare what it returns"
    list_decoder = models.list_decoder(spec.returns)

    def upload(self: BaseClient, *args: Any, **kwargs: Any) -> Any:
        if args:
            target, files = args[0], args[1:]
        elif id_param.name in kwargs:
            target, files = kwargs.pop(id_param.name), ()
        else:
            raise TypeError(f"{name}() needs {id_param.name} as its first argument")
        files = files + tuple(kwargs.pop("upload_file", ()))
        if kwargs:
            raise TypeError(f"{name}() got unexpected arguments {sorted(kwargs)}")
        target_id = resolve_id(target, name, id_param.name, names=_takes_names(id_param))
        path = spec.path.format(**{id_param.field: target_id})
        parts = _upload_parts(name, files)
        response = self._request(spec.method, path, files=parts, expected=(spec.status,))
        return _decode(list_decoder, response, name, spec.returns or "").data

    model = models.classes[spec.returns]
    upload.__signature__ = _signature(  # type: ignore[attr-defined]
        [
            *_action_parameters(spec, models),
            _P("upload_file", _P.VAR_POSITIONAL, annotation=UploadFile),
        ],
        list[model],  # type: ignore[valid-type]
    )
    return upload


class ResponseStream(Iterator[bytes]):
    """The body of a streamed response, chunk by chunk; closes the response when done.

    Dropping the iterator early (or leaving a ``with`` block) closes the connection too.
    """

    def __init__(self, response: Any, chunk_size: int) -> None:
        self._response = response
        self._chunks = response.iter_content(chunk_size=chunk_size)

    def __iter__(self) -> ResponseStream:
        return self

    def __next__(self) -> bytes:
        try:
            chunk: bytes = next(self._chunks)
            return chunk
        except requests.RequestException as exc:
            # The connection broke, or a chunk took longer than the client's read timeout.
            self.close()
            request = self._response.request
            raise HubConnectionError.from_exception(
                exc,
                method=request.method if request is not None else None,
                url=self._response.url,
            ) from exc
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        self._response.close()

    def __enter__(self) -> ResponseStream:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __del__(self) -> None:
        self.close()


def _make_stream(spec: ActionSpec, models: ModelSet) -> Callable[..., Any]:
    name = spec.name
    id_param = spec.params[0]

    def stream(self: BaseClient, *args: Any, **kwargs: Any) -> Any:
        if len(args) == 2:
            kwargs["chunk_size"] = args[1]
            args = args[:1]
        chunk_size = kwargs.pop("chunk_size", 1024)
        resource_id = resolve_id(
            _take_id(name, id_param.name, args, kwargs),
            name,
            id_param.name,
            names=_takes_names(id_param),
        )
        if kwargs:
            raise TypeError(f"{name}() got unexpected arguments {sorted(kwargs)}")
        if isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or chunk_size < 1:
            raise ValueError(f"{name}(): chunk_size must be a positive int, got {chunk_size!r}")
        path = spec.path.format(**{id_param.field: resource_id})
        response = self._request(spec.method, path, expected=(spec.status,), stream=True)
        return ResponseStream(response, chunk_size)

    stream.__signature__ = _signature(  # type: ignore[attr-defined]
        [
            *_action_parameters(spec, models),
            _P("chunk_size", _P.POSITIONAL_OR_KEYWORD, default=1024, annotation=int),
        ],
        ResponseStream,
    )
    return stream
