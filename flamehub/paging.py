"""Walk through every page of a find: the Hub answers at most 50 items per request."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, TypeVar, cast

from flamehub.models import ResourceListMeta
from flamehub.query import MAX_PAGE_LIMIT

__all__ = ["iterate_all"]

ItemT = TypeVar("ItemT")


def iterate_all(
    find: Callable[..., list[ItemT] | tuple[list[ItemT], ResourceListMeta]],
    /,
    *,
    page_size: int = MAX_PAGE_LIMIT,
    **query: Any,
) -> Iterator[ItemT]:
    """Yield every item that ``find`` matches, fetching page after page as they are consumed.

    ``find`` is a client's ``find_X`` method; ``query`` takes its ``filter``, ``sort`` and
    ``fields``. Each page is one request of ``page_size`` items (1 to 50)::

        for node in iterate_all(core.find_nodes, filter={"hidden": False}, sort={"by": "name"}):
            ...

    Pages are read one after another, not as one snapshot: a resource created or deleted
    meanwhile can shift the pages, so that an item is seen twice or not at all. Sort by a key
    that new items do not disturb (``created_at``) where that matters.
    """
    if "page" in query or "meta" in query:
        raise TypeError("iterate_all() sets page and meta itself; give page_size instead")
    if isinstance(page_size, bool) or not isinstance(page_size, int):
        raise TypeError(f"iterate_all(): page_size must be an int, got {page_size!r}")
    if not 1 <= page_size <= MAX_PAGE_LIMIT:
        raise ValueError(
            f"iterate_all(): page_size must be between 1 and {MAX_PAGE_LIMIT}, got {page_size}"
        )
    offset = 0
    while True:
        # With meta=True a find returns (items, meta); its type only says "either shape".
        items, meta = cast(
            "tuple[list[ItemT], ResourceListMeta]",
            find(page={"limit": page_size, "offset": offset}, meta=True, **query),
        )
        yield from items
        offset += len(items)
        # The log endpoints ignore offset and count only what they return: one page is all.
        if not items or offset >= meta.total or meta.offset is None:
            return
