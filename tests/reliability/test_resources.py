"""Point 7: clients are context managers with ``close()``; streams give their connection back
when dropped early; errors leave no connection checked out."""

from __future__ import annotations

import gc
import uuid
from typing import Any
from unittest import mock

import pytest
import requests

import flamehub
from flamehub.errors import HubAPIError, HubResponseError
from flamehub.testing import HubEmulator

from .helpers import core_client, expect, storage_client


def checked_out(client: flamehub.clients.BaseClient, url: str) -> int:
    """How many connections of the client's pools for ``url``'s scheme are in use."""
    pools = client.session.get_adapter(url).poolmanager.pools
    return sum(pools[key].pool.maxsize - pools[key].pool.qsize() for key in pools.keys())


@pytest.fixture
def stored(hub_emulator: HubEmulator) -> tuple[Any, bytes]:
    content = b"abcdefgh" * 8192  # 64 KiB: more than one chunk, more than a socket buffer
    with storage_client(hub_emulator) as storage:
        bucket = storage.create_bucket(f"res-{uuid.uuid4().hex[:8]}")
        (item,) = storage.upload_to_bucket(bucket.id, {"file_name": "a.bin", "content": content})
    return item, content


def test_a_client_is_a_context_manager_that_closes_its_session(hub_emulator: HubEmulator) -> None:
    with core_client(hub_emulator) as client:
        client.get_nodes()
        session = client.session
        close = mock.patch.object(session, "close", wraps=session.close)
        spy = close.start()
    close.stop()
    spy.assert_called_once()
    client.close()  # closing twice is harmless


def test_a_given_session_is_left_open(hub_emulator: HubEmulator) -> None:
    given = requests.Session()
    with (
        mock.patch.object(given, "close") as spy,
        flamehub.CoreClient(base_url=hub_emulator.core_url, client=given) as client,
    ):
        assert client.session is given
    spy.assert_not_called()


def test_a_stream_dropped_early_closes_its_response(
    hub_emulator: HubEmulator, stored: tuple[Any, bytes]
) -> None:
    item, content = stored
    storage = storage_client(hub_emulator)
    url = hub_emulator.storage_url
    stream = storage.stream_bucket_file(item.id, 1024)
    assert next(stream) == content[:1024]
    raw = stream._response.raw
    assert not raw.closed and checked_out(storage, url) == 1
    del stream
    gc.collect()
    assert raw.closed
    assert checked_out(storage, url) == 0
    # Left in a with block, read half-way.
    with storage.stream_bucket_file(item.id, 1024) as stream:
        next(stream)
        raw = stream._response.raw
    assert raw.closed and checked_out(storage, url) == 0
    # Read to the end.
    assert b"".join(storage.stream_bucket_file(item.id, 4096)) == content
    assert checked_out(storage, url) == 0
    storage.close()


def test_errors_leave_no_connection_checked_out(hub_emulator: HubEmulator) -> None:
    client = core_client(hub_emulator)
    url = hub_emulator.core_url
    with expect(HubAPIError, "404"):
        client.delete_project(str(uuid.uuid4()))
    hub_emulator.faults.add(truncate=True, path_prefix="/core/nodes")
    with expect(HubResponseError):
        client.get_nodes()
    hub_emulator.faults.add(401, count=2, path_prefix="/core/nodes")
    with expect(HubAPIError, "401"):
        client.get_nodes()
    storage = storage_client(hub_emulator)
    with expect(HubAPIError, "404"):
        storage.stream_bucket_file(str(uuid.uuid4()))
    assert checked_out(client, url) == 0
    assert checked_out(storage, hub_emulator.storage_url) == 0
    client.close()
    storage.close()
