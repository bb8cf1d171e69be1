"""Point 6: secrets never show in a repr, a str, a log line or an exception message; the
Authorization header stays with the configured host, also on redirects; TLS is verified
unless the caller says ``verify=False``."""

from __future__ import annotations

import http.server
import json
import logging
import re
import shutil
import ssl
import subprocess
import threading
import uuid
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

import flamehub
from flamehub.auth import AccessToken, PasswordAuth, RobotAuth
from flamehub.errors import HubAPIError, HubConnectionError
from flamehub.testing import HubEmulator

from .helpers import (
    ADMIN_PASSWORD,
    RECORDER,
    auth_client,
    core_client,
    expect,
    password_auth,
    robot_auth,
    show,
    statuses,
    unique,
)


def new_secret(prefix: str = "Sec") -> str:
    return RECORDER.secret(f"{prefix}-{uuid.uuid4().hex}")


def assert_hidden(secret: str, *objects: Any) -> None:
    for obj in objects:
        show(obj)
        assert secret not in repr(obj), repr(obj)
        assert secret not in str(obj), str(obj)


# repr and str --------------------------------------------------------------------------------


def test_auth_flows_and_tokens_mask_their_secrets(hub_emulator: HubEmulator) -> None:
    password = PasswordAuth("admin", ADMIN_PASSWORD, base_url=hub_emulator.auth_url)
    robot = robot_auth(hub_emulator)
    client = core_client(hub_emulator, password)
    client.get_nodes()
    robot.access_token  # noqa: B018
    token = password._token
    assert isinstance(token, AccessToken) and token.refresh_token
    for flow, secret in (
        (password, ADMIN_PASSWORD),
        (robot, hub_emulator.robot_credentials.secret),
    ):
        assert_hidden(secret, flow)
        assert "'***'" in repr(flow)
    for value in (token.access_token, token.refresh_token):
        assert_hidden(value, token, password, client)
    assert "'***'" in repr(token)


def test_models_mask_secrets_in_repr_and_str(hub_emulator: HubEmulator) -> None:
    auth = auth_client(hub_emulator)
    core = core_client(hub_emulator)
    robot_secret, account_secret, password = new_secret(), new_secret(), new_secret()
    robot = auth.create_robot(unique("robot"), hub_emulator.master_realm_id, robot_secret)
    assert robot.secret == robot_secret  # the create answer echoes it: readable, not shown
    registry = core.create_registry(unique("reg"), "harbor.example.org", "account", account_secret)
    user = auth.create_user(unique("user"), password=password)
    assert_hidden(robot_secret, robot)
    assert_hidden(account_secret, registry)
    assert_hidden(password, user)
    create_robot = flamehub.models.CreateRobot(name="r", realm_id=uuid.uuid4(), secret=robot_secret)
    assert_hidden(robot_secret, create_robot)
    fetched = auth.get_robot(robot.id, fields="secret")
    assert_hidden(robot_secret, fetched)


def test_a_validation_error_does_not_show_the_secret_it_echoes(hub_emulator: HubEmulator) -> None:
    auth = auth_client(hub_emulator)
    secret = new_secret("x" * 300)  # too long for the Hub: it answers 400 and echoes it
    with expect(HubAPIError, "400") as info:
        auth.create_robot(unique("robot"), hub_emulator.master_realm_id, secret)
    assert info.value.error_response is not None
    children = info.value.error_response.children
    assert any(child.get("received") == secret for child in children)  # still readable
    assert_hidden(secret, info.value, info.value.error_response)


def test_failed_logins_do_not_show_the_credentials(hub_emulator: HubEmulator) -> None:
    wrong = new_secret()
    for flow in (
        PasswordAuth("admin", wrong, base_url=hub_emulator.auth_url),
        RobotAuth(hub_emulator.robot_credentials.id, wrong, base_url=hub_emulator.auth_url),
    ):
        client = core_client(hub_emulator, flow)
        with expect(HubAPIError, "invalid_credentials") as info:
            client.get_nodes()
        assert_hidden(wrong, info.value, flow, client)


def test_an_id_given_a_secret_by_mistake_does_not_echo_it(hub_emulator: HubEmulator) -> None:
    auth = auth_client(hub_emulator)
    secret = new_secret()
    # Arguments swapped: the secret lands where the realm id belongs.
    with expect(ValueError, "create_robot()", "realm_id") as info:
        auth.create_robot("robot", secret, hub_emulator.master_realm_id)
    assert_hidden(secret, info.value)


# Logs ----------------------------------------------------------------------------------------

LINE = re.compile(
    r"^(GET|POST|DELETE|PUT) /\S* -> (\d{3}|no answer \(\w+\)) in \d+\.\d ms$"
    r"|^(GET|POST|DELETE|PUT) /\S*: token rejected; authenticating again$"
    r"|^(GET|POST|DELETE|PUT) /\S* -> 404 after a retry: deleted by an earlier attempt$"
)


def test_http_log_lines_have_method_path_status_and_time_only(
    hub_emulator: HubEmulator, caplog: pytest.LogCaptureFixture
) -> None:
    private = "private-" + uuid.uuid4().hex
    client = core_client(hub_emulator)
    with caplog.at_level(logging.DEBUG, logger="flamehub"):
        client.find_projects(filter={"name": private}, sort={"by": "created_at"})
        client.get_project(str(uuid.uuid4()))
        hub_emulator.faults.add(401, path_prefix="/core/projects")
        client.find_projects(filter={"name": private})
        hub_emulator.faults.add(drop_connection=True, count=9, path_prefix="/core/projects")
        with expect(HubConnectionError):
            client.find_projects(filter={"name": private})
    lines = [r.getMessage() for r in caplog.records if r.name == "flamehub.http"]
    assert len(lines) >= 5
    for line in lines:
        assert LINE.match(line), line
        assert "?" not in line and private not in line
    assert any(re.match(r"^GET /core/projects -> 200 in \d+\.\d ms$", line) for line in lines)
    token = client.auth._token  # type: ignore[union-attr]
    for record in caplog.records:
        if not record.name.startswith("flamehub"):
            continue  # urllib3 logs its retries with the query: filter values, not secrets
        text = record.getMessage()
        assert private not in text and token.access_token not in text
        assert ADMIN_PASSWORD not in text


# Redirects -----------------------------------------------------------------------------------


class _Capture(http.server.BaseHTTPRequestHandler):
    """Answers every request with an empty list, keeping its method, path and headers."""

    seen: list[tuple[str, str, dict[str, str]]]

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        self.seen.append((self.command, self.path, dict(self.headers)))
        body = json.dumps({"data": [], "meta": {"total": 0}}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_DELETE = _answer

    def log_message(self, format: str, *args: Any) -> None:
        return None


@pytest.fixture
def capture() -> Iterator[tuple[str, list[tuple[str, str, dict[str, str]]]]]:
    seen: list[tuple[str, str, dict[str, str]]] = []
    handler = type("Handler", (_Capture,), {"seen": seen})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"{server.server_address[1]}", seen
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1"])
def test_a_redirect_elsewhere_loses_the_authorization_header(
    hub_emulator: HubEmulator, capture: tuple[str, list[Any]], host: str
) -> None:
    port, seen = capture
    client = core_client(hub_emulator)
    client.get_nodes()  # logged in: the next request carries a bearer token
    hub_emulator.faults.add(
        302,
        body=b"",
        headers={"Location": f"http://{host}:{port}/core/nodes?x=1"},
        path_prefix="/core/nodes",
    )
    assert client.get_nodes() == []  # the other server's answer
    ((method, path, headers),) = seen
    assert (method, path) == ("GET", "/core/nodes?x=1")
    assert not {key.lower() for key in headers} & {"authorization", "cookie"}
    assert statuses(hub_emulator, "GET", "/core/nodes") == [200, 302]


def test_a_create_is_not_redirected_at_all(
    hub_emulator: HubEmulator, capture: tuple[str, list[Any]]
) -> None:
    port, seen = capture
    client = core_client(hub_emulator)
    secret = new_secret()
    hub_emulator.faults.add(
        307,
        body=b"",
        headers={"Location": f"http://localhost:{port}/core/registries"},
        method="POST",
        path_prefix="/core/registries",
    )
    with expect(HubAPIError, "307") as info:
        client.create_registry(unique("reg"), "harbor.example.org", "account", secret)
    assert info.value.status_code == 307
    assert seen == []  # the body (with its secret) went nowhere else


def test_a_token_request_is_not_redirected(
    hub_emulator: HubEmulator, capture: tuple[str, list[Any]]
) -> None:
    port, seen = capture
    hub_emulator.faults.add(
        307, body=b"", headers={"Location": f"http://localhost:{port}/token"}, path_prefix="/auth/"
    )
    with expect(HubAPIError, "307"):
        core_client(hub_emulator, password_auth(hub_emulator)).get_nodes()
    assert seen == []


# TLS -----------------------------------------------------------------------------------------


def test_tls_verification_is_on_unless_turned_off_explicitly(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("REQUESTS_CA_BUNDLE", raising=False)
    monkeypatch.delenv("CURL_CA_BUNDLE", raising=False)
    assert flamehub.CoreClient().session.verify is True
    assert flamehub.CoreClient(verify=None).session.verify is True  # type: ignore[arg-type]
    assert flamehub.CoreClient(verify="/etc/ssl/ca.pem").session.verify == "/etc/ssl/ca.pem"
    assert flamehub.CoreClient(verify=False).session.verify is False
    for falsy in (0, ""):
        with expect(ValueError, "verify", "verify=False"):
            flamehub.CoreClient(verify=falsy)  # type: ignore[arg-type]
    given = requests.Session()
    given.verify = "/my/ca.pem"
    assert flamehub.CoreClient(client=given).session.verify == "/my/ca.pem"  # used as it is
    # The environment's CA bundle is read once, when the client is made, as requests would.
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", "/env/ca.pem")
    assert flamehub.CoreClient().session.verify == "/env/ca.pem"
    assert flamehub.CoreClient(verify=False).session.verify is False


@pytest.fixture(scope="module")
def https_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a self-signed certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"]
        + ["-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1"]
        + ["-addext", "subjectAltName=IP:127.0.0.1"],
        check=True,
        capture_output=True,
    )
    seen: list[Any] = []
    handler = type("Handler", (_Capture,), {"seen": seen})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{server.server_address[1]}/core/", cert
    server.shutdown()
    server.server_close()


def test_an_untrusted_certificate_is_refused(https_server: tuple[str, Path]) -> None:
    url, cert = https_server
    with expect(HubConnectionError, "GET", "certificate verify failed"):
        flamehub.CoreClient(base_url=url, retries=0).get_nodes()
    # Token requests verify too.
    auth = PasswordAuth("admin", ADMIN_PASSWORD, base_url=url)
    with expect(HubConnectionError, "POST", "certificate verify failed"):
        auth.access_token  # noqa: B018
    # Trusted when the caller names the certificate, or unchecked when told so.
    assert flamehub.CoreClient(base_url=url, verify=str(cert)).get_nodes() == []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert flamehub.CoreClient(base_url=url, verify=False).get_nodes() == []
