"""Point 1: a timeout on every request (connect and read), defaults, the client argument, and
a read timeout that applies to each chunk of a stream."""

from __future__ import annotations

import time
import uuid
from typing import Any

import pytest
import requests
from requests.adapters import HTTPAdapter

import flamehub
from flamehub.clients import DEFAULT_TIMEOUT
from flamehub.errors import HubConnectionError, HubTimeoutError
from flamehub.testing import HubEmulator

from .helpers import core_client, expect, password_auth, quick_retry, storage_client


def test_defaults_are_finite_connect_and_read_timeouts() -> None:
    connect, read = DEFAULT_TIMEOUT
    assert 0 < connect <= 10 and 0 < read <= 60
    with flamehub.CoreClient() as client:
        assert client.timeout == DEFAULT_TIMEOUT
    assert password_auth_timeout() == (5.0, 30.0)


def password_auth_timeout() -> Any:
    return flamehub.auth.PasswordAuth("someone", "pw").timeout


@pytest.mark.parametrize("timeout", [0, -1, (1, 2, 3), "5", True, (1, 0)])
def test_a_bad_timeout_is_refused_when_the_client_is_made(timeout: Any) -> None:
    with expect(ValueError, "timeout", repr(timeout)):
        flamehub.CoreClient(timeout=timeout)


def test_every_request_is_sent_with_a_timeout(
    hub_emulator: HubEmulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    sent: list[tuple[str, str, Any]] = []
    original_send = HTTPAdapter.send

    def recording_send(self: HTTPAdapter, request: Any, **kwargs: Any) -> Any:
        sent.append((request.method, request.path_url.split("?")[0], kwargs.get("timeout")))
        return original_send(self, request, **kwargs)

    monkeypatch.setattr(HTTPAdapter, "send", recording_send)
    auth = password_auth(hub_emulator)
    auth.timeout = (3.0, 4.0)
    timeout = (1.5, 2.5)
    with (
        core_client(hub_emulator, auth, timeout=timeout) as core,
        storage_client(hub_emulator, auth, timeout=timeout) as storage,
    ):
        registry = core.create_registry(f"r-{uuid.uuid4().hex[:8]}", "harbor.example.org")
        core.get_registry(registry.id)
        core.find_registries(filter={"name": registry.name})
        core.update_registry(registry.id, host="harbor2.example.org")
        core.delete_registry(registry.id)
        bucket = storage.create_bucket(f"b-{uuid.uuid4().hex[:8]}")
        (stored,) = storage.upload_to_bucket(bucket.id, {"file_name": "a.txt", "content": b"x"})
        assert b"".join(storage.stream_bucket_file(stored.id)) == b"x"
    assert {path for _, path, _ in sent} >= {"/auth/token", "/core/registries"}
    for method, path, value in sent:
        expected = auth.timeout if path == "/auth/token" else timeout
        assert value == expected, (method, path, value)


def test_a_slow_answer_times_out_after_the_retries(hub_emulator: HubEmulator) -> None:
    client = core_client(hub_emulator, timeout=(1.0, 0.2), retries=quick_retry(2))
    client.get_nodes()  # log in first
    hub_emulator.faults.add(delay=0.5, count=3, method="GET", path_prefix="/core/nodes")
    started = time.monotonic()
    with expect(HubTimeoutError, "GET", "/core/nodes", "timed out", "read timeout=0.2") as info:
        client.get_nodes()
    elapsed = time.monotonic() - started
    assert 0.6 <= elapsed < 1.5  # three attempts of 0.2 s
    assert info.value.status_code is None
    assert isinstance(info.value, requests.Timeout)  # as requests would have said
    assert len(hub_emulator.faults) == 0  # all three attempts reached the emulator
    # One slow attempt, then a quick one: the caller sees nothing but the answer.
    hub_emulator.faults.add(delay=0.5, method="GET", path_prefix="/core/nodes")
    assert isinstance(client.get_nodes(), list)
    client.close()


def test_no_answer_at_all_is_a_connection_error(hub_emulator: HubEmulator) -> None:
    # A port nobody listens on: the connection is refused, every attempt.
    with HubEmulator() as gone:
        url = gone.core_url
    client = flamehub.CoreClient(base_url=url, retries=quick_retry(2), timeout=(0.5, 0.5))
    with expect(HubConnectionError, "GET", "/core/nodes", "failed") as info:
        client.get_nodes()
    assert not isinstance(info.value, HubTimeoutError)
    assert isinstance(info.value, requests.ConnectionError)


def test_the_token_request_has_its_timeout(hub_emulator: HubEmulator) -> None:
    auth = password_auth(hub_emulator)
    auth.timeout = (1.0, 0.2)
    hub_emulator.faults.add(delay=0.4, count=3, path_prefix="/auth/token")
    client = core_client(hub_emulator, auth)
    with expect(HubTimeoutError, "POST", "/auth/token", "timed out") as info:
        client.get_nodes()
    assert "not sent again" not in str(info.value)  # (a token request may be repeated)
    time.sleep(0.5)  # let the emulator finish the slow ones
    assert isinstance(client.get_nodes(), list)


@pytest.fixture
def stored_file(hub_emulator: HubEmulator) -> tuple[Any, bytes]:
    content = bytes(range(256)) * 64  # 16 KiB
    with storage_client(hub_emulator) as storage:
        bucket = storage.create_bucket(f"slow-{uuid.uuid4().hex[:8]}")
        (stored,) = storage.upload_to_bucket(
            bucket.id, {"file_name": "data.bin", "content": content}
        )
    return stored, content


def test_a_stream_read_timeout_applies_per_chunk(
    hub_emulator: HubEmulator, stored_file: tuple[Any, bytes]
) -> None:
    stored, content = stored_file
    storage = storage_client(hub_emulator, timeout=(1.0, 0.5))
    # Four pieces, 0.25 s apart: 0.75 s in all, longer than the read timeout, but no single
    # wait is.
    hub_emulator.faults.add(chunk_delay=0.25, method="GET", path_prefix="/storage/bucket-files/")
    started = time.monotonic()
    received = b"".join(storage.stream_bucket_file(stored.id, 4096))
    assert time.monotonic() - started >= 0.7
    assert received == content
    storage.close()


def test_a_stalled_stream_times_out_and_is_closed(
    hub_emulator: HubEmulator, stored_file: tuple[Any, bytes]
) -> None:
    stored, content = stored_file
    storage = storage_client(hub_emulator, timeout=(1.0, 0.2))
    hub_emulator.faults.add(chunk_delay=0.6, method="GET", path_prefix="/storage/bucket-files/")
    stream = storage.stream_bucket_file(stored.id, 1024)
    first = next(stream)  # the first piece comes at once
    assert first == content[: len(first)]
    with expect(HubTimeoutError, "GET", "/stream", "timed out"):
        for _ in stream:
            pass
    assert stream._response.raw.closed
    storage.close()
