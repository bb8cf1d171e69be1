"""Point 3 under load: one client shared by 8 threads makes one token request per expiry, and
a few hundred requests with faults mixed in all succeed, every create exactly once."""

from __future__ import annotations

import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from flamehub.testing import HubEmulator

from .helpers import (
    core_client,
    create_project_once,
    password_auth,
    quick_retry,
    robot_auth,
    statuses,
)

THREADS = 8


@pytest.mark.flamehub_emulator(token_lifetime=1)
@pytest.mark.parametrize("make_auth", [password_auth, robot_auth], ids=["password", "robot"])
def test_one_token_request_per_expiry_for_eight_threads(
    hub_emulator: HubEmulator, make_auth: Callable[[HubEmulator], Any]
) -> None:
    auth = make_auth(hub_emulator)
    client = core_client(hub_emulator, auth)
    barrier = threading.Barrier(THREADS)

    def burst(_: int) -> int:
        barrier.wait()  # all threads ask for the token at the same moment
        return sum(isinstance(client.get_nodes(), list) for _ in range(3))

    with ThreadPoolExecutor(THREADS) as pool:
        for expiry in range(3):
            if expiry:
                time.sleep(1.0)  # the token is due: past its renewal point, at its expiry
            assert sum(pool.map(burst, range(THREADS))) == 3 * THREADS
            assert auth.token_requests == expiry + 1
            assert hub_emulator.token_requests == expiry + 1
    # Renewed in time: the Hub refused no request.
    assert set(statuses(hub_emulator, "GET", "/core/nodes")) == {200}
    client.close()


@pytest.mark.flamehub_emulator(token_lifetime=1)
def test_eight_threads_share_one_client_through_faults(hub_emulator: HubEmulator) -> None:
    per_thread = 20
    auth = password_auth(hub_emulator)
    # A GET meets at most the 7 GET faults below in a row: 8 retries always get through.
    client = core_client(hub_emulator, auth, retries=quick_retry(8), timeout=(2.0, 2.0))
    run = uuid.uuid4().hex[:8]
    hub_emulator.faults.add(503, count=4, method="GET", path_prefix="/core/projects")
    hub_emulator.faults.add(drop_connection=True, count=3, method="GET", path_prefix="/core/")
    hub_emulator.faults.add(lose_response=True, count=4, method="POST", path_prefix="/core/")
    hub_emulator.faults.add(drop_connection=True, count=4, method="POST", path_prefix="/core/")

    def work(thread: int) -> list[str]:
        made = []
        for index in range(per_thread):
            name = f"mt-{run}-{thread}-{index}"
            project = create_project_once(client, name, attempts=10)
            assert project.name == name
            fetched = client.get_project(project.id)
            assert fetched is not None and fetched.id == project.id
            assert [p.id for p in client.find_projects(filter={"name": name})] == [project.id]
            made.append(name)
        return made

    started = time.monotonic()
    with ThreadPoolExecutor(THREADS) as pool:
        made = [name for names in pool.map(work, range(THREADS)) for name in names]
    elapsed = time.monotonic() - started
    client.close()

    assert len(made) == THREADS * per_thread
    assert len(hub_emulator.faults) == 0  # every fault was met
    # Every create happened exactly once.
    rows = [row["name"] for row in hub_emulator.store.rows("projects")]
    counts = Counter(name for name in rows if name.startswith(f"mt-{run}-"))
    assert set(counts) == set(made)
    assert set(counts.values()) == {1}
    assert len(hub_emulator.requests) >= 3 * len(made)
    # One token request per expiry (a renewal every 0.9 s), and nobody else's.
    assert hub_emulator.token_requests == auth.token_requests
    assert 1 <= auth.token_requests <= 2 + elapsed / 0.9


def test_eight_threads_meeting_a_revoked_token_log_in_once(hub_emulator: HubEmulator) -> None:
    auth = password_auth(hub_emulator)
    client = core_client(hub_emulator, auth)
    client.get_nodes()
    # New signing keys: the token every thread holds is refused, and so is its refresh token.
    hub_emulator.reset()
    barrier = threading.Barrier(THREADS)

    def burst(_: int) -> bool:
        barrier.wait()
        return isinstance(client.get_nodes(), list)

    with ThreadPoolExecutor(THREADS) as pool:
        assert all(pool.map(burst, range(THREADS)))
    # One renewal for all of them: the refresh is refused, the password works.
    assert statuses(hub_emulator, "POST", "/auth/token") == [400, 200]
    nodes = statuses(hub_emulator, "GET", "/core/nodes")
    assert nodes.count(200) == THREADS and set(nodes) <= {200, 400}
    client.close()
