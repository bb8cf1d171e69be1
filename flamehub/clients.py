"""The three clients of the Hub's APIs and the metaclass that gives them their methods.

``AuthClient``, ``CoreClient`` and ``StorageClient`` are written here with nothing but their
service name: :class:`ClientMeta` reads the registry and attaches the methods of every resource
and action of that service (see :mod:`flamehub.methods`). All of them share
:class:`BaseClient`, which owns the HTTP session, timeouts, retries and re-authentication.
"""

from __future__ import annotations

import logging
import time
from typing import Any

import msgspec
import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from flamehub.auth import PasswordAuth, RobotAuth
from flamehub.errors import HubAPIError
from flamehub.methods import action_method, resource_methods
from flamehub.models import build_models
from flamehub.registry import Registry, default_registry

__all__ = ["AuthClient", "BaseClient", "ClientMeta", "CoreClient", "StorageClient"]

log = logging.getLogger("flamehub.http")

DEFAULT_BASE_URLS = {
    "auth": "https://auth.privateaim.dev",
    "core": "https://core.privateaim.dev",
    "storage": "https://storage.privateaim.dev",
}
#: (connect, read) seconds. The read timeout also bounds the wait for each chunk of a stream.
DEFAULT_TIMEOUT = (5.0, 30.0)
#: Retries of idempotent requests (GET) on connection errors and on 429, 502, 503 and 504.
DEFAULT_RETRIES = 3

# Codes of a 400 answer that mean "your token is no good" rather than "your request is".
_TOKEN_ERROR_CODES = frozenset({"invalid_token", "expired_token", "inactive_token"})
# Core and storage answer a malformed bearer token with this generic 400 (checked on a Hub).
_MALFORMED_TOKEN_MESSAGE = "One or many attributes may be invalid."


def retry_policy(retries: int | Retry | None) -> Retry:
    """The urllib3 retry policy for a client's ``retries`` argument."""
    if isinstance(retries, Retry):
        return retries
    count = retries or 0
    return Retry(
        total=count,
        connect=count,
        read=count,
        status=count,
        # POST is never retried: a create whose answer was lost may have happened, and a
        # second one would make a duplicate. DELETE is not either: a repeated delete of a
        # resource that the first attempt removed would report a misleading 404.
        allowed_methods=frozenset({"GET", "HEAD", "OPTIONS"}),
        status_forcelist=(429, 502, 503, 504),
        backoff_factor=0.2,
        backoff_jitter=0.1,
        respect_retry_after_header=True,
        raise_on_status=False,
    )


def _is_token_rejection(response: requests.Response) -> bool:
    if response.status_code == 401:
        return True
    if response.status_code != 400:
        return False
    try:
        body = msgspec.json.decode(response.content)
    except msgspec.DecodeError:
        return False
    if not isinstance(body, dict):
        return False
    code = body.get("code")
    return code in _TOKEN_ERROR_CODES or (
        code == "BAD_REQUEST" and body.get("message") == _MALFORMED_TOKEN_MESSAGE
    )


class ClientMeta(type):
    """Attaches the registry's methods to a client class declared with ``service=...``.

    ``class MyCoreClient(BaseClient, service="core", registry=load_registry(path))`` builds a
    client of another registry file; an explicit method of the class body wins over a
    synthesized one of the same name.
    """

    def __new__(
        mcls,
        name: str,
        bases: tuple[type, ...],
        namespace: dict[str, Any],
        service: str | None = None,
        registry: Registry | None = None,
        **kwargs: Any,
    ) -> ClientMeta:
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        if service is None:
            return cls
        if service not in DEFAULT_BASE_URLS:
            raise ValueError(f"{name}: unknown service {service!r}; use auth, core or storage")
        registry = registry or default_registry()
        models = build_models(registry)
        cls.service = service
        cls.registry = registry
        cls.models = models
        cls.default_base_url = DEFAULT_BASE_URLS[service]
        synthesized: dict[str, Any] = {}
        for spec in registry.for_client(service):
            synthesized.update(resource_methods(spec, models, name))
        for action in registry.actions_for_client(service):
            synthesized[action.name] = action_method(action, models, name)
        for method_name, func in synthesized.items():
            if method_name not in namespace:
                setattr(cls, method_name, func)
        cls.synthesized_methods = tuple(sorted(synthesized))
        return cls


class BaseClient(metaclass=ClientMeta):
    """What every client shares: base URL, session, auth, timeouts and retries.

    :param base_url: the API's URL, e.g. ``http://localhost:3000/core/``; by default the public
        Hub.
    :param auth: a :class:`~flamehub.auth.PasswordAuth` or :class:`~flamehub.auth.RobotAuth`.
    :param client: a ready ``requests.Session`` to send through (its adapters, proxies and
        TLS settings are used as they are); by default the client makes its own.
    :param timeout: seconds, or a (connect, read) pair, for every request.
    :param retries: how often an idempotent request is retried on connection errors and 429,
        502, 503 and 504 (honouring ``Retry-After``); 0 or None disables retries; a urllib3
        ``Retry`` is used as given. Applies to the session the client makes itself.
    :param verify: TLS certificate verification; only an explicit ``False`` turns it off.
    """

    service: str
    registry: Registry
    default_base_url: str
    synthesized_methods: tuple[str, ...] = ()

    def __init__(
        self,
        base_url: str | None = None,
        auth: PasswordAuth | RobotAuth | None = None,
        client: requests.Session | None = None,
        *,
        timeout: float | tuple[float, float] = DEFAULT_TIMEOUT,
        retries: int | Retry | None = DEFAULT_RETRIES,
        verify: bool | str = True,
    ) -> None:
        if not hasattr(type(self), "service"):
            raise TypeError("BaseClient is abstract: use AuthClient, CoreClient or StorageClient")
        self.base_url = (base_url or self.default_base_url).rstrip("/") + "/"
        self.auth = auth
        self.timeout = timeout
        self._owns_session = client is None
        if client is None:
            client = requests.Session()
            adapter = HTTPAdapter(max_retries=retry_policy(retries))
            client.mount("http://", adapter)
            client.mount("https://", adapter)
            client.verify = verify
        self.session = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, auth={self.auth!r})"

    # Lifecycle -----------------------------------------------------------------------------

    def close(self) -> None:
        """Close the session, if the client made it."""
        if self._owns_session:
            self.session.close()

    def __enter__(self) -> BaseClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # Sending -------------------------------------------------------------------------------

    def _request(
        self,
        method: str,
        path: str,
        *,
        query: str = "",
        body: bytes | None = None,
        files: Any = None,
        expected: tuple[int, ...] = (200,),
        allow_404: bool = False,
        stream: bool = False,
    ) -> requests.Response:
        """Send one request; re-authenticate once if the Hub rejects the token.

        Returns the response when its status is expected (or 404 with ``allow_404``) and
        raises :class:`HubAPIError` otherwise.
        """
        url = self.base_url + path + ("?" + query if query else "")
        headers = {"Content-Type": "application/json"} if body is not None else {}
        for attempt in (1, 2):
            token = None
            if self.auth is not None:
                token = self.auth.access_token
                headers["Authorization"] = "Bearer " + token
            started = time.perf_counter()
            response = self.session.request(
                method,
                url,
                data=body,
                files=files,
                headers=headers,
                timeout=self.timeout,
                stream=stream,
            )
            log.debug(
                "%s /%s -> %d in %.1f ms",
                method,
                path,
                response.status_code,
                (time.perf_counter() - started) * 1000,
            )
            if attempt == 1 and token is not None and _is_token_rejection(response):
                # The token expired or was revoked before its time: get a new one and send the
                # request once more. A second rejection is reported, never looped on.
                response.close()
                self.auth.invalidate(token)  # type: ignore[union-attr]
                _rewind(files)
                continue
            break
        status = response.status_code
        if status in expected or (allow_404 and status == 404):
            return response
        try:
            raise HubAPIError.from_response(status, response.content, method=method, url=url)
        finally:
            response.close()


def _rewind(files: Any) -> None:
    """Rewind file objects of a multipart upload before it is sent again."""
    for _, (_, content, _) in files or ():
        if hasattr(content, "seek"):
            content.seek(0)


class AuthClient(BaseClient, service="auth"):
    """The Hub's auth API: realms, users, robots, permissions, roles and their links."""


class CoreClient(BaseClient, service="core"):
    """The Hub's core API: registries, nodes, projects, analyses, master images, logs."""


class StorageClient(BaseClient, service="storage"):
    """The Hub's storage API: buckets and bucket files, upload and download."""
