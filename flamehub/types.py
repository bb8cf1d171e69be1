"""Typing names of the public API: query parameters, uploads and enumerated field values.

The Literal aliases of enumerated fields (``NodeType``, ``AnalysisCommand``, ...) are made from
the registry's ``enums`` at import; the stub ``types.pyi`` spells them out for type checkers.
"""

from __future__ import annotations

import enum
import uuid
from typing import IO, Any, Literal, TypedDict, TypeVar

from msgspec import UnsetType
from typing_extensions import NotRequired

from flamehub.registry import default_registry

__all__ = [
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
]


class FilterOperator(str, enum.Enum):
    """Operators of the Hub's filter language; the value is the prefix sent on the wire."""

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


FilterParams = dict[str, Any]
FieldParams = str | list[str] | tuple[str, ...]
IncludeParams = FieldParams


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
UuidIdentifiable = Any | uuid.UUID | str

DEFAULT_PAGE_PARAMS: PageParams = {"limit": 50, "offset": 0}

for _name, _values in default_registry().enums.items():
    globals()[_name] = Literal[_values]
    __all__.append(_name)
del _name, _values

# Names the earlier client's types module had: the type of UNSET, and the struct of an
# analysis's image command arguments (a model, also in flamehub.models).
UNSET_T = UnsetType
from flamehub.models import MasterImageCommandArgument  # noqa: E402

__all__ += ["UNSET_T", "MasterImageCommandArgument"]
