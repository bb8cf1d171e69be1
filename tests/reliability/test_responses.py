"""Point 5: bad answers become a HubAPIError (or subclass) with status, URL without its query
and a short excerpt of the body; never a bare decoder traceback."""

from __future__ import annotations

import uuid

import pytest

from flamehub.errors import HubAPIError, HubResponseError
from flamehub.testing import HubEmulator

from .helpers import (
    RECORDER,
    auth_client,
    core_client,
    expect,
    password_auth,
    quick_retry,
    unique,
)


def check_error(error: HubAPIError, status: int, path: str) -> None:
    assert error.status_code == status
    assert error.url is not None and error.url.endswith(path)
    assert "?" not in error.url
    assert str(status) in str(error)
    # No decoder traceback: the msgspec error is neither the cause nor the context shown.
    assert error.__cause__ is None
    assert error.__context__ is None or error.__suppress_context__


def test_invalid_json_on_a_get(hub_emulator: HubEmulator) -> None:
    client = core_client(hub_emulator)
    hub_emulator.faults.add(body="{not json", method="GET", path_prefix="/core/projects/")
    with expect(HubResponseError, "get_project()", "Project", "status 200") as info:
        client.get_project(str(uuid.uuid4()))
    check_error(info.value, 200, f"/core/projects/{info.value.url.rsplit('/', 1)[-1]}")
    assert info.value.body_excerpt == "{not json"


def test_truncated_json_on_a_find_keeps_the_query_out(hub_emulator: HubEmulator) -> None:
    client = core_client(hub_emulator)
    client.create_project(unique("cut"))
    hub_emulator.faults.add(truncate=True, method="GET", path_prefix="/core/projects")
    private = "private-filter-value-" + uuid.uuid4().hex
    with expect(HubResponseError, "find_projects()", "truncated") as info:
        client.find_projects(filter={"name": [private, "x"]})
    check_error(info.value, 200, "/core/projects")
    assert private not in str(info.value) and private not in repr(info.value)
    assert info.value.body_excerpt and info.value.body_excerpt.startswith('{"data"')


def test_a_body_that_does_not_match_the_model(hub_emulator: HubEmulator) -> None:
    client = core_client(hub_emulator)
    hub_emulator.faults.add(
        body=b'{"data": [{"id": 5, "name": "p"}], "meta": {"total": 1}}',
        method="GET",
        path_prefix="/core/projects",
    )
    with expect(HubResponseError, "get_projects()", "Expected", "$.data[0].id") as info:
        client.get_projects()
    check_error(info.value, 200, "/core/projects")
    hub_emulator.faults.add(body=b"[1, 2]", method="GET", path_prefix="/core/projects/")
    with expect(HubResponseError, "get_project()", "Expected `object`, got `array`"):
        client.get_project(str(uuid.uuid4()))


def test_an_empty_body_where_json_was_due(hub_emulator: HubEmulator) -> None:
    client = core_client(hub_emulator)
    hub_emulator.faults.add(body=b"", method="GET", path_prefix="/core/projects")
    with expect(HubResponseError, "get_projects()") as info:
        client.get_projects()
    assert info.value.body_excerpt == ""


def test_a_proxys_html_error_page(hub_emulator: HubEmulator) -> None:
    client = core_client(hub_emulator, retries=quick_retry(1))
    page = "<html><body><h1>502 Bad Gateway</h1>" + "<p>padding</p>" * 100 + "</body></html>"
    hub_emulator.faults.add(502, body=page, count=2, path_prefix="/core/nodes")
    with expect(HubAPIError, "502", "GET", "/core/nodes", "Bad Gateway") as info:
        client.get_nodes()
    check_error(info.value, 502, "/core/nodes")
    assert info.value.body_excerpt is not None
    assert len(info.value.body_excerpt) <= 203 and info.value.body_excerpt.endswith("...")
    assert info.value.error_response is not None and info.value.error_response.code is None


def test_an_error_status_with_a_broken_json_body(hub_emulator: HubEmulator) -> None:
    client = core_client(hub_emulator)
    hub_emulator.faults.add(500, body='{"statusCode": 500, "co', path_prefix="/core/projects")
    with expect(HubAPIError, "500", '{"statusCode": 500, "co') as info:
        client.create_project(unique("x"))
    check_error(info.value, 500, "/core/projects")


def test_a_missing_resource_is_none_but_a_missing_route_is_an_error(
    hub_emulator: HubEmulator,
) -> None:
    client = core_client(hub_emulator)
    assert client.get_project(str(uuid.uuid4())) is None  # the Hub's JSON 404
    # A client pointed at the wrong service: the Hub has no such route, and says so with an
    # empty 404, which must not pass for "not found".
    wrong = core_client(hub_emulator, base_url=hub_emulator.storage_url)
    with expect(HubAPIError, "404", "empty body", "no route", "base_url") as info:
        wrong.get_project(str(uuid.uuid4()))
    assert info.value.status_code == 404
    # A proxy's HTML 404 is no Hub answer either.
    hub_emulator.faults.add(404, body="<html>Not Found</html>", path_prefix="/core/projects/")
    with expect(HubAPIError, "404", "<html>Not Found</html>"):
        client.get_project(str(uuid.uuid4()))


def test_an_unreadable_token_answer_shows_nothing_of_it(hub_emulator: HubEmulator) -> None:
    fake = RECORDER.secret("eyJfake." + uuid.uuid4().hex + ".sig")
    hub_emulator.faults.add(body='{"access_token": "' + fake, path_prefix="/auth/token")
    client = core_client(hub_emulator, password_auth(hub_emulator))
    with expect(HubResponseError, "token response", "could not be read") as info:
        client.get_nodes()
    assert fake not in str(info.value)
    assert info.value.body_excerpt is None


@pytest.mark.parametrize("cut", ["truncate", "mismatch"])
def test_a_create_echoing_a_secret_is_masked_in_the_excerpt(
    hub_emulator: HubEmulator, cut: str
) -> None:
    client = auth_client(hub_emulator)
    secret = RECORDER.secret("S3cret-" + uuid.uuid4().hex)
    if cut == "truncate":
        hub_emulator.faults.add(truncate=True, method="POST", path_prefix="/auth/robots")
    else:
        body = '{"id": 7, "name": "r", "secret": "' + secret + '", "realm_id": "x"}'
        hub_emulator.faults.add(201, body=body, method="POST", path_prefix="/auth/robots")
    with expect(HubResponseError, "create_robot()") as info:
        client.create_robot(unique("robot"), hub_emulator.master_realm_id, secret)
    excerpt = info.value.body_excerpt or ""
    assert secret not in excerpt and secret not in str(info.value)
    if '"secret"' in excerpt:
        assert '"secret": "***"' in excerpt or '"secret":"***"' in excerpt
