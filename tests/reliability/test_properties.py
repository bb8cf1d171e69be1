"""Property-based tests (Hypothesis): query building for every resource, and decoding of
arbitrary valid and invalid bodies."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any
from urllib.parse import parse_qsl

import msgspec
import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import flamehub
from flamehub.errors import HubAPIError, HubResponseError, excerpt_of
from flamehub.methods import _decode
from flamehub.query import MAX_PAGE_LIMIT, QueryBuilder
from flamehub.registry import default_registry
from flamehub.testing import HubEmulator
from flamehub.types import FilterOperator

from .helpers import RECORDER, core_client

REGISTRY = default_registry()
SPECS = sorted(REGISTRY.resources.values(), key=lambda spec: spec.key)
MODELS = flamehub.CoreClient.models

names = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=12)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=False, allow_infinity=False),
    st.uuids(),
    st.text(max_size=20),
)
operators = st.one_of(
    st.sampled_from(list(FilterOperator)),
    st.sampled_from([op.value for op in FilterOperator] + [op.name for op in FilterOperator]),
    st.text(max_size=3),  # mostly unknown ones
)
filter_values = st.one_of(
    scalars,
    st.lists(scalars, max_size=4),
    st.tuples(operators, st.one_of(scalars, st.lists(scalars, min_size=1, max_size=3))),
)
json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text()),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


# Query building -------------------------------------------------------------------------------


@st.composite
def find_arguments(draw: st.DrawFn) -> tuple[Any, dict[str, Any]]:
    spec = draw(st.sampled_from(SPECS))
    declared_filters = sorted(spec.hub.filter)
    keys = draw(
        st.lists(
            st.one_of(st.sampled_from(declared_filters), names) if declared_filters else names,
            max_size=3,
            unique=True,
        )
    )
    arguments: dict[str, Any] = {}
    if draw(st.booleans()):
        arguments["filter"] = {key: draw(filter_values) for key in keys}
    if draw(st.booleans()):
        by = st.one_of(st.sampled_from(sorted(spec.hub.sort)), names) if spec.hub.sort else names
        arguments["sort"] = draw(
            st.lists(
                st.fixed_dictionaries(
                    {"by": by}, optional={"order": st.sampled_from(["ascending", "descending"])}
                ),
                min_size=1,
                max_size=2,
            )
        )
    if draw(st.booleans()):
        arguments["page"] = draw(
            st.fixed_dictionaries(
                {}, optional={"limit": st.integers(-5, 60), "offset": st.integers(-5, 10**6)}
            )
        )
    if draw(st.booleans()):
        optional = sorted(spec.optional)
        arguments["fields"] = draw(
            st.lists(st.one_of(st.sampled_from(optional), names) if optional else names, max_size=2)
        )
    return spec, arguments


def _expected_problem(spec: Any, arguments: dict[str, Any]) -> bool:
    """Whether a name or a page value is out of bounds (the part easy to predict)."""
    if any(key not in spec.hub.filter for key in arguments.get("filter", {})):
        return True
    if any(item["by"] not in spec.hub.sort for item in arguments.get("sort", ())):
        return True
    page = arguments.get("page", {})
    if not 1 <= page.get("limit", 50) <= MAX_PAGE_LIMIT or page.get("offset", 0) < 0:
        return True
    return any(name not in spec.optional for name in arguments.get("fields", ()))


@settings(max_examples=150, deadline=None)
@given(find_arguments())
def test_a_find_query_is_well_formed_or_refused_naming_the_method(case: Any) -> None:
    spec, arguments = case
    method = f"find_{spec.plural}"
    try:
        query = QueryBuilder(spec).find_query(method, **arguments)
    except (TypeError, ValueError) as exc:
        assert str(exc).startswith(f"{method}(): ")
        return
    assert not _expected_problem(spec, arguments)
    pairs = parse_qsl(query, keep_blank_values=True)
    keys = [key for key, _ in pairs]
    assert len(keys) == len(set(keys))
    allowed = {"include", "sort", "page[limit]", "page[offset]", "fields"}
    allowed |= {f"filter[{key}]" for key in spec.hub.filter}
    assert set(keys) <= allowed
    assert {f"filter[{key}]" for key in arguments.get("filter", {})} <= set(keys)
    values = dict(pairs)
    assert 1 <= int(values["page[limit]"]) <= MAX_PAGE_LIMIT
    assert int(values["page[offset]"]) >= 0
    for key in values.get("sort", "").split(","):
        assert not key or key.lstrip("-") in spec.hub.sort
    for name in values.get("fields", "").split(","):
        assert not name or (name.startswith("+") and name[1:] in spec.optional)


# Text the Hub can match as it is: no comma (a list) and no leading !, ~, < or > (operators).
plain_text = st.text(
    alphabet=st.characters(blacklist_characters=",!~<>", blacklist_categories=("Cs",)),
    max_size=12,
)


@pytest.fixture(scope="module")
def node_client(hub_emulator_module: HubEmulator) -> Iterator[flamehub.CoreClient]:
    with core_client(hub_emulator_module) as client:
        client.create_node(f"prop-{uuid.uuid4().hex[:8]}")
        yield client


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=st.one_of(
        plain_text,
        st.tuples(st.sampled_from(["like", "neq", "eq"]), plain_text.filter(bool)),
    ),
    hidden=st.one_of(st.none(), st.booleans()),
    limit=st.integers(1, MAX_PAGE_LIMIT),
    offset=st.integers(0, 100),
    order=st.sampled_from(["ascending", "descending"]),
)
def test_every_valid_find_is_accepted_by_the_emulator(
    node_client: flamehub.CoreClient, name: Any, hidden: Any, limit: int, offset: int, order: str
) -> None:
    filters: dict[str, Any] = {"name": name}
    if hidden is not None:
        filters["hidden"] = hidden
    nodes, meta = node_client.find_nodes(
        filter=filters,
        sort={"by": "name", "order": order},
        page={"limit": limit, "offset": offset},
        meta=True,
    )
    assert len(nodes) <= limit and meta.limit == limit and meta.offset == offset


# Decoding -------------------------------------------------------------------------------------


def _response(content: bytes, status: int = 200) -> Any:
    return SimpleNamespace(
        content=content,
        status_code=status,
        url="http://hub.test/core/things?filter[name]=private",
        request=SimpleNamespace(method="GET"),
    )


@pytest.fixture(scope="module")
def real_bodies(hub_emulator_module: HubEmulator) -> list[tuple[str, dict[str, Any]]]:
    """One real answer of the emulator for each of a few resources, as JSON objects."""
    hub = hub_emulator_module
    token = requests.post(
        hub.auth_url + "token",
        json={"username": "admin", "password": "start123"},
        timeout=10,
    ).json()["access_token"]
    RECORDER.secret(token)
    headers = {"Authorization": f"Bearer {token}"}
    bodies = []
    for model, url in (
        ("Realm", hub.auth_url + "realms"),
        ("User", hub.auth_url + "users"),
        ("Robot", hub.auth_url + "robots"),
        ("MasterImage", hub.core_url + "master-images"),
        ("MasterImageGroup", hub.core_url + "master-image-groups"),
    ):
        data = requests.get(url, headers=headers, timeout=10).json()["data"]
        bodies.append((model, data[0]))
    return bodies


def _check_decoding(model: str, content: bytes, listing: bool) -> None:
    decoder = MODELS.list_decoder(model) if listing else MODELS.decoder(model)
    try:
        result = _decode(decoder, _response(content), "get_thing", model)
    except HubResponseError as error:
        assert error.status_code == 200
        assert error.url == "http://hub.test/core/things"
        assert f"could not be read as {model}" in str(error)
        assert error.body_excerpt is not None and len(error.body_excerpt) <= 203
        assert error.__cause__ is None and error.__suppress_context__
        return
    if listing:
        assert all(isinstance(item, MODELS.classes[model]) for item in result.data)
    else:
        assert isinstance(result, MODELS.classes[model])


@settings(max_examples=200, deadline=None)
@given(
    model=st.sampled_from(["Realm", "Node", "Project", "Robot", "BucketFile"]),
    content=st.one_of(st.binary(max_size=200), json_values.map(msgspec.json.encode)),
    listing=st.booleans(),
)
def test_arbitrary_bodies_decode_or_raise_a_hub_response_error(
    model: str, content: bytes, listing: bool
) -> None:
    _check_decoding(model, content, listing)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_valid_bodies_and_their_mutations(
    real_bodies: list[tuple[str, dict[str, Any]]], data: st.DataObject
) -> None:
    model, body = data.draw(st.sampled_from(real_bodies))
    body = dict(body)
    _check_decoding(model, msgspec.json.encode(body), listing=False)  # the real one decodes
    decoded = MODELS.decoder(model).decode(msgspec.json.encode(body))
    assert str(decoded.id) == body["id"]
    mutation = data.draw(st.sampled_from(["replace", "delete", "add", "cut"]))
    key = data.draw(st.sampled_from(sorted(body)))
    if mutation == "replace":
        body[key] = data.draw(json_values)
    elif mutation == "delete":
        del body[key]
    elif mutation == "add":
        body["unknown_" + key] = data.draw(json_values)  # unknown keys are ignored
    content = msgspec.json.encode(body)
    if mutation == "cut":
        content = content[: data.draw(st.integers(0, len(content) - 1))]
    envelope = b'{"data": [' + content + b'], "meta": {"total": 1}}'
    _check_decoding(model, content, listing=False)
    _check_decoding(model, envelope, listing=True)
    if mutation == "add":
        MODELS.decoder(model).decode(content)


# Error answers --------------------------------------------------------------------------------

SECRET_KEYS = ["password", "secret", "account_secret", "access_token", "refresh_token"]


@settings(max_examples=200, deadline=None)
@given(
    status=st.integers(100, 599),
    body=st.one_of(
        st.binary(max_size=600),
        json_values.map(msgspec.json.encode),
        st.fixed_dictionaries(
            {"statusCode": st.integers(), "code": st.text(max_size=10)},
            optional={"message": st.text(max_size=40), "extra": json_values},
        ).map(msgspec.json.encode),
    ),
)
def test_any_error_answer_becomes_a_hub_api_error(status: int, body: bytes) -> None:
    error = HubAPIError.from_response(status, body, method="GET", url="http://h/x?secret=1")
    assert error.status_code == status
    assert error.url == "http://h/x"
    assert f"status code {status}" in str(error)
    assert error.error_response is not None
    assert error.body_excerpt is None or len(error.body_excerpt) <= 203
    repr(error.error_response)  # never fails


@settings(max_examples=150, deadline=None)
@given(
    key=st.sampled_from(SECRET_KEYS),
    before=st.dictionaries(names, json_values, max_size=3),
    after=st.dictionaries(names, json_values, max_size=3),
    status=st.sampled_from([200, 201, 400, 409, 500, 502]),
    data=st.data(),
)
def test_secret_values_never_reach_error_texts(
    key: str, before: dict[str, Any], after: dict[str, Any], status: int, data: st.DataObject
) -> None:
    secret = "S3CR3T" + uuid.uuid4().hex
    body = {**before, key: secret, **after}
    content = msgspec.json.encode(body)
    content = content[: data.draw(st.integers(0, len(content)))]  # maybe cut anywhere
    error = HubAPIError.from_response(status, content, method="POST", url="http://h/robots")
    excerpt = excerpt_of(content)
    texts = [str(error), repr(error), repr(error.error_response), excerpt]
    windows = {secret[index : index + 8] for index in range(len(secret) - 7)}
    for text in texts:
        assert not any(window in text for window in windows), text
