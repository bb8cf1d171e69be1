"""Authentication flows of the Hub: a user's password and a robot's credentials.

Both are ``requests`` auth objects: they fetch a token from the auth API on first use, renew it
shortly before it expires, and attach it as a bearer header. One flow may be shared by several
clients and threads; a lock makes sure that one expiry costs one token request.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

import msgspec
import requests
from requests.adapters import HTTPAdapter

from flamehub.errors import HubAPIError, HubConnectionError, HubResponseError
from flamehub.retry import RETRY_AFTER_MAX, new_retry

__all__ = ["DEFAULT_AUTH_URL", "PasswordAuth", "RobotAuth", "AccessToken"]

DEFAULT_AUTH_URL = "https://auth.privateaim.dev"
log = logging.getLogger("flamehub.auth")

# Renew this long before the Hub would reject the token, so that a request sent just before
# expiry does not arrive just after it (bounded by a tenth of the lifetime for short tokens).
_RENEW_MARGIN_SECONDS = 30.0
_TOKEN_TIMEOUT = (5.0, 30.0)
# A token request may be sent again (it is a POST, but no create): a second token is harmless,
# and a refresh token spent by an attempt whose answer was lost makes the retry fail, which
# falls back to the original grant.
_TOKEN_RETRY_OPTIONS: dict[str, Any] = {
    "total": 2,
    "connect": 2,
    "read": 2,
    "status": 2,
    "other": 0,
    "allowed_methods": None,
    "status_forcelist": (429, 502, 503, 504),
    "backoff_factor": 0.5,
    "respect_retry_after_header": True,
    "raise_on_status": False,
    "retry_after_max": RETRY_AFTER_MAX,
}


class AccessToken(msgspec.Struct, kw_only=True):
    """A token response of the Hub; robots get no ``refresh_token``."""

    access_token: str
    expires_in: int
    token_type: str = "Bearer"
    scope: str = ""
    refresh_token: str | None = None

    def __repr__(self) -> str:
        refresh = ", refresh_token='***'" if self.refresh_token else ""
        return f"AccessToken(access_token='***'{refresh}, expires_in={self.expires_in})"


_token_decoder = msgspec.json.Decoder(AccessToken)


class _TokenFlow(requests.auth.AuthBase):
    """The shared machinery: token cache, expiry, lock and the token request itself."""

    def __init__(self, base_url: str, client: requests.Session | None) -> None:
        self.base_url = base_url.rstrip("/") + "/"
        self._session = client
        self._lock = threading.Lock()
        self._token: AccessToken | None = None
        self._renew_at = 0.0
        #: (connect, read) seconds of a token request.
        self.timeout: float | tuple[float, float] = _TOKEN_TIMEOUT
        #: How many tokens this flow fetched; tests and monitoring read it.
        self.token_requests = 0

    # The public surface --------------------------------------------------------------------

    @property
    def access_token(self) -> str:
        """A valid access token, fetched or renewed when needed."""
        # Read in this order without the lock: _grant stores the token before its renewal
        # time, so a renewal time still ahead always comes with the token it belongs to.
        renew_at = self._renew_at
        token = self._token
        if token is None or time.monotonic() >= renew_at:
            with self._lock:
                token = self._token
                if token is None or time.monotonic() >= self._renew_at:
                    token = self._renew(token)
        return token.access_token

    def invalidate(self, rejected_token: str | None = None) -> None:
        """Forget the token after the Hub rejected it, so the next request fetches a new one.

        With ``rejected_token`` given, only that token is forgotten: when several threads see
        the same token rejected, the first one renews it and the others reuse the new token.
        """
        with self._lock:
            if self._token is None:
                return
            if rejected_token is None or self._token.access_token == rejected_token:
                self._renew_at = 0.0

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        request.headers["Authorization"] = f"Bearer {self.access_token}"
        return request

    # Grants --------------------------------------------------------------------------------

    def _renew(self, previous: AccessToken | None) -> AccessToken:
        raise NotImplementedError

    def _grant(self, body: dict[str, Any], grant: str) -> AccessToken:
        session = self._session or _shared_token_session()
        url = self.base_url + "token"
        started = time.perf_counter()
        try:
            # Not redirected: the body holds the password or the robot's secret.
            response = session.post(url, json=body, timeout=self.timeout, allow_redirects=False)
        except requests.RequestException as exc:
            raise HubConnectionError.from_exception(
                exc, method="POST", url=url, idempotent=True
            ) from exc
        finally:
            self.token_requests += 1
        log.debug(
            "POST %s (%s grant) -> %d in %.1f ms",
            url,
            grant,
            response.status_code,
            (time.perf_counter() - started) * 1000,
        )
        if response.status_code != 200:
            raise HubAPIError.from_response(
                response.status_code, response.content, method="POST", url=url
            )
        try:
            token = _token_decoder.decode(response.content)
        except msgspec.DecodeError as exc:
            # No excerpt of the body: it may hold a token.
            raise HubResponseError(
                f"the token response of {url} could not be read: {exc}",
                status_code=response.status_code,
                method="POST",
                url=url,
            ) from None
        self._token = token
        lifetime = max(float(token.expires_in), 0.0)
        self._renew_at = time.monotonic() + lifetime - min(_RENEW_MARGIN_SECONDS, lifetime / 10)
        return token


_token_session: requests.Session | None = None
_token_session_lock = threading.Lock()


def _shared_token_session() -> requests.Session:
    """The session of token requests of flows made without one (TLS verification on)."""
    global _token_session
    with _token_session_lock:
        if _token_session is None:
            session = requests.Session()
            adapter = HTTPAdapter(max_retries=new_retry(**_TOKEN_RETRY_OPTIONS))
            session.mount("http://", adapter)
            session.mount("https://", adapter)
            _token_session = session
        return _token_session


class PasswordAuth(_TokenFlow):
    """Log in as a user with name and password; renews with the refresh token.

    When a refresh fails (the refresh token expired or was revoked), it logs in with the
    password once more before giving up.
    """

    def __init__(
        self,
        username: str,
        password: str,
        base_url: str = DEFAULT_AUTH_URL,
        client: requests.Session | None = None,
    ) -> None:
        super().__init__(base_url, client)
        self.username = username
        self._password = password

    def _renew(self, previous: AccessToken | None) -> AccessToken:
        if previous is not None and previous.refresh_token:
            try:
                return self._grant(
                    {"grant_type": "refresh_token", "refresh_token": previous.refresh_token},
                    "refresh_token",
                )
            except HubAPIError as exc:
                log.debug("refresh failed with status %s; logging in again", exc.status_code)
        return self._grant(
            {"grant_type": "password", "username": self.username, "password": self._password},
            "password",
        )

    def __repr__(self) -> str:
        return (
            f"PasswordAuth(username={self.username!r}, password='***', base_url={self.base_url!r})"
        )


class RobotAuth(_TokenFlow):
    """Log in as a robot with its id (or name) and secret; renews by logging in again."""

    def __init__(
        self,
        robot_id: str,
        robot_secret: str,
        base_url: str = DEFAULT_AUTH_URL,
        client: requests.Session | None = None,
    ) -> None:
        super().__init__(base_url, client)
        self.robot_id = str(robot_id)
        self._robot_secret = robot_secret

    def _renew(self, previous: AccessToken | None) -> AccessToken:
        return self._grant(
            {"grant_type": "robot_credentials", "id": self.robot_id, "secret": self._robot_secret},
            "robot_credentials",
        )

    def __repr__(self) -> str:
        return (
            f"RobotAuth(robot_id={self.robot_id!r}, robot_secret='***', base_url={self.base_url!r})"
        )
