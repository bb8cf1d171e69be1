"""The six operations of declared resources: status codes, envelopes, bodies and error shapes,
compared with the recorded exchanges of /work/shared/hub-samples (hub-api 2, 4, 6-8)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from flamehub.testing import HubEmulator

from .conftest import HubSession, login

ISO = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
NOT_FOUND = {"statusCode": 404, "code": "NOT_FOUND", "message": ""}


def created(response: Any) -> dict[str, Any]:
    assert response.status_code == 201, response.text
    return response.json()


@pytest.fixture
def session(hub_emulator: HubEmulator) -> HubSession:
    """An admin session on an emulator of its own (for tests that count rows)."""
    return login(hub_emulator)


# --------------------------------------------------------------------------------------------
# Initial state


def test_initial_state(admin: HubSession, hub: HubEmulator) -> None:
    realms = admin.get("auth/realms").json()
    assert [r["name"] for r in realms["data"]] == ["master"]
    assert realms["data"][0]["built_in"] is True
    assert admin.get("auth/users/admin").json()["realm_id"] == hub.master_realm_id
    permissions = admin.get("auth/permissions").json()
    names = {p["name"] for p in permissions["data"]}
    assert {"node_create", "analysis_approve", "realm_delete", "bucket_update"} <= names
    assert permissions["meta"]["total"] >= 40
    role = admin.get("auth/roles/admin").json()
    held = admin.get("auth/role-permissions", params={"filter[role_id]": role["id"]}).json()
    assert held["meta"]["total"] == permissions["meta"]["total"]
    images = admin.get("core/master-images").json()["data"]
    base = next(image for image in images if image["path"] == "python/base")
    assert base["command"] == "python"
    assert base["command_arguments"] == [
        {"value": "-u", "position": "before"},
        {"value": "main.py"},
    ]
    groups = admin.get("core/master-image-groups").json()["data"]
    assert {"name": "python", "path": "python", "virtual_path": "python"}.items() <= groups[
        0
    ].items()


# --------------------------------------------------------------------------------------------
# Envelopes and bodies


def test_list_envelope_without_and_with_page(admin: HubSession) -> None:
    plain = admin.get("auth/permissions").json()
    assert set(plain) == {"data", "meta"}
    assert plain["meta"] == {"total": len(plain["data"])}
    paged = admin.get("auth/permissions", params={"page[limit]": 2, "page[offset]": 1}).json()
    assert paged["meta"] == {"total": plain["meta"]["total"], "limit": 2, "offset": 1}
    assert [p["id"] for p in paged["data"]] == [p["id"] for p in plain["data"][1:3]]


def test_default_order_is_by_id_and_default_sort_applies(admin: HubSession) -> None:
    ids = [p["id"] for p in admin.get("auth/permissions").json()["data"]]
    assert ids == sorted(ids)
    paths = [i["path"] for i in admin.get("core/master-images").json()["data"]]
    assert paths == sorted(paths)  # hub.default_sort: [path]


def test_some_resources_always_paginate(admin: HubSession) -> None:
    for path in ("core/nodes", "core/registries", "core/registry-projects"):
        assert admin.get(path).json()["meta"] == {"total": 0, "limit": 50, "offset": 0}


def test_node_create_read_update_delete(admin: HubSession, hub: HubEmulator) -> None:
    node = created(
        admin.post("core/nodes", json={"name": "crud-node", "public_key": "-----BEGIN KEY"})
    )
    assert UUID.match(node["id"]) and ISO.match(node["created_at"])
    assert node["realm_id"] == hub.master_realm_id  # the caller's realm
    assert node["public_key"] == b"-----BEGIN KEY".hex()
    assert node["type"] == "default" and node["hidden"] is False and node["online"] is False
    assert node["robot_id"] is not None  # the Hub makes a robot for every node
    assert node["external_name"] is None and node["registry_id"] is None
    assert admin.get(f"auth/robots/{node['robot_id']}").status_code == 200

    one = admin.get(f"core/nodes/{node['id']}")
    assert one.status_code == 200
    assert one.json() == node

    updated = admin.post(f"core/nodes/{node['id']}", json={"hidden": True, "colour": "red"})
    assert updated.status_code == 202
    body = updated.json()
    assert body["hidden"] is True and "colour" not in body
    assert body["updated_at"].endswith(".000Z")  # whole seconds after an update

    deleted = admin.delete(f"core/nodes/{node['id']}")
    assert deleted.status_code == 202
    assert deleted.json()["id"] == node["id"]
    assert deleted.json()["robot_id"] is None
    assert admin.get(f"auth/robots/{node['robot_id']}").status_code == 404
    assert admin.get(f"core/nodes/{node['id']}").json() == NOT_FOUND
    assert admin.delete(f"core/nodes/{node['id']}").status_code == 404
    assert admin.post(f"core/nodes/{node['id']}", json={}).status_code == 404


def test_a_non_uuid_id_is_a_404_on_core_and_a_400_on_auth_delete(admin: HubSession) -> None:
    assert admin.get("core/nodes/not-a-uuid").json() == NOT_FOUND
    response = admin.delete("auth/users/not-a-uuid")
    assert response.status_code == 400
    assert response.json() == {
        "statusCode": 400,
        "code": "BAD_REQUEST",
        "message": "The request id param is not valid.",
        "children": [],
        "attributes": [],
    }


def test_unknown_routes_and_methods_answer_an_empty_404(admin: HubSession) -> None:
    for method, path in (
        ("GET", "core/does-not-exist"),
        ("PUT", "core/nodes/3f1353b7-99fa-4f46-81c3-9fd68eee7d76"),
        ("PATCH", "core/nodes/3f1353b7-99fa-4f46-81c3-9fd68eee7d76"),
        ("POST", "auth/user-roles/3f1353b7-99fa-4f46-81c3-9fd68eee7d76"),
        ("POST", "core/analysis-logs"),
        ("POST", "storage/bucket-files"),
    ):
        response = admin.request(method, path, json={})
        assert response.status_code == 404, (method, path)
        assert response.content == b""
        assert "Content-Type" not in response.headers


def test_validation_errors_name_every_failing_attribute(admin: HubSession) -> None:
    response = admin.post("core/nodes", json={"name": "x", "type": "bogus"})
    assert response.status_code == 400
    assert response.json() == {
        "statusCode": 400,
        "code": "undefined",
        "message": "The attributes name, type are invalid.",
        "children": [
            {"path": "name", "pathAbsolute": "name", "received": "x"},
            {"path": "type", "pathAbsolute": "type", "received": "bogus"},
        ],
        "attributes": ["name", "type"],
    }
    missing = admin.post("core/registries", json={"name": "x"}).json()
    assert missing["message"] == "The attributes name, host are invalid."
    assert missing["children"][1] == {"path": "host", "pathAbsolute": "host"}
    realm = admin.post("auth/realms", json={"name": "a b"}).json()
    assert realm["code"] == "BAD_REQUEST"  # authup's code for validation errors
    assert realm["attributes"] == ["name"]


def test_validation_of_struct_members(admin: HubSession) -> None:
    project = created(admin.post("core/projects", json={"name": "struct-project"}))
    response = admin.post(
        "core/analyses",
        json={
            "project_id": project["id"],
            "name": "x",
            "image_command_arguments": [{"value": "x"}],
        },
    )
    body = response.json()
    assert body["message"] == "The attributes name, image_command_arguments are invalid."
    # A nested member is reported without the value it received.
    assert body["children"][1] == {"path": "value", "pathAbsolute": "image_command_arguments.value"}
    assert body["attributes"] == ["name", "image_command_arguments.value"]


def test_missing_references(admin: HubSession) -> None:
    absent = "0b142342-f36c-4f0b-81f9-4ad8a2cfd43c"
    node = admin.post("core/nodes", json={"name": "ref-node", "realm_id": absent})
    assert node.status_code == 400
    assert node.json() == {
        "statusCode": 400,
        "code": "undefined",
        "message": "Can't find realm entity by realm_id",
    }
    project = admin.post("core/projects", json={"name": "ref-project", "master_image_id": absent})
    assert project.json()["message"] == "Can't find master_image entity by master_image_id"
    junction = admin.post(
        "auth/role-permissions", json={"role_id": absent, "permission_id": absent}
    )
    assert junction.json()["code"] == "BAD_REQUEST"
    assert junction.json()["message"].startswith("Can't find ")


def test_uniqueness_conflicts(admin: HubSession) -> None:
    created(admin.post("core/nodes", json={"name": "dup-node"}))
    clash = admin.post("core/nodes", json={"name": "dup-node"})
    assert clash.status_code == 409
    assert clash.json() == {
        "statusCode": 409,
        "code": "ER_DUP_ENTRY",
        "message": "An entry with some unique attributes already exist.",
    }
    created(admin.post("core/projects", json={"name": "dup-project"}))
    assert admin.post("core/projects", json={"name": "dup-project"}).json() == {
        "statusCode": 409,
        "code": "CONFLICT",
        "message": "A db entry with some unique attributes already exist.",
    }
    created(admin.post("auth/realms", json={"name": "dup-realm"}))
    realm = admin.post("auth/realms", json={"name": "dup-realm"}).json()
    assert (realm["code"], realm["message"]) == (
        "CONFLICT",
        "An entry with some unique attributes already exist.",
    )
    # A unique index lets NULLs repeat: two nodes without external_name do not clash.
    created(admin.post("core/nodes", json={"name": "null-a"}))
    created(admin.post("core/nodes", json={"name": "null-b"}))


def test_hidden_fields_need_fields_plus(admin: HubSession) -> None:
    registry = created(
        admin.post(
            "core/registries",
            json={
                "name": "hidden-reg",
                "host": "https://harbor.example.org/path",
                "account_name": "robot$x",
                "account_secret": "s3cret",
            },
        )
    )
    assert registry["host"] == "harbor.example.org"
    assert registry["account_secret"] == "s3cret"  # echoed by the create answer
    read = admin.get(f"core/registries/{registry['id']}").json()
    assert "account_secret" not in read
    url = f"core/registries/{registry['id']}?fields=%2Baccount_secret"
    assert admin.get(url).json()["account_secret"] == "s3cret"
    # A raw `+` is a space once decoded: the name is unknown and silently dropped.
    assert (
        "account_secret"
        not in admin.get(f"core/registries/{registry['id']}?fields=+account_secret").json()
    )
    updated = admin.post(f"core/registries/{registry['id']}", json={"account_name": "robot$y"})
    assert updated.json()["account_secret"] is None  # not written in this request


def test_robot_secret_is_shown_once_then_hashed(admin: HubSession) -> None:
    robot = created(admin.post("auth/robots", json={"name": "secret-robot"}))
    assert robot["secret"] and robot["client_id"] is None
    read = admin.get(f"auth/robots/{robot['id']}").json()
    assert "secret" not in read
    hashed = admin.get(f"auth/robots/{robot['id']}", params={"fields": "+secret"}).json()
    assert hashed["secret"] != robot["secret"]
    user = created(admin.post("auth/users", json={"name": "mail-user", "email": "m@example.org"}))
    assert user["email"] == "m@example.org" and user["password"] is None
    listed = admin.get("auth/users", params={"filter[name]": "mail-user"}).json()["data"][0]
    assert "email" not in listed and "password" not in listed
    shown = admin.get("auth/users", params={"filter[name]": "mail-user", "fields": "+email"})
    assert shown.json()["data"][0]["email"] == "m@example.org"
    assert "password" not in admin.get("auth/users/mail-user?fields=%2Bpassword").json()


def test_includes(admin: HubSession) -> None:
    registry = created(admin.post("core/registries", json={"name": "inc-reg", "host": "h.example"}))
    node = created(
        admin.post("core/nodes", json={"name": "inc-node", "registry_id": registry["id"]})
    )
    assert node["registry"]["id"] == registry["id"]  # the checked reference, nested
    assert node["registry_project_id"] is not None and len(node["external_name"]) == 21
    one = admin.get(f"core/nodes/{node['id']}", params={"include": "registry,registry_project"})
    body = one.json()
    assert body["registry"]["name"] == "inc-reg"
    assert "account_secret" not in body["registry"]
    assert body["registry_project"]["type"] == "node"
    assert list(body).index("registry") == list(body).index("registry_id") + 1
    bare = created(admin.post("core/nodes", json={"name": "inc-bare"}))
    listed = admin.get(
        "core/nodes", params={"filter[name]": "inc-bare", "include": "registry,bogus"}
    ).json()["data"][0]
    assert listed["registry"] is None and "bogus" not in listed
    assert "registry" not in admin.get(f"core/nodes/{bare['id']}").json()


def test_junctions_nest_both_sides_and_ignore_single_includes(admin: HubSession) -> None:
    role = created(admin.post("auth/roles", json={"name": "junction-role"}))
    permission = created(admin.post("auth/permissions", json={"name": "junction_perm"}))
    link = created(
        admin.post(
            "auth/role-permissions", json={"role_id": role["id"], "permission_id": permission["id"]}
        )
    )
    assert link["role"]["id"] == role["id"] and link["permission"]["id"] == permission["id"]
    assert link["role_realm_id"] is None and link["permission_realm_id"] is None
    single = admin.get(f"auth/role-permissions/{link['id']}", params={"include": "role"}).json()
    assert "role" not in single
    listed = admin.get(
        "auth/role-permissions", params={"filter[role_id]": role["id"], "include": "role"}
    ).json()
    assert listed["data"][0]["role"]["name"] == "junction-role"
    duplicate = admin.post(
        "auth/role-permissions", json={"role_id": role["id"], "permission_id": permission["id"]}
    )
    assert duplicate.status_code == 409 and duplicate.json()["code"] == "CONFLICT"
    deleted = admin.delete(f"auth/role-permissions/{link['id']}").json()
    assert deleted["role"]["id"] == role["id"]


def test_auth_built_in_protections(admin: HubSession, hub: HubEmulator) -> None:
    master = admin.delete(f"auth/realms/{hub.master_realm_id}")
    assert master.json()["message"] == "A built-in realm can not be deleted."
    renamed = admin.post(f"auth/realms/{hub.master_realm_id}", json={"name": "other"})
    assert renamed.json()["message"] == "The name of the master can not be changed."
    system = admin.delete(f"auth/robots/{hub.robot_credentials.id}")
    assert system.json()["message"] == "The system robot can not be deleted."
    role = admin.get("auth/roles/admin").json()
    assert admin.delete(f"auth/roles/{role['id']}").json()["message"] == (
        "The default admin role can not be deleted."
    )
    permission = admin.get("auth/permissions/node_create").json()
    assert admin.delete(f"auth/permissions/{permission['id']}").json()["message"] == (
        "A built-in permission can not be deleted."
    )
    assert admin.delete(f"auth/users/{hub.admin_id}").json()["message"] == (
        "The own user can not be deleted."
    )


def test_put_upserts_on_auth(admin: HubSession) -> None:
    made = admin.put("auth/realms/61d07bc3-cc0d-4a78-8718-16943a3070da", json={"name": "put-realm"})
    assert made.status_code == 201
    changed = admin.put(f"auth/realms/{made.json()['id']}", json={"description": "via PUT"})
    assert changed.status_code == 202
    assert changed.json()["description"] == "via PUT"


def test_role_single_get_selects_fewer_columns(admin: HubSession) -> None:
    role = admin.get("auth/roles/admin").json()
    assert "built_in" not in role and "client_id" not in role
    listed = admin.get("auth/roles", params={"filter[name]": "admin"}).json()["data"][0]
    assert listed["built_in"] is True


def test_new_permission_is_given_to_the_admin_role(admin: HubSession) -> None:
    permission = created(admin.post("auth/permissions", json={"name": "fresh_permission"}))
    role = admin.get("auth/roles/admin").json()
    links = admin.get(
        "auth/role-permissions",
        params={"filter[role_id]": role["id"], "filter[permission_id]": permission["id"]},
    ).json()
    assert links["meta"]["total"] == 1


# --------------------------------------------------------------------------------------------
# Projects, analyses and their counters


def project_with_nodes(admin: HubSession, name: str, count: int = 3) -> dict[str, Any]:
    base = admin.get("core/master-images", params={"filter[path]": "python/base"}).json()
    image_id = base["data"][0]["id"]
    project = created(admin.post("core/projects", json={"name": name, "master_image_id": image_id}))
    assert project["master_image"]["path"] == "python/base"
    nodes = []
    for index in range(count):
        kind = "aggregator" if index == count - 1 else "default"
        node = created(admin.post("core/nodes", json={"name": f"{name}-{index}", "type": kind}))
        link = created(
            admin.post(
                "core/project-nodes", json={"project_id": project["id"], "node_id": node["id"]}
            )
        )
        assert link["approval_status"] == "approved"
        assert link["project"]["nodes"] == index + 1
        nodes.append(node)
    return {"project": project, "nodes": nodes}


def test_counters_of_projects_and_analyses(session: HubSession) -> None:
    setup = project_with_nodes(session, "count-project")
    project = setup["project"]
    assert session.get(f"core/projects/{project['id']}").json()["nodes"] == 3
    analysis = created(session.post("core/analyses", json={"project_id": project["id"]}))
    assert analysis["project"]["analyses"] == 1
    assert analysis["master_image_id"] == project["master_image_id"]  # the project's image
    assert analysis["name"] is None and analysis["nodes"] == 0
    assert analysis["configuration_locked"] is False and analysis["build_status"] is None
    for node in setup["nodes"][:2]:
        created(
            session.post(
                "core/analysis-nodes", json={"analysis_id": analysis["id"], "node_id": node["id"]}
            )
        )
    assert session.get(f"core/analyses/{analysis['id']}").json()["nodes"] == 2
    blocked = session.delete(f"core/projects/{project['id']}")
    assert blocked.json()["message"] == (
        "Remove all trains associated to the proposal before removing it."
    )
    deleted = session.delete(f"core/analyses/{analysis['id']}")
    assert deleted.status_code == 202
    assert deleted.json()["project"]["analyses"] == 0
    assert session.get("core/analysis-nodes").json()["meta"]["total"] == 0  # cascaded
    assert session.delete(f"core/projects/{project['id']}").status_code == 202
    assert session.get("core/project-nodes").json()["meta"]["total"] == 0


def test_analysis_buckets_are_created_with_the_analysis(session: HubSession) -> None:
    project = created(session.post("core/projects", json={"name": "bucket-project"}))
    analysis = created(session.post("core/analyses", json={"project_id": project["id"]}))
    buckets = session.get(
        "core/analysis-buckets", params={"filter[analysis_id]": analysis["id"], "sort": "type"}
    ).json()
    assert [b["type"] for b in buckets["data"]] == ["CODE", "RESULT", "TEMP"]
    storage = session.get("storage/buckets").json()["data"]
    names = {b["name"]: b["id"] for b in storage}
    code = buckets["data"][0]
    assert names[f"analysis-code-files.{analysis['id']}"] == code["external_id"]
    assert code["realm_id"] == analysis["realm_id"]
    session.delete(f"core/analyses/{analysis['id']}")
    assert session.get("core/analysis-buckets").json()["meta"]["total"] == 0
    assert session.get("storage/buckets").json()["meta"]["total"] == 0


def test_analysis_node_rules(session: HubSession) -> None:
    setup = project_with_nodes(session, "rules-project", count=2)
    analysis = created(session.post("core/analyses", json={"project_id": setup["project"]["id"]}))
    outsider = created(session.post("core/nodes", json={"name": "outsider"}))
    missing = session.post(
        "core/analysis-nodes", json={"analysis_id": analysis["id"], "node_id": outsider["id"]}
    )
    assert missing.status_code == 404
    assert missing.json()["message"] == "The referenced node is not part of the analysis project."
    link = created(
        session.post(
            "core/analysis-nodes",
            json={"analysis_id": analysis["id"], "node_id": setup["nodes"][0]["id"]},
        )
    )
    assert link["analysis_realm_id"] == analysis["realm_id"]
    assert link["node"]["id"] == setup["nodes"][0]["id"]
    bad = session.post(f"core/analysis-nodes/{link['id']}", json={"run_status": "dancing"})
    assert bad.json()["attributes"] == ["run_status"]
    running = session.post(f"core/analysis-nodes/{link['id']}", json={"run_status": "running"})
    assert running.status_code == 202
    project_node = session.get(
        "core/project-nodes", params={"filter[node_id]": setup["nodes"][0]["id"]}
    ).json()["data"][0]
    used = session.delete(f"core/project-nodes/{project_node['id']}")
    assert used.json()["message"] == (
        "The node can not be disconnected from the project because it is used by an analysis."
    )


def test_analysis_update_rules(session: HubSession) -> None:
    project = created(session.post("core/projects", json={"name": "update-project"}))
    registry = created(session.post("core/registries", json={"name": "upd-reg", "host": "h.org"}))
    other = created(session.post("core/registries", json={"name": "upd-reg2", "host": "h2.org"}))
    analysis = created(session.post("core/analyses", json={"project_id": project["id"]}))
    set_registry = session.post(
        f"core/analyses/{analysis['id']}", json={"registry_id": registry["id"]}
    )
    assert set_registry.status_code == 202
    assert set_registry.json()["registry"]["id"] == registry["id"]
    change = session.post(f"core/analyses/{analysis['id']}", json={"registry_id": other["id"]})
    assert change.json() == {
        "statusCode": 400,
        "code": "BAD_REQUEST",
        "message": "The registry can not be changed after it is specified.",
    }
    arguments = [{"value": "--verbose", "position": "after"}]
    with_args = session.post(
        f"core/analyses/{analysis['id']}", json={"image_command_arguments": arguments}
    ).json()
    assert with_args["image_command_arguments"] == arguments
    slim = session.get("core/master-images", params={"filter[path]": "python/slim"}).json()
    reset = session.post(
        f"core/analyses/{analysis['id']}", json={"master_image_id": slim["data"][0]["id"]}
    ).json()
    assert reset["image_command_arguments"] is None
    assert reset["master_image"]["path"] == "python/slim"


def test_robots_cannot_create_analyses(hub: HubEmulator, admin: HubSession) -> None:
    project = created(admin.post("core/projects", json={"name": "robot-project"}))
    credentials = hub.robot_credentials
    robot = login(hub, grant_type="robot_credentials", id=credentials.id, secret=credentials.secret)
    response = robot.post("core/analyses", json={"project_id": project["id"]})
    assert response.status_code == 403
    assert response.json()["message"] == "Only user accounts are permitted to create an analysis."


def test_analysis_bucket_files_keep_one_entrypoint(session: HubSession) -> None:
    project = created(session.post("core/projects", json={"name": "root-project"}))
    analysis = created(session.post("core/analyses", json={"project_id": project["id"]}))
    bucket = session.get(
        "core/analysis-buckets",
        params={"filter[analysis_id]": analysis["id"], "filter[type]": "CODE"},
    ).json()["data"][0]
    external = "99bca571-c4e1-465f-a2c7-eaf95b005f72"
    main = created(
        session.post(
            "core/analysis-bucket-files",
            json={
                "bucket_id": bucket["id"],
                "name": "main.py",
                "external_id": external,
                "root": True,
            },
        )
    )
    assert main["analysis_id"] == analysis["id"] and main["bucket"]["type"] == "CODE"
    util = created(
        session.post(
            "core/analysis-bucket-files",
            json={"bucket_id": bucket["id"], "name": "util.py", "external_id": external},
        )
    )
    assert util["root"] is False
    session.post(f"core/analysis-bucket-files/{util['id']}", json={"root": True})
    assert session.get(f"core/analysis-bucket-files/{main['id']}").json()["root"] is False
    renamed = session.post(f"core/analysis-bucket-files/{util['id']}", json={"name": "u.py"})
    assert renamed.json()["root"] is True  # an update without root keeps it


def test_registry_delete_cascades_to_nodes(session: HubSession) -> None:
    registry = created(session.post("core/registries", json={"name": "cascade", "host": "h.org"}))
    node = created(
        session.post("core/nodes", json={"name": "cascade-node", "registry_id": registry["id"]})
    )
    assert session.get("core/registry-projects").json()["meta"]["total"] == 1
    assert session.delete(f"core/registries/{registry['id']}").status_code == 202
    assert session.get(f"core/nodes/{node['id']}").status_code == 404
    assert session.get("core/registry-projects").json()["meta"]["total"] == 0


def test_master_image_delete_sets_project_images_to_null(session: HubSession) -> None:
    image = session.get("core/master-images", params={"filter[path]": "python/slim"}).json()
    image_id = image["data"][0]["id"]
    project = created(
        session.post("core/projects", json={"name": "null-image", "master_image_id": image_id})
    )
    assert session.delete(f"core/master-images/{image_id}").status_code == 202
    assert session.get(f"core/projects/{project['id']}").json()["master_image_id"] is None


# --------------------------------------------------------------------------------------------
# Storage resources


def test_buckets(session: HubSession, hub_emulator: HubEmulator) -> None:
    bucket = created(session.post("storage/buckets", json={"name": "my-bucket"}))
    assert bucket["actor_type"] == "user" and bucket["actor_id"] == hub_emulator.admin_id
    assert bucket["region"] is None and bucket["realm_id"] == hub_emulator.master_realm_id
    assert session.get("storage/buckets/my-bucket").json()["id"] == bucket["id"]
    assert session.post("storage/buckets", json={"name": "x"}).json()["attributes"] == ["name"]
    assert session.delete(f"storage/buckets/{bucket['id']}").status_code == 202


def test_update_routes_the_client_lacks(session: HubSession) -> None:
    bucket = created(session.post("storage/buckets", json={"name": "still-bucket"}))
    unchanged = session.post(f"storage/buckets/{bucket['id']}", json={"region": "eu-1"})
    assert unchanged.status_code == 202
    assert unchanged.json()["region"] is None
    missing = session.post("core/analysis-buckets/f4dbec81-6bfb-4a80-8940-06897d2c4b1a", json={})
    assert missing.json() == NOT_FOUND  # a JSON 404: the route exists


def test_realm_fields_come_from_authups_allowed_list(admin: HubSession) -> None:
    restricted = admin.get("auth/realms", params={"fields": "id,name"}).json()
    assert [set(row) for row in restricted["data"]] == [{"id", "name"}] * len(restricted["data"])
    # `+description` selects only description; the master realm has none, so its row drops
    # out of data (as TypeORM builds no entity from all-null columns) but still counts.
    added = admin.get("auth/realms", params={"fields": "+description", "filter[name]": "master"})
    assert added.json() == {"data": [], "meta": {"total": 1}}
    assert "display_name" in admin.get("auth/realms/master").json()


def test_a_realm_delete_cascades_to_its_accounts(
    session: HubSession, hub_emulator: HubEmulator
) -> None:
    realm = created(session.post("auth/realms", json={"name": "doomed"}))
    body = {"name": "doomed-user", "password": "pa55word", "realm_id": realm["id"]}
    user = created(session.post("auth/users", json=body))
    login(hub_emulator, username="doomed-user", password="pa55word", realm_id="doomed")
    assert session.delete(f"auth/realms/{realm['id']}").status_code == 202
    assert session.get(f"auth/users/{user['id']}").status_code == 404
    refused = session.post("auth/token", json={"username": "doomed-user", "password": "pa55word"})
    assert refused.json()["code"] == "invalid_credentials"


def test_a_nodes_included_registry_project_shows_its_account_columns(admin: HubSession) -> None:
    registry = created(admin.post("core/registries", json={"name": "acct-reg", "host": "h.io"}))
    node = created(
        admin.post("core/nodes", json={"name": "acct-node", "registry_id": registry["id"]})
    )
    included = admin.get(f"core/nodes/{node['id']}", params={"include": "registry_project"})
    project = included.json()["registry_project"]
    assert {"account_id", "account_name"} <= set(project)  # hidden elsewhere (hub-api 7.3)
    assert "account_secret" not in project
    alone = admin.get(f"core/registry-projects/{project['id']}").json()
    assert "account_name" not in alone
