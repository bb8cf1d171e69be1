"""Run-time introspection agrees with the stubs, and reads like written code.

"The signature equals the stub's" is meant literally: the stub's ``def`` is turned into an
``inspect.Signature`` (its annotations and defaults evaluated with the stub's own imports) and
compared with ``==`` to ``inspect.signature`` of the synthesized method. The list methods
(find_Xs, get_Xs) are overloaded in the stub on ``meta``; their run-time signature is the last,
catch-all overload (``meta: bool = False`` returning the list or the pair), whose return type is
the union of the others' and whose parameters they share. Docstrings are compared the same way:
the method's ``__doc__`` is the stub's docstring, word for word.
"""

from __future__ import annotations

import ast
import functools
import inspect
import operator
import pydoc
import typing
import uuid
from pathlib import Path
from typing import Any

import msgspec
import pytest

import flamehub
from flamehub import AuthClient, CoreClient, StorageClient
from flamehub.clients import BaseClient
from flamehub.registry import default_registry

REPO = Path(__file__).resolve().parent.parent
CLIENTS: list[type[BaseClient]] = [AuthClient, CoreClient, StorageClient]
REGISTRY = default_registry()


class Stub:
    """One parsed .pyi file: its classes, and a namespace to evaluate its annotations in.

    The namespace is made by running the stub's imports; the names the stub defines itself
    stand for the objects of the same name in ``module``, the module it describes.
    """

    def __init__(self, path: Path, module: Any) -> None:
        self.path = path
        tree = ast.parse(path.read_text(encoding="utf-8"))
        self.namespace: dict[str, Any] = {}
        imports = [node for node in tree.body if isinstance(node, (ast.Import, ast.ImportFrom))]
        exec(compile(ast.Module(body=imports, type_ignores=[]), str(path), "exec"), self.namespace)
        self.classes = {node.name: node for node in tree.body if isinstance(node, ast.ClassDef)}
        self.namespace.update({name: getattr(module, name) for name in self.classes})
        self.aliases = {
            node.target.id: node.value
            for node in tree.body
            if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value
        }

    def eval(self, node: ast.expr) -> Any:
        expression = ast.Expression(body=node)
        return eval(compile(expression, str(self.path), "eval"), dict(self.namespace))

    def functions(self, class_name: str) -> dict[str, list[ast.FunctionDef]]:
        """The class's functions by name; an overloaded one has several definitions."""
        found: dict[str, list[ast.FunctionDef]] = {}
        for node in self.classes[class_name].body:
            if isinstance(node, ast.FunctionDef):
                found.setdefault(node.name, []).append(node)
        return found

    def signature(self, func: ast.FunctionDef) -> inspect.Signature:
        P = inspect.Parameter
        arguments = func.args
        params = []

        def add(arg: ast.arg, kind: Any, default: ast.expr | None = None) -> None:
            assert not (isinstance(default, ast.Constant) and default.value is Ellipsis), (
                f"{func.name}: a synthesized method's stub spells out its defaults"
            )
            params.append(
                P(
                    arg.arg,
                    kind,
                    default=P.empty if default is None else self.eval(default),
                    annotation=P.empty if arg.annotation is None else self.eval(arg.annotation),
                )
            )

        positional = arguments.posonlyargs + arguments.args
        defaults = [None] * (len(positional) - len(arguments.defaults)) + arguments.defaults
        for index, (arg, default) in enumerate(zip(positional, defaults, strict=True)):
            only = index < len(arguments.posonlyargs)
            add(arg, P.POSITIONAL_ONLY if only else P.POSITIONAL_OR_KEYWORD, default)
        if arguments.vararg:
            add(arguments.vararg, P.VAR_POSITIONAL)
        for arg, default in zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True):
            add(arg, P.KEYWORD_ONLY, default)
        if arguments.kwarg:
            add(arguments.kwarg, P.VAR_KEYWORD)
        returns = P.empty if func.returns is None else self.eval(func.returns)
        return inspect.Signature(params, return_annotation=returns)


CLIENT_STUB = Stub(REPO / "flamehub" / "clients.pyi", flamehub.clients)
MODEL_STUB = Stub(REPO / "flamehub" / "models.pyi", flamehub.models)
TYPE_STUB = Stub(REPO / "flamehub" / "types.pyi", flamehub.types)

SYNTHESIZED = [(cls, name) for cls in CLIENTS for name in cls.synthesized_methods]
IDS = [f"{cls.__name__}.{name}" for cls, name in SYNTHESIZED]


def _spec_of(cls: type[BaseClient], name: str) -> tuple[Any, str]:
    """(the ResourceSpec or ActionSpec behind a method, its kind)."""
    for spec in REGISTRY.for_client(cls.service):
        for kind, method in spec.method_names().items():
            if method == name:
                return spec, kind
    return REGISTRY.actions[name], "action"


# --------------------------------------------------------------------------------------------
# Names.


@pytest.mark.parametrize("cls", CLIENTS, ids=lambda cls: cls.__name__)
def test_the_stub_declares_exactly_the_synthesized_methods(cls):
    assert set(CLIENT_STUB.functions(cls.__name__)) == set(cls.synthesized_methods)


@pytest.mark.parametrize(("cls", "name"), SYNTHESIZED, ids=IDS)
def test_method_has_real_names(cls, name):
    func = getattr(cls, name)
    assert func.__name__ == name
    assert func.__qualname__ == f"{cls.__name__}.{name}"
    assert func.__module__ == "flamehub.clients"
    # Python's own messages and tracebacks take the name from the code object.
    assert func.__code__.co_name == name


# --------------------------------------------------------------------------------------------
# Signatures.


@pytest.mark.parametrize(("cls", "name"), SYNTHESIZED, ids=IDS)
def test_signature_equals_the_stubs(cls, name):
    definitions = CLIENT_STUB.functions(cls.__name__)[name]
    stub = CLIENT_STUB.signature(definitions[-1])
    assert inspect.signature(getattr(cls, name)) == stub


@pytest.mark.parametrize(
    ("cls", "name"),
    [(cls, name) for cls, name in SYNTHESIZED if _spec_of(cls, name)[1] in ("find", "get_all")],
)
def test_list_overloads_narrow_the_catch_all(cls, name):
    *narrow, catch_all = [
        CLIENT_STUB.signature(node) for node in CLIENT_STUB.functions(cls.__name__)[name]
    ]
    assert len(narrow) == 2
    for signature in narrow:
        assert [(p.name, p.kind) for p in signature.parameters.values()] == [
            (p.name, p.kind) for p in catch_all.parameters.values()
        ]
    returns = [signature.return_annotation for signature in narrow]
    assert functools.reduce(operator.or_, returns) == catch_all.return_annotation
    model = _spec_of(cls, name)[0].model
    assert returns[0] == list[getattr(flamehub.models, model)]
    assert (
        returns[1] == tuple[list[getattr(flamehub.models, model)], flamehub.models.ResourceListMeta]
    )


def test_ids_take_a_str_a_uuid_or_the_model():
    id_type = inspect.signature(CoreClient.update_node).parameters["node_id"].annotation
    assert id_type == str | uuid.UUID | flamehub.models.Node
    assert inspect.signature(CoreClient.get_node).return_annotation == flamehub.models.Node | None


def test_update_parameters_are_unset_by_default():
    for cls, name in SYNTHESIZED:
        if name.startswith("update_"):
            for param in list(inspect.signature(getattr(cls, name)).parameters.values())[2:]:
                assert param.default is msgspec.UNSET, f"{name}({param.name})"
                assert msgspec.UnsetType in param.annotation.__args__, f"{name}({param.name})"


# --------------------------------------------------------------------------------------------
# Docstrings.


@pytest.mark.parametrize(("cls", "name"), SYNTHESIZED, ids=IDS)
def test_docstring_is_the_stubs(cls, name):
    documented = [n for n in CLIENT_STUB.functions(cls.__name__)[name] if ast.get_docstring(n)]
    assert documented, f"{name} has no docstring in the stub"
    assert getattr(cls, name).__doc__ == ast.get_docstring(documented[0])


@pytest.mark.parametrize(("cls", "name"), SYNTHESIZED, ids=IDS)
def test_docstring_is_written_from_the_registry(cls, name):
    doc = getattr(cls, name).__doc__
    flat = " ".join(doc.split())  # the text without its line breaks
    spec, kind = _spec_of(cls, name)
    # Where it goes and what comes back and what can go wrong, in every docstring.
    assert f"/{spec.path}" in doc
    assert f"({cls.service} API)" in doc
    assert "\nReturns:\n" in doc
    assert "\nRaises:\n    HubAPIError: " in doc
    assert max(len(line) for line in doc.splitlines()) <= 88
    if kind == "action":
        for param in spec.params:
            if param.const is msgspec.UNSET:
                assert f"\n    {param.name}: " in doc
        return
    verb = {"create": "POST", "update": "POST", "delete": "DELETE"}.get(kind, "GET")
    assert f"{verb} /{spec.path}" in flat
    accepted = {"create": spec.create, "update": spec.update}.get(kind, ())
    for param in accepted:
        assert f"\n    {param.name}: " in doc
        if param.name != param.field:
            assert f"sent as {param.field!r}" in flat
    if kind == "find":
        assert all(key in flat for key in (*spec.hub.filter, *spec.hub.sort))
    if kind in ("find", "get_all") or (kind == "get" and spec.hub.single_includes):
        for relation, model in spec.includes.items():
            assert f"{relation} ({model})" in flat


def test_help_reads_like_a_written_method():
    text = pydoc.render_doc(CoreClient.create_node, renderer=pydoc.plaintext)
    assert "create_node(self, name: str, realm_id: str | uuid.UUID | flamehub.models.Realm" in text
    assert "node_type: Literal['aggregator', 'default'] = 'default'" in text
    assert "-> flamehub.models.Node" in text
    assert "Create a Node: POST /nodes (core API)." in text
    assert "node_type: one of 'aggregator', 'default'; sent as 'type'; default 'default'." in text


# --------------------------------------------------------------------------------------------
# Models and types.

# ResourceList is a written generic (its field type is a TypeVar), not a model of the registry.
MODEL_CLASSES = [
    name
    for name, node in MODEL_STUB.classes.items()
    if any(isinstance(base, ast.Name) and base.id == "HubModel" for base in node.bases)
    and name != "ResourceList"
]


def _stub_fields(class_name: str) -> list[tuple[str, Any, Any]]:
    fields = []
    for node in MODEL_STUB.classes[class_name].body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            default = msgspec.NODEFAULT if node.value is None else MODEL_STUB.eval(node.value)
            fields.append((node.target.id, MODEL_STUB.eval(node.annotation), default))
    return fields


BUILT = flamehub.models.default_models().classes
STRUCTS = list(REGISTRY.structs)  # embedded values: TypedDicts, not HubModels


def test_every_model_is_in_the_stub():
    assert set(BUILT) - set(STRUCTS) <= set(MODEL_CLASSES)


@pytest.mark.parametrize("name", STRUCTS)
def test_struct_keys_equal_the_stubs(name):
    typed_dict = getattr(flamehub.models, name)
    stub = MODEL_STUB.classes[name]
    assert [base.id for base in stub.bases if isinstance(base, ast.Name)] == ["TypedDict"]
    annotations = typing.get_type_hints(typed_dict)
    stub_keys = _stub_fields(name)
    assert [key for key, _, _ in stub_keys] == list(annotations)
    for key, annotation, _ in stub_keys:
        assert annotation == typed_dict.__annotations__[key]
    assert typed_dict.__doc__ == ast.get_docstring(stub)


@pytest.mark.parametrize("name", MODEL_CLASSES)
def test_model_fields_equal_the_stubs(name):
    cls = getattr(flamehub.models, name)
    fields = [(f.name, f.type, f.default) for f in msgspec.structs.fields(cls)]
    assert fields == _stub_fields(name)
    if name in BUILT:  # the models generated from the registry, not HubModel's own
        assert cls.__doc__ == ast.get_docstring(MODEL_STUB.classes[name])


@pytest.mark.parametrize("name", list(REGISTRY.enums))
def test_enum_literals_equal_the_stubs(name):
    assert getattr(flamehub.types, name) == TYPE_STUB.eval(TYPE_STUB.aliases[name])
    assert getattr(flamehub.models, name) is getattr(flamehub.types, name)


# --------------------------------------------------------------------------------------------
# repr.

NODE_ID = uuid.UUID("9a1a2c5e-1111-4a2b-8c3d-000000000001")


def _robot(**overrides: Any) -> Any:
    values = {
        "id": NODE_ID,
        "name": "ci",
        "realm_id": NODE_ID,
        "active": True,
        "created_at": "2025-01-01T00:00:00Z",
        "updated_at": "2025-01-01T00:00:00Z",
        **overrides,
    }
    return msgspec.convert(values, flamehub.models.Robot)


def test_repr_names_the_model_and_its_fields():
    text = repr(_robot())
    assert text.startswith("Robot(") and text.endswith(")")
    assert f"id={NODE_ID!r}" in text
    assert "name='ci'" in text
    assert str(_robot()) == text


def test_repr_masks_secrets():
    robot = _robot(secret="s3cret-value")
    assert "secret='***'" in repr(robot)
    assert "s3cret" not in repr(robot)
    assert robot.secret == "s3cret-value"
    update = flamehub.models.UpdateRobot(secret="s3cret-value")
    assert repr(update) == "UpdateRobot(secret='***')"
    # An absent secret is shown as it is, so that "no secret" is not mistaken for a hidden one.
    assert "secret=None" in repr(_robot())
