"""The three clients of the Hub's APIs and the metaclass that gives them their methods.

``AuthClient``, ``CoreClient`` and ``StorageClient`` are written here with nothing but their
service name: :class:`ClientMeta` reads the registry and attaches the methods of every resource
and action of that service (see :mod:`flamehub.methods`). All of them share
:class:`BaseClient`, which owns the HTTP session, timeouts, retries and re-authentication.
"""

from __future__ import annotations

import logging
import os
import time
from typing import Any
from urllib.parse import urlsplit

import msgspec
import requests
from requests.adapters import HTTPAdapter
from urllib3.exceptions import ConnectTimeoutError
from urllib3.util.retry import Retry

from flamehub.auth import PasswordAuth, RobotAuth
from flamehub.errors import ErrorResponse, HubAPIError, HubConnectionError
from flamehub.methods import action_method, resource_methods
from flamehub.models import build_models
from flamehub.registry import Registry, default_registry
from flamehub.retry import RETRY_AFTER_MAX, new_retry

__all__ = ["AuthClient", "BaseClient", "ClientMeta", "CoreClient", "StorageClient"]

log = logging.getLogger("flamehub.http")

DEFAULT_BASE_URLS = {
    "auth": "https://auth.privateaim.dev",
    "core": "https://core.privateaim.dev",
    "storage": "https://storage.privateaim.dev",
}
#: (connect, read) seconds. The read timeout also bounds the wait for each chunk of a stream.
DEFAULT_TIMEOUT = (5.0, 30.0)
#: Retries of idempotent requests (GET, DELETE) on connection errors and on 429, 502, 503 and
#: 504; a connection that could not be opened is retried for every method.
DEFAULT_RETRIES = 3
#: Seconds between retries: 0, then 2 x 0.5, 4 x 0.5, ... (plus up to 0.25 of jitter), at most
#: ``RETRY_BACKOFF_MAX``; a ``Retry-After`` of the Hub is waited instead, at most
#: ``RETRY_AFTER_MAX`` seconds (a longer one is cut to that).
RETRY_BACKOFF_FACTOR = 0.5
RETRY_BACKOFF_JITTER = 0.25
RETRY_BACKOFF_MAX = 30.0
RETRY_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "DELETE"})
RETRY_STATUSES = (429, 502, 503, 504)
# Redirects are followed for requests without a body only: a 307 or 308 would send a create's
# body (a robot's secret, a registry's password) on to wherever it points. requests drops the
# Authorization header when a redirect leaves the host, port or scheme of the request.
_FOLLOW_REDIRECTS = frozenset({"GET", "HEAD", "OPTIONS", "DELETE"})

# Codes of a 400 answer that mean "your token is no good" rather than "your request is".
_TOKEN_ERROR_CODES = frozenset({"invalid_token", "expired_token", "inactive_token"})
# Core and storage answer a malformed bearer token with this generic 400 (checked on a Hub).
_MALFORMED_TOKEN_MESSAGE = "One or many attributes may be invalid."


def retry_policy(retries: int | Retry | None) -> Retry:
    """The urllib3 retry policy for a client's ``retries`` argument.

    What is retried (``docs/reliability.md`` explains why):

    - GET and DELETE, on a dropped connection, a read timeout and the statuses 429, 502, 503
      and 504, waiting for ``Retry-After`` where the Hub sends one (capped), else backing off
      exponentially with jitter. A DELETE that finds the resource gone after an attempt that
      may have reached the Hub counts as done (see :meth:`BaseClient._request`).
    - Any method, when the connection could not be opened at all (refused, connect timeout):
      nothing was sent, so nothing can happen twice. urllib3 does this itself.
    - Never a POST (create, update, command, upload) once it may have been sent: a create
      whose answer was lost may have happened, and a second one would make a duplicate.
    """
    if isinstance(retries, Retry):
        return retries
    if isinstance(retries, bool) or not isinstance(retries, int | None) or (retries or 0) < 0:
        raise ValueError(
            f"retries must be a number of retries (0 or more), None or a urllib3 Retry; "
            f"got {retries!r}"
        )
    count = retries or 0
    return new_retry(
        total=count,
        connect=count,
        read=count,
        status=count,
        # Other errors (TLS failures, for one) are not worth repeating.
        other=0,
        allowed_methods=RETRY_METHODS,
        status_forcelist=RETRY_STATUSES,
        respect_retry_after_header=True,
        raise_on_status=False,
        backoff_factor=RETRY_BACKOFF_FACTOR,
        backoff_max=RETRY_BACKOFF_MAX,
        backoff_jitter=RETRY_BACKOFF_JITTER,
        retry_after_max=RETRY_AFTER_MAX,
    )


def _may_have_been_applied(response: requests.Response) -> bool:
    """Whether an earlier attempt of this request may have reached the Hub and taken effect:
    urllib3 retried it after a read error or a gateway status (not after a refused
    connection, nor after 429, which the Hub answers before doing anything)."""
    retries = getattr(response.raw, "retries", None)
    for attempt in getattr(retries, "history", ()):
        if attempt.status in (500, 502, 503, 504):
            return True
        if attempt.error is not None and not isinstance(attempt.error, ConnectTimeoutError):
            return True
    return False


def _timeout_value(timeout: Any) -> float | tuple[float | None, float | None] | None:
    """Check a client's ``timeout`` argument: seconds, or a (connect, read) pair."""
    values = timeout if isinstance(timeout, tuple) else (timeout,)
    if len(values) in (1, 2) and all(
        value is None
        or (isinstance(value, int | float) and not isinstance(value, bool) and value > 0)
        for value in values
    ):
        return timeout  # type: ignore[no-any-return]
    raise ValueError(
        f"timeout must be seconds (> 0) or a (connect, read) pair of them; got {timeout!r}"
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
    :param timeout: seconds, or a (connect, read) pair, for every request. The read timeout
        bounds each wait for data: for a stream, the wait for each chunk, not the whole
        download.
    :param retries: how often an idempotent request (GET, DELETE) is retried on connection
        errors and 429, 502, 503 and 504 (honouring ``Retry-After``); 0 or None disables
        retries; a urllib3 ``Retry`` is used as given. Applies to the session the client makes
        itself. A create is never sent twice (see ``docs/reliability.md``).
    :param verify: TLS certificate verification, or the path of a CA bundle; only an explicit
        ``False`` turns it off. Applies to the session the client makes itself.

    A client holds connections: close it (``close()``, or use it as a context manager).
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
        self.timeout = _timeout_value(timeout)
        if verify is None:
            verify = True
        if not isinstance(verify, bool | str) or verify == "":
            # requests reads any false value (None, 0, "") as "do not verify".
            raise ValueError(
                "verify must be True, False or the path of a CA bundle; "
                f"got {verify!r} (only verify=False turns TLS verification off)"
            )
        self._owns_session = client is None
        # Sent with every request, not only set on the session: requests lets the environment
        # (REQUESTS_CA_BUNDLE, CURL_CA_BUNDLE) override a session's verify, even a False or a
        # CA path. A given session is used as it is.
        self._verify: bool | str | None = None
        if client is None:
            client = requests.Session()
            adapter = HTTPAdapter(max_retries=retry_policy(retries))
            client.mount("http://", adapter)
            client.mount("https://", adapter)
            # requests reads the proxy and CA-bundle variables (and ~/.netrc) on every request,
            # a sixth of a call's CPU; they are read once here instead, as httpx does. A
            # variable changed after the client was made is not seen.
            client.trust_env = False
            client.proxies.update(requests.utils.get_environ_proxies(self.base_url))
            if verify is True:
                verify = os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get(
                    "CURL_CA_BUNDLE", True
                )
            client.verify = self._verify = verify
        self.session = client
        self._session_headers = dict(client.headers)
        # The path of the base URL (/core/) leads the logged path, so a line names its API.
        self._log_prefix = urlsplit(self.base_url).path.rstrip("/")

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

    def _send(
        self,
        method: str,
        url: str,
        headers: dict[str, str],
        body: bytes | None,
        files: Any,
        stream: bool,
    ) -> requests.Response:
        options: dict[str, Any] = {
            "timeout": self.timeout,
            "stream": stream,
            "allow_redirects": method in _FOLLOW_REDIRECTS,
            "verify": self._verify,
        }
        if not self._owns_session:
            # A given session is used as it is: its headers, cookies, auth, hooks and the
            # environment's proxies apply.
            return self.session.request(
                method, url, data=body, files=files, headers=headers, **options
            )
        # The client's own session has nothing to merge but its default headers (the
        # environment was read when it was made): preparing the request directly skips
        # requests' per-call merging of settings and cookie jars. The Hub authenticates by
        # header, not by cookie.
        prepared = requests.PreparedRequest()
        prepared.prepare(
            method=method,
            url=url,
            headers={**self._session_headers, **headers},
            data=body,
            files=files,
        )
        return self.session.send(prepared, **options)

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

        Returns the response when its status is expected (or 404 with ``allow_404``, when the
        Hub said the resource is not found) and raises :class:`HubAPIError` otherwise;
        :class:`~flamehub.errors.HubConnectionError` when no answer came (after the retries
        of :func:`retry_policy`). A DELETE answered 404 after an earlier attempt may have
        taken effect counts as done.
        """
        url = self.base_url + path + ("?" + query if query else "")
        headers = {"Content-Type": "application/json"} if body is not None else {}
        for attempt in (1, 2):
            token = None
            if self.auth is not None:
                token = self.auth.access_token
                headers["Authorization"] = "Bearer " + token
            started = time.perf_counter()
            try:
                response = self._send(method, url, headers, body, files, stream)
            except requests.RequestException as exc:
                error = HubConnectionError.from_exception(exc, method=method, url=url)
                # The path only: a query string may carry values a caller keeps private.
                log.debug(
                    "%s %s/%s -> no answer (%s) in %.1f ms",
                    method,
                    self._log_prefix,
                    path,
                    type(error).__name__,
                    (time.perf_counter() - started) * 1000,
                )
                raise error from exc
            log.debug(
                "%s %s/%s -> %d in %.1f ms",
                method,
                self._log_prefix,
                path,
                response.status_code,
                (time.perf_counter() - started) * 1000,
            )
            if attempt == 1 and token is not None and _is_token_rejection(response):
                # The token expired or was revoked before its time: get a new one and send the
                # request once more. A second rejection is reported, never looped on. Sending
                # a create again is safe here: the Hub checks the token before anything else.
                log.debug(
                    "%s %s/%s: token rejected; authenticating again",
                    method,
                    self._log_prefix,
                    path,
                )
                response.close()
                self.auth.invalidate(token)  # type: ignore[union-attr]
                _rewind(files)
                continue
            break
        status = response.status_code
        if status in expected:
            return response
        if status == 404 and allow_404 and _is_hub_error(response):
            return response
        if status == 404 and method == "DELETE" and _may_have_been_applied(response):
            # An earlier attempt got no answer (or a gateway error) and this one finds the
            # resource gone: the earlier one deleted it.
            log.debug(
                "%s %s/%s -> 404 after a retry: deleted by an earlier attempt",
                method,
                self._log_prefix,
                path,
            )
            return response
        try:
            error = HubAPIError.from_response(status, response.content, method=method, url=url)
            if status == 404 and error.error_response is not None:
                if error.error_response.code is None:
                    # The Hub answers a route it does not have with an empty 404; its handlers
                    # answer a missing resource with a JSON error body.
                    error.args = (
                        f"{error.args[0]}; the Hub has no route {method} {path!r} under "
                        f"{self.base_url} (is base_url the right service?)",
                    )
            raise error
        finally:
            response.close()


def _is_hub_error(response: requests.Response) -> bool:
    """Whether the body is the Hub's JSON error object (not an empty or foreign page)."""
    try:
        body = msgspec.json.decode(response.content)
    except msgspec.DecodeError:
        return False
    error = ErrorResponse.from_body(response.status_code, body)
    return error is not None and error.code is not None


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
