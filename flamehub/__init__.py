"""flamehub: a typed, registry-driven client for the FLAME Hub, with a bundled Hub emulator.

The clients (``AuthClient``, ``CoreClient``, ``StorageClient``) get their methods from the
resources declared in ``resources.yaml``; ``flamehub.auth`` holds the authentication flows,
``flamehub.models`` the models and ``flamehub.types`` the typing names.
"""

from flamehub import auth, models, types
from flamehub.clients import AuthClient, BaseClient, CoreClient, StorageClient
from flamehub.errors import (
    ErrorResponse,
    HubAPIError,
    HubConnectionError,
    HubResponseError,
    HubTimeoutError,
)
from flamehub.models import UNSET, get_field_names, get_includable_names
from flamehub.paging import iterate_all
from flamehub.types import DEFAULT_PAGE_PARAMS, FilterOperator

__version__ = "0.1.0"
__version_info__ = (0, 1, 0)

__all__ = [
    "DEFAULT_PAGE_PARAMS",
    "UNSET",
    "AuthClient",
    "BaseClient",
    "CoreClient",
    "ErrorResponse",
    "FilterOperator",
    "HubAPIError",
    "HubConnectionError",
    "HubResponseError",
    "HubTimeoutError",
    "StorageClient",
    "auth",
    "get_field_names",
    "get_includable_names",
    "iterate_all",
    "models",
    "types",
]
