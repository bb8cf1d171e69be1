"""Commands, logs and storage endpoints (hub-api 7.5, 7.11, 8 and 9)."""

from __future__ import annotations

import hashlib
import io
import tarfile
from typing import Any

import pytest

from flamehub.testing import HubEmulator

from .conftest import HubSession, login


def created(response: Any) -> dict[str, Any]:
    assert response.status_code == 201, response.text
    return response.json()


@pytest.fixture
def session(hub_emulator: HubEmulator) -> HubSession:
    return login(hub_emulator)


# --------------------------------------------------------------------------------------------
# Analysis commands (9.1)


def lockable_analysis(session: HubSession, with_registry: bool = True) -> dict[str, Any]:
    """An analysis with two nodes (one aggregator), a master image and an entrypoint."""
    registry = None
    if with_registry:
        registry = created(session.post("core/registries", json={"name": "reg", "host": "h.org"}))
    image = session.get("core/master-images", params={"filter[path]": "python/base"}).json()
    project = created(
        session.post(
            "core/projects", json={"name": "cmd-project", "master_image_id": image["data"][0]["id"]}
        )
    )
    analysis = created(session.post("core/analyses", json={"project_id": project["id"]}))
    for index, kind in enumerate(("default", "aggregator")):
        body: dict[str, Any] = {"name": f"cmd-node-{index}", "type": kind}
        if registry is not None:
            body["registry_id"] = registry["id"]
        node = created(session.post("core/nodes", json=body))
        link = {"project_id": project["id"], "node_id": node["id"]}
        created(session.post("core/project-nodes", json=link))
        link = {"analysis_id": analysis["id"], "node_id": node["id"]}
        created(session.post("core/analysis-nodes", json=link))
    return analysis


def add_entrypoint(session: HubSession, analysis: dict[str, Any]) -> None:
    bucket = session.get(
        "core/analysis-buckets",
        params={"filter[analysis_id]": analysis["id"], "filter[type]": "CODE"},
    ).json()["data"][0]
    body = {
        "bucket_id": bucket["id"],
        "name": "main.py",
        "external_id": bucket["external_id"],
        "root": True,
    }
    created(session.post("core/analysis-bucket-files", json=body))


def command(session: HubSession, analysis: dict[str, Any], name: str) -> Any:
    return session.post(f"core/analyses/{analysis['id']}/command", json={"command": name})


def test_lock_needs_an_entrypoint_then_build_runs(session: HubSession) -> None:
    analysis = lockable_analysis(session)
    refused = command(session, analysis, "configurationLock")
    assert refused.status_code == 400
    assert refused.json()["message"] == (
        "At least one code file must be uploaded and at least one entrypoint file is required."
    )
    add_entrypoint(session, analysis)
    locked = command(session, analysis, "configurationLock")
    assert locked.status_code == 202
    assert locked.json()["configuration_locked"] is True
    assert locked.json()["id"] == analysis["id"]
    again = command(session, analysis, "configurationLock")
    assert again.status_code == 400
    started = command(session, analysis, "buildStart").json()
    assert started["build_status"] == "starting"
    assert started["registry_id"] is not None  # the first registry is assigned
    assert command(session, analysis, "buildStatus").status_code == 202
    assert command(session, analysis, "buildStop").json()["build_status"] == "stopping"
    assert command(session, analysis, "buildStop").json()["build_status"] == "stopped"
    unlocked = command(session, analysis, "configurationUnlock").json()
    assert unlocked["configuration_locked"] is False and unlocked["build_status"] is None


def test_lock_needs_two_nodes(session: HubSession) -> None:
    project = created(session.post("core/projects", json={"name": "lonely"}))
    analysis = created(session.post("core/analyses", json={"project_id": project["id"]}))
    response = command(session, analysis, "configurationLock")
    assert response.json() == {
        "statusCode": 400,
        "code": "BAD_REQUEST",
        "message": "The analysis requires at least two nodes.",
    }


def test_build_needs_a_lock_and_node_registries(session: HubSession) -> None:
    analysis = lockable_analysis(session, with_registry=False)
    early = command(session, analysis, "buildStart")
    assert early.json()["message"] == (
        "The analysis configuration must be locked before starting the build."
    )
    add_entrypoint(session, analysis)
    assert command(session, analysis, "configurationLock").status_code == 202
    missing = command(session, analysis, "buildStart").json()["message"]
    assert missing == "The node cmd-node-0 is not assigned to a registry yet."


def test_locked_analyses_refuse_new_nodes_and_code(session: HubSession) -> None:
    analysis = lockable_analysis(session)
    add_entrypoint(session, analysis)
    command(session, analysis, "configurationLock")
    node = created(session.post("core/nodes", json={"name": "late-node"}))
    late = session.post(
        "core/analysis-nodes", json={"analysis_id": analysis["id"], "node_id": node["id"]}
    )
    assert late.json()["message"] == (
        "The analysis has already been locked and can therefore no longer be modified."
    )


def test_unknown_command_and_unknown_analysis(session: HubSession) -> None:
    analysis = lockable_analysis(session)
    invalid = command(session, analysis, "bogus")
    assert invalid.json() == {
        "statusCode": 400,
        "code": "undefined",
        "message": "The attribute command is invalid.",
        "children": [{"path": "command", "pathAbsolute": "command", "received": "bogus"}],
        "attributes": ["command"],
    }
    unknown = {"id": "3f1353b7-99fa-4f46-81c3-9fd68eee7d76"}
    assert command(session, unknown, "spinUp").status_code == 404
    assert command(session, analysis, "spinUp").status_code == 202


# --------------------------------------------------------------------------------------------
# Registry and master image commands


def test_registry_command(session: HubSession) -> None:
    registry = created(session.post("core/registries", json={"name": "cmd-reg", "host": "h.org"}))
    setup = session.post(
        "core/services/registry/command", json={"command": "setup", "id": registry["id"]}
    )
    assert setup.status_code == 202 and setup.content == b""
    projects = session.get(
        "core/registry-projects", params={"filter[registry_id]": registry["id"]}
    ).json()["data"]
    assert sorted(p["type"] for p in projects) == ["incoming", "masterImages", "outgoing"]
    weak = session.post(
        "core/services/registry/command",
        json={"command": "setup", "id": registry["id"], "secret": "weak"},
    )
    assert weak.json()["attributes"] == ["secret"]
    bogus = session.post(
        "core/services/registry/command", json={"command": "bogus", "id": registry["id"]}
    )
    assert bogus.json()["attributes"] == ["command"]
    other = session.post("core/services/harbor/command", json={"command": "setup"})
    assert other.status_code == 404
    assert other.json() == {"statusCode": 404, "code": "NOT_FOUND", "message": ""}


def test_master_image_sync(session: HubSession) -> None:
    before = session.get("core/master-images").json()["meta"]["total"]
    invalid = session.post("core/master-images/command", json={"command": "bogus"})
    assert invalid.json() == {
        "statusCode": 400,
        "code": "BAD_REQUEST",
        "message": "The master image command is not valid.",
    }
    sync = session.post("core/master-images/command", json={"command": "sync"})
    assert sync.status_code == 202 and sync.content == b""
    images = session.get("core/master-images").json()
    assert images["meta"]["total"] > before
    groups = {g["name"] for g in session.get("core/master-image-groups").json()["data"]}
    assert {"python", "r"} <= groups
    events = session.get("core/events", params={"filter[ref_type]": "masterImage"}).json()
    assert events["meta"]["total"] == images["meta"]["total"]
    logs = session.get("core/master-image-event-logs", params={"include": "master_image"})
    assert logs.json()["data"][0]["master_image"]["path"]


# --------------------------------------------------------------------------------------------
# Logs (7.11)


def test_node_logs(session: HubSession) -> None:
    analysis = lockable_analysis(session)
    node = session.get("core/nodes", params={"filter[name]": "cmd-node-0"}).json()["data"][0]
    ids = {"analysis_id": analysis["id"], "node_id": node["id"]}
    minimal = created(session.post("core/analysis-node-logs", json={**ids, "status": "running"}))
    assert minimal["level"] == "debug" and "message" not in minimal
    assert minimal["time"].isdigit()
    labels = minimal["labels"]
    assert labels["entity"] == "analysisNode" and labels["status"] == "running"
    assert labels["node_realm_id"] == node["realm_id"] and "code" not in labels
    full = created(
        session.post(
            "core/analysis-node-logs",
            json={**ids, "status": "started", "code": "sample", "message": "hi", "level": "info"},
        )
    )
    assert full["message"] == "hi" and full["labels"]["code"] == "sample"
    invalid = session.post("core/analysis-node-logs", json={**ids, "status": "x", "level": "loud"})
    assert invalid.json()["message"] == "The attributes status, level are invalid."
    params = {"filter[analysis_id]": analysis["id"], "filter[node_id]": node["id"]}
    listed = session.get("core/analysis-node-logs", params=params).json()
    assert listed["meta"] == {"total": 2}
    paged = session.get("core/analysis-node-logs", params={**params, "page[limit]": 1}).json()
    assert paged["meta"] == {"total": 1, "pagination": {"limit": 1, "offset": 0}}
    after = session.get(
        "core/analysis-node-logs", params={**params, "filter[time]": f">{minimal['time']}"}
    ).json()
    assert [log["message"] for log in after["data"]] == ["hi"]
    missing = session.get("core/analysis-node-logs", params={"filter[node_id]": node["id"]})
    assert missing.json()["message"] == "The filters node_id and analysis_id must be defined."
    deleted = session.delete("core/analysis-node-logs", params=params)
    assert deleted.status_code == 202 and deleted.content == b""
    assert session.get("core/analysis-node-logs", params=params).json()["meta"]["total"] == 0


def test_analysis_logs(session: HubSession, hub_emulator: HubEmulator) -> None:
    project = created(session.post("core/projects", json={"name": "log-project"}))
    analysis = created(session.post("core/analyses", json={"project_id": project["id"]}))
    hub_emulator.add_analysis_log(analysis["id"], "build started")
    params = {"filter[analysis_id]": analysis["id"]}
    listed = session.get("core/analysis-logs", params=params).json()
    assert [log["message"] for log in listed["data"]] == ["build started"]
    missing = session.get("core/analysis-logs")
    assert missing.status_code == 400
    assert missing.json()["message"] == "The filter analysis_id must be defined."
    assert session.delete("core/analysis-logs").status_code == 400
    assert session.delete("core/analysis-logs", params=params).status_code == 202
    assert session.get("core/analysis-logs", params=params).json()["data"] == []


# --------------------------------------------------------------------------------------------
# Storage (8)


FILES = [
    ("file", ("main.py", b"print('hello from the sample')\n", "text/x-python")),
    ("file", ("lib/util.py", b"VALUE = 42\n", "text/x-python")),
    ("other", ("data/nested/input.csv", b"a,b\n1,2\n", "text/csv")),
]


def test_upload_stream_and_delete(session: HubSession, hub_emulator: HubEmulator) -> None:
    bucket = created(session.post("storage/buckets", json={"name": "upload-bucket"}))
    upload = session.post(
        f"storage/buckets/{bucket['id']}/upload", files=FILES, data={"note": "not a file"}
    )
    assert upload.status_code == 201
    body = upload.json()
    assert body["meta"] == {"total": 3}
    by_path = {row["path"]: row for row in body["data"]}
    util = by_path["lib/util.py"]
    assert util["name"] == "util.py" and util["directory"] == "lib" and util["size"] == 11
    assert util["hash"] == hashlib.sha256(b"lib/util.py").hexdigest()
    assert util["bucket_id"] == bucket["id"] and util["actor_type"] == "user"
    assert util["realm_id"] == hub_emulator.master_realm_id
    assert by_path["main.py"]["directory"] == "."

    by_name = session.post(
        "storage/buckets/upload-bucket/upload", files=[("f", ("extra.txt", b"extra\n"))]
    )
    assert by_name.status_code == 201
    nothing = session.post(f"storage/buckets/{bucket['id']}/upload", data={"note": "x"})
    assert nothing.json() == {"data": [], "meta": {"total": 0}}

    stream = session.get(f"storage/buckets/{bucket['id']}/stream")
    assert stream.status_code == 200
    assert stream.headers["Content-Type"] == "application/x-tar"
    with tarfile.open(fileobj=io.BytesIO(stream.content)) as archive:
        contents = {m.name: archive.extractfile(m).read() for m in archive.getmembers()}
    assert contents == {
        "main.py": b"print('hello from the sample')\n",
        "lib/util.py": b"VALUE = 42\n",
        "data/nested/input.csv": b"a,b\n1,2\n",
        "extra.txt": b"extra\n",
    }
    raw = session.get(f"storage/bucket-files/{util['id']}/stream")
    assert raw.content == b"VALUE = 42\n"
    assert raw.headers["Content-Type"] == "application/gzip"

    files = session.get("storage/bucket-files", params={"filter[directory]": "lib"}).json()
    assert [f["id"] for f in files["data"]] == [util["id"]]
    not_empty = session.delete(f"storage/buckets/{bucket['id']}")
    assert not_empty.status_code == 500
    assert not_empty.json() == {
        "statusCode": 500,
        "code": "BucketNotEmpty",
        "message": "An internal server error occurred.",
    }
    for row in session.get("storage/bucket-files").json()["data"]:
        deleted = session.delete(f"storage/bucket-files/{row['id']}")
        assert deleted.status_code == 202
        assert deleted.json()["bucket"]["id"] == bucket["id"]
    assert session.delete(f"storage/buckets/{bucket['id']}").status_code == 202


def test_uploading_a_path_again_overwrites_then_conflicts(session: HubSession) -> None:
    bucket = created(session.post("storage/buckets", json={"name": "again-bucket"}))
    url = f"storage/buckets/{bucket['id']}/upload"
    first = created(session.post(url, files=[("f", ("a.txt", b"one"))]))
    second = session.post(url, files=[("f", ("a.txt", b"two"))])
    assert second.status_code == 409
    assert second.json()["code"] == "ER_DUP_ENTRY"
    file_id = first["data"][0]["id"]
    assert session.get(f"storage/bucket-files/{file_id}/stream").content == b"two"


def test_storage_404s(session: HubSession) -> None:
    unknown = "88973389-4ab9-4b5a-9318-5185c8ea23b3"
    not_found = {"statusCode": 404, "code": "NOT_FOUND", "message": ""}
    assert session.get(f"storage/buckets/{unknown}/stream").json() == not_found
    assert session.get(f"storage/bucket-files/{unknown}/stream").json() == not_found
    upload = session.post(f"storage/buckets/{unknown}/upload", files=[("f", ("x", b"x"))])
    assert upload.json() == not_found
