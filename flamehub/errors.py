"""Errors raised by the clients: :class:`HubAPIError` and the parsed error body."""

from __future__ import annotations

import re
from typing import Any

import msgspec
import requests
from urllib3.exceptions import (
    ConnectTimeoutError,
    MaxRetryError,
    NewConnectionError,
    ProtocolError,
)
from urllib3.exceptions import TimeoutError as Urllib3Timeout

__all__ = [
    "ErrorResponse",
    "HubAPIError",
    "HubConnectionError",
    "HubResponseError",
    "HubTimeoutError",
    "mask_secrets",
]

_EXCERPT_LENGTH = 200
SECRET_MASK = "***"

# Keys whose values are never shown in a repr, a message or an excerpt: passwords, robot and
# registry secrets, tokens (``secret``, ``account_secret``, ``refresh_token``, ...).
_SECRET_KEY = re.compile(r"secret|password|token", re.IGNORECASE)
# The same in the text of a JSON body, also when the body was cut inside a value; a bearer
# header or a JWT quoted by a proxy's error page.
_SECRET_TEXT = (
    (
        re.compile(
            r'("[^"]*(?:secret|password|token)[^"]*"\s*:\s*)"(?:[^"\\]|\\.)*(?:"|$)',
            re.IGNORECASE,
        ),
        r'\1"***"',
    ),
    (re.compile(r"(Bearer\s+)[\w.~+/=-]+", re.IGNORECASE), r"\1***"),
    (re.compile(r"eyJ[\w-]*\.[\w-]+\.[\w-]*"), SECRET_MASK),
)


class ErrorResponse:
    """The Hub's error body: ``status_code``, ``code``, ``message`` and any extra keys.

    The Hub sends ``statusCode``; it is read as ``status_code``. Extra keys (``children`` and
    ``attributes`` of a validation error, ``error_description`` of a token error) are kept and
    readable as attributes.
    """

    __slots__ = ("status_code", "code", "message", "extra")

    def __init__(
        self,
        status_code: int,
        code: str | None = None,
        message: str | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.status_code = status_code
        self.code = code
        self.message = message
        self.extra = extra or {}

    @classmethod
    def from_body(cls, status_code: int, body: Any) -> ErrorResponse | None:
        """Parse a decoded JSON body; None when it is not an error object."""
        if not isinstance(body, dict):
            return None
        fields = dict(body)
        status = fields.pop("statusCode", fields.pop("status_code", status_code))
        code = fields.pop("code", None)
        message = fields.pop("message", None)
        return cls(
            status_code=status if isinstance(status, int) else status_code,
            code=None if code is None else str(code),
            message=None if message is None else str(message),
            extra=fields,
        )

    def __getattr__(self, name: str) -> Any:
        # Only for the Hub's extra keys: pickle and copy probe dunder names on an instance
        # whose slots are not set yet, which must not recurse into `extra`.
        if name.startswith("__") or name == "extra":
            raise AttributeError(name)
        try:
            return self.extra[name]
        except KeyError:
            raise AttributeError(name) from None

    def model_dump(self) -> dict[str, Any]:
        return {
            "status_code": self.status_code,
            "code": self.code,
            "message": self.message,
            **self.extra,
        }

    def model_dump_json(self, *, indent: int | None = None) -> str:
        encoded = msgspec.json.encode(self.model_dump())
        if indent:
            encoded = msgspec.json.format(encoded, indent=indent)
        return encoded.decode()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ErrorResponse):
            return NotImplemented
        return self.model_dump() == other.model_dump()

    def __repr__(self) -> str:
        # A validation error echoes what was sent (``children[].received``), a secret too.
        return f"ErrorResponse({mask_secrets(self.model_dump())!r})"


class HubAPIError(Exception):
    """The Hub answered with a status the call did not expect.

    ``error_response`` holds the parsed error body; ``status_code``, ``method`` and ``url``
    (without its query string) say which request failed, and ``body_excerpt`` shows the start
    of a body that was not a Hub error object (an HTML page of a proxy, for example).
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        error_response: ErrorResponse | None = None,
        method: str | None = None,
        url: str | None = None,
        body_excerpt: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.error_response = error_response
        self.method = method
        self.url = url
        self.body_excerpt = body_excerpt

    @classmethod
    def from_response(
        cls, status_code: int, content: bytes, *, method: str | None = None, url: str | None = None
    ) -> HubAPIError:
        """Build the error for a response with an unexpected status."""
        url = _without_query(url)
        try:
            body = msgspec.json.decode(content) if content else None
        except msgspec.DecodeError:
            body = None
        error = ErrorResponse.from_body(status_code, body)
        if error is not None and (error.code is not None or error.message is not None):
            message = f"received status code {status_code} ({error.code}): {error.message}"
            if not (error.message or "").strip():
                # The earlier client's wording, which programs may match; the Hub's 404s say
                # nothing more, so the request tells which resource was missing.
                message = (
                    f"received status code {status_code} ({error.code}): no error message present"
                )
                if method and url:
                    message += f" ({method} {url})"
            return cls(
                message,
                status_code=status_code,
                error_response=error,
                method=method,
                url=url,
            )
        excerpt = excerpt_of(content)
        where = f" for {method} {url}" if method and url else ""
        detail = f": {excerpt}" if excerpt else " with an empty body"
        return cls(
            f"received status code {status_code}{where}{detail}",
            status_code=status_code,
            error_response=ErrorResponse(status_code, None, excerpt or None),
            method=method,
            url=url,
            body_excerpt=excerpt,
        )


class HubResponseError(HubAPIError):
    """A response had the expected status but a body that could not be read."""


class HubConnectionError(HubAPIError, requests.ConnectionError):
    """The Hub did not answer: the connection was refused, dropped or timed out, after the
    retries the request was allowed (see ``docs/reliability.md``).

    ``status_code`` is None. It is also a ``requests.ConnectionError``, so code written for
    requests' errors keeps working. A request that is not retried (a create, an update) may
    have reached the Hub before the connection broke: look the resource up before sending it
    again.
    """

    @classmethod
    def from_exception(
        cls,
        exc: BaseException,
        *,
        method: str | None = None,
        url: str | None = None,
        idempotent: bool | None = None,
    ) -> HubConnectionError:
        """The error for an exception of requests or urllib3 (its text without the query).

        Unless ``idempotent`` says otherwise, a method other than GET, HEAD, OPTIONS and DELETE
        gets a word on what to do: it was not sent again and may have reached the Hub.
        """
        url = _without_query(url)
        reason = _root_reason(exc)
        timed_out = _is_timeout(reason)
        error_class = HubTimeoutError if timed_out else HubConnectionError
        what = "timed out" if timed_out else "failed"
        where = f"{method} {url}" if method and url else "the request"
        detail = _reason_text(reason)
        if idempotent is None:
            idempotent = method in (None, "GET", "HEAD", "OPTIONS", "DELETE")
        if isinstance(reason, ConnectTimeoutError):  # also a refused connection
            detail += "; the connection could not be opened, so nothing was sent"
        elif not idempotent:
            detail += (
                "; it was not sent again, as it may have reached the Hub (look a create up by "
                "its unique name before sending it again)"
            )
        return error_class(f"{where} {what}: {detail}", method=method, url=url)


class HubTimeoutError(HubConnectionError, requests.Timeout):
    """The Hub did not answer in time (the connect or read timeout, or one chunk of a stream
    took longer than the read timeout)."""


def _root_reason(exc: BaseException) -> BaseException:
    """The urllib3 (or socket) error under the wrappers of requests and urllib3."""
    for _ in range(5):
        if isinstance(exc, MaxRetryError) and exc.reason is not None:
            exc = exc.reason
        elif isinstance(exc, requests.RequestException) and exc.args:
            if not isinstance(exc.args[0], BaseException):
                break
            exc = exc.args[0]
        else:
            break
    return exc


def _is_timeout(reason: BaseException) -> bool:
    # urllib3's NewConnectionError (connection refused) derives from ConnectTimeoutError.
    if isinstance(reason, NewConnectionError):
        return False
    return isinstance(reason, Urllib3Timeout | TimeoutError | requests.Timeout)


def _reason_text(reason: BaseException) -> str:
    if isinstance(reason, ProtocolError) and len(reason.args) > 1:
        text = f"{reason.args[0]} {reason.args[1]}"
    else:
        text = str(reason)
    # urllib3 names the pool or connection ("HTTPConnectionPool(host=..., port=...): ");
    # keep only what went wrong.
    text = re.sub(r"^\S*Connection(?:Pool)?\([^)]*\):\s*", "", text)
    text = re.sub(r"^<[^>]*>:\s*", "", text)
    return mask_text(text.strip()) or type(reason).__name__


def mask_secrets(value: Any) -> Any:
    """A copy of a decoded JSON value with secrets replaced by ``'***'``: the values of keys
    that name a secret, and what a validation error says was ``received`` for such a key."""
    if isinstance(value, dict):
        names_secret = any(
            isinstance(value.get(key), str) and _SECRET_KEY.search(value[key])
            for key in ("path", "pathAbsolute")
        )
        return {
            key: SECRET_MASK
            if (isinstance(key, str) and _SECRET_KEY.search(key) and item is not None)
            or (key == "received" and names_secret)
            else mask_secrets(item)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [mask_secrets(item) for item in value]
    return value


def mask_text(text: str) -> str:
    """``text`` with the values of secret keys of JSON, bearer tokens and JWTs masked."""
    for pattern, replacement in _SECRET_TEXT:
        text = pattern.sub(replacement, text)
    return text


def excerpt_of(content: bytes) -> str:
    """The start of a body for an error message, with its secrets masked."""
    # Masked before it is cut, so that a secret value cut by the excerpt is masked as well.
    window = _EXCERPT_LENGTH * 4
    text = mask_text(content[:window].decode("utf-8", errors="replace")).strip()
    more = len(text) > _EXCERPT_LENGTH or len(content) > window
    return text[:_EXCERPT_LENGTH] + ("..." if more else "")


def _without_query(url: str | None) -> str | None:
    # Query strings can carry filter values a caller considers private; the path is enough to
    # tell which call failed.
    return None if url is None else url.split("?", 1)[0]
