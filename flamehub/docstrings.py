"""The docstrings of the synthesized client methods, written from the registry.

The methods (:mod:`flamehub.methods`) and their type stubs (:mod:`flamehub.stubgen`) both take
their text from here, so ``help(CoreClient.create_node)`` and an editor's hover say the same.
A docstring names the HTTP method and path, the arguments (with their wire names, allowed
values and defaults), the nested resources that come included, what the method returns and
what it raises. Lines are wrapped at :data:`WIDTH` columns so that, indented in a stub, they
stay within the project's 100.
"""

from __future__ import annotations

import msgspec

from flamehub.registry import (
    ActionParamSpec,
    ActionSpec,
    MethodKind,
    ParamSpec,
    Registry,
    ResourceSpec,
    TypeExpr,
)

__all__ = ["WIDTH", "action_doc", "resource_doc"]

#: The widest line of a docstring; the stubs indent docstrings by 8 columns.
WIDTH = 88

_SCALAR_WORDS = {
    "str": "str",
    "int": "int",
    "float": "float",
    "bool": "bool",
    "uuid": "UUID",
    "datetime": "datetime",
    "object": "JSON object (dict)",
    "any": "any JSON value",
}

_BAD_ARGUMENTS = "an argument the Hub would reject or silently ignore; nothing was sent."


def _fill(text: str, indent: str = "", hanging: str = "") -> str:
    """Wrap ``text`` at spaces to WIDTH columns, like ``textwrap.fill`` without breaking words
    or hyphenated paths (/analysis-bucket-files); a quarter of its cost, and the docstrings of
    every synthesized method are written at import."""
    lines: list[str] = []
    line, prefix = "", indent
    for word in text.split():
        if line and len(prefix) + len(line) + 1 + len(word) > WIDTH:
            lines.append(prefix + line)
            prefix, line = hanging or indent, word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(prefix + line)
    return "\n".join(lines)


def _section(title: str, items: list[tuple[str, str]]) -> str:
    lines = [f"{title}:"]
    lines += [_fill(f"{name}: {text}", "    ", "        ") for name, text in items]
    return "\n".join(lines)


def _compose(*blocks: str) -> str:
    return "\n\n".join(block for block in blocks if block)


def _words(items: tuple[str, ...] | list[str], none: str = "none") -> str:
    return ", ".join(items) if items else none


def _quoted(values: tuple[str, ...]) -> str:
    return ", ".join(repr(value) for value in values)


def _type_phrase(expr: TypeExpr, registry: Registry, ref: str | None = None) -> str:
    """``expr`` in words: enums list their values, ids say which model they stand for."""
    if expr.kind == "scalar" and expr.name == "uuid" and ref is not None:
        text = f"{_a(ref)} or its id"
    elif expr.kind == "union" and ref is not None and _has_uuid(expr):
        # A path id typed `uuid | str` (a bucket): the Hub also finds the row by its name.
        text = f"{_a(ref)}, its id or its name"
    elif expr.kind == "scalar":
        text = _SCALAR_WORDS[expr.name]
    elif expr.kind == "enum":
        text = f"one of {_quoted(registry.enums[expr.name])}"
    elif expr.kind in ("struct", "model"):
        text = expr.name
    elif expr.kind == "list":
        text = f"a list of {_type_phrase(expr.args[0], registry)}"
    elif expr.kind == "dict":
        text = f"a dict of str to {_type_phrase(expr.args[0], registry)}"
    else:
        text = " or ".join(_type_phrase(arg, registry) for arg in expr.args)
    return text + (", or None" if expr.nullable else "")


def _a(noun: str) -> str:
    return ("an " if noun[0] in "AEIOUaeiou" else "a ") + noun


def _has_uuid(expr: TypeExpr) -> bool:
    return any(arg.kind == "scalar" and arg.name == "uuid" for arg in expr.args)


def _raises(model: str | None, extra: str = "") -> str:
    """The Raises section; ``model`` is what the answer is decoded as (None: not decoded)."""
    unreadable = (
        f" (HubResponseError: an answer that could not be read as {_a(model)})" if model else ""
    )
    return _section(
        "Raises",
        [
            ("HubAPIError", f"the Hub answered with an error status{extra}{unreadable}."),
            ("TypeError, ValueError", _BAD_ARGUMENTS),
        ],
    )


# --------------------------------------------------------------------------------------------
# Resource methods.


def resource_doc(spec: ResourceSpec, kind: MethodKind, registry: Registry) -> str:
    """The docstring of the ``kind`` method (get, find, create, ...) of the resource ``spec``."""
    writers = {
        "get": _get_doc,
        "get_all": _get_all_doc,
        "find": _find_doc,
        "create": _create_doc,
        "update": _update_doc,
        "delete": _delete_doc,
    }
    return writers[kind](spec, registry)


def _where(spec: ResourceSpec, single: bool = False) -> str:
    return f"/{spec.path}{'/{id}' if single else ''} ({spec.client} API)"


def _included(spec: ResourceSpec) -> str:
    if not spec.includes:
        return ""
    relations = [f"{name} ({model})" for name, model in spec.includes.items()]
    return (
        f"Nested resources included (requested with include=, one level deep): {_words(relations)}."
    )


def _fields_item(spec: ResourceSpec) -> tuple[str, str]:
    if not spec.optional:
        return ("fields", f"names of optional fields to add; {spec.model} has none.")
    return ("fields", f"names of optional fields to add: {_words(spec.optional)}.")


def _meta_item() -> tuple[str, str]:
    return ("meta", "True to return (items, ResourceListMeta), the meta with total, limit, offset.")


def _list_returns(spec: ResourceSpec) -> str:
    return _section(
        "Returns",
        [
            (
                f"list[{spec.model}]",
                f"the {spec.plural}; with meta=True, a (list, ResourceListMeta) pair.",
            )
        ],
    )


def _id_item(spec: ResourceSpec, purpose: str, by_name: bool = False) -> tuple[str, str]:
    also = " or " + " or ".join(spec.hub.lookup_by) if by_name and spec.hub.lookup_by else ""
    return (
        f"{spec.key}_id",
        f"the {spec.model} {purpose}, or its id (a UUID or its string){also}.",
    )


def _get_doc(spec: ResourceSpec, registry: Registry) -> str:
    if spec.hub.single_includes:
        nested = _included(spec)
    else:
        nested = (
            f"The Hub ignores include= on a single GET of {spec.plural}, so "
            f"{_words(list(spec.includes))} stay None; find_{spec.plural} includes them."
            if spec.includes
            else ""
        )
    return _compose(
        _fill(f"Get one {spec.model} by its id: GET {_where(spec, single=True)}."),
        _fill(spec.description),
        _fill(nested),
        _section("Args", [_id_item(spec, "to get", by_name=True), _fields_item(spec)]),
        _section(
            "Returns",
            [
                (
                    f"{spec.model} | None",
                    f"the {spec.model}, or None when the Hub has none with that id.",
                )
            ],
        ),
        _raises(spec.model, " other than 404"),
    )


def _get_all_doc(spec: ResourceSpec, registry: Registry) -> str:
    return _compose(
        _fill(f"Get the first 50 {spec.plural}: GET {_where(spec)}."),
        _fill(f"Use find_{spec.plural} to filter, sort or page. {_included(spec)}".strip()),
        _section("Args", [_fields_item(spec), _meta_item()]),
        _list_returns(spec),
        _raises(spec.model),
    )


def _find_doc(spec: ResourceSpec, registry: Registry) -> str:
    hub = spec.hub
    required = (
        f" Required keys (the Hub refuses a list without them): {_words(hub.required_filter)}."
        if hub.required_filter
        else ""
    )
    args = [
        (
            "filter",
            "a dict of key to value; a value may be a list (any of them) or an "
            "(operator, value) pair such as ('like', 'ab') or ('>=', 5). "
            f"Keys: {_words(hub.filter)}.{required}",
        ),
        (
            "sort",
            "{'by': key, 'order': 'ascending' or 'descending'}, or a list of them. "
            f"Keys: {_words(hub.sort)}.",
        ),
        ("page", "{'limit': 1 to 50, 'offset': 0 or more}; by default the first 50."),
        _fields_item(spec),
        _meta_item(),
    ]
    return _compose(
        _fill(f"Find {spec.plural}: GET {_where(spec)}."),
        _fill(spec.description),
        _fill(_included(spec)),
        _section("Args", args),
        _list_returns(spec),
        _raises(spec.model),
    )


def _param_text(param: ParamSpec, spec: ResourceSpec, registry: Registry, update: bool) -> str:
    parts = [_type_phrase(param.type, registry, param.ref)]
    if param.name != param.field:
        parts.append(f"sent as {param.field!r}")
    if update and param.field in spec.hub.update_ignores:
        parts.append("the Hub ignores it on update")
    if not update:
        parts.append("required" if param.required else f"default {param.default!r}")
    return "; ".join(parts) + "."


def _create_doc(spec: ResourceSpec, registry: Registry) -> str:
    args = [(p.name, _param_text(p, spec, registry, update=False)) for p in spec.create]
    return _compose(
        _fill(f"Create a {spec.model}: POST {_where(spec)}."),
        _fill(spec.description),
        _section("Args", args),
        _fill("Only the arguments given, and not None, are sent; the Hub fills in the rest."),
        _section("Returns", [(spec.model, f"the created {spec.model}, as the Hub answers.")]),
        _raises(spec.model),
    )


def _update_doc(spec: ResourceSpec, registry: Registry) -> str:
    args = [_id_item(spec, "to update")]
    args += [(p.name, _param_text(p, spec, registry, update=True)) for p in spec.update]
    return _compose(
        _fill(f"Update a {spec.model}: POST {_where(spec, single=True)}."),
        _fill(spec.description),
        _section("Args", args),
        _fill(
            "Arguments left UNSET are not sent, so the Hub keeps their values; None is sent "
            "as null."
        ),
        _section("Returns", [(spec.model, f"the updated {spec.model}, as the Hub answers.")]),
        _raises(spec.model),
    )


def _delete_doc(spec: ResourceSpec, registry: Registry) -> str:
    return _compose(
        _fill(f"Delete a {spec.model}: DELETE {_where(spec, single=True)}."),
        _fill(spec.description),
        _section("Args", [_id_item(spec, "to delete")]),
        _section("Returns", [("None", "the Hub deleted it.")]),
        _raises(spec.model, f", such as 404 when there is no {spec.model} with that id"),
    )


# --------------------------------------------------------------------------------------------
# Actions.


def _action_param_text(param: ActionParamSpec, registry: Registry) -> str:
    parts = [_type_phrase(param.type, registry, param.ref)]
    if param.location == "path":
        parts.append(f"the {{{param.field}}} of the path")
    elif param.location == "body":
        parts.append(f"sent in the body as {param.field!r}")
    elif param.location == "filter":
        parts.append(f"sent as filter[{param.field}]")
    else:
        parts.append(f"sent as the query parameter {param.field!r}")
    if not param.required:
        parts.append(f"default {param.default!r}")
    return "; ".join(parts) + "."


def action_doc(spec: ActionSpec, registry: Registry) -> str:
    """The docstring of the action ``spec`` (a command, an upload or a stream)."""
    args = [
        (param.name, _action_param_text(param, registry))
        for param in spec.params
        if param.const is msgspec.UNSET
    ]
    where = f"{spec.method} /{spec.path} ({spec.client} API)"
    if spec.kind == "upload":
        how = f"{where}, as multipart/form-data with one part per file."
        args.append(
            (
                "*upload_file",
                "one UploadFile dict per file: file_name (its directories are kept as the "
                "file's path), content (bytes, str or a binary file object) and optionally "
                "content_type (application/octet-stream by default).",
            )
        )
        returns = (f"list[{spec.returns}]", "the stored files, one per uploaded file.")
        raises = _raises(spec.returns)
    elif spec.kind == "stream":
        how = f"{where}, streamed: the request is sent when the method is called."
        args.append(("chunk_size", "the largest chunk, in bytes; default 1024."))
        returns = (
            "ResponseStream",
            "an iterator of byte chunks that closes the connection when exhausted, closed, or "
            "left as a context manager.",
        )
        raises = _section(
            "Raises",
            [
                (
                    "HubAPIError",
                    "the Hub answered with an error status; raised by this call, never "
                    "among the chunks.",
                ),
                ("TypeError, ValueError", _BAD_ARGUMENTS),
            ],
        )
    else:
        how = f"{where}; the Hub answers {spec.status}."
        returns = (
            (spec.returns, f"the {spec.returns}, as the Hub answers.")
            if spec.returns
            else ("None", "the Hub answers with an empty body.")
        )
        raises = _raises(spec.returns)
    return _compose(
        _fill(spec.description),
        _fill(how),
        _section("Args", args) if args else "",
        _section("Returns", [returns]),
        raises,
    )
