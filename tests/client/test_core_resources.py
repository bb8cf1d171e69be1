"""Every core resource and action through the public client API, against the emulator."""

from __future__ import annotations

import time
import uuid

import pytest

from flamehub import HubAPIError, models


def test_registry_and_registry_project(core, unique):
    registry = core.create_registry(f"registry-{unique}", "https://harbor.example.org/x", "acct")
    assert registry.host == "harbor.example.org"  # the Hub keeps the host name only
    assert core.get_registry(registry).account_secret is None
    core.update_registry(registry, account_secret="Sup3rSecret")
    assert core.get_registry(registry, fields="account_secret").account_secret == "Sup3rSecret"

    project = core.create_registry_project(
        f"regproj-{unique}", "aggregator", registry, f"ext-{unique}"
    )
    assert (project.type, project.registry_id) == ("aggregator", registry.id)
    assert core.get_registry_project(project).registry.id == registry.id
    renamed = core.update_registry_project(project, name=f"regproj2-{unique}")
    assert renamed.name == f"regproj2-{unique}"
    found = core.find_registry_projects(filter={"registry_id": registry.id})
    assert project.id in [p.id for p in found]

    core.send_registry_command(registry, "setup")
    core.delete_registry_project(project)
    assert core.get_registry_project(project) is None
    core.delete_registry(registry)
    assert core.get_registries(meta=True)[1].total == len(core.get_registries())


def test_node_with_registry_gets_a_registry_project(core, unique):
    registry = core.create_registry(f"registry-{unique}", "harbor.example.org")
    node = core.create_node(f"node-{unique}", registry_id=registry, node_type="aggregator")
    assert node.registry_project_id is not None
    fetched = core.get_node(node)
    assert fetched.registry.id == registry.id
    assert fetched.registry_project.id == node.registry_project_id
    assert fetched.type == "aggregator"
    core.delete_node(node)
    core.delete_registry(registry)


def test_node_update_sends_none_but_not_unset(core, unique):
    node = core.create_node(f"node-{unique}", external_name=f"ext{unique}", hidden=True)
    updated = core.update_node(node, external_name=None)
    assert updated.external_name is None
    assert updated.hidden is True  # UNSET: not sent, kept
    core.delete_node(node)


def test_master_images_groups_sync_and_event_logs(core):
    images = core.find_master_images(filter={"path": "python/base"})
    assert len(images) == 1
    base = images[0]
    # Plain dicts, as the earlier client gave them; a position the Hub left out stays out.
    assert base.command_arguments[0] == {"value": "-u", "position": "before"}
    assert any("position" not in argument for argument in base.command_arguments)
    assert core.get_master_image(base) == base
    groups = core.get_master_image_groups()
    assert base.group_virtual_path in {group.virtual_path for group in groups}
    assert core.get_master_image_group(groups[0]).id == groups[0].id

    core.sync_master_images()
    deadline = time.monotonic() + 5
    logs = []
    while not logs and time.monotonic() < deadline:
        logs = core.get_master_image_event_logs()
    assert logs, "a sync writes master image event logs"
    assert core.get_master_image_event_log(logs[0]).id == logs[0].id
    assert core.find_master_image_event_logs(filter={"name": logs[0].name})

    events = core.get_events()
    if events:
        assert core.get_event(events[0]).id == events[0].id


def test_master_image_group_and_image_delete(core):
    image = core.get_master_images()[-1]
    core.delete_master_image(image)
    assert core.get_master_image(image) is None
    group = core.get_master_image_groups()[-1]
    core.delete_master_image_group(group)
    assert core.get_master_image_group(group) is None


@pytest.fixture
def analysis_setup(core, unique):
    """A project with two nodes (one aggregator) and an analysis on python/base."""
    base = core.find_master_images(filter={"path": "python/base"})
    image = base[0] if base else core.get_master_images()[0]
    project = core.create_project(f"project-{unique}", image, "a project for tests")
    nodes = [
        core.create_node(f"agg-{unique}", node_type="aggregator"),
        core.create_node(f"node-{unique}", node_type="default"),
    ]
    links = [core.create_project_node(project, node) for node in nodes]
    analysis = core.create_analysis(project, f"analysis-{unique}", master_image_id=image)
    return project, nodes, links, analysis


def test_project_nodes_analysis_and_counters(core, analysis_setup):
    project, nodes, links, analysis = analysis_setup
    project = core.get_project(project)
    assert (project.nodes, project.analyses) == (2, 1)
    assert project.master_image is not None
    assert core.get_project_node(links[0]).node_id == nodes[0].id
    approved = core.update_project_node(links[1], approval_status="approved", comment="fine")
    assert (approved.approval_status, approved.comment) == ("approved", "fine")
    assert {link.id for link in core.find_project_nodes(filter={"project_id": project.id})} == {
        link.id for link in links
    }

    assert analysis.project_id == project.id
    assert core.get_analysis(analysis).project.id == project.id
    renamed = core.update_analysis(analysis, description="described analysis")
    assert renamed.description == "described analysis"
    assert core.find_analyses(filter={"project_id": project.id})[0].id == analysis.id


def test_analysis_buckets_files_nodes_commands_and_logs(core, storage, analysis_setup, unique):
    project, nodes, _, analysis = analysis_setup
    analysis_nodes = [core.create_analysis_node(analysis, node) for node in nodes]
    assert core.get_analysis(analysis).nodes == 2
    assert core.get_analysis_node(analysis_nodes[0]).node.id == nodes[0].id
    updated = core.update_analysis_node(analysis_nodes[1], run_status="running")
    assert updated.run_status == "running"
    assert len(core.find_analysis_nodes(filter={"analysis_id": analysis.id})) == 2

    buckets = {b.type: b for b in core.find_analysis_buckets(filter={"analysis_id": analysis.id})}
    assert set(buckets) == {"CODE", "RESULT", "TEMP"}
    assert core.get_analysis_bucket(buckets["CODE"]).analysis.id == analysis.id
    code_bucket = storage.get_bucket(buckets["CODE"].external_id)
    assert code_bucket is not None

    uploaded = storage.upload_to_bucket(
        code_bucket, {"file_name": "main.py", "content": b"print(1)\n"}
    )
    entry = core.create_analysis_bucket_file(
        "main.py", uploaded[0], buckets["CODE"], is_entrypoint=True
    )
    assert (entry.root, entry.external_id, entry.bucket_id) == (
        True,
        uploaded[0].id,
        buckets["CODE"].id,
    )
    assert core.get_analysis_bucket_file(entry).bucket.id == buckets["CODE"].id
    assert core.find_analysis_bucket_files(filter={"analysis_id": analysis.id})[0].id == entry.id

    locked = core.send_analysis_command(analysis, "configurationLock")
    assert isinstance(locked, models.Analysis) and locked.configuration_locked
    with pytest.raises(HubAPIError) as caught:
        core.send_analysis_command(analysis, "configurationLock")
    assert caught.value.status_code == 400 and "locked" in caught.value.error_response.message
    unlocked = core.send_analysis_command(analysis, "configurationUnlock")
    assert not unlocked.configuration_locked
    with pytest.raises(ValueError, match="command must be one of"):
        core.send_analysis_command(analysis, "selfDestruct")

    log = core.create_analysis_node_log(analysis, nodes[0], "info", "running", message="hello")
    assert log.message == "hello" and log.level == "info"
    # code is sent as null when not given, as the earlier client did: the Hub keeps the label.
    assert log.labels["code"] is None and log.labels["status"] == "running"
    node_logs = core.find_analysis_node_logs(
        filter={"analysis_id": analysis.id, "node_id": nodes[0].id}
    )
    assert [entry.message for entry in node_logs] == ["hello"]
    core.delete_analysis_node_logs(analysis, nodes[0])
    assert (
        core.find_analysis_node_logs(filter={"analysis_id": analysis.id, "node_id": nodes[0].id})
        == []
    )

    assert core.find_analysis_logs(filter={"analysis_id": analysis.id}) == []
    core.delete_analysis_logs(analysis)

    updated_entry = core.update_analysis_bucket_file(entry, is_entrypoint=False)
    assert updated_entry.root is False
    core.delete_analysis_bucket_file(entry)
    core.delete_analysis_node(analysis_nodes[1])
    assert core.get_analysis(analysis).nodes == 1
    core.delete_analysis(analysis)
    assert core.find_analysis_buckets(filter={"analysis_id": analysis.id}) == []
    assert core.get_project(project).analyses == 0


def test_analysis_bucket_create_and_delete(core, analysis_setup):
    _, _, _, analysis = analysis_setup
    with pytest.raises(HubAPIError) as caught:  # the Hub made one of each type already
        core.create_analysis_bucket(analysis, "CODE")
    assert caught.value.status_code == 409
    bucket = core.find_analysis_buckets(filter={"analysis_id": analysis.id, "type": "TEMP"})[0]
    core.delete_analysis_bucket(bucket)
    created = core.create_analysis_bucket(analysis, "TEMP")
    assert (created.type, created.analysis_id) == ("TEMP", analysis.id)


def test_missing_realm_error_reads_like_the_hub(core):
    with pytest.raises(HubAPIError) as caught:
        core.create_node(name="lost-node", realm_id=str(uuid.uuid4()))
    assert str(caught.value) == (
        "received status code 400 (undefined): Can't find realm entity by realm_id"
    )
    assert caught.value.error_response.status_code == 400


def test_writes_of_core_resources_are_recorded_as_model_events(core, unique):
    node = core.create_node(f"evented-{unique}")
    core.update_node(node, hidden=True)
    core.delete_node(node)
    events = core.find_events(filter={"ref_id": str(node.id), "scope": "model"})
    assert sorted(event.name for event in events) == ["created", "deleted", "updated"]
    assert {event.ref_type for event in events} == {"node"}
    updated = next(event for event in events if event.name == "updated")
    assert updated.data == {"diff": {"hidden": {"next": True, "previous": False}}}
    assert core.get_event(updated).id == updated.id
    core.delete_event(updated)
    assert core.get_event(updated) is None
