"""POST /auth/token and the token check of protected routes (hub-api 5 and 13)."""

from __future__ import annotations

import base64
import time

import pytest
import requests

from flamehub.testing import HubEmulator

from .conftest import HubSession, login


def token(hub: HubEmulator, **body: object) -> requests.Response:
    return requests.post(hub.auth_url + "token", json=body, timeout=10)


def test_password_grant_answers_like_authup(hub: HubEmulator) -> None:
    response = token(hub, grant_type="password", username="admin", password="start123")
    assert response.status_code == 200
    body = response.json()
    assert list(body) == ["access_token", "expires_in", "token_type", "scope", "refresh_token"]
    assert body["token_type"] == "Bearer"
    assert body["scope"] == "global"
    assert body["expires_in"] == 3600
    assert body["access_token"].count(".") == 2  # a JWT


def test_password_grant_accepts_form_bodies_and_a_realm_name(hub: HubEmulator) -> None:
    form = {"grant_type": "password", "username": "admin", "password": "start123"}
    assert requests.post(hub.auth_url + "token", data=form, timeout=10).status_code == 200
    named = token(hub, username="admin", password="start123", realm_id="master")
    assert named.status_code == 200


def test_grant_is_guessed_when_unknown_or_missing(hub: HubEmulator) -> None:
    guessed = token(hub, grant_type="magic", username="admin", password="start123")
    assert guessed.status_code == 200
    assert "refresh_token" in guessed.json()
    nothing = token(hub, grant_type="magic")
    assert nothing.status_code == 400
    body = nothing.json()
    assert body["code"] == "invalid_grant"
    assert body["error"] == "invalid_grant"
    assert "error_description" not in body


@pytest.mark.parametrize(
    "body",
    [
        {"grant_type": "password", "username": "admin", "password": "wrong"},
        {"grant_type": "password", "username": "nobody", "password": "start123"},
    ],
)
def test_bad_user_credentials(hub: HubEmulator, body: dict[str, str]) -> None:
    response = token(hub, **body)
    assert response.status_code == 400
    assert response.json() == {
        "statusCode": 400,
        "code": "invalid_credentials",
        "message": "The user credentials are invalid.",
        "error": "invalid_request",
        "error_description": "The user credentials are invalid.",
    }


def test_robot_credentials_by_id_and_by_name(hub: HubEmulator) -> None:
    robot = hub.robot_credentials
    for ident in (robot.id, robot.name):
        response = token(hub, grant_type="robot_credentials", id=ident, secret=robot.secret)
        assert response.status_code == 200
        assert "refresh_token" not in response.json()
    wrong = token(hub, grant_type="robot_credentials", id="system", secret="nope")
    assert wrong.status_code == 400
    assert wrong.json()["message"] == "The robot credentials are invalid."


def test_refresh_token_rotates_and_a_spent_one_is_inactive(hub: HubEmulator) -> None:
    first = token(hub, username="admin", password="start123").json()
    second = token(hub, grant_type="refresh_token", refresh_token=first["refresh_token"])
    assert second.status_code == 200
    assert second.json()["refresh_token"] != first["refresh_token"]
    reused = token(hub, grant_type="refresh_token", refresh_token=first["refresh_token"])
    assert reused.status_code == 400
    assert reused.json()["code"] == "inactive_token"
    assert reused.json()["message"] == "The JWT is not active."
    malformed = token(hub, grant_type="refresh_token", refresh_token="not-a-jwt")
    assert malformed.json()["code"] == "invalid_token"
    assert malformed.json()["message"] == "The JWT is invalid."


def test_protected_routes_need_a_token(anonymous: HubSession) -> None:
    for path in ("core/nodes", "storage/buckets", "auth/users"):
        response = anonymous.get(path)
        assert response.status_code == 401
        assert response.json() == {"statusCode": 401, "code": "UNAUTHORIZED", "message": ""}


def test_realms_and_status_routes_are_public(anonymous: HubSession) -> None:
    assert anonymous.get("auth/realms").status_code == 200
    assert anonymous.get("auth/realms/master").json()["name"] == "master"
    assert anonymous.get("core/").json()["version"] == "0.8.15"
    assert set(anonymous.get("storage/").json()) == {"timestamp"}
    assert anonymous.get("auth/").json()["tokenMaxAgeAccessToken"] == 3600


def test_malformed_token_per_service(anonymous: HubSession) -> None:
    anonymous.headers["Authorization"] = "Bearer not-a-token"
    for path in ("core/nodes", "storage/buckets"):
        response = anonymous.get(path)
        assert response.status_code == 400
        assert response.json() == {
            "statusCode": 400,
            "code": "BAD_REQUEST",
            "message": "One or many attributes may be invalid.",
        }
    # authup checks a token even on its public routes.
    for path in ("auth/users", "auth/realms"):
        response = anonymous.get(path)
        assert response.status_code == 400
        assert response.json()["code"] == "invalid_token"


def test_a_token_of_another_emulator_is_refused(hub: HubEmulator) -> None:
    with HubEmulator() as other:
        foreign = login(other)
        foreign.base = hub.url
        response = foreign.get("core/nodes")
        assert response.status_code == 400
        assert response.json()["code"] == "BAD_REQUEST"


def test_basic_credentials_work_on_core_and_storage_only(hub: HubEmulator) -> None:
    basic = "Basic " + base64.b64encode(b"admin:start123").decode()
    headers = {"Authorization": basic}
    assert requests.get(hub.core_url + "nodes", headers=headers, timeout=10).status_code == 200
    assert requests.get(hub.storage_url + "buckets", headers=headers, timeout=10).status_code == 200
    assert requests.get(hub.auth_url + "users", headers=headers, timeout=10).status_code == 401


def test_access_tokens_expire_after_the_configured_lifetime() -> None:
    with HubEmulator(token_lifetime=0.5) as hub:
        answer = token(hub, username="admin", password="start123").json()
        assert answer["expires_in"] == 0.5
        headers = {"Authorization": f"Bearer {answer['access_token']}"}
        assert requests.get(hub.core_url + "nodes", headers=headers, timeout=10).status_code == 200
        time.sleep(0.6)
        for url in (hub.core_url + "nodes", hub.auth_url + "users"):
            expired = requests.get(url, headers=headers, timeout=10)
            assert expired.status_code == 400
            assert expired.json()["code"] == "expired_token"
            assert expired.json()["message"] == "The JWT has expired."
        assert hub.token_requests == 1


def test_me_routes_name_the_caller(hub: HubEmulator, admin: HubSession) -> None:
    assert admin.get("auth/users/@me").json()["name"] == "admin"
    robot = login(hub, grant_type="robot_credentials", **_robot(hub))
    assert robot.get("auth/robots/@me").json()["name"] == "system"


def _robot(hub: HubEmulator) -> dict[str, str]:
    return {"id": hub.robot_credentials.id, "secret": hub.robot_credentials.secret}


def test_a_created_user_and_robot_can_log_in(hub: HubEmulator, admin: HubSession) -> None:
    user = admin.post("auth/users", json={"name": "login-user", "password": "pa55word"})
    assert user.status_code == 201
    assert user.json()["password"] == "pa55word"  # echoed once, in plaintext
    login(hub, username="login-user", password="pa55word")
    robot = admin.post("auth/robots", json={"name": "login-robot"}).json()
    login(hub, grant_type="robot_credentials", id=robot["id"], secret=robot["secret"])
    admin.post(f"auth/robots/{robot['id']}", json={"secret": "n3w-secret"})
    login(hub, grant_type="robot_credentials", id="login-robot", secret="n3w-secret")
