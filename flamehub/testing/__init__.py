"""A local FLAME Hub for tests, examples and users: ``flamehub.testing.HubEmulator``.

Needs the ``testing`` extra (``pip install flamehub[testing]``, which brings Werkzeug). The
emulator is driven by the same registry as the client, so a resource declared in
``resources.yaml`` is served as well; see :class:`HubEmulator` and the pytest fixtures of
:mod:`flamehub.testing.pytest_plugin`.
"""

from __future__ import annotations

try:
    import werkzeug  # noqa: F401
except ImportError as exc:  # pragma: no cover - depends on the installation
    raise ImportError(
        "flamehub.testing needs Werkzeug; install the extra: pip install 'flamehub[testing]'"
    ) from exc

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
