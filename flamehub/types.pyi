# Generated from resources.yaml by `python -m flamehub.stubgen`; do not edit by hand.
# Regenerate after editing resources.yaml: tests/test_stubs.py fails while this is stale.

import enum
from typing import IO, Any, Literal, TypeAlias, TypedDict, TypeVar
from uuid import UUID

from msgspec import UnsetType
from typing_extensions import NotRequired

from flamehub.models import MasterImageCommandArgument

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
    "NodeType",
    "RegistryProjectType",
    "RegistryCommand",
    "ProjectNodeApprovalStatus",
    "AnalysisBuildStatus",
    "AnalysisRunStatus",
    "AnalysisCommand",
    "AnalysisNodeApprovalStatus",
    "AnalysisNodeRunStatus",
    "AnalysisBucketType",
    "LogLevel",
    "MasterImageCommandArgumentPosition",
    "UNSET_T",
    "MasterImageCommandArgument",
]

class FilterOperator(str, enum.Enum):
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

FilterParams: TypeAlias = dict[str, Any]
FieldParams: TypeAlias = str | list[str] | tuple[str, ...]
IncludeParams: TypeAlias = FieldParams

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
UuidIdentifiable: TypeAlias = Any | UUID | str

DEFAULT_PAGE_PARAMS: PageParams

# The names of the earlier client's types module.
UNSET_T: TypeAlias = UnsetType

# The enumerated values of resources.yaml (`enums`).
NodeType: TypeAlias = Literal["aggregator", "default"]
RegistryProjectType: TypeAlias = Literal[
    "default",
    "aggregator",
    "incoming",
    "outgoing",
    "masterImages",
    "node",
]
RegistryCommand: TypeAlias = Literal["setup", "cleanup", "delete", "projectLink", "projectUnlink"]
ProjectNodeApprovalStatus: TypeAlias = Literal["rejected", "approved"]
AnalysisBuildStatus: TypeAlias = Literal[
    "starting",
    "started",
    "stopping",
    "stopped",
    "finished",
    "failed",
]
AnalysisRunStatus: TypeAlias = Literal[
    "starting",
    "started",
    "running",
    "stopping",
    "stopped",
    "finished",
    "failed",
]
AnalysisCommand: TypeAlias = Literal[
    "spinUp",
    "tearDown",
    "buildStart",
    "buildStop",
    "configurationLock",
    "configurationUnlock",
    "buildStatus",
]
AnalysisNodeApprovalStatus: TypeAlias = Literal["rejected", "approved"]
AnalysisNodeRunStatus: TypeAlias = Literal[
    "starting",
    "started",
    "stopping",
    "stopped",
    "running",
    "finished",
    "failed",
]
AnalysisBucketType: TypeAlias = Literal["CODE", "RESULT", "TEMP"]
LogLevel: TypeAlias = Literal["emerg", "alert", "crit", "error", "warn", "notice", "info", "debug"]
MasterImageCommandArgumentPosition: TypeAlias = Literal["before", "after"]
