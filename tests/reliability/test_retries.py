"""Point 2: retries of idempotent requests (GET, DELETE) with backoff and ``Retry-After``
through urllib3's ``Retry``; a create is never sent twice once it may have arrived."""

from __future__ import annotations

import threading
import time
import uuid
from types import SimpleNamespace
from typing import Any

import pytest
from urllib3.exceptions import NewConnectionError, ProtocolError, ReadTimeoutError
from urllib3.util.retry import RequestHistory, Retry

import flamehub
import flamehub.retry
from flamehub.clients import _may_have_been_applied, retry_policy
from flamehub.errors import HubAPIError, HubConnectionError, HubTimeoutError
from flamehub.testing import HubEmulator

from .helpers import (
    core_client,
    create_project_once,
    expect,
    password_auth,
    projects_named,
    quick_retry,
    statuses,
    unique,
)

# The policy ---------------------------------------------------------------------------------


def test_the_default_policy() -> None:
    policy = retry_policy(3)
    assert isinstance(policy, Retry)
    assert policy.total == policy.connect == policy.read == policy.status == 3
    assert policy.other == 0  # TLS failures and the like are not worth repeating
    assert set(policy.allowed_methods) == {"GET", "HEAD", "OPTIONS", "DELETE"}
    assert "POST" not in policy.allowed_methods
    assert set(policy.status_forcelist) == {429, 502, 503, 504}
    assert policy.respect_retry_after_header and not policy.raise_on_status
    assert policy.backoff_factor > 0 and policy.backoff_jitter > 0
    # A huge Retry-After is cut to a minute.
    assert policy.parse_retry_after("86400") == 60
    assert retry_policy(0).total == 0 and retry_policy(None).total == 0
    given = Retry(total=7)
    assert retry_policy(given) is given
    with flamehub.CoreClient(retries=given) as client:
        assert client.session.get_adapter("https://x").max_retries is given
    for bad in (-1, "3", 2.5, True):
        with expect(ValueError, "retries"):
            flamehub.CoreClient(retries=bad)


def test_the_retry_after_cap_also_without_urllib3s_own(monkeypatch: pytest.MonkeyPatch) -> None:
    # urllib3 before 2.6.3 has no retry_after_max (nor, before 2.0, backoff_jitter).
    known = flamehub.retry._RETRY_PARAMETERS - {"retry_after_max", "backoff_jitter"}
    monkeypatch.setattr(flamehub.retry, "_RETRY_PARAMETERS", known)
    policy = retry_policy(3)
    assert policy.parse_retry_after("86400") == 60
    assert policy.increment("GET", "/x").parse_retry_after("86400") == 60  # kept by new()
    assert policy.parse_retry_after("2") == 2


def test_token_requests_are_retried_with_a_capped_retry_after() -> None:
    session = flamehub.auth._shared_token_session()
    policy = session.get_adapter("https://hub.test").max_retries
    assert policy.allowed_methods is None  # POST too: a token twice is harmless
    assert policy.parse_retry_after("86400") == 60
    assert policy.total == 2


def test_which_earlier_attempts_may_have_taken_effect() -> None:
    def response(*history: RequestHistory) -> Any:
        return SimpleNamespace(raw=SimpleNamespace(retries=SimpleNamespace(history=history)))

    def attempt(error: Exception | None = None, status: int | None = None) -> RequestHistory:
        return RequestHistory("DELETE", "/x", error, status, None)

    refused = NewConnectionError(None, "refused")  # type: ignore[arg-type]
    assert not _may_have_been_applied(response())
    assert not _may_have_been_applied(response(attempt(refused)))
    assert not _may_have_been_applied(response(attempt(status=429)))
    assert _may_have_been_applied(response(attempt(status=503)))
    assert _may_have_been_applied(response(attempt(ProtocolError("aborted"))))
    timeout = ReadTimeoutError(None, "/x", "timed out")  # type: ignore[arg-type]
    assert _may_have_been_applied(response(attempt(refused), attempt(timeout)))


# Statuses -----------------------------------------------------------------------------------


def test_503_with_retry_after_is_waited_for(hub_emulator: HubEmulator) -> None:
    client = core_client(hub_emulator)
    client.get_nodes()
    hub_emulator.faults.add(503, headers={"Retry-After": "1"}, path_prefix="/core/nodes")
    started = time.monotonic()
    assert client.get_nodes() == client.get_nodes()
    assert 1.0 <= time.monotonic() - started < 2.0  # the backoff alone would be milliseconds
    assert statuses(hub_emulator, "GET", "/core/nodes")[-3:] == [503, 200, 200]


def test_a_huge_retry_after_is_capped(hub_emulator: HubEmulator) -> None:
    client = core_client(hub_emulator, retries=quick_retry(retry_after_max=0.3))
    client.get_nodes()
    hub_emulator.faults.add(503, headers={"Retry-After": "86400"}, path_prefix="/core/nodes")
    started = time.monotonic()
    client.get_nodes()
    assert 0.3 <= time.monotonic() - started < 1.5


def test_429_is_retried_for_a_get_but_not_for_a_create(hub_emulator: HubEmulator) -> None:
    client = core_client(hub_emulator)
    hub_emulator.faults.add(429, headers={"Retry-After": "0"}, path_prefix="/core/registries")
    assert isinstance(client.get_registries(), list)
    assert statuses(hub_emulator, "GET", "/core/registries") == [429, 200]
    hub_emulator.faults.add(429, method="POST", path_prefix="/core/registries")
    with expect(HubAPIError, "429") as info:
        client.create_registry(unique("busy"), "harbor.example.org")
    assert info.value.status_code == 429
    assert statuses(hub_emulator, "POST", "/core/registries") == [429]


def test_gateway_errors_are_retried_then_reported(hub_emulator: HubEmulator) -> None:
    client = core_client(hub_emulator, retries=quick_retry(2))
    page = b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"
    hub_emulator.faults.add(502, body=page, count=5, method="GET", path_prefix="/core/projects")
    with expect(HubAPIError, "502", "GET", "/core/projects", "Bad Gateway") as info:
        client.get_projects()
    assert info.value.body_excerpt is not None and "nginx" in info.value.body_excerpt
    assert statuses(hub_emulator, "GET", "/core/projects") == [502, 502, 502]
    hub_emulator.faults.clear()
    hub_emulator.faults.add(504, path_prefix="/core/projects")
    hub_emulator.faults.add(502, path_prefix="/core/projects")
    assert isinstance(client.get_projects(), list)
    assert statuses(hub_emulator, "GET", "/core/projects")[3:] == [504, 502, 200]


def test_a_create_answered_503_is_not_sent_again(hub_emulator: HubEmulator) -> None:
    client = core_client(hub_emulator)
    name = unique("unavailable")
    hub_emulator.faults.add(
        503, headers={"Retry-After": "0"}, method="POST", path_prefix="/core/projects"
    )
    with expect(HubAPIError, "503"):
        client.create_project(name)
    assert statuses(hub_emulator, "POST", "/core/projects") == [503]
    assert projects_named(hub_emulator, name) == []


def test_retries_can_be_disabled(hub_emulator: HubEmulator) -> None:
    for retries in (0, None):
        client = core_client(hub_emulator, retries=retries)
        client.get_nodes()
        before = len(statuses(hub_emulator, "GET", "/core/nodes"))
        hub_emulator.faults.add(503, path_prefix="/core/nodes")
        with expect(HubAPIError, "503"):
            client.get_nodes()
        hub_emulator.faults.add(drop_connection=True, path_prefix="/core/nodes")
        with expect(HubConnectionError, "GET", "/core/nodes"):
            client.get_nodes()
        assert statuses(hub_emulator, "GET", "/core/nodes")[before:] == [503, 0]
        client.close()


# Dropped connections and lost answers ---------------------------------------------------------


def test_a_dropped_connection_is_retried_for_a_get(hub_emulator: HubEmulator) -> None:
    client = core_client(hub_emulator)
    client.get_nodes()
    hub_emulator.faults.add(drop_connection=True, count=2, path_prefix="/core/nodes")
    assert isinstance(client.get_nodes(), list)
    assert statuses(hub_emulator, "GET", "/core/nodes")[-3:] == [0, 0, 200]


def test_a_create_whose_answer_is_lost_happens_once(hub_emulator: HubEmulator) -> None:
    client = core_client(hub_emulator)
    name = unique("lost")
    hub_emulator.faults.add(lose_response=True, method="POST", path_prefix="/core/projects")
    with expect(HubConnectionError, "POST", "/core/projects", "not sent again") as info:
        client.create_project(name)
    assert not isinstance(info.value, HubTimeoutError)
    assert statuses(hub_emulator, "POST", "/core/projects") == [0]
    assert len(projects_named(hub_emulator, name)) == 1  # it did happen, once


def test_the_recipe_finds_a_create_whose_answer_was_lost(hub_emulator: HubEmulator) -> None:
    client = core_client(hub_emulator)
    name = unique("lost")
    hub_emulator.faults.add(lose_response=True, method="POST", path_prefix="/core/projects")
    assert create_project_once(client, name).name == name
    assert len(projects_named(hub_emulator, name)) == 1
    assert statuses(hub_emulator, "POST", "/core/projects") == [0]


def test_the_recipe_makes_a_create_dropped_before_it_arrived(hub_emulator: HubEmulator) -> None:
    client = core_client(hub_emulator)
    name = unique("dropped")
    hub_emulator.faults.add(drop_connection=True, method="POST", path_prefix="/core/projects")
    assert create_project_once(client, name).name == name
    assert len(projects_named(hub_emulator, name)) == 1
    assert statuses(hub_emulator, "POST", "/core/projects") == [0, 201]


def test_a_create_past_the_read_timeout_is_not_sent_again(hub_emulator: HubEmulator) -> None:
    client = core_client(hub_emulator, timeout=(1.0, 0.2))
    client.get_nodes()
    name = unique("slow")
    hub_emulator.faults.add(delay=0.4, method="POST", path_prefix="/core/projects")
    # The recipe looks the project up at once: the Hub has not made it yet, so it creates it
    # again; when the late first one arrives, the name is taken (409) and nothing doubles.
    assert create_project_once(client, name).name == name
    time.sleep(0.5)  # the Hub finishes the first create after the client gave up
    assert len(projects_named(hub_emulator, name)) == 1
    assert sorted(statuses(hub_emulator, "POST", "/core/projects")) == [201, 409]


def test_a_timed_out_create_reports_that_it_was_not_sent_again(
    hub_emulator: HubEmulator,
) -> None:
    client = core_client(hub_emulator, timeout=(1.0, 0.2))
    client.get_nodes()
    hub_emulator.faults.add(delay=0.4, method="POST", path_prefix="/core/projects")
    with expect(HubTimeoutError, "POST", "/core/projects", "timed out", "not sent again"):
        client.create_project(unique("slow"))
    time.sleep(0.5)
    assert statuses(hub_emulator, "POST", "/core/projects") == [201]


def test_a_create_is_retried_while_the_hub_restarts(hub_emulator: HubEmulator) -> None:
    # A connection that cannot be opened carried nothing: urllib3 retries it for any method.
    auth = password_auth(hub_emulator)
    auth.access_token  # logged in before the Hub goes away  # noqa: B018
    retries = quick_retry(6, backoff_factor=0.1, backoff_max=1.0)
    client = core_client(hub_emulator, auth, retries=retries)
    name = unique("restart")
    hub_emulator.stop()
    threading.Timer(0.3, hub_emulator.start).start()
    started = time.monotonic()
    created = client.create_project(name)
    assert time.monotonic() - started >= 0.3
    assert created.name == name
    assert len(projects_named(hub_emulator, name)) == 1
    assert statuses(hub_emulator, "POST", "/core/projects") == [201]


def test_a_refused_create_says_that_nothing_was_sent() -> None:
    with HubEmulator() as gone:
        url = gone.core_url
    client = flamehub.CoreClient(base_url=url, retries=quick_retry(1), timeout=(0.5, 0.5))
    with expect(HubConnectionError, "POST", "nothing was sent") as info:
        client.create_project("never")
    assert "may have reached" not in str(info.value)


# DELETE -------------------------------------------------------------------------------------


def test_a_delete_is_retried(hub_emulator: HubEmulator) -> None:
    client = core_client(hub_emulator)
    registry = client.create_registry(unique("del"), "harbor.example.org")
    path = f"/core/registries/{registry.id}"
    hub_emulator.faults.add(503, method="DELETE", path_prefix=path)
    assert client.delete_registry(registry) is None
    assert statuses(hub_emulator, "DELETE", path) == [503, 202]
    assert client.get_registry(registry.id) is None


def test_a_delete_whose_answer_was_lost_counts_as_done(hub_emulator: HubEmulator) -> None:
    client = core_client(hub_emulator)
    registry = client.create_registry(unique("del"), "harbor.example.org")
    path = f"/core/registries/{registry.id}"
    hub_emulator.faults.add(lose_response=True, method="DELETE", path_prefix=path)
    assert client.delete_registry(registry.id) is None
    assert statuses(hub_emulator, "DELETE", path) == [0, 404]
    assert client.get_registry(registry.id) is None


def test_a_delete_of_a_missing_resource_still_fails(hub_emulator: HubEmulator) -> None:
    client = core_client(hub_emulator)
    missing = str(uuid.uuid4())
    with expect(HubAPIError, "404") as info:
        client.delete_registry(missing)
    assert info.value.error_response is not None
    assert info.value.error_response.code == "NOT_FOUND"
    # A retry after a refused connection proves nothing: still an error.
    hub_emulator.faults.add(429, method="DELETE", path_prefix="/core/registries/")
    with expect(HubAPIError, "404"):
        client.delete_registry(missing)


@pytest.mark.parametrize("status", [502, 503, 504])
def test_log_deletes_are_retried(hub_emulator: HubEmulator, status: int) -> None:
    client = core_client(hub_emulator)
    hub_emulator.faults.add(status, method="DELETE", path_prefix="/core/analysis-logs")
    project = client.create_project(unique("p"))
    analysis = client.create_analysis(project.id)
    assert client.delete_analysis_logs(analysis.id) is None
    assert statuses(hub_emulator, "DELETE", "/core/analysis-logs") == [status, 202]
