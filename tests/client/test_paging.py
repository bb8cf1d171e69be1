"""iterate_all: every matching item, page by page, in the order of one sort."""

from __future__ import annotations

import pytest

from flamehub import iterate_all


def test_every_item_comes_once_across_pages(core, unique):
    names = [f"walk-{unique}-{index:03d}" for index in range(57)]
    for name in names:
        core.create_node(name)
    mine = {"name": f"~walk-{unique}-"}
    walked = list(iterate_all(core.find_nodes, filter=mine, sort={"by": "name"}, page_size=10))
    assert [node.name for node in walked] == names
    assert len(list(iterate_all(core.find_nodes, filter=mine))) == 57  # pages of 50


def test_pages_are_fetched_as_they_are_consumed(core, hub, unique):
    for index in range(4):
        core.create_node(f"lazy-{unique}-{index}")
    before = len(hub.requests)
    walker = iterate_all(core.find_nodes, filter={"name": f"~lazy-{unique}-"}, page_size=2)
    assert len(hub.requests) == before  # nothing sent yet
    next(walker)
    assert len(hub.requests) == before + 1


def test_log_endpoints_that_ignore_offset_end_after_one_page(core, unique):
    project = core.create_project(f"logs-project-{unique}")
    node = core.create_node(f"logs-node-{unique}")
    core.create_project_node(project, node)
    analysis = core.create_analysis(project)
    for index in range(3):
        core.create_analysis_node_log(analysis, node, "info", "running", message=f"line {index}")
    lines = list(
        iterate_all(
            core.find_analysis_node_logs,
            filter={"analysis_id": analysis.id, "node_id": node.id},
            page_size=2,
        )
    )
    assert len({line.message for line in lines}) == len(lines) >= 2


@pytest.mark.parametrize(
    ("arguments", "error", "message"),
    [
        ({"page": {"limit": 5}}, TypeError, "give page_size instead"),
        ({"meta": True}, TypeError, "sets page and meta itself"),
        ({"page_size": 51}, ValueError, "between 1 and 50"),
        ({"page_size": "10"}, TypeError, "must be an int"),
    ],
)
def test_bad_arguments_are_refused(core, arguments, error, message):
    with pytest.raises(error, match=message):
        next(iterate_all(core.find_nodes, **arguments))
