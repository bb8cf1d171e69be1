"""The urllib3 retry policy the clients and the token flows share, across urllib3 releases."""

from __future__ import annotations

import inspect
from typing import Any

from urllib3.util.retry import Retry

__all__ = ["RETRY_AFTER_MAX", "new_retry"]

#: The longest ``Retry-After`` waited for, in seconds; a longer one is cut to this.
RETRY_AFTER_MAX = 60
_RETRY_PARAMETERS = frozenset(inspect.signature(Retry.__init__).parameters)


class _CappedRetry(Retry):
    """urllib3's ``Retry`` with ``Retry-After`` cut to ``RETRY_AFTER_MAX`` seconds, for urllib3
    releases before 2.6.3, which lack ``retry_after_max``."""

    def parse_retry_after(self, retry_after: str) -> float:
        return min(super().parse_retry_after(retry_after), RETRY_AFTER_MAX)


def new_retry(**options: Any) -> Retry:
    """A urllib3 ``Retry`` of these options (the clients' and the token requests'), leaving out
    those the installed urllib3 does not know: ``backoff_jitter`` before 2.0, and
    ``retry_after_max`` before 2.6.3, whose cap a subclass then applies."""
    known = {key: value for key, value in options.items() if key in _RETRY_PARAMETERS}
    if "retry_after_max" in options and "retry_after_max" not in _RETRY_PARAMETERS:
        return _CappedRetry(**known)
    return Retry(**known)
