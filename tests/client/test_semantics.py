"""What every synthesized method promises: ids, None on 404, partial bodies, meta, errors."""

from __future__ import annotations

import json
import time
import uuid

import pytest
import requests

import flamehub
from flamehub import HubAPIError
from flamehub.auth import PasswordAuth, RobotAuth


class RecordingSession(requests.Session):
    """A real session that remembers the JSON bodies it sent."""

    def __init__(self) -> None:
        super().__init__()
        self.sent: list[tuple[str, str, object]] = []

    def request(self, method, url, *args, **kwargs):
        data = kwargs.get("data")
        self.sent.append((method, url, json.loads(data) if data else None))
        return super().request(method, url, *args, **kwargs)


@pytest.fixture
def recording_core(hub, admin_auth):
    session = RecordingSession()
    client = flamehub.CoreClient(base_url=hub.core_url, auth=admin_auth, client=session)
    return client, session


def test_ids_as_str_uuid_or_model_reach_the_same_resource(core, unique):
    node = core.create_node(f"node-{unique}")
    assert core.get_node(node) == core.get_node(node.id) == core.get_node(str(node.id))
    assert core.get_node(node_id=node.id) == node


def test_get_returns_none_for_a_missing_id_and_delete_raises(core):
    missing = uuid.uuid4()
    assert core.get_node(missing) is None
    with pytest.raises(HubAPIError) as caught:
        core.delete_node(missing)
    assert caught.value.status_code == 404
    with pytest.raises(HubAPIError):
        core.update_node(missing, hidden=True)


def test_create_sends_only_the_given_arguments(recording_core, unique):
    client, session = recording_core
    client.create_node(f"node-{unique}", hidden=True)
    method, _, body = session.sent[-1]
    assert method == "POST"
    assert body == {"name": f"node-{unique}", "hidden": True}


def test_renamed_keyword_goes_out_under_the_wire_name(recording_core, unique):
    client, session = recording_core
    node = client.create_node(f"node-{unique}", node_type="aggregator")
    assert session.sent[-1][2] == {"name": f"node-{unique}", "type": "aggregator"}
    assert node.type == "aggregator"


def test_update_sends_none_and_leaves_out_unset(recording_core, unique):
    client, session = recording_core
    node = client.create_node(f"node-{unique}", external_name=f"x{unique}")
    client.update_node(node, external_name=None, hidden=flamehub.UNSET)
    assert session.sent[-1][2] == {"external_name": None}


def test_every_get_and_find_asks_for_the_declared_includes(recording_core):
    client, session = recording_core
    client.find_nodes(filter={"name": "x"})
    assert "include=registry,registry_project" in session.sent[-1][1]


def test_get_all_is_the_first_page_of_fifty(core, unique):
    for index in range(3):
        core.create_node(f"page-{unique}-{index}")
    nodes, meta = core.get_nodes(meta=True)
    assert (meta.limit, meta.offset) == (50, 0)
    assert nodes == core.find_nodes(page=flamehub.DEFAULT_PAGE_PARAMS)


def test_pages_are_slices_of_one_order_and_sorts_reverse(core, unique):
    for index in range(12):
        core.create_node(f"order-{unique}-{index:02d}")
    mine = {"name": f"~order-{unique}"}
    first = core.find_nodes(filter=mine, page={"limit": 10})
    second = core.find_nodes(filter=mine, page={"limit": 5, "offset": 5})
    assert first[5:10] == second
    ascending = core.find_nodes(filter=mine, sort={"by": "name"})
    descending = core.find_nodes(filter=mine, sort={"by": "name", "order": "descending"})
    assert ascending == descending[::-1]
    assert [n.name for n in ascending] == sorted(n.name for n in ascending)


def test_bad_input_fails_before_anything_is_sent(recording_core):
    client, session = recording_core
    checks = [
        (lambda: client.get_node("not-a-uuid"), ValueError, "node_id must be a UUID"),
        (lambda: client.create_node(nam="x"), TypeError, "it takes: name, realm_id"),
        (lambda: client.create_node(name=42), TypeError, "argument 'name': Expected `str`"),
        (lambda: client.create_node(name=None), TypeError, "'name' is required and cannot be"),
        (lambda: client.create_node("x", node_type="huge"), TypeError, "'node_type'"),
        (lambda: client.update_node(uuid.uuid4(), hidden="yes"), TypeError, "'hidden'"),
        (lambda: client.find_nodes(filter={"colour": 1}), ValueError, "filterable:"),
    ]
    for call, error, message in checks:
        with pytest.raises(error, match=message):
            call()
    assert session.sent == []


@pytest.mark.flamehub_emulator(token_lifetime=1)
def test_token_expiring_mid_run_is_renewed_with_the_refresh_grant(hub_emulator):
    auth = PasswordAuth("admin", "start123", base_url=hub_emulator.auth_url)
    client = flamehub.CoreClient(base_url=hub_emulator.core_url, auth=auth)
    client.get_nodes()
    time.sleep(1.2)
    client.get_nodes()
    assert auth.token_requests == hub_emulator.token_requests == 2


@pytest.mark.flamehub_emulator(token_lifetime=1)
def test_robot_token_expiring_mid_run_is_renewed(hub_emulator):
    robot = hub_emulator.robot_credentials
    auth = RobotAuth(robot.id, robot.secret, base_url=hub_emulator.auth_url)
    client = flamehub.CoreClient(base_url=hub_emulator.core_url, auth=auth)
    client.get_nodes()
    time.sleep(1.2)
    assert client.get_nodes() == []
    assert auth.token_requests == 2


def test_wrong_password_is_a_hub_error_without_the_password(hub_emulator):
    auth = PasswordAuth("admin", "not-the-password", base_url=hub_emulator.auth_url)
    client = flamehub.CoreClient(base_url=hub_emulator.core_url, auth=auth)
    with pytest.raises(HubAPIError) as caught:
        client.get_nodes()
    assert caught.value.error_response.code == "invalid_credentials"
    assert "not-the-password" not in str(caught.value) + repr(auth)


def test_get_all_passes_filter_sort_and_page_on_as_the_earlier_client_did(core, unique):
    for index in range(3):
        core.create_node(f"passed-{unique}-{index}")
    mine = {"name": f"~passed-{unique}-"}
    got = core.get_nodes(filter=mine, sort={"by": "name", "order": "descending"}, page={"limit": 2})
    assert [node.name for node in got] == [f"passed-{unique}-2", f"passed-{unique}-1"]
    with pytest.raises(TypeError, match="get_nodes"):
        core.get_nodes(colour="blue")


def test_an_identity_outside_the_master_realm_writes_only_in_its_own_realm(
    hub, auth_client, core, unique
):
    realm = auth_client.create_realm(f"site-{unique}")
    robot = auth_client.create_robot(f"site-robot-{unique}", realm, "a-site-robot-secret")
    site = flamehub.CoreClient(
        base_url=hub.core_url,
        auth=RobotAuth(str(robot.id), "a-site-robot-secret", base_url=hub.auth_url),
    )
    own = site.create_node(f"site-node-{unique}")
    assert own.realm_id == realm.id  # the caller's realm
    assert site.update_node(own, hidden=True).hidden is True

    master_node = core.create_node(f"master-node-{unique}")
    for attempt in (
        lambda: site.update_node(master_node, hidden=True),
        lambda: site.delete_node(master_node),
        lambda: site.create_node(f"elsewhere-{unique}", realm_id=master_node.realm_id),
    ):
        with pytest.raises(HubAPIError) as caught:
            attempt()
        assert caught.value.status_code == 403
        assert caught.value.error_response.code == "FORBIDDEN"
    assert core.get_node(master_node).hidden is False


def test_reads_the_hub_narrows_to_the_callers_realm(hub, auth_client, core, unique):
    realm = auth_client.create_realm(f"reader-{unique}")
    robot = auth_client.create_robot(f"reader-robot-{unique}", realm, "a-reader-secret")
    reader = flamehub.CoreClient(
        base_url=hub.core_url,
        auth=RobotAuth(str(robot.id), "a-reader-secret", base_url=hub.auth_url),
    )
    project = core.create_project(f"reader-project-{unique}")
    site_node = reader.create_node(f"reader-node-{unique}")  # in the robot's realm
    core.create_project_node(project, site_node)
    analysis = core.create_analysis(project, f"reader-analysis-{unique}")  # the master realm's
    link = core.create_analysis_node(analysis, site_node)

    assert reader.get_analysis(analysis) is None  # another realm's analysis: 404
    assert analysis.id not in {a.id for a in reader.find_analyses()}
    mine = reader.find_analysis_nodes(filter={"node_id": site_node.id})
    assert [found.id for found in mine] == [link.id]  # its node's link is its realm's
    assert reader.get_node(site_node) is not None  # nodes are not narrowed
