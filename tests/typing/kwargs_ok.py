"""FindAllKwargs and GetKwargs: TypedDicts to pass a caller's keywords on with `Unpack`."""

from __future__ import annotations

from typing_extensions import Unpack, assert_type

from flamehub import CoreClient
from flamehub.models import Node, ResourceListMeta
from flamehub.types import FindAllKwargs, GetKwargs


def find_visible_nodes(
    core: CoreClient, **kwargs: Unpack[FindAllKwargs]
) -> list[Node] | tuple[list[Node], ResourceListMeta]:
    # `meta` is a plain bool in the TypedDict, so the call returns either shape.
    return core.find_nodes(**kwargs)


def first_page(
    core: CoreClient, **kwargs: Unpack[GetKwargs]
) -> list[Node] | tuple[list[Node], ResourceListMeta]:
    return core.get_nodes(**kwargs)


def callers(core: CoreClient) -> None:
    found = find_visible_nodes(core, filter={"hidden": False}, page={"limit": 5}, meta=True)
    assert_type(found, list[Node] | tuple[list[Node], ResourceListMeta])
    options: FindAllKwargs = {"sort": {"by": "name", "order": "descending"}, "fields": None}
    assert_type(core.find_nodes(**options), list[Node] | tuple[list[Node], ResourceListMeta])
    first_page(core, fields=None)
