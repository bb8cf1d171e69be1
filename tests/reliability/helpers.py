"""Helpers of the reliability suite: quick retry policies, clients of an emulator, and the
recorder behind the secret-leak check (see ``conftest.py``)."""

from __future__ import annotations

import contextlib
import threading
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from urllib3.util.retry import Retry

import flamehub
from flamehub.auth import PasswordAuth, RobotAuth
from flamehub.clients import RETRY_METHODS, RETRY_STATUSES
from flamehub.errors import HubAPIError, HubConnectionError
from flamehub.testing import DEFAULT_ROBOT_SECRET, HubEmulator

ADMIN_PASSWORD = "start123"


class Recorder:
    """What the suite said (logs, exception texts, reprs) and the secrets it used."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.texts: list[tuple[str, str]] = []
        self.secrets: set[str] = {ADMIN_PASSWORD, DEFAULT_ROBOT_SECRET}

    def text(self, where: str, text: str) -> None:
        with self._lock:
            self.texts.append((where, text))

    def secret(self, value: str) -> str:
        with self._lock:
            self.secrets.add(value)
        return value

    def exception(self, where: str, exc: BaseException) -> None:
        self.text(where, str(exc))
        self.text(where, repr(exc))
        error = getattr(exc, "error_response", None)
        if error is not None:
            self.text(where, repr(error))
            self.text(where, str(error))


RECORDER = Recorder()


@contextlib.contextmanager
def expect(
    kind: type[BaseException] | tuple[type[BaseException], ...], *fragments: str
) -> Iterator[pytest.ExceptionInfo[Any]]:
    """``pytest.raises`` that records the exception's text and checks that each fragment
    occurs in it."""
    with pytest.raises(kind) as info:
        yield info
    RECORDER.exception("expected", info.value)
    message = str(info.value)
    for fragment in fragments:
        assert fragment in message, f"{fragment!r} not in {message!r}"


def show(*objects: Any) -> None:
    """Record the ``repr`` and ``str`` of objects for the leak check."""
    for obj in objects:
        RECORDER.text(f"repr {type(obj).__name__}", repr(obj))
        RECORDER.text(f"str {type(obj).__name__}", str(obj))


def quick_retry(count: int = 3, **options: Any) -> Retry:
    """The client's policy with millisecond backoffs (and a Retry-After cap of 1 s)."""
    settings: dict[str, Any] = {
        "total": count,
        "connect": count,
        "read": count,
        "status": count,
        "other": 0,
        "allowed_methods": RETRY_METHODS,
        "status_forcelist": RETRY_STATUSES,
        "backoff_factor": 0.01,
        "backoff_max": 0.05,
        "retry_after_max": 1,
        "respect_retry_after_header": True,
        "raise_on_status": False,
    }
    settings.update(options)
    return Retry(**settings)


def password_auth(hub: HubEmulator) -> PasswordAuth:
    return PasswordAuth("admin", ADMIN_PASSWORD, base_url=hub.auth_url)


def robot_auth(hub: HubEmulator) -> RobotAuth:
    robot = hub.robot_credentials
    return RobotAuth(robot.id, robot.secret, base_url=hub.auth_url)


def core_client(hub: HubEmulator, auth: Any = None, **options: Any) -> flamehub.CoreClient:
    options.setdefault("retries", quick_retry())
    options.setdefault("timeout", (2.0, 2.0))
    return flamehub.CoreClient(
        base_url=options.pop("base_url", hub.core_url),
        auth=auth if auth is not None else password_auth(hub),
        **options,
    )


def auth_client(hub: HubEmulator, auth: Any = None, **options: Any) -> flamehub.AuthClient:
    options.setdefault("retries", quick_retry())
    options.setdefault("timeout", (2.0, 2.0))
    return flamehub.AuthClient(
        base_url=options.pop("base_url", hub.auth_url),
        auth=auth if auth is not None else password_auth(hub),
        **options,
    )


def storage_client(hub: HubEmulator, auth: Any = None, **options: Any) -> flamehub.StorageClient:
    options.setdefault("retries", quick_retry())
    options.setdefault("timeout", (2.0, 2.0))
    return flamehub.StorageClient(
        base_url=options.pop("base_url", hub.storage_url),
        auth=auth if auth is not None else password_auth(hub),
        **options,
    )


def statuses(hub: HubEmulator, method: str, prefix: str) -> list[int]:
    """The statuses of the emulator's requests of ``method`` under ``prefix`` (0: no answer)."""
    return [r.status for r in hub.requests if r.method == method and r.path.startswith(prefix)]


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def projects_named(hub: HubEmulator, name: str) -> list[dict[str, Any]]:
    return [row for row in hub.store.rows("projects") if row.get("name") == name]


def create_project_once(client: flamehub.CoreClient, name: str, attempts: int = 3) -> Any:
    """The recipe of docs/reliability.md: after a create without an answer, look the resource
    up by its unique name, and create it only if it is not there; a 409 then means that the
    first attempt arrived late. (Project names are unique on the Hub.)"""
    for _ in range(attempts):
        try:
            return client.create_project(name)
        except HubConnectionError:
            found = client.find_projects(filter={"name": name})
            if found:
                return found[0]
        except HubAPIError as exc:
            if exc.status_code != 409:
                raise
            return client.find_projects(filter={"name": name})[0]
    raise AssertionError(f"no answer {attempts} times")
