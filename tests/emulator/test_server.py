"""Serving: isolation between instances, concurrency, reset, a made-up registry, the command
line and the pytest fixtures."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests

from flamehub.registry import load_registry
from flamehub.testing import HubEmulator

from .conftest import login

REPO = Path(__file__).resolve().parents[2]


def test_instances_share_nothing() -> None:
    with HubEmulator() as first, HubEmulator() as second:
        assert first.url != second.url
        assert first.master_realm_id != second.master_realm_id
        login(first).post("core/nodes", json={"name": "only-in-first"})
        assert login(second).get("core/nodes").json()["meta"]["total"] == 0
        assert login(first).get("core/nodes").json()["meta"]["total"] == 1


def test_concurrent_requests(hub_emulator: HubEmulator) -> None:
    session = login(hub_emulator)
    token = session.headers["Authorization"]

    def create(index: int) -> int:
        response = requests.post(
            hub_emulator.core_url + "projects",
            json={"name": f"parallel-{index:03d}"},
            headers={"Authorization": token},
            timeout=10,
        )
        return response.status_code

    def create_duplicate(_: int) -> int:
        return requests.post(
            hub_emulator.core_url + "projects",
            json={"name": "same-name"},
            headers={"Authorization": token},
            timeout=10,
        ).status_code

    with ThreadPoolExecutor(max_workers=8) as pool:
        assert list(pool.map(create, range(40))) == [201] * 40
        clashes = list(pool.map(create_duplicate, range(8)))
    assert sorted(clashes) == [201] + [409] * 7
    projects = session.get("core/projects").json()
    assert projects["meta"]["total"] == 41
    assert len({p["id"] for p in projects["data"]}) == 41


def test_reset_restores_the_initial_state(hub_emulator: HubEmulator) -> None:
    session = login(hub_emulator)
    session.post("core/nodes", json={"name": "to-be-reset"})
    url = hub_emulator.url
    hub_emulator.reset()
    assert hub_emulator.url == url
    assert hub_emulator.requests == []
    fresh = login(hub_emulator)
    assert fresh.get("core/nodes").json()["meta"]["total"] == 0
    # Tokens of the old state are signed with a key that no longer exists.
    assert session.get("core/nodes").status_code == 400


MADE_UP = """
enums:
  Colour: [red, green, blue]
resources:
  realm:
    client: auth
    plural: realms
    path: realms
    model: Realm
    methods: [get, get_all, find]
    fields:
      id: uuid
      name: str
      built_in: bool
      created_at: datetime
      updated_at: datetime
    hub:
      public_read: true
      lookup_by: [name]
  gadget:
    client: core
    plural: gadgets
    path: gadgets
    model: Gadget
    methods: [get, get_all, find, create, update, delete]
    fields:
      id: uuid
      name: str
      colour: Colour
      size: int?
      secret_code: {type: "str?", secret: true}
      realm_id: uuid
      created_at: datetime
      updated_at: datetime
    includes:
      realm: Realm
    optional: [secret_code]
    create:
      - name
      - {field: colour, default: red}
      - {field: size, default: null}
      - {field: secret_code, default: null}
    update: [name, colour, size]
    hub:
      filter: [id, name, colour, size]
      sort: [name, size, created_at]
      unique: [[name]]
      references: {realm_id: realm}
      defaults: {colour: red}
      caller: {realm_id: realm_id}
      constraints:
        name: {min_length: 3}
"""


def test_a_made_up_resource_is_served_from_its_yaml(tmp_path: Path) -> None:
    path = tmp_path / "resources.yaml"
    path.write_text(textwrap.dedent(MADE_UP))
    with HubEmulator(registry=load_registry(path)) as hub:
        session = login(hub)
        made = session.post("core/gadgets", json={"name": "gizmo", "size": 3, "secret_code": "x"})
        assert made.status_code == 201
        gadget = made.json()
        assert gadget["colour"] == "red" and gadget["realm_id"] == hub.master_realm_id
        assert gadget["secret_code"] == "x"
        session.post("core/gadgets", json={"name": "widget", "colour": "blue", "size": 1})
        assert "secret_code" not in session.get(f"core/gadgets/{gadget['id']}").json()
        listed = session.get(
            "core/gadgets", params={"filter[size]": ">=2", "include": "realm", "sort": "-size"}
        ).json()
        assert listed["meta"] == {"total": 1}
        assert listed["data"][0]["realm"]["name"] == "master"
        ordered = session.get("core/gadgets", params={"sort": "size"}).json()["data"]
        assert [g["name"] for g in ordered] == ["widget", "gizmo"]
        assert session.post("core/gadgets", json={"name": "gizmo"}).status_code == 409
        invalid = session.post("core/gadgets", json={"name": "no", "colour": "pink"}).json()
        assert invalid["attributes"] == ["name", "colour"]
        updated = session.post(f"core/gadgets/{gadget['id']}", json={"colour": "green"})
        assert updated.status_code == 202 and updated.json()["colour"] == "green"
        assert session.delete(f"core/gadgets/{gadget['id']}").status_code == 202
        assert session.get(f"core/gadgets/{gadget['id']}").status_code == 404
        # Resources the YAML leaves out are not served.
        assert session.get("core/projects").status_code == 404


def test_serve_command_runs_until_interrupted() -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "flamehub",
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--token-lifetime",
            "60",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=REPO,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline().strip()
        assert line.startswith("flamehub emulator listening on http://127.0.0.1:"), line
        url = line.rsplit(" ", 1)[1]
        body = {"username": "admin", "password": "start123"}
        answer = requests.post(f"{url}/auth/token", json=body, timeout=10)
        assert answer.json()["expires_in"] == 60
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=10) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_fixtures(hub_emulator: HubEmulator, hub_urls) -> None:  # noqa: ANN001
    assert hub_urls.core_url == hub_emulator.core_url.rstrip("/") + "/"
    assert hub_urls.auth_url.endswith("/auth/")
    assert requests.get(hub_urls.storage_url, timeout=10).status_code == 200


@pytest.mark.flamehub_emulator(token_lifetime=7)
def test_marker_configures_the_fixture(hub_emulator: HubEmulator) -> None:
    body = {"username": "admin", "password": "start123"}
    answer = requests.post(hub_emulator.auth_url + "token", json=body, timeout=10)
    assert answer.json()["expires_in"] == 7


def test_shared_module_fixture(hub_emulator_module: HubEmulator) -> None:
    assert requests.get(hub_emulator_module.core_url, timeout=10).status_code == 200


BLOCK_WERKZEUG = """
import sys

class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] == "werkzeug":
            raise ImportError("werkzeug is not installed")

sys.meta_path.insert(0, Block())
import flamehub.testing.pytest_plugin
try:
    from flamehub.testing import HubEmulator
except ImportError as exc:
    print(exc)
"""


def test_the_plugin_loads_without_the_testing_extra() -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run(
        [sys.executable, "-c", BLOCK_WERKZEUG], capture_output=True, text=True, env=env, cwd=REPO
    )
    assert result.returncode == 0, result.stderr
    assert "pip install 'flamehub[testing]'" in result.stdout
