"""A local FLAME Hub for tests, examples and users: ``flamehub.testing.HubEmulator``.

Needs the ``testing`` extra (``pip install flamehub[testing]``, which brings Werkzeug). The
emulator is driven by the same registry as the client, so a resource declared in
``resources.yaml`` is served as well; see :class:`HubEmulator` and the pytest fixtures of
:mod:`flamehub.testing.pytest_plugin`.

Layout: :mod:`.query` (the query language), :mod:`.store` (state), :mod:`.validate` and
:mod:`.crud` (the registry-driven operations), :mod:`.hub_logic` (business rules per resource),
:mod:`.actions` (commands, logs, storage), :mod:`.identity` and :mod:`.tokens` (auth),
:mod:`.faults`, :mod:`.app` (WSGI) and :mod:`.server` (:class:`HubEmulator`).

Where hub-api.md leaves a behaviour unverified, the emulator chooses (each choice is also
commented where it is made):

- An expired access token gives 400 ``expired_token`` ("The JWT has expired.") on every
  service; ``expires_in`` is the configured lifetime (the real Hub never reports below 3600).
- Analysis command preconditions answer 400 with the quoted messages; where hub-api quotes only
  the end of a message the emulator completes it. Approvals are skipped as with
  ``SKIP_PROJECT_APPROVAL``/``SKIP_ANALYSIS_APPROVAL`` (the Python test stack's settings).
- The Hub's asynchronous work happens before the answer: analysis buckets, registry ``setup``
  projects, master image sync (one ``synchronized`` event and event log per image).
- Logs behave as with Loki: deletes take effect, ``filter[time]`` and ``page[limit]`` apply,
  ``meta.total`` counts the lines returned.
- A registry command with an unknown id answers 202 and does nothing.
- Uploading an existing path overwrites the content, keeps the new rows of the request and
  answers 409 ``ER_DUP_ENTRY``. Tar members are in upload order.
- A malformed JSON body is a 400 ``BAD_REQUEST`` ("The request body is not valid JSON.").
- Default list order (no valid ``sort``, no ``default_sort``) is by id ascending.
- The realm rule of core and storage holds: an identity outside the master realm creates,
  updates and deletes only rows of its own realm (403 otherwise), and reads of analyses,
  analysis nodes, buckets and files and of project nodes are narrowed to its realm
  (``hub.realm_restricted``). Permissions are not checked: every identity holds every
  permission, except that robots cannot create analyses.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from flamehub.testing.app import RequestRecord
    from flamehub.testing.faults import Fault, FaultPlan
    from flamehub.testing.server import (
        DEFAULT_ROBOT_SECRET,
        AdminCredentials,
        HubEmulator,
        RobotCredentials,
    )

__all__ = [
    "DEFAULT_ROBOT_SECRET",
    "AdminCredentials",
    "Fault",
    "FaultPlan",
    "HubEmulator",
    "RequestRecord",
    "RobotCredentials",
]

# Loaded on first use, so that the pytest plugin (registered for every pytest run once flamehub
# is installed) imports without Werkzeug; using the emulator then asks for the extra.
_HOMES = {
    "RequestRecord": "flamehub.testing.app",
    "Fault": "flamehub.testing.faults",
    "FaultPlan": "flamehub.testing.faults",
    "DEFAULT_ROBOT_SECRET": "flamehub.testing.server",
    "AdminCredentials": "flamehub.testing.server",
    "HubEmulator": "flamehub.testing.server",
    "RobotCredentials": "flamehub.testing.server",
}


def require_werkzeug() -> None:
    try:
        import werkzeug  # noqa: F401
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise ImportError(
            "flamehub.testing needs Werkzeug; install the extra: pip install 'flamehub[testing]'"
        ) from exc


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'flamehub.testing' has no attribute {name!r}")
    require_werkzeug()
    return getattr(importlib.import_module(home), name)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
