"""Faults an emulator can be told to inject, for tests of retries, timeouts and decoding.

Each :class:`Fault` applies to the next ``count`` requests it matches (by path prefix and
method); a request takes at most one fault, the oldest that matches. A fault may combine a
delay with one of: an error status (with a Hub-shaped or given body and extra headers), a
dropped connection (before the request is handled, or after it, so that its answer is lost),
a truncated JSON body, a given (invalid) body, or a body that trickles in with pauses.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass, field

__all__ = ["Fault", "FaultPlan"]


@dataclass
class Fault:
    """One planned fault. ``remaining`` counts down as requests take it."""

    status: int | None = None
    count: int = 1
    path_prefix: str | None = None
    method: str | None = None
    delay: float = 0.0
    drop_connection: bool = False
    truncate: bool = False
    body: bytes | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    lose_response: bool = False
    chunk_delay: float = 0.0
    remaining: int = 0

    def __post_init__(self) -> None:
        if self.count < 1:
            raise ValueError("count must be at least 1")
        self.remaining = self.count

    def matches(self, method: str, path: str) -> bool:
        if self.method is not None and self.method.upper() != method.upper():
            return False
        return self.path_prefix is None or path.startswith(self.path_prefix)


class FaultPlan:
    """The faults of one emulator; thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []

    def add(
        self,
        status: int | None = None,
        *,
        count: int = 1,
        path_prefix: str | None = None,
        method: str | None = None,
        delay: float = 0.0,
        drop_connection: bool = False,
        truncate: bool = False,
        body: bytes | str | None = None,
        headers: Mapping[str, str] | None = None,
        lose_response: bool = False,
        chunk_delay: float = 0.0,
    ) -> Fault:
        """Plan a fault for the next ``count`` matching requests.

        ``path_prefix`` is matched against the full path (``/core/nodes``). ``status`` answers
        with that status and, unless ``body`` is given, the Hub's error body for it.
        ``drop_connection`` closes the socket without an answer. ``truncate`` serves the real
        answer with its body cut in half (still a complete HTTP response). ``body`` alone
        serves those bytes with status 200 and a JSON content type. ``delay`` (seconds) is
        waited before any of this, or before the normal answer when nothing else is set.
        ``lose_response`` handles the request (a create takes place) and then closes the
        socket without an answer: the client never learns of it. ``chunk_delay`` (seconds)
        sends the answer in four pieces with that pause before each piece after the first.
        """
        if isinstance(body, str):
            body = body.encode()
        fault = Fault(
            status=status,
            count=count,
            path_prefix=path_prefix,
            method=method,
            delay=delay,
            drop_connection=drop_connection,
            truncate=truncate,
            body=body,
            headers=dict(headers or {}),
            lose_response=lose_response,
            chunk_delay=chunk_delay,
        )
        with self._lock:
            self._faults.append(fault)
        return fault

    def take(self, method: str, path: str) -> Fault | None:
        with self._lock:
            for fault in self._faults:
                if fault.matches(method, path):
                    fault.remaining -= 1
                    if fault.remaining <= 0:
                        self._faults.remove(fault)
                    return fault
        return None

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    @property
    def pending(self) -> list[Fault]:
        with self._lock:
            return list(self._faults)

    def __len__(self) -> int:
        with self._lock:
            return len(self._faults)
