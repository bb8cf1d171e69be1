"""Errors raised by the clients: :class:`HubAPIError` and the parsed error body."""

from __future__ import annotations

from typing import Any

import msgspec

__all__ = ["ErrorResponse", "HubAPIError", "HubResponseError"]

_EXCERPT_LENGTH = 200


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
        return f"ErrorResponse({self.model_dump()!r})"


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
        if error is not None:
            message = f"received status code {status_code} ({error.code}): {error.message}"
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


def excerpt_of(content: bytes) -> str:
    text = content[:_EXCERPT_LENGTH].decode("utf-8", errors="replace").strip()
    return text + ("..." if len(content) > _EXCERPT_LENGTH else "")


def _without_query(url: str | None) -> str | None:
    # Query strings can carry filter values a caller considers private; the path is enough to
    # tell which call failed.
    return None if url is None else url.split("?", 1)[0]
