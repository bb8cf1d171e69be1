"""pytest fixtures for the Hub emulator (registered through the ``pytest11`` entry point).

- ``hub_emulator``: a running :class:`~flamehub.testing.HubEmulator` of its own for each test
  (fresh state; starting one takes a few milliseconds).
- ``hub_emulator_module``: one emulator shared by the tests of a module, for tests that do not
  need a fresh state.
- ``hub_urls``: the URLs of ``hub_emulator`` (``url``, ``auth_url``, ``core_url``,
  ``storage_url``).

The token lifetime can be set per test with ``@pytest.mark.flamehub_emulator(token_lifetime=2)``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

import pytest

if TYPE_CHECKING:
    from flamehub.testing.server import HubEmulator

# The emulator is imported inside the fixtures: this plugin is loaded by every pytest run once
# flamehub is installed, also without the `testing` extra (Werkzeug).


class HubURLs(NamedTuple):
    url: str
    auth_url: str
    core_url: str
    storage_url: str


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "flamehub_emulator(**options): options for the hub_emulator fixture "
        "(token_lifetime, refresh_token_lifetime, robot_secret)",
    )


@pytest.fixture
def hub_emulator(request: pytest.FixtureRequest) -> Iterator[HubEmulator]:
    from flamehub.testing import HubEmulator

    marker = request.node.get_closest_marker("flamehub_emulator")
    options = dict(marker.kwargs) if marker is not None else {}
    with HubEmulator(**options) as hub:
        yield hub


@pytest.fixture(scope="module")
def hub_emulator_module() -> Iterator[HubEmulator]:
    from flamehub.testing import HubEmulator

    with HubEmulator() as hub:
        yield hub


@pytest.fixture
def hub_urls(hub_emulator: HubEmulator) -> HubURLs:
    return HubURLs(
        hub_emulator.url, hub_emulator.auth_url, hub_emulator.core_url, hub_emulator.storage_url
    )
