"""Errors the emulator answers with, in the Hub's body shape (hub-api section 4)."""

from __future__ import annotations

from typing import Any

__all__ = [
    "HubError",
    "NotFound",
    "RouteNotFound",
    "bad_request",
    "validation_error",
]

INTERNAL_ERROR_MESSAGE = "An internal server error occurred."
DUPLICATE_MESSAGE = "An entry with some unique attributes already exist."
EXPLICIT_DUPLICATE_MESSAGE = "A db entry with some unique attributes already exist."


class HubError(Exception):
    """An error answer: ``{"statusCode", "code", "message"}`` plus ``extra`` keys."""

    def __init__(self, status: int, code: str, message: str = "", **extra: Any) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.extra = extra

    def body(self) -> dict[str, Any]:
        return {"statusCode": self.status, "code": self.code, "message": self.message, **self.extra}


class NotFound(HubError):
    def __init__(self, message: str = "") -> None:
        super().__init__(404, "NOT_FOUND", message)


class RouteNotFound(Exception):
    """An unknown route or method: the Hub's router answers 404 with an empty body."""


def validation_code(client: str) -> str:
    """authup reports validation and missing references as BAD_REQUEST; core and storage
    (routup + validup) lose the code and send the string ``"undefined"`` (hub-api 13)."""
    return "BAD_REQUEST" if client == "auth" else "undefined"


def bad_request(message: str) -> HubError:
    return HubError(400, "BAD_REQUEST", message)


def validation_error(client: str, children: list[dict[str, Any]]) -> HubError:
    attributes = [child["pathAbsolute"] for child in children]
    names = list(dict.fromkeys(attribute.split(".", 1)[0] for attribute in attributes))
    if len(names) == 1:
        message = f"The attribute {names[0]} is invalid."
    else:
        message = f"The attributes {', '.join(names)} are invalid."
    return HubError(400, validation_code(client), message, children=children, attributes=attributes)


def missing_reference(client: str, column: str) -> HubError:
    entity = column[:-3] if column.endswith("_id") else column
    return HubError(400, validation_code(client), f"Can't find {entity} entity by {column}")


def duplicate(client: str, explicit: bool) -> HubError:
    if explicit:
        return HubError(409, "CONFLICT", EXPLICIT_DUPLICATE_MESSAGE)
    # MySQL's driver code travels through on core and storage; authup maps it to CONFLICT.
    return HubError(409, "CONFLICT" if client == "auth" else "ER_DUP_ENTRY", DUPLICATE_MESSAGE)
