"""Point 3: tokens renewed shortly before expiry; a rejected token costs one re-authentication
and one resend, never a loop; a failed refresh falls back to the original grant once."""

from __future__ import annotations

import io
import logging
import time
import uuid

import msgspec
import pytest

from flamehub.auth import RobotAuth
from flamehub.errors import HubAPIError
from flamehub.testing import HubEmulator

from .helpers import (
    RECORDER,
    core_client,
    expect,
    password_auth,
    projects_named,
    robot_auth,
    statuses,
    storage_client,
    unique,
)


def token_statuses(hub: HubEmulator) -> list[int]:
    return statuses(hub, "POST", "/auth/token")


@pytest.mark.flamehub_emulator(token_lifetime=1)
def test_the_token_is_renewed_shortly_before_it_expires(
    hub_emulator: HubEmulator, caplog: pytest.LogCaptureFixture
) -> None:
    auth = password_auth(hub_emulator)
    client = core_client(hub_emulator, auth)
    client.get_nodes()
    time.sleep(0.5)
    client.get_nodes()
    assert auth.token_requests == 1  # still fresh
    time.sleep(0.45)  # 0.95 s: inside the renewal margin (a tenth of a 1 s life)
    with caplog.at_level(logging.DEBUG, logger="flamehub.auth"):
        client.get_nodes()
    assert auth.token_requests == hub_emulator.token_requests == 2
    assert "refresh_token grant" in caplog.text
    # Renewed before the Hub would have refused it: no request met a rejection.
    assert 400 not in statuses(hub_emulator, "GET", "/core/")


def test_a_401_costs_one_login_and_one_resend(hub_emulator: HubEmulator) -> None:
    auth = password_auth(hub_emulator)
    client = core_client(hub_emulator, auth)
    client.get_nodes()
    hub_emulator.faults.add(401, path_prefix="/core/nodes")
    assert isinstance(client.get_nodes(), list)
    assert statuses(hub_emulator, "GET", "/core/nodes") == [200, 401, 200]
    assert auth.token_requests == 2


def test_a_second_rejection_is_reported_not_looped_on(hub_emulator: HubEmulator) -> None:
    auth = password_auth(hub_emulator)
    client = core_client(hub_emulator, auth)
    client.get_nodes()
    hub_emulator.faults.add(401, count=10, path_prefix="/core/nodes")
    with expect(HubAPIError, "401") as info:
        client.get_nodes()
    assert info.value.status_code == 401
    assert statuses(hub_emulator, "GET", "/core/nodes") == [200, 401, 401]
    assert auth.token_requests == 2


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("expired_token", "The JWT has expired."),
        ("invalid_token", "The JWT is invalid."),
        ("inactive_token", "The JWT is not active."),
        ("BAD_REQUEST", "One or many attributes may be invalid."),  # core, malformed token
    ],
)
def test_the_hubs_400_token_errors_cost_one_login(
    hub_emulator: HubEmulator, code: str, message: str
) -> None:
    auth = password_auth(hub_emulator)
    client = core_client(hub_emulator, auth)
    client.get_nodes()
    body = {"statusCode": 400, "code": code, "message": message}
    hub_emulator.faults.add(400, body=msgspec.json.encode(body), path_prefix="/core/nodes")
    assert isinstance(client.get_nodes(), list)
    assert statuses(hub_emulator, "GET", "/core/nodes") == [200, 400, 200]
    assert auth.token_requests == 2


def test_other_400s_are_not_taken_for_token_errors(hub_emulator: HubEmulator) -> None:
    auth = password_auth(hub_emulator)
    client = core_client(hub_emulator, auth)
    with expect(HubAPIError, "400"):
        client.create_project("")  # the Hub refuses the empty name
    assert auth.token_requests == 1


def test_a_create_refused_for_its_token_is_sent_again_and_happens_once(
    hub_emulator: HubEmulator,
) -> None:
    auth = password_auth(hub_emulator)
    client = core_client(hub_emulator, auth)
    name = unique("reauth")
    hub_emulator.faults.add(
        400,
        body=b'{"statusCode": 400, "code": "expired_token", "message": "The JWT has expired."}',
        method="POST",
        path_prefix="/core/projects",
    )
    assert client.create_project(name).name == name
    assert statuses(hub_emulator, "POST", "/core/projects") == [400, 201]
    assert len(projects_named(hub_emulator, name)) == 1


def test_an_upload_refused_for_its_token_is_sent_again_whole(hub_emulator: HubEmulator) -> None:
    storage = storage_client(hub_emulator)
    bucket = storage.create_bucket(unique("b"))
    content = b"0123456789" * 1000
    hub_emulator.faults.add(401, method="POST", path_prefix="/storage/buckets/")
    (stored,) = storage.upload_to_bucket(
        bucket.id, {"file_name": "f.bin", "content": io.BytesIO(content)}
    )
    assert stored.size == len(content)
    assert b"".join(storage.stream_bucket_file(stored.id)) == content


@pytest.mark.flamehub_emulator(token_lifetime=1, refresh_token_lifetime=1)
def test_an_expired_refresh_token_falls_back_to_the_password(hub_emulator: HubEmulator) -> None:
    auth = password_auth(hub_emulator)
    client = core_client(hub_emulator, auth)
    client.get_nodes()
    time.sleep(1.05)
    assert isinstance(client.get_nodes(), list)
    assert token_statuses(hub_emulator) == [200, 400, 200]  # password, refresh, password
    assert auth.token_requests == 3


def test_a_revoked_refresh_token_falls_back_to_the_password(hub_emulator: HubEmulator) -> None:
    auth = password_auth(hub_emulator)
    client = core_client(hub_emulator, auth)
    client.get_nodes()
    with hub_emulator.store.lock:
        for jti in hub_emulator.store.refresh_tokens:
            hub_emulator.store.refresh_tokens[jti] = False
    auth.invalidate()
    assert isinstance(client.get_nodes(), list)
    assert token_statuses(hub_emulator) == [200, 400, 200]


def test_when_both_grants_fail_the_error_is_raised_once(hub_emulator: HubEmulator) -> None:
    auth = password_auth(hub_emulator)
    client = core_client(hub_emulator, auth)
    client.get_nodes()
    refused = (
        b'{"statusCode": 400, "code": "invalid_credentials", '
        b'"message": "The user credentials are invalid."}'
    )
    hub_emulator.faults.add(400, body=refused, count=2, path_prefix="/auth/token")
    auth.invalidate()
    with expect(HubAPIError, "invalid_credentials") as info:
        client.get_nodes()
    assert info.value.status_code == 400
    assert token_statuses(hub_emulator) == [200, 400, 400]  # refresh, then password: no loop
    # Not stuck either: the next call logs in again.
    assert isinstance(client.get_nodes(), list)
    assert token_statuses(hub_emulator) == [200, 400, 400, 200]


def test_a_robot_logs_in_again_when_its_token_is_rejected(hub_emulator: HubEmulator) -> None:
    auth = robot_auth(hub_emulator)
    client = core_client(hub_emulator, auth)
    client.get_nodes()
    hub_emulator.faults.add(401, path_prefix="/core/nodes")
    assert isinstance(client.get_nodes(), list)
    assert auth.token_requests == 2
    assert token_statuses(hub_emulator) == [200, 200]


def test_a_hub_restarted_with_new_keys_costs_one_login(hub_emulator: HubEmulator) -> None:
    auth = password_auth(hub_emulator)
    client = core_client(hub_emulator, auth)
    client.get_nodes()
    hub_emulator.reset()  # a new signing key: the access and the refresh token are now void
    assert isinstance(client.get_nodes(), list)
    # The access token is refused (400), the refresh token too, the password works.
    assert statuses(hub_emulator, "GET", "/core/nodes") == [400, 200]
    assert token_statuses(hub_emulator) == [400, 200]


@pytest.mark.parametrize("fault", ["drop", "503"])
def test_a_flaky_token_endpoint_is_retried(hub_emulator: HubEmulator, fault: str) -> None:
    if fault == "drop":
        hub_emulator.faults.add(drop_connection=True, path_prefix="/auth/token")
    else:
        hub_emulator.faults.add(503, headers={"Retry-After": "0"}, path_prefix="/auth/token")
    auth = password_auth(hub_emulator)
    client = core_client(hub_emulator, auth)
    assert isinstance(client.get_nodes(), list)
    assert token_statuses(hub_emulator) == [0 if fault == "drop" else 503, 200]


def test_an_unknown_robot_is_refused_without_retrying(hub_emulator: HubEmulator) -> None:
    secret = RECORDER.secret(f"wrong-{uuid.uuid4().hex}")
    auth = RobotAuth(str(uuid.uuid4()), secret, base_url=hub_emulator.auth_url)
    client = core_client(hub_emulator, auth)
    with expect(HubAPIError, "invalid_credentials", "The robot credentials are invalid."):
        client.get_nodes()
    assert token_statuses(hub_emulator) == [400]
