"""Fixtures and hooks of the reliability suite, and the recorder behind its secret-leak check
(``test_zz_no_secret_leaks.py``; the recorder itself is in ``helpers.py``).

For the whole session the recorder collects every log record of the ``flamehub`` loggers
(at DEBUG), the text of every :class:`~flamehub.errors.HubAPIError` built, the text of every
exception a test expects (through ``helpers.expect``) or lets escape, and the ``repr``/``str``
of objects passed to ``helpers.show``. It also learns every token the emulators issue, so
that the final check knows all the secret strings of the run.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import pytest

from flamehub.errors import HubAPIError
from flamehub.testing.pytest_plugin import (  # noqa: F401
    hub_emulator,
    hub_emulator_module,
    hub_urls,
)
from flamehub.testing.tokens import TokenIssuer

from .helpers import RECORDER, Recorder


class _Handler(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        RECORDER.text(f"log {record.name}", self.format(record))


@pytest.fixture(scope="session", autouse=True)
def _record_everything() -> Iterator[Recorder]:
    """Log at DEBUG into the recorder; record every HubAPIError and every issued token."""
    logger = logging.getLogger("flamehub")
    handler = _Handler(level=logging.DEBUG)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))
    previous_level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)

    original_init = HubAPIError.__init__
    original_encode = TokenIssuer.encode

    def recording_init(self: HubAPIError, message: str, **kwargs: Any) -> None:
        original_init(self, message, **kwargs)
        RECORDER.text(f"built {type(self).__name__}", message)

    def recording_encode(self: TokenIssuer, claims: Any) -> str:
        token = original_encode(self, claims)
        RECORDER.secret(token)
        return token

    HubAPIError.__init__ = recording_init  # type: ignore[method-assign]
    TokenIssuer.encode = recording_encode  # type: ignore[method-assign]
    try:
        yield RECORDER
    finally:
        HubAPIError.__init__ = original_init  # type: ignore[method-assign]
        TokenIssuer.encode = original_encode  # type: ignore[method-assign]
        logger.removeHandler(handler)
        logger.setLevel(previous_level)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[Any]) -> Iterator[None]:
    # An exception that escapes a test (a failure) is part of what the suite said, too.
    if call.excinfo is not None and "reliability" in str(item.path):
        RECORDER.exception(f"escaped {item.nodeid}", call.excinfo.value)
    yield


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The leak check looks at what the rest of the suite recorded, so it runs last (also when
    # the order is shuffled by a plugin).
    last = [item for item in items if item.get_closest_marker("after_everything")]
    for item in last:
        items.remove(item)
    items.extend(last)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "after_everything: run after every other test")
