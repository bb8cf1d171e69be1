"""The query language: the parser and evaluator (unit), then the wire edge cases over HTTP."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flamehub.testing import HubEmulator
from flamehub.testing.query import (
    filter_rows,
    matches,
    parse_filter_value,
    parse_query,
    select_fields,
    sort_rows,
)

from .conftest import HubSession, login

# --------------------------------------------------------------------------------------------
# Parser and evaluator


@pytest.mark.parametrize(
    ("raw", "operator", "texts"),
    [
        ("abc", "eq", ["abc"]),
        ("!abc", "ne", ["abc"]),
        ("~ab", "like", ["ab"]),
        ("!~ab", "not_like", ["ab"]),
        ("<5", "lt", ["5"]),
        ("<=5", "le", ["5"]),
        (">5", "gt", ["5"]),
        (">=5", "ge", ["5"]),
        ("!>5", "gt", ["5"]),  # `!` is ignored for comparisons
        ("a,b", "in", ["a", "b"]),
        ("!a,b", "not_in", ["a", "b"]),
        (" a , b ", "in", ["a", "b"]),
        ("null", "eq", ["null"]),
        ("!null", "ne", ["null"]),
    ],
)
def test_filter_operators(raw: str, operator: str, texts: list[str]) -> None:
    condition = parse_filter_value("k", raw)
    assert condition is not None
    assert condition.operator == operator
    assert [operand.text for operand in condition.values] == texts


def test_empty_filter_values_are_dropped() -> None:
    assert parse_filter_value("k", "") is None
    assert parse_filter_value("k", "  ") is None
    assert parse_filter_value("k", "~") is None
    assert parse_filter_value("k", ",") is None


def row_matches(raw: str, value: Any) -> bool:
    condition = parse_filter_value("k", raw)
    assert condition is not None
    return matches(condition, value)


def test_sql_semantics_of_null() -> None:
    assert row_matches("null", None) and not row_matches("null", "x")
    assert row_matches("NULL", None)
    assert row_matches("!null", "x") and not row_matches("!null", None)
    assert not row_matches("!x", None)  # NULL != 'x' is unknown
    assert row_matches("a,null", None) and row_matches("a,null", "a")
    assert not row_matches("a,null", "b")
    assert not row_matches("!a,b", None)
    assert not row_matches("!a,null", None) and row_matches("!a,null", "c")
    assert not row_matches("~a", None) and not row_matches("!~a", None)


def test_like_is_a_case_insensitive_prefix_with_sql_wildcards() -> None:
    assert row_matches("~Smp", "smp-node-1")
    assert not row_matches("~node", "smp-node-1")
    assert row_matches("~s_p", "smp")
    assert row_matches("~s%1", "smp-node-1")
    assert row_matches("!~x", "smp")


def test_typed_comparisons() -> None:
    assert row_matches("true", True) and row_matches("false", False)
    assert row_matches("1", True)  # MySQL stores booleans as tinyint
    assert row_matches("3", 3) and row_matches(">2", 3) and not row_matches("<=2", 3)
    assert row_matches("007", "007")  # text compared as text against a string column
    assert row_matches(">2025-01-01", "2025-07-24T09:12:33.123Z")
    assert row_matches("ABC", "abc")  # case-insensitive collation


def test_parse_query_groups_qs_keys() -> None:
    query, paged = parse_query(
        [
            ("filter[name]", "a"),
            ("filter[node][name]", "n"),
            ("filter[id][]", "x"),
            ("filter[id][]", "y"),
            ("sort", "-name,created_at"),
            ("fields", "+email"),
            ("include", "realm, user"),
        ]
    )
    assert not paged and query.page is None
    by_key = {c.key: c for c in query.filters}
    assert by_key["node.name"].operator == "eq"
    assert by_key["id"].operator == "in"
    assert query.sort == [("name", True), ("created_at", False)]
    assert query.include == ["realm", "user"]


@pytest.mark.parametrize(
    ("pairs", "limit", "offset"),
    [
        ([("page[limit]", "10")], 10, 0),
        ([("page[limit]", "500")], 50, 0),
        ([("page[limit]", "0")], 50, 0),
        ([("page[limit]", "-3")], 50, 0),
        ([("page[limit]", "many")], 50, 0),
        ([("page[offset]", "5")], 50, 5),
        ([("page[offset]", "-5")], 50, 0),
    ],
)
def test_page_is_clamped(pairs: list[tuple[str, str]], limit: int, offset: int) -> None:
    query, paged = parse_query(pairs)
    assert paged
    assert query.page is not None
    assert (query.page.limit, query.page.offset) == (limit, offset)


def test_fields_selection() -> None:
    defaults, allowed = ["id", "name", "realm_id"], ["id", "name", "realm_id", "email"]
    assert select_fields(["+email"], defaults, allowed) == allowed
    assert select_fields(["name"], defaults, allowed) == ["name"]
    assert select_fields(["-realm_id"], defaults, allowed) == ["id", "name"]
    assert select_fields([" email"], defaults, allowed) == defaults  # a decoded raw `+`
    assert select_fields(["+nope"], defaults, allowed) == defaults


def test_sort_puts_nulls_first_ascending() -> None:
    rows = [{"v": "b"}, {"v": None}, {"v": "A"}]
    ascending = sort_rows(rows, [("v", False)], lambda row, key: row[key])
    assert [r["v"] for r in ascending] == [None, "A", "b"]
    descending = sort_rows(rows, [("v", True)], lambda row, key: row[key])
    assert [r["v"] for r in descending] == ["b", "A", None]


@given(
    st.lists(
        st.fixed_dictionaries({"a": st.integers(0, 3), "b": st.sampled_from(["x", "y", None])}),
        max_size=12,
    )
)
def test_sort_by_several_keys_orders_lexicographically(rows: list[dict[str, Any]]) -> None:
    ordered = sort_rows(rows, [("a", False), ("b", True)], lambda row, key: row[key])
    keys = [(r["a"], r["b"] is not None, r["b"] or "") for r in ordered]
    for left, right in zip(keys, keys[1:], strict=False):
        assert left[0] <= right[0]
        if left[0] == right[0]:
            assert (left[1], left[2]) >= (right[1], right[2])


@given(st.lists(st.sampled_from(["a", "b", "c", None]), max_size=10), st.booleans())
def test_in_and_not_in_partition_the_non_null_rows(values: list[Any], negate: bool) -> None:
    rows = [{"k": value} for value in values]
    inside = filter_rows(rows, [parse_filter_value("k", "a,b")], lambda r, k: r[k])
    outside = filter_rows(rows, [parse_filter_value("k", "!a,b")], lambda r, k: r[k])
    assert len(inside) + len(outside) == sum(value is not None for value in values)


# --------------------------------------------------------------------------------------------
# Over HTTP


@pytest.fixture(scope="module")
def populated(hub: HubEmulator) -> HubSession:
    session = login(hub)
    for index in range(60):
        hidden = index % 2 == 0
        response = session.post(
            "core/nodes", json={"name": f"q-node-{index:02d}", "hidden": hidden}
        )
        assert response.status_code == 201
    return session


def names(response: Any) -> list[str]:
    assert response.status_code == 200, response.text
    return [row["name"] for row in response.json()["data"]]


def test_page_limit_is_capped_at_50(populated: HubSession) -> None:
    body = populated.get("core/nodes", params={"page[limit]": 500}).json()
    assert len(body["data"]) == 50
    assert body["meta"] == {"total": 60, "limit": 50, "offset": 0}
    rest = populated.get("core/nodes", params={"page[limit]": 50, "page[offset]": 50}).json()
    assert len(rest["data"]) == 10


def test_filter_operators_over_http(populated: HubSession) -> None:
    assert len(names(populated.get("core/nodes", params={"filter[name]": "~q-node-1"}))) == 10
    listed = names(populated.get("core/nodes", params={"filter[name]": "q-node-03,q-node-07"}))
    assert sorted(listed) == ["q-node-03", "q-node-07"]
    negated = populated.get("core/nodes", params={"filter[name]": "!q-node-00"}).json()
    assert negated["meta"]["total"] == 59
    hidden = populated.get("core/nodes", params={"filter[hidden]": "true"}).json()
    assert hidden["meta"]["total"] == 30
    both = populated.get(
        "core/nodes", params={"filter[hidden]": "false", "filter[name]": "~q-node-0"}
    ).json()
    assert both["meta"]["total"] == 5
    with_null = populated.get("core/nodes", params={"filter[registry_id]": "null"}).json()
    assert with_null["meta"]["total"] == 60


def test_comma_lists_with_null(populated: HubSession) -> None:
    node = populated.get("core/nodes", params={"filter[name]": "q-node-05"}).json()["data"][0]
    either = populated.get(
        "core/nodes", params={"filter[robot_id]": f"{node['robot_id']},null"}
    ).json()
    assert either["meta"]["total"] == 1
    neither = populated.get(
        "core/nodes", params={"filter[robot_id]": f"!{node['robot_id']},null"}
    ).json()
    assert neither["meta"]["total"] == 59


def test_unknown_keys_are_dropped(populated: HubSession) -> None:
    unfiltered = populated.get("core/nodes", params={"filter[colour]": "red"}).json()
    assert unfiltered["meta"]["total"] == 60
    # external_name is a column of nodes but not a filter key the Hub allows.
    not_allowed = populated.get("core/nodes", params={"filter[external_name]": "x"}).json()
    assert not_allowed["meta"]["total"] == 60
    unknown_sort = populated.get("core/nodes", params={"sort": "colour", "page[limit]": 3})
    assert unknown_sort.status_code == 200
    unknown_include = populated.get("core/nodes", params={"include": "colour", "page[limit]": 1})
    assert "colour" not in unknown_include.json()["data"][0]
    bad_page = populated.get("core/nodes", params={"page[limit]": "lots"}).json()
    assert bad_page["meta"]["limit"] == 50


def test_sort_by_several_keys_over_http(populated: HubSession) -> None:
    rows = populated.get("core/nodes", params={"sort": "-hidden,name", "page[limit]": 50}).json()[
        "data"
    ]
    # hidden is no sort key of nodes: dropped; name ascending remains.
    assert [r["name"] for r in rows] == sorted(r["name"] for r in rows)
    descending = names(populated.get("core/nodes", params={"sort": "-name", "page[limit]": 3}))
    assert descending == ["q-node-59", "q-node-58", "q-node-57"]


def test_plus_must_be_percent_encoded(populated: HubSession, hub: HubEmulator) -> None:
    robot = hub.robot_credentials.id
    encoded = populated.get(f"auth/robots/{robot}?fields={quote('+secret')}").json()
    assert "secret" in encoded
    raw = populated.get(f"auth/robots/{robot}?fields=+secret").json()
    assert "secret" not in raw and raw["name"] == "system"


def test_nested_filters_and_sorts_need_the_include(session_with_projects: HubSession) -> None:
    session = session_with_projects
    without = session.get("core/project-nodes", params={"filter[node.name]": "pn-node-1"}).json()
    assert without["meta"]["total"] == 3
    joined = session.get(
        "core/project-nodes", params={"filter[node.name]": "pn-node-1", "include": "node"}
    ).json()
    assert joined["meta"]["total"] == 1
    assert joined["data"][0]["node"]["name"] == "pn-node-1"
    ordered = session.get(
        "core/project-nodes", params={"include": "node", "sort": "-node.name"}
    ).json()["data"]
    assert [row["node"]["name"] for row in ordered] == ["pn-node-2", "pn-node-1", "pn-node-0"]


@pytest.fixture
def session_with_projects(hub_emulator: HubEmulator) -> HubSession:
    session = login(hub_emulator)
    project = session.post("core/projects", json={"name": "pn-project"}).json()
    for index in range(3):
        node = session.post("core/nodes", json={"name": f"pn-node-{index}"}).json()
        session.post(
            "core/project-nodes", json={"project_id": project["id"], "node_id": node["id"]}
        )
    return session
