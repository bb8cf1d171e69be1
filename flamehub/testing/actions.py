"""The Hub's endpoints beyond the six resource operations: analysis, registry and master image
commands, the log endpoints, and storage upload and streams (hub-api sections 7.11, 8 and 9).

Messages the Hub's source quotes only in part (the preconditions of analysis commands, which
could not be observed on a running Hub) are completed here and marked as the emulator's words.
"""

from __future__ import annotations

import hashlib
import io
import posixpath
import tarfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from flamehub.testing import errors
from flamehub.testing.crud import Call, ResourceEngine
from flamehub.testing.query import Page, parse_query
from flamehub.testing.seed import SYNCED_MASTER_IMAGES, sync_master_images
from flamehub.testing.store import Store, now_iso_seconds
from flamehub.testing.validate import is_uuid, problems_of_body

__all__ = ["HubActions", "Reply", "UploadedFile"]

ANALYSIS_COMMANDS = (
    "spinUp",
    "tearDown",
    "buildStart",
    "buildStop",
    "configurationLock",
    "configurationUnlock",
    "buildStatus",
)
REGISTRY_COMMANDS = ("setup", "cleanup", "delete", "projectLink", "projectUnlink")
LOG_LEVELS = ("emerg", "alert", "crit", "error", "warn", "notice", "info", "debug")
STREAM_CHUNK = 64 * 1024


@dataclass
class Reply:
    """An answer: ``payload`` is JSON-encoded unless it is bytes or an iterator of bytes
    (``None`` gives an empty body)."""

    status: int
    payload: Any = None
    content_type: str = "application/json; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class UploadedFile:
    filename: str
    content: bytes


def _locked_check(condition: bool, message: str) -> None:
    if condition:
        raise errors.bad_request(message)


class HubActions:
    def __init__(self, store: Store, engine: ResourceEngine) -> None:
        self.store = store
        self.engine = engine

    # ----------------------------------------------------------------------------------------
    # POST /core/analyses/{id}/command (9.1)

    def analysis_command(self, call: Call, ident: str) -> Reply:
        spec = self.store.spec("analyses")
        analysis = self.engine.require_row(spec, call, ident)
        command = call.body.get("command")
        if command not in ANALYSIS_COMMANDS:
            raise errors.validation_error(
                "core", [{"path": "command", "pathAbsolute": "command", "received": command}]
            )
        handler = getattr(self, f"_analysis_{command}", None)
        if handler is not None:
            handler(analysis)
            analysis["updated_at"] = now_iso_seconds()
        return Reply(202, self.engine.present(spec, analysis))

    def _analysis_nodes(
        self, analysis: dict[str, Any]
    ) -> list[tuple[dict[str, Any], dict[str, Any]]]:
        links = self.store.find("analysis-nodes", analysis_id=analysis["id"])
        return [(link, self.store.get("nodes", link.get("node_id")) or {}) for link in links]

    def _analysis_configurationLock(self, analysis: dict[str, Any]) -> None:
        # The emulator's wording where hub-api quotes only the end of a message.
        _locked_check(
            bool(analysis.get("configuration_locked")),
            "The analysis configuration is already locked.",
        )
        _locked_check(
            analysis.get("build_status") is not None,
            "The analysis build has already been initialized.",
        )
        _locked_check((analysis.get("nodes") or 0) < 2, "The analysis requires at least two nodes.")
        _locked_check(
            analysis.get("master_image_id") is None, "The analysis requires a master image."
        )
        if self.store.has("analysis-buckets"):
            bucket = self.store.first("analysis-buckets", analysis_id=analysis["id"], type="CODE")
            entrypoint = bucket is not None and (
                self.store.first("analysis-bucket-files", bucket_id=bucket["id"], root=True)
                is not None
            )
            _locked_check(
                not entrypoint,
                "At least one code file must be uploaded and at least one entrypoint file is "
                "required.",
            )
        # SKIP_ANALYSIS_APPROVAL: node approvals are not required to lock.
        aggregators = [
            n for _, n in self._analysis_nodes(analysis) if n.get("type") == "aggregator"
        ]
        _locked_check(len(aggregators) != 1, "The analysis requires exactly one aggregator node.")
        analysis["configuration_locked"] = True

    def _analysis_configurationUnlock(self, analysis: dict[str, Any]) -> None:
        _locked_check(
            not analysis.get("configuration_locked"), "The analysis configuration is not locked."
        )
        _locked_check(
            analysis.get("build_status") not in (None, "failed", "stopped", "stopping"),
            "The analysis configuration can not be unlocked while a build is running.",
        )
        analysis["configuration_locked"] = False
        analysis["build_status"] = None

    def _analysis_buildStart(self, analysis: dict[str, Any]) -> None:
        _locked_check(
            not analysis.get("configuration_locked"),
            "The analysis configuration must be locked before starting the build.",
        )
        _locked_check(
            analysis.get("build_status") not in (None, "failed", "stopped"),
            "The analysis build has already been started.",
        )
        nodes = self._analysis_nodes(analysis)
        _locked_check(
            any(link.get("approval_status") != "approved" for link, _ in nodes),
            "Not all nodes have approved the analysis yet.",
        )
        for _, node in nodes:
            _locked_check(
                node.get("registry_id") is None,
                f"The node {node.get('name')} is not assigned to a registry yet.",
            )
        if analysis.get("registry_id") is None:
            registries = self.store.rows("registries")
            _locked_check(not registries, "No registry is registered.")
            analysis["registry_id"] = registries[0]["id"]
        analysis["build_status"] = "starting"

    def _analysis_buildStop(self, analysis: dict[str, Any]) -> None:
        _locked_check(
            not analysis.get("configuration_locked"), "The analysis configuration is not locked."
        )
        status = analysis.get("build_status")
        _locked_check(
            status not in ("starting", "started", "stopping"), "The analysis build is not running."
        )
        analysis["build_status"] = "stopped" if status == "stopping" else "stopping"

    def _analysis_buildStatus(self, analysis: dict[str, Any]) -> None:
        _locked_check(
            not analysis.get("configuration_locked"), "The analysis configuration is not locked."
        )
        _locked_check(
            analysis.get("build_status") in (None, "finished"),
            "The analysis build has not been started or has already finished.",
        )

    # ----------------------------------------------------------------------------------------
    # POST /core/services/registry/command (9.2) and /core/master-images/command (7.5)

    def registry_command(self, call: Call) -> Reply:
        body = call.body
        children = []
        if body.get("command") not in REGISTRY_COMMANDS:
            children.append(("command", body.get("command"), "command" in body))
        if not is_uuid(body.get("id")):
            children.append(("id", body.get("id"), "id" in body))
        secret = body.get("secret")
        if "secret" in body and not (
            isinstance(secret, str)
            and len(secret) >= 8
            and any(c.isupper() for c in secret)
            and any(c.islower() for c in secret)
            and any(c.isdigit() for c in secret)
        ):
            children.append(("secret", secret, True))
        if children:
            raise errors.validation_error(
                "core",
                [
                    {"path": name, "pathAbsolute": name, **({"received": value} if sent else {})}
                    for name, value, sent in children
                ],
            )
        registry = self.store.get("registries", body["id"])
        if (
            body["command"] == "setup"
            and registry is not None
            and self.store.has("registry-projects")
        ):
            for kind, name in (
                ("incoming", "incoming"),
                ("outgoing", "outgoing"),
                ("masterImages", "master-images"),
            ):
                if self.store.first("registry-projects", registry_id=registry["id"], type=kind):
                    continue
                self.store.insert(
                    "registry-projects",
                    {
                        "name": name,
                        "type": kind,
                        "external_name": name,
                        "registry_id": registry["id"],
                    },
                )
        return Reply(202)

    def master_image_command(self, call: Call) -> Reply:
        if call.body.get("command") != "sync":
            raise errors.bad_request("The master image command is not valid.")
        sync_master_images(self.store, SYNCED_MASTER_IMAGES)
        return Reply(202)

    # ----------------------------------------------------------------------------------------
    # Logs (7.11). Kept as Loki would: deletes take effect, filter[time] and page[limit] apply.

    def _log_filters(
        self, call: Call, required: tuple[str, ...]
    ) -> tuple[dict[str, Any], list[Any], Page | None]:
        query, _ = parse_query(call.query)
        values = {c.key: c.values[0].text for c in query.filters if c.operator == "eq"}
        if any(not values.get(name) for name in required):
            if len(required) == 1:
                raise errors.bad_request("The filter analysis_id must be defined.")
            raise errors.bad_request("The filters node_id and analysis_id must be defined.")
        time_conditions = [c for c in query.filters if c.key == "time"]
        return values, time_conditions, query.page

    def _select_logs(self, entity: str, labels: dict[str, str], call: Call) -> list[dict[str, Any]]:
        selected = []
        _, time_conditions, _ = self._log_filters(call, ())
        for log in self.store.logs:
            if log["labels"].get("entity") != entity:
                continue
            if any(log["labels"].get(k) != v for k, v in labels.items()):
                continue
            if not all(self._time_ok(log, c) for c in time_conditions):
                continue
            selected.append(log)
        return selected

    @staticmethod
    def _time_ok(log: dict[str, Any], condition: Any) -> bool:
        try:
            bound = int(condition.values[0].text)
        except ValueError:
            return True
        moment = int(log["time"])
        return {
            "lt": moment < bound,
            "le": moment <= bound,
            "gt": moment > bound,
            "ge": moment >= bound,
        }.get(condition.operator, True)

    def _log_list(self, entity: str, required: tuple[str, ...], call: Call) -> Reply:
        values, _, page = self._log_filters(call, required)
        with self.store.lock:
            logs = self._select_logs(entity, {k: values[k] for k in required}, call)
        meta: dict[str, Any] = {}
        if page is not None:
            logs = logs[: page.limit]  # the offset is ignored by the Hub
        meta["total"] = len(logs)
        if page is not None:
            meta["pagination"] = {"limit": page.limit, "offset": page.offset}
        return Reply(200, {"data": logs, "meta": meta})

    def _log_delete(self, entity: str, required: tuple[str, ...], call: Call) -> Reply:
        values, _, _ = self._log_filters(call, required)
        labels = {k: values[k] for k in required}
        with self.store.lock:
            doomed = {id(log) for log in self._select_logs(entity, labels, Call(None))}
            self.store.logs[:] = [log for log in self.store.logs if id(log) not in doomed]
        return Reply(202)

    def list_analysis_logs(self, call: Call) -> Reply:
        return self._log_list("analysis", ("analysis_id",), call)

    def delete_analysis_logs(self, call: Call) -> Reply:
        return self._log_delete("analysis", ("analysis_id",), call)

    def list_node_logs(self, call: Call) -> Reply:
        return self._log_list("analysisNode", ("analysis_id", "node_id"), call)

    def delete_node_logs(self, call: Call) -> Reply:
        return self._log_delete("analysisNode", ("analysis_id", "node_id"), call)

    def create_node_log(self, call: Call) -> Reply:
        body = call.body
        spec = self.store.specs.get("analysis-node-logs")
        children: list[dict[str, Any]] = []
        if spec is not None:
            accepted = self.engine._accepted(spec, "create")
            names = {f.name for f in accepted}
            narrowed = {key: value for key, value in body.items() if key in names}
            required = self.engine.required_fields(spec)
            children = problems_of_body(
                self.store.registry, accepted, required, spec.hub.constraints, narrowed
            )
        if children:
            raise errors.validation_error("core", children)
        # Existence is a second stage: checked only once the attributes themselves are valid.
        analysis = self.store.get("analyses", body.get("analysis_id"))
        node = self.store.get("nodes", body.get("node_id"))
        for name, row in (("analysis_id", analysis), ("node_id", node)):
            if row is None:
                children.append({"path": name, "pathAbsolute": name, "received": body.get(name)})
        if children:
            raise errors.validation_error("core", children)
        assert analysis is not None and node is not None
        labels: dict[str, Any] = {
            "service": "hub-server-core",
            "namespace": "development",
            "type": "system",
            "entity": "analysisNode",
            "node_id": node["id"],
            "analysis_id": analysis["id"],
            "status": body.get("status"),
        }
        for optional in ("message", "code"):
            if optional in body:
                labels[optional] = body[optional]
        labels["node_realm_id"] = node.get("realm_id")
        labels["analysis_realm_id"] = analysis.get("realm_id")
        log = self.new_log(
            labels,
            body.get("message"),
            body.get("level") or "debug",
            with_message="message" in body,
        )
        return Reply(201, log)

    def new_log(
        self,
        labels: dict[str, Any],
        message: str | None,
        level: str,
        with_message: bool = True,
    ) -> dict[str, Any]:
        log: dict[str, Any] = {"labels": labels}
        if with_message:
            log["message"] = message
        log["level"] = level
        log["time"] = str(time.time_ns())  # a string of digits: nanoseconds, as Loki has it
        with self.store.lock:
            self.store.logs.append(log)
        return log

    # ----------------------------------------------------------------------------------------
    # Storage (8.1, 8.2)

    def _bucket(self, call: Call, ident: str) -> dict[str, Any]:
        spec = self.store.spec("buckets")
        row = self.engine.find_row(spec, call, ident)
        if row is None:
            raise errors.NotFound()
        return row

    def upload(self, call: Call, ident: str, files: Iterable[UploadedFile]) -> Reply:
        bucket = self._bucket(call, ident)
        identity = call.identity
        created: list[dict[str, Any]] = []
        clash = False
        for upload in files:
            path = upload.filename
            existing = self.store.first("bucket-files", bucket_id=bucket["id"], path=path)
            if existing is not None:
                # The object is overwritten, then the row insert fails on (bucket_id, path).
                self.store.blobs[existing["id"]] = upload.content
                clash = True
                continue
            directory = posixpath.dirname(path) or "."
            row = self.store.insert(
                "bucket-files",
                {
                    "name": posixpath.basename(path),
                    "path": path,
                    "hash": hashlib.sha256(path.encode()).hexdigest(),
                    "directory": directory,
                    "size": len(upload.content),
                    "realm_id": identity.realm_id if identity else None,
                    "actor_type": identity.type if identity else None,
                    "actor_id": identity.id if identity else None,
                    "bucket_id": bucket["id"],
                },
            )
            self.store.blobs[row["id"]] = upload.content
            created.append(row)
        if clash:
            raise errors.duplicate("storage", explicit=False)
        spec = self.store.spec("bucket-files")
        data = [self.engine.present(spec, row) for row in created]
        return Reply(201, {"data": data, "meta": {"total": len(data)}})

    def bucket_tarball(self, call: Call, ident: str) -> Reply:
        bucket = self._bucket(call, ident)
        members = [
            (row["path"], self.store.blobs.get(row["id"], b""))
            for row in self.store.find("bucket-files", bucket_id=bucket["id"])
        ]
        return Reply(200, _tar_stream(members), content_type="application/x-tar")

    def bucket_file_stream(self, call: Call, ident: str) -> Reply:
        row = self.store.get("bucket-files", ident)
        if row is None:
            raise errors.NotFound()
        # The Hub labels the raw bytes as gzip although they are not compressed.
        return Reply(200, self.store.blobs.get(row["id"], b""), content_type="application/gzip")

    # ----------------------------------------------------------------------------------------
    # Status routes (1)

    @staticmethod
    def status(service: str, token_lifetime: float, refresh_lifetime: float) -> Reply:
        timestamp = int(time.time() * 1000)
        if service == "auth":
            return Reply(
                200,
                {
                    "version": "1.0.0-beta.27",
                    "timestamp": timestamp,
                    "tokenMaxAgeAccessToken": token_lifetime,
                    "tokenMaxAgeRefreshToken": refresh_lifetime,
                    "redis": False,
                    "vault": False,
                },
            )
        if service == "core":
            return Reply(200, {"version": "0.8.15", "timestamp": timestamp})
        return Reply(200, {"timestamp": timestamp})


def _tar_stream(members: list[tuple[str, bytes]]) -> Iterator[bytes]:
    """An uncompressed tar with one entry per file, named by its path, sent in chunks."""
    buffer = io.BytesIO()
    mtime = time.time()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.USTAR_FORMAT) as archive:
        for path, content in members:
            info = tarfile.TarInfo(path)
            info.size = len(content)
            info.mtime = int(mtime)
            info.mode = 0o644
            archive.addfile(info, io.BytesIO(content))
    data = buffer.getvalue()
    for start in range(0, len(data), STREAM_CHUNK):
        yield data[start : start + STREAM_CHUNK]
