"""Every auth resource through the public client API, against the emulator."""

from __future__ import annotations

import uuid

import pytest

from flamehub import HubAPIError, models


def test_realm_lifecycle(auth_client, unique):
    realm = auth_client.create_realm(f"realm-{unique}", display_name="A realm")
    assert isinstance(realm, models.Realm)
    assert (realm.name, realm.display_name, realm.built_in) == (f"realm-{unique}", "A realm", False)

    assert auth_client.get_realm(realm) == auth_client.get_realm(str(realm.id))
    updated = auth_client.update_realm(realm.id, description="described now")
    assert updated.description == "described now"
    assert updated.display_name == "A realm"  # not sent, so kept

    found = auth_client.find_realms(filter={"name": f"realm-{unique}"})
    assert [r.id for r in found] == [realm.id]
    auth_client.delete_realm(realm)
    assert auth_client.get_realm(realm.id) is None
    with pytest.raises(HubAPIError) as caught:
        auth_client.delete_realm(realm.id)
    assert caught.value.status_code == 404


def test_user_with_nested_realm_and_hidden_email(auth_client, unique):
    master = auth_client.find_realms(filter={"name": "master"}).pop()
    user = auth_client.create_user(f"user-{unique}", email=f"{unique}@example.org")
    assert user.realm_id == master.id

    plain = auth_client.get_user(user)
    assert plain.email is None  # hidden unless asked for
    assert plain.realm == master  # included one level deep
    with_email = auth_client.find_users(filter={"name": f"user-{unique}"}, fields="email")
    assert with_email[0].email == f"{unique}@example.org"

    renamed = auth_client.update_user(user, display_name="Someone", first_name=None)
    assert renamed.display_name == "Someone" and renamed.first_name is None
    auth_client.delete_user(user)
    assert auth_client.get_user(user.id) is None


def test_robot_secret_only_when_requested(auth_client, unique):
    master = auth_client.find_realms(filter={"name": "master"}).pop()
    robot = auth_client.create_robot(f"robot-{unique}", master, "a-long-robot-secret")
    assert auth_client.get_robot(robot).secret is None
    assert auth_client.get_robot(robot, fields="secret").secret is not None
    assert auth_client.get_robot(robot).realm == master

    updated = auth_client.update_robot(robot, display_name="Robbie")
    assert updated.display_name == "Robbie"
    auth_client.delete_robot(robot)
    assert auth_client.find_robots(filter={"name": f"robot-{unique}"}) == []


def test_permission_and_role(auth_client, unique):
    permission = auth_client.create_permission(f"perm_{unique}", display_name="Perm")
    role = auth_client.create_role(f"role-{unique}", description="a role for tests")
    assert auth_client.get_permission(permission.id).name == f"perm_{unique}"
    assert auth_client.update_permission(permission, description="changed").description == (
        "changed"
    )
    assert auth_client.update_role(role, display_name="Role").display_name == "Role"
    assert auth_client.find_roles(filter={"name": f"role-{unique}"})[0].id == role.id

    auth_client.delete_role(role)
    auth_client.delete_permission(permission)
    assert auth_client.get_role(role) is None
    assert auth_client.get_permission(permission) is None


def test_permission_list_reports_meta(auth_client):
    permissions, meta = auth_client.get_permissions(meta=True)
    assert (meta.limit, meta.offset) == (50, 0)
    assert meta.total >= len(permissions) > 0


@pytest.mark.parametrize(
    ("junction", "owner", "target"),
    [
        ("role_permission", "role", "permission"),
        ("user_permission", "user", "permission"),
        ("user_role", "user", "role"),
        ("robot_permission", "robot", "permission"),
        ("robot_role", "robot", "role"),
    ],
)
def test_junctions_link_find_and_unlink(auth_client, unique, junction, owner, target):
    make = {
        "role": lambda: auth_client.create_role(f"role-{unique}"),
        "user": lambda: auth_client.create_user(f"user-{unique}"),
        "robot": lambda: auth_client.create_robot(
            f"robot-{unique}", auth_client.find_realms(filter={"name": "master"})[0], "secret123"
        ),
        "permission": lambda: auth_client.create_permission(f"perm_{unique}"),
    }
    first, second = make[owner](), make[target]()
    create = getattr(auth_client, f"create_{junction}")
    link = create(first, second)
    assert getattr(link, f"{owner}_id") == first.id
    assert getattr(link, f"{target}_id") == second.id

    assert getattr(auth_client, f"get_{junction}")(link).id == link.id
    found = getattr(auth_client, f"find_{junction}s")(filter={f"{owner}_id": first.id})
    assert [item.id for item in found] == [link.id]
    nested = getattr(found[0], owner)  # included one level deep
    assert (nested.id, nested.name) == (first.id, first.name)

    with pytest.raises(HubAPIError) as caught:
        create(first, second)
    assert caught.value.status_code == 409

    getattr(auth_client, f"delete_{junction}")(link)
    assert getattr(auth_client, f"get_{junction}")(link) is None
    getattr(auth_client, f"delete_{owner}")(first)
    getattr(auth_client, f"delete_{target}")(second)


def test_junction_with_missing_reference_is_a_hub_error(auth_client, unique):
    role = auth_client.create_role(f"role-{unique}")
    with pytest.raises(HubAPIError) as caught:
        auth_client.create_role_permission(role, uuid.uuid4())
    assert caught.value.status_code == 400
    assert "permission" in caught.value.error_response.message


def test_resources_the_hub_finds_by_name_take_a_name_in_place_of_the_id(auth_client, unique):
    assert auth_client.get_realm("master").name == "master"
    assert auth_client.get_role("admin").name == "admin"
    assert auth_client.get_user("@me").name == "admin"
    assert auth_client.get_robot("system").name == "system"
    assert auth_client.get_realm(f"no-such-realm-{unique}") is None
    role = auth_client.create_role(f"role-{unique}")
    assert auth_client.get_role(f"role-{unique}") == auth_client.get_role(role)
    with pytest.raises(ValueError, match="must be a UUID"):  # the Hub finds by name on GET only
        auth_client.delete_role(f"role-{unique}")
