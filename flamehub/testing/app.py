"""The emulator's WSGI application: auth under ``/auth/``, core under ``/core/``, storage under
``/storage/``, as a Hub deployment serves them behind its gateway.

Routes come from the registry (list, one, create, update, delete, and authup's PUT where a
resource has ``hub.upsert``) plus the Hub's other endpoints (:mod:`.actions`). Unknown routes
and methods answer 404 with an empty body, as the Hub's router does. Every request may first
meet a planned fault (:mod:`.faults`).
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import msgspec
from werkzeug.datastructures import MultiDict
from werkzeug.exceptions import HTTPException
from werkzeug.routing import Map, Rule
from werkzeug.wrappers import Request, Response

from flamehub.registry import ResourceSpec
from flamehub.testing import errors
from flamehub.testing.actions import HubActions, Reply, UploadedFile
from flamehub.testing.crud import Call, ResourceEngine
from flamehub.testing.faults import Fault, FaultPlan
from flamehub.testing.identity import Authenticator
from flamehub.testing.store import Identity, Store

__all__ = ["HubApplication", "RequestRecord"]

logger = logging.getLogger("flamehub.testing.app")

SERVICES = ("auth", "core", "storage")
# Paths served by Python handlers, not by the generic resource routes.
CUSTOM_COLLECTIONS = {"analysis-logs", "analysis-node-logs"}

_encoder = msgspec.json.Encoder()
_decoder = msgspec.json.Decoder()


@dataclass(frozen=True)
class RequestRecord:
    """One handled request, as tests may inspect it (no bodies, no headers)."""

    method: str
    path: str
    query: str
    status: int


class HubApplication:
    def __init__(
        self,
        store: Store,
        engine: ResourceEngine,
        authenticator: Authenticator,
        faults: FaultPlan,
    ) -> None:
        self.store = store
        self.engine = engine
        self.authenticator = authenticator
        self.actions = HubActions(store, engine)
        self.faults = faults
        self.requests: list[RequestRecord] = []
        self._records_lock = threading.Lock()
        self.url_map = self._routes()

    # ----------------------------------------------------------------------------------------
    # Routing

    def _routes(self) -> Map:
        rules = [
            Rule("/auth/", endpoint=("status", "auth")),
            Rule("/core/", endpoint=("status", "core")),
            Rule("/storage/", endpoint=("status", "storage")),
            Rule("/auth/token", endpoint=("token", None)),
            Rule("/core/analyses/<ident>/command", endpoint=("analysis_command", None)),
            Rule("/core/services/<service>/command", endpoint=("service_command", None)),
            Rule("/core/master-images/command", endpoint=("master_image_command", None)),
            Rule("/core/analysis-logs", endpoint=("analysis_logs", None)),
            Rule("/core/analysis-node-logs", endpoint=("analysis_node_logs", None)),
            Rule("/storage/buckets/<ident>/upload", endpoint=("upload", None)),
            Rule("/storage/buckets/<ident>/stream", endpoint=("bucket_stream", None)),
            Rule("/storage/bucket-files/<ident>/stream", endpoint=("file_stream", None)),
        ]
        for spec in self.store.specs.values():
            if spec.path in CUSTOM_COLLECTIONS:
                continue
            prefix = f"/{spec.client}/{spec.path}"
            rules.append(Rule(prefix, endpoint=("collection", spec.path)))
            rules.append(Rule(f"{prefix}/<ident>", endpoint=("item", spec.path)))
        return Map(rules, strict_slashes=False, merge_slashes=False)

    # ----------------------------------------------------------------------------------------
    # WSGI

    def __call__(
        self, environ: dict[str, Any], start_response: Callable[..., Any]
    ) -> Iterable[bytes]:
        request = Request(environ)
        fault = self.faults.take(request.method, request.path)
        if fault is not None and fault.delay:
            time.sleep(fault.delay)
        if fault is not None and fault.drop_connection:
            request.get_data()  # not left for the server to read as the next request
            self._record(request, 0)
            return self._drop(environ, start_response)
        if fault is not None and fault.lose_response:
            self.handle(request)  # the change is made; its answer never leaves
            self._record(request, 0)
            return self._drop(environ, start_response)
        if fault is not None and (fault.status is not None or fault.body is not None):
            # Read the body the answer ignores: left unread, the server would take it for the
            # next request on the connection (and log it, a password of a token request too).
            request.get_data()
            response = self._fault_response(fault)
        else:
            response = self.handle(request)
            if fault is not None and fault.truncate:
                response = self._truncated(response)
            if fault is not None:
                response.headers.update(fault.headers)
        if fault is not None and fault.chunk_delay:
            response = self._trickled(response, fault.chunk_delay)
        self._record(request, response.status_code)
        return response(environ, start_response)

    def records(self) -> list[RequestRecord]:
        with self._records_lock:
            return list(self.requests)

    def _record(self, request: Request, status: int) -> None:
        record = RequestRecord(
            request.method, request.path, request.query_string.decode("latin-1"), status
        )
        with self._records_lock:
            self.requests.append(record)
        logger.debug("%s %s -> %s", request.method, request.path, status)

    @staticmethod
    def _drop(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterator[bytes]:
        """Close the connection without an answer (the server then sees a dropped client)."""
        connection = environ.get("werkzeug.socket")
        if connection is not None:
            try:
                connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        # Werkzeug takes a ConnectionError for a client gone and ends the request quietly
        # (an empty answer would make it log a traceback instead).
        raise ConnectionAbortedError("connection dropped by a planned fault")

    @staticmethod
    def _trickled(response: Response, pause: float) -> Response:
        """The same answer, sent in four pieces with ``pause`` seconds before each but the
        first (chunked transfer, so that each piece reaches the client on its own)."""
        data = response.get_data()
        step = max(1, -(-len(data) // 4))
        pieces = [data[start : start + step] for start in range(0, len(data), step)]

        def body() -> Iterator[bytes]:
            for index, piece in enumerate(pieces):
                if index:
                    time.sleep(pause)
                yield piece

        slow = Response(body(), status=response.status_code)
        for key, value in response.headers.items():
            if key.lower() != "content-length":
                slow.headers[key] = value
        return slow

    @staticmethod
    def _fault_response(fault: Fault) -> Response:
        status = fault.status if fault.status is not None else 200
        if fault.body is not None:
            body = fault.body
        else:
            message = errors.INTERNAL_ERROR_MESSAGE if status >= 500 else ""
            code = {
                400: "BAD_REQUEST",
                401: "UNAUTHORIZED",
                403: "FORBIDDEN",
                404: "NOT_FOUND",
                409: "CONFLICT",
                429: "TOO_MANY_REQUESTS",
                502: "BAD_GATEWAY",
                503: "SERVICE_UNAVAILABLE",
                504: "GATEWAY_TIMEOUT",
            }.get(status, "INTERNAL_SERVER_ERROR" if status >= 500 else "UNKNOWN")
            body = _encoder.encode({"statusCode": status, "code": code, "message": message})
        response = Response(body, status=status, content_type="application/json; charset=utf-8")
        response.headers.update(fault.headers)
        return response

    @staticmethod
    def _truncated(response: Response) -> Response:
        data = response.get_data()
        cut = Response(data[: len(data) // 2], status=response.status_code)
        cut.headers["Content-Type"] = response.headers.get("Content-Type", "application/json")
        return cut

    # ----------------------------------------------------------------------------------------
    # Dispatch

    def handle(self, request: Request) -> Response:
        adapter = self.url_map.bind_to_environ(request.environ)
        try:
            (kind, target), arguments = adapter.match(return_rule=False)
        except HTTPException:
            return _empty_404()
        service = request.path.strip("/").split("/", 1)[0]
        try:
            reply = self._dispatch(request, service, kind, target, arguments)
        except errors.RouteNotFound:
            return _empty_404()
        except errors.HubError as exc:
            reply = Reply(exc.status, exc.body())
        except Exception:  # a bug of the emulator: answer as the Hub answers its own bugs
            logger.exception("unexpected error in %s %s", request.method, request.path)
            reply = Reply(
                500,
                {"statusCode": 500, "code": "undefined", "message": errors.INTERNAL_ERROR_MESSAGE},
            )
        return _to_response(reply)

    def _dispatch(
        self,
        request: Request,
        service: str,
        kind: str,
        target: Any,
        arguments: Mapping[str, Any],
    ) -> Reply:
        method = request.method
        if kind == "status":
            if method != "GET":
                raise errors.RouteNotFound
            settings = self.authenticator.settings
            return HubActions.status(target, settings.access_lifetime, settings.refresh_lifetime)
        if kind == "token":
            if method != "POST":
                raise errors.RouteNotFound
            self._identify(request, service, public=True)
            body = _body(request)
            with self.store.lock:
                return Reply(200, self.authenticator.grant(body))
        if kind in ("collection", "item"):
            return self._resource(request, service, self.store.spec(target), arguments)
        identity = self._identify(request, service, public=False)
        call = Call(identity, list(request.args.items(multi=True)))
        actions = self.actions
        with self.store.lock:
            if kind == "analysis_command" and method == "POST":
                call.body = _body(request)
                return actions.analysis_command(call, arguments["ident"])
            if kind == "service_command" and method == "POST":
                if arguments["service"] != "registry":
                    raise errors.NotFound()
                call.body = _body(request)
                return actions.registry_command(call)
            if kind == "master_image_command" and method == "POST":
                call.body = _body(request)
                return actions.master_image_command(call)
            if kind == "analysis_logs" and method == "GET":
                return actions.list_analysis_logs(call)
            if kind == "analysis_logs" and method == "DELETE":
                return actions.delete_analysis_logs(call)
            if kind == "analysis_node_logs":
                if method == "POST":
                    call.body = _body(request)
                    return actions.create_node_log(call)
                if method == "GET":
                    return actions.list_node_logs(call)
                if method == "DELETE":
                    return actions.delete_node_logs(call)
            if kind == "upload" and method == "POST" and self.store.has("buckets"):
                files = [
                    UploadedFile(storage.filename or "", storage.read())
                    for _, storage in request.files.items(multi=True)
                    if storage.filename
                ]
                return actions.upload(call, arguments["ident"], files)
            if kind == "bucket_stream" and method == "GET" and self.store.has("buckets"):
                return actions.bucket_tarball(call, arguments["ident"])
            if kind == "file_stream" and method == "GET" and self.store.has("bucket-files"):
                return actions.bucket_file_stream(call, arguments["ident"])
        raise errors.RouteNotFound

    def _identify(self, request: Request, service: str, public: bool) -> Identity | None:
        identity = self.authenticator.identify(request.headers.get("Authorization"), service)
        if identity is None and not public:
            raise errors.HubError(401, "UNAUTHORIZED", "")
        return identity

    def _resource(
        self, request: Request, service: str, spec: ResourceSpec, arguments: Mapping[str, Any]
    ) -> Reply:
        ident = arguments.get("ident")
        operation = _operation(spec, request.method, ident is not None)
        if operation is None:
            raise errors.RouteNotFound
        public = spec.hub.public_read and operation in ("list", "one")
        identity = self._identify(request, service, public=public)
        call = Call(identity, list(request.args.items(multi=True)))
        if operation in ("create", "update", "upsert"):
            call.body = _body(request)
        engine = self.engine
        with self.store.lock:
            if operation == "list":
                return Reply(200, engine.list_rows(spec, call))
            if operation == "create":
                return Reply(201, engine.create(spec, call))
            assert ident is not None  # the item routes carry an id
            if operation == "one":
                return Reply(200, engine.one(spec, call, ident))
            if operation == "update":
                return Reply(202, engine.update(spec, call, ident))
            if operation == "upsert":
                status, body = engine.upsert(spec, call, ident)
                return Reply(status, body)
            return Reply(202, engine.delete(spec, call, ident))


# The registry method each route operation needs.
_METHOD_OF_OPERATION = {
    "one": ("get",),
    "list": ("get_all", "find"),
    "create": ("create",),
    "update": ("update",),
    "upsert": ("update",),
    "delete": ("delete",),
}


def _operation(spec: ResourceSpec, method: str, with_id: bool) -> str | None:
    """The operation a request names, or ``None`` where the Hub has no such route."""
    if with_id:
        operation = {"GET": "one", "POST": "update", "DELETE": "delete"}.get(method)
        if method == "PUT" and spec.hub.upsert:
            operation = "upsert"
    else:
        operation = {"GET": "list", "POST": "create"}.get(method)
    served = (*spec.methods, *spec.hub.extra_methods)
    if operation is None or not set(_METHOD_OF_OPERATION[operation]) & set(served):
        return None
    return operation


def _body(request: Request) -> dict[str, Any]:
    """The request body as the Hub reads it: JSON, or a url-encoded or multipart form."""
    mimetype = request.mimetype
    if mimetype in ("application/x-www-form-urlencoded", "multipart/form-data"):
        form: MultiDict[str, str] = request.form
        return {key: form.get(key) for key in form}
    data = request.get_data(cache=True)
    if not data.strip():
        return {}
    try:
        body = _decoder.decode(data)
    except msgspec.DecodeError:
        # body-parser refuses malformed JSON before any handler runs (its code is our choice).
        raise errors.HubError(400, "BAD_REQUEST", "The request body is not valid JSON.") from None
    return body if isinstance(body, dict) else {}


def _empty_404() -> Response:
    response = Response(b"", status=404)
    del response.headers["Content-Type"]
    return response


def _to_response(reply: Reply) -> Response:
    payload = reply.payload
    if payload is None:
        response = Response(b"", status=reply.status)
        del response.headers["Content-Type"]
    elif isinstance(payload, bytes | bytearray):
        response = Response(bytes(payload), status=reply.status, content_type=reply.content_type)
    elif isinstance(payload, Iterator):
        response = Response(payload, status=reply.status, content_type=reply.content_type)
    else:
        response = Response(
            _encoder.encode(payload), status=reply.status, content_type=reply.content_type
        )
    response.headers.update(reply.headers)
    return response
