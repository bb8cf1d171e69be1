"""Fixtures of the emulator tests: they talk to the emulator over raw HTTP with requests, so
that status codes, envelopes and error bodies are checked as they are on the wire."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import requests

from flamehub.testing import HubEmulator

# The plugin's fixtures (hub_emulator, hub_emulator_module, hub_urls), also when flamehub is not
# installed and the pytest11 entry point is therefore not registered.
from flamehub.testing.pytest_plugin import (  # noqa: F401
    hub_emulator,
    hub_emulator_module,
    hub_urls,
    pytest_configure,
)


class HubSession(requests.Session):
    """A requests session that prefixes relative paths with the emulator's URL."""

    def __init__(self, base: str) -> None:
        super().__init__()
        self.base = base

    def request(self, method: str, url: str, *args: Any, **kwargs: Any) -> requests.Response:
        if not url.startswith("http"):
            url = self.base + url.lstrip("/")
        return super().request(method, url, *args, **kwargs)


def login(hub: HubEmulator, **grant: str) -> HubSession:
    body = grant or {"grant_type": "password", "username": "admin", "password": "start123"}
    response = requests.post(hub.auth_url + "token", json=body, timeout=10)
    assert response.status_code == 200, response.text
    session = HubSession(hub.url)
    session.headers["Authorization"] = f"Bearer {response.json()['access_token']}"
    return session


@pytest.fixture(scope="module")
def hub() -> Iterator[HubEmulator]:
    """One emulator for the tests of a module that do not need a fresh state."""
    with HubEmulator() as emulator:
        yield emulator


@pytest.fixture(scope="module")
def admin(hub: HubEmulator) -> Iterator[HubSession]:
    session = login(hub)
    yield session
    session.close()


@pytest.fixture
def anonymous(hub: HubEmulator) -> Iterator[HubSession]:
    session = HubSession(hub.url)
    yield session
    session.close()
