"""HubAPIError and the parsed error body."""

from __future__ import annotations

import copy
import pickle

from flamehub.errors import ErrorResponse, HubAPIError

VALIDATION_BODY = (
    b'{"statusCode":400,"code":"undefined","message":"The attribute name is invalid.",'
    b'"children":[{"path":"name","pathAbsolute":"name"}],"attributes":["name"]}'
)


def test_hub_error_body_is_parsed_with_its_extra_keys():
    error = HubAPIError.from_response(400, VALIDATION_BODY, method="POST", url="http://h/core/x")
    assert str(error) == "received status code 400 (undefined): The attribute name is invalid."
    assert error.error_response.attributes == ["name"]
    assert error.error_response.model_dump()["children"][0]["path"] == "name"


def test_an_empty_hub_message_names_the_request_instead():
    body = b'{"statusCode":404,"code":"NOT_FOUND","message":""}'
    error = HubAPIError.from_response(404, body, method="DELETE", url="http://h/core/nodes/1?x=y")
    assert str(error) == (
        "received status code 404 (NOT_FOUND): no error message present "
        "(DELETE http://h/core/nodes/1)"
    )


def test_a_proxy_page_becomes_an_excerpt():
    error = HubAPIError.from_response(
        502, b"<html>Bad Gateway</html>", method="GET", url="http://h"
    )
    assert error.error_response.code is None
    assert "<html>Bad Gateway</html>" in str(error) and error.body_excerpt


def test_errors_survive_pickle_and_copy():
    error = HubAPIError.from_response(400, VALIDATION_BODY, method="POST", url="http://h/core/x")
    for clone in (pickle.loads(pickle.dumps(error)), copy.deepcopy(error), copy.copy(error)):
        assert str(clone) == str(error)
        assert clone.error_response == error.error_response
    response = ErrorResponse(404, "NOT_FOUND", "", {"extra": 1})
    assert pickle.loads(pickle.dumps(response)) == response
