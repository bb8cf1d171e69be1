"""Fault modes: error statuses, delays, dropped connections and broken bodies."""

from __future__ import annotations

import json
import time

import pytest
import requests

from flamehub.testing import HubEmulator

from .conftest import login


def test_status_faults_for_n_matching_requests(hub_emulator: HubEmulator) -> None:
    session = login(hub_emulator)
    hub_emulator.faults.add(
        status=503, count=2, path_prefix="/core/nodes", headers={"Retry-After": "1"}
    )
    assert session.get("core/projects").status_code == 200  # another path: untouched
    for _ in range(2):
        response = session.get("core/nodes")
        assert response.status_code == 503
        assert response.headers["Retry-After"] == "1"
        assert response.json() == {
            "statusCode": 503,
            "code": "SERVICE_UNAVAILABLE",
            "message": "An internal server error occurred.",
        }
    assert session.get("core/nodes").status_code == 200
    assert len(hub_emulator.faults) == 0
    statuses = [(r.method, r.path, r.status) for r in hub_emulator.requests[-4:]]
    assert statuses == [
        ("GET", "/core/projects", 200),
        ("GET", "/core/nodes", 503),
        ("GET", "/core/nodes", 503),
        ("GET", "/core/nodes", 200),
    ]


def test_faults_can_match_a_method_and_carry_a_body(hub_emulator: HubEmulator) -> None:
    session = login(hub_emulator)
    hub_emulator.faults.add(status=429, method="POST", body=b'{"too": "many"}')
    assert session.get("core/nodes").status_code == 200
    response = session.post("core/nodes", json={"name": "fault-node"})
    assert response.status_code == 429 and response.json() == {"too": "many"}
    assert session.post("core/nodes", json={"name": "fault-node"}).status_code == 201


def test_token_endpoint_faults_count_as_token_requests(hub_emulator: HubEmulator) -> None:
    hub_emulator.faults.add(status=500, path_prefix="/auth/token")
    body = {"username": "admin", "password": "start123"}
    first = requests.post(hub_emulator.auth_url + "token", json=body, timeout=10)
    assert first.status_code == 500
    assert requests.post(hub_emulator.auth_url + "token", json=body, timeout=10).ok
    assert hub_emulator.token_requests == 1  # the faulted request never reached the endpoint


def test_delay(hub_emulator: HubEmulator) -> None:
    hub_emulator.faults.add(delay=0.3, path_prefix="/core/")
    started = time.monotonic()
    response = requests.get(hub_emulator.core_url, timeout=10)
    assert response.status_code == 200
    assert time.monotonic() - started >= 0.3
    with pytest.raises(requests.exceptions.ReadTimeout):
        hub_emulator.faults.add(delay=0.5)
        requests.get(hub_emulator.core_url, timeout=0.1)


def test_dropped_connection(hub_emulator: HubEmulator) -> None:
    hub_emulator.faults.add(drop_connection=True, path_prefix="/core/")
    with pytest.raises(requests.exceptions.ConnectionError):
        requests.get(hub_emulator.core_url, timeout=10)
    assert requests.get(hub_emulator.core_url, timeout=10).status_code == 200


def test_truncated_and_invalid_json_bodies(hub_emulator: HubEmulator) -> None:
    session = login(hub_emulator)
    full = session.get("auth/permissions").content
    hub_emulator.faults.add(truncate=True, path_prefix="/auth/permissions")
    cut = session.get("auth/permissions")
    assert cut.status_code == 200
    assert cut.content == full[: len(full) // 2]
    with pytest.raises(json.JSONDecodeError):
        json.loads(cut.content)
    hub_emulator.faults.add(body="{not json", path_prefix="/auth/permissions")
    broken = session.get("auth/permissions")
    assert broken.status_code == 200 and broken.content == b"{not json"
    assert broken.headers["Content-Type"].startswith("application/json")


def test_clear_and_reset_remove_faults(hub_emulator: HubEmulator) -> None:
    hub_emulator.faults.add(status=500, count=5)
    hub_emulator.faults.clear()
    assert requests.get(hub_emulator.core_url, timeout=10).status_code == 200
    hub_emulator.faults.add(status=500)
    hub_emulator.reset()
    assert requests.get(hub_emulator.core_url, timeout=10).status_code == 200
    with pytest.raises(ValueError):
        hub_emulator.faults.add(status=500, count=0)
