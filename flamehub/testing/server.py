"""`HubEmulator`: a local FLAME Hub on a real HTTP port, for tests, examples and users.

    with HubEmulator() as hub:
        client = CoreClient(base_url=hub.core_url, auth=PasswordAuth(
            "admin", "start123", base_url=hub.auth_url))

Each instance has its own store, token key and port; nothing is shared between instances.
"""

from __future__ import annotations

import errno
import logging
import threading
from dataclasses import dataclass
from typing import Any

from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server

from flamehub.registry import Registry, default_registry
from flamehub.testing.actions import HubActions
from flamehub.testing.app import HubApplication, RequestRecord
from flamehub.testing.crud import ResourceEngine
from flamehub.testing.faults import FaultPlan
from flamehub.testing.hub_logic import build_hooks
from flamehub.testing.identity import Authenticator, TokenSettings
from flamehub.testing.seed import ADMIN_PASSWORD, ADMIN_USERNAME, SYSTEM_ROBOT_NAME, seed
from flamehub.testing.store import Store

__all__ = [
    "AdminCredentials",
    "DEFAULT_ROBOT_SECRET",
    "HubEmulator",
    "RobotCredentials",
]

logger = logging.getLogger("flamehub.testing.server")

# The system robot's secret unless one is given: a fixed, documented development value.
DEFAULT_ROBOT_SECRET = "start123-system-robot"


@dataclass(frozen=True)
class AdminCredentials:
    username: str
    password: str


@dataclass(frozen=True)
class RobotCredentials:
    id: str
    name: str
    secret: str


class _QuietHandler(WSGIRequestHandler):
    """Werkzeug's handler without its per-request access log (the app keeps its own log)."""

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        return None

    def log(self, type: str, message: str, *args: Any) -> None:
        logger.debug(message.rstrip(), *args)

    def connection_dropped(
        self, error: BaseException, environ: dict[str, Any] | None = None
    ) -> None:
        # A planned dropped connection: nothing more is read from it (whatever is left in the
        # buffer would be taken for a request, and logged).
        self.close_connection = True


class HubEmulator:
    """A FLAME Hub emulator serving auth, core and storage on one port.

    ``registry`` defaults to the package's ``resources.yaml``; ``token_lifetime`` (seconds,
    fractions allowed) is the life of access tokens; ``port=0`` picks a free port.
    """

    def __init__(
        self,
        registry: Registry | None = None,
        *,
        token_lifetime: float = 3600,
        refresh_token_lifetime: float = 259200,
        host: str = "127.0.0.1",
        port: int = 0,
        robot_secret: str = DEFAULT_ROBOT_SECRET,
    ) -> None:
        if token_lifetime <= 0 or refresh_token_lifetime <= 0:
            raise ValueError("token lifetimes must be positive numbers of seconds")
        self.registry = registry if registry is not None else default_registry()
        self.host = host
        self.port = port
        self.settings = TokenSettings(token_lifetime, refresh_token_lifetime)
        self.faults = FaultPlan()
        self._robot_secret = robot_secret
        self._server: BaseWSGIServer | None = None
        self._thread: threading.Thread | None = None
        self._build()

    def _build(self) -> None:
        self.store = Store(self.registry)
        with self.store.lock:
            self._seeded = seed(self.store, self._robot_secret)
        self.engine = ResourceEngine(self.store, build_hooks())
        self.authenticator = Authenticator(self.store, self.settings)
        self.app = HubApplication(self.store, self.engine, self.authenticator, self.faults)

    # ----------------------------------------------------------------------------------------
    # Serving

    def bind(self) -> BaseWSGIServer:
        """Create the listening server (it accepts connections from here on)."""
        if self._server is None:
            if not 0 <= self.port <= 65535:
                raise ValueError(
                    f"port must be between 0 (any free port) and 65535, not {self.port}"
                )
            try:
                self._server = make_server(
                    self.host,
                    self.port,
                    self._dispatch,
                    threaded=True,
                    request_handler=_QuietHandler,
                )
            except SystemExit:
                # Werkzeug exits the whole process when the port is taken; a library caller
                # gets the OSError it can catch instead.
                raise OSError(
                    errno.EADDRINUSE, f"cannot listen on {self.host}:{self.port}: it is in use"
                ) from None
            self.port = self._server.server_address[1]
        return self._server

    def _dispatch(self, environ: dict[str, Any], start_response: Any) -> Any:
        # Indirection so that reset() can swap the application under a running server.
        return self.app(environ, start_response)

    def start(self) -> HubEmulator:
        """Serve in a background thread; returns self."""
        if self._thread is not None:
            return self
        server = self.bind()
        self._thread = threading.Thread(
            # A short poll interval makes stop() quick (shutdown waits for one poll).
            target=server.serve_forever,
            kwargs={"poll_interval": 0.02},
            name=f"flamehub-emulator-{self.port}",
            daemon=True,
        )
        self._thread.start()
        logger.info("flamehub emulator listening on %s", self.url.rstrip("/"))
        return self

    def serve_forever(self) -> None:
        """Serve in the calling thread until :meth:`stop` or KeyboardInterrupt."""
        self.bind().serve_forever()

    def stop(self) -> None:
        server, thread = self._server, self._thread
        if server is None:
            return
        if thread is not None:
            server.shutdown()
            thread.join(timeout=5)
        server.server_close()
        self._server = self._thread = None

    def __enter__(self) -> HubEmulator:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def reset(self) -> None:
        """Back to the initial state: fresh store and tokens, no faults, empty request log.
        The port stays; the admin password and the robot secret stay; ids change."""
        self.faults.clear()
        self._build()

    # ----------------------------------------------------------------------------------------
    # What tests use

    @property
    def url(self) -> str:
        if self._server is None:
            raise RuntimeError("the emulator is not started; use start() or a with block")
        return f"http://{self.host}:{self.port}/"

    @property
    def auth_url(self) -> str:
        return f"{self.url}auth/"

    @property
    def core_url(self) -> str:
        return f"{self.url}core/"

    @property
    def storage_url(self) -> str:
        return f"{self.url}storage/"

    @property
    def admin_credentials(self) -> AdminCredentials:
        return AdminCredentials(ADMIN_USERNAME, ADMIN_PASSWORD)

    @property
    def robot_credentials(self) -> RobotCredentials:
        return RobotCredentials(self._seeded.robot_id, SYSTEM_ROBOT_NAME, self._robot_secret)

    @property
    def master_realm_id(self) -> str:
        return self._seeded.master_realm_id

    @property
    def admin_id(self) -> str:
        return self._seeded.admin_id

    @property
    def requests(self) -> list[RequestRecord]:
        """The requests handled so far (method, path, query string, status), oldest first."""
        return self.app.records()

    @property
    def token_requests(self) -> int:
        """How many times ``POST /auth/token`` was called."""
        return self.authenticator.token_requests

    def add_analysis_log(
        self, analysis_id: str, message: str, level: str = "info", **labels: str
    ) -> dict[str, Any]:
        """Write an analysis log line, as the Hub's build pipeline does (there is no route)."""
        analysis = self.store.get("analyses", analysis_id) or {}
        return HubActions(self.store, self.engine).new_log(
            {
                "entity": "analysis",
                "analysis_id": analysis_id,
                "analysis_realm_id": analysis.get("realm_id"),
                **labels,
            },
            message,
            level,
        )

    def __repr__(self) -> str:
        where = self.url if self._server is not None else "not started"
        return f"<HubEmulator {where}>"
