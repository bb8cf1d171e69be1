"""Query building: what goes on the wire for filter, sort, page, fields and include."""

from __future__ import annotations

import uuid
from urllib.parse import parse_qsl

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flamehub.query import QueryBuilder, encode_filter_value
from flamehub.registry import default_registry
from flamehub.types import FilterOperator

NODES = QueryBuilder(default_registry().resources["node"])
ROBOTS = QueryBuilder(default_registry().resources["robot"])
SOME_ID = uuid.UUID("2f8fc7df-d5ff-484c-bfed-76b8f3c43afd")


def pairs(query: str) -> list[tuple[str, str]]:
    return parse_qsl(query, keep_blank_values=True)


@pytest.mark.parametrize(
    ("value", "wire"),
    [
        ("my-node", "my-node"),
        ("~my-node", "~my-node"),
        ((FilterOperator.like, "my-node"), "~my-node"),
        (("like", "my-node"), "~my-node"),
        (("~", "my-node"), "~my-node"),
        ((FilterOperator.eq, "x"), "x"),
        ((FilterOperator.neq, "x"), "!x"),
        ((FilterOperator.lt, 5), "<5"),
        ((FilterOperator.le, 5), "<=5"),
        ((FilterOperator.gt, 5), ">5"),
        ((FilterOperator.ge, 5), ">=5"),
        (True, "true"),
        (False, "false"),
        (None, "null"),
        (SOME_ID, str(SOME_ID)),
        (["a", "b", None], "a,b,null"),
        ((FilterOperator.neq, ["a", None]), "!a,null"),
        ((FilterOperator.neq, None), "!null"),
    ],
)
def test_filter_values_use_the_hub_filter_syntax(value, wire):
    assert encode_filter_value(value, "find_nodes(): filter name") == wire


def test_unknown_filter_operator_is_rejected_with_the_allowed_ones():
    with pytest.raises(ValueError, match=r"unknown filter operator 'contains'.*like \('~'\)"):
        encode_filter_value(("contains", "x"), "find_nodes(): filter name")


def test_default_find_sends_includes_and_the_first_page():
    assert pairs(NODES.find_query("find_nodes")) == [
        ("include", "registry,registry_project"),
        ("page[limit]", "50"),
        ("page[offset]", "0"),
    ]


def test_fields_plus_is_percent_encoded_so_the_hub_does_not_read_a_space():
    query = ROBOTS.find_query("find_robots", fields="secret")
    assert "fields=%2Bsecret" in query
    assert ("fields", "+secret") in pairs(query)


def test_sort_page_and_filter_together():
    query = NODES.find_query(
        "find_nodes",
        filter={"name": "~my", "hidden": False},
        sort=[{"by": "name"}, {"by": "created_at", "order": "descending"}],
        page={"limit": 10, "offset": 20},
    )
    assert pairs(query) == [
        ("include", "registry,registry_project"),
        ("filter[name]", "~my"),
        ("filter[hidden]", "false"),
        ("sort", "name,-created_at"),
        ("page[limit]", "10"),
        ("page[offset]", "20"),
    ]


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"filter": {"colour": "red"}}, ValueError, r"filter nodes by 'colour'.*filterable:"),
        ({"sort": {"by": "colour"}}, ValueError, r"cannot sort nodes by 'colour'; sortable: "),
        ({"sort": {"by": "name", "order": "up"}}, ValueError, "'ascending' or 'descending'"),
        ({"page": {"limit": 51}}, ValueError, "between 1 and 50"),
        ({"page": {"limit": 0}}, ValueError, "between 1 and 50"),
        ({"page": {"offset": -1}}, ValueError, "offset must be 0 or more"),
        ({"page": {"limit": "10"}}, TypeError, "limit must be an int"),
        ({"page": {"size": 10}}, ValueError, "page takes the keys 'limit' and 'offset'"),
        ({"fields": "colour"}, ValueError, "'colour' is not an optional field of Node"),
        ({"filter": ["name"]}, TypeError, "filter must be a dict"),
    ],
)
def test_bad_query_arguments_name_the_method_and_what_is_allowed(kwargs, error, message):
    with pytest.raises(error, match=message) as caught:
        NODES.find_query("find_nodes", **kwargs)
    assert "find_nodes()" in str(caught.value)


def test_filter_error_lists_the_allowed_keys():
    with pytest.raises(ValueError) as caught:
        NODES.find_query("find_nodes", filter={"colour": "red"})
    for key in default_registry().resources["node"].hub.filter:
        assert key in str(caught.value)


safe_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters=","), min_size=1
)


@given(name=safe_text, limit=st.integers(1, 50), offset=st.integers(0, 10**6))
def test_any_filter_text_round_trips_through_the_query_string(name, limit, offset):
    query = NODES.find_query(
        "find_nodes", filter={"name": name}, page={"limit": limit, "offset": offset}
    )
    decoded = dict(pairs(query))
    assert decoded["filter[name]"] == name
    assert decoded["page[limit]"] == str(limit)
    assert decoded["page[offset]"] == str(offset)
    assert "+" not in query  # a raw plus would arrive as a space


@given(st.one_of(st.integers(), st.floats(allow_nan=False), st.booleans(), st.uuids()))
def test_scalar_filter_values_encode_to_their_text(value):
    wire = encode_filter_value(value, "w")
    if isinstance(value, bool):
        assert wire == str(value).lower()
    else:
        assert wire == str(value)


@pytest.mark.parametrize(
    ("value", "error", "message"),
    [
        ((FilterOperator.like, "a,b"), ValueError, "cannot match 'a,b' exactly"),
        ((FilterOperator.eq, "~tilde"), ValueError, "leading !, ~, < or > is read as an operator"),
        ((FilterOperator.like, None), ValueError, "None goes only with eq or neq, not like"),
        ((FilterOperator.lt, [1, 2]), ValueError, "a list goes only with eq or neq, not lt"),
        (["a", "b,c"], ValueError, "cannot match 'b,c' exactly"),
        (("eq", "a", "b"), TypeError, "use a list for several values"),
        ([], ValueError, "an empty list matches nothing"),
    ],
)
def test_filter_operands_the_hub_would_misread_are_refused(value, error, message):
    with pytest.raises(error, match=message):
        encode_filter_value(value, "find_nodes(): filter name")


def test_plain_strings_are_the_hub_syntax_and_pass_as_they_are():
    assert encode_filter_value("!a,b", "w") == "!a,b"


def test_a_comma_with_eq_or_neq_is_the_hubs_any_of_and_none_of():
    assert encode_filter_value((FilterOperator.eq, "a,b"), "w") == "a,b"
    assert encode_filter_value((FilterOperator.neq, "a,b"), "w") == "!a,b"
