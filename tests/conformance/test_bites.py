"""Proof that the conformance run bites: a mock with one planted deviation fails it, naming the
operation and the check. The deviations live here, in test code, never in the mock; each is a
wrapper around an honest mock (served on a loopback port and checked as a tenant would be).

Every run is narrowed to the operations, phases and checks its deviation is about, and the same
narrowed runs pass against the honest mock, so only the planted fault turns them red.
"""

from __future__ import annotations

import io
import json
import os
import re
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

import pytest
from starlette.types import ASGIApp, Scope

import iotconnect_mock
from iotconnect_conformance import Options, Outcome, run

from .conftest import (
    PEER,
    PEER_TENANT,
    Headers,
    Issued,
    Reply,
    claims,
    deviating,
    json_body,
    reply,
    served,
    watched,
)

pytestmark = pytest.mark.slow

_BASE = "/api/v2.1"
_DEVICE = re.compile(rf"^{re.escape(_BASE)}/Device/[0-9A-Fa-f-]{{36}}$")
_STATUS = re.compile(rf"^{re.escape(_BASE)}/Device/[0-9A-Fa-f-]{{36}}/status$")
_BY_UNIQUE_ID = re.compile(rf"^{re.escape(_BASE)}/Device/uniqueId/(.+)$")
_TWIN = re.compile(rf"^{re.escape(_BASE)}/Device/[^/]+/twin$")
_ACQUIRE = re.compile(rf"^{re.escape(_BASE)}/Device/[^/]+/acquire$")
_RELEASE = re.compile(rf"^{re.escape(_BASE)}/Device/[^/]+/release$")
_CHILDREN = re.compile(rf"^{re.escape(_BASE)}/Device/([0-9A-Fa-f-]{{36}})/child-device$")
_EMPTY = {"data": [], "status": 200, "message": "Done", "count": None}
_TEMPLATE = re.compile(rf"^{re.escape(_BASE)}/device-template/[0-9A-Fa-f-]{{36}}$")
_TEMPLATE_COMMANDS = re.compile(rf"^{re.escape(_BASE)}/template-command/[0-9A-Fa-f-]{{36}}$")


def _is(scope: Scope, method: str, path: str | re.Pattern[str]) -> bool:
    if scope["method"] != method:
        return False
    if isinstance(path, re.Pattern):
        return bool(path.match(scope["path"]))
    return bool(scope["path"] == _BASE + path)


def _query(scope: Scope) -> dict[str, str]:
    return dict(parse_qsl(scope["query_string"].decode()))


def _with_query(scope: Scope, query: dict[str, str]) -> Scope:
    return {**scope, "query_string": urlencode(query).encode()}


def _without(*names: str) -> Callable[[Scope, bytes], tuple[Scope, bytes]]:
    """A device list that ignores these query parameters."""

    def adjust(scope: Scope, body: bytes) -> tuple[Scope, bytes]:
        if _is(scope, "GET", "/Device"):
            scope = _with_query(scope, {k: v for k, v in _query(scope).items() if k not in names})
        return scope, body

    return adjust


def _bearer(scope: Scope) -> str | None:
    value = dict(scope["headers"]).get(b"authorization", b"").decode()
    return value.removeprefix("Bearer ") if value.startswith("Bearer ") else None


def _with_bearer(scope: Scope, token: str) -> Scope:
    headers = [(k, v) for k, v in scope["headers"] if k != b"authorization"]
    return {**scope, "headers": [*headers, (b"authorization", f"Bearer {token}".encode())]}


def _json_adjust(
    method: str, path: str | re.Pattern[str], change: Callable[[dict[str, Any]], None]
) -> Callable[[Scope, bytes], tuple[Scope, bytes]]:
    """Change the JSON object body of matching requests in place."""

    def adjust(scope: Scope, body: bytes) -> tuple[Scope, bytes]:
        data = json_body(body)
        if _is(scope, method, path) and isinstance(data, dict):
            change(data)
            body = json.dumps(data).encode()
        return scope, body

    return adjust


# --- auth ---------------------------------------------------------------------------------


def _any_issued_token(app: ASGIApp, issued: Issued) -> ASGIApp:
    """Every token the server ever issued stays good: expiry is never checked."""

    def adjust(scope: Scope, body: bytes) -> tuple[Scope, bytes]:
        token = _bearer(scope)
        if token in issued.access:
            latest = issued.latest(claims(token)["user"]["solutionKey"])
            scope = _with_bearer(scope, latest or token)
        return scope, body

    return deviating(app, adjust=adjust)


def _any_signature(app: ASGIApp, issued: Issued) -> ASGIApp:
    """The server reads a token's claims without checking its signature."""

    def adjust(scope: Scope, body: bytes) -> tuple[Scope, bytes]:
        token = _bearer(scope)
        if token is not None and token not in issued.access:
            unsigned = token.rsplit(".", 1)[0]
            for known in issued.access:
                if known.rsplit(".", 1)[0] == unsigned:
                    scope = _with_bearer(scope, known)
        return scope, body

    return deviating(app, adjust=adjust)


def _company_ignored(app: ASGIApp, issued: Issued) -> ASGIApp:
    """Any tenant's token acts for the main tenant: the company in the token is ignored."""

    def adjust(scope: Scope, body: bytes) -> tuple[Scope, bytes]:
        token = _bearer(scope)
        main = issued.latest(iotconnect_mock.DEMO_SOLUTION_KEY)
        if (
            token in issued.access
            and main
            and claims(token)["user"]["solutionKey"] == PEER.solution_key
        ):
            scope = _with_bearer(scope, main)
        return scope, body

    return deviating(app, adjust=adjust)


def _no_credentials_needed(app: ASGIApp, issued: Issued) -> ASGIApp:
    """The device count answers without a bearer token."""

    def adjust(scope: Scope, body: bytes) -> tuple[Scope, bytes]:
        latest = issued.latest(iotconnect_mock.DEMO_SOLUTION_KEY)
        if _is(scope, "GET", "/Device/count") and _bearer(scope) is None and latest:
            scope = _with_bearer(scope, latest)
        return scope, body

    return deviating(app, adjust=adjust)


def _any_password(app: ASGIApp, issued: Issued) -> ASGIApp:
    """Login checks the user, not the password."""

    def change(data: dict[str, Any]) -> None:
        if data.get("username") == iotconnect_mock.DEMO_USERNAME:
            data["password"] = iotconnect_mock.DEMO_PASSWORD

    return deviating(app, adjust=_json_adjust("POST", "/Auth/login", change))


def _refresh_tokens_reusable(app: ASGIApp, issued: Issued) -> ASGIApp:
    """A spent refresh token keeps working (the server stands in a fresh one for it)."""
    spent: set[str] = set()

    def change(data: dict[str, Any]) -> None:
        token = data.get("refreshtoken")
        if token in spent:
            fresh = [t for t in issued.refresh if t not in spent]
            if fresh:
                data["refreshtoken"] = token = fresh[-1]
        if isinstance(token, str):
            spent.add(token)

    return deviating(app, adjust=_json_adjust("POST", "/Auth/refresh-token", change))


def _replying(
    method: str, path: str | re.Pattern[str], status: int, change: Callable[[Any], Reply]
) -> Callable[[ASGIApp, Issued], ASGIApp]:
    """Replace the app's ``status`` replies to matching requests with ``change(parsed body)``."""

    def plant(app: ASGIApp, issued: Issued) -> ASGIApp:
        def rewrite(scope: Scope, got: int, headers: Headers, body: bytes) -> Reply:
            if got == status and _is(scope, method, path):
                return change(json_body(body))
            return got, headers, body

        return deviating(app, rewrite=rewrite)

    return plant


def _all_active(page: dict[str, Any]) -> Reply:
    """The list reads a stale copy in which every device is active."""
    return reply(200, {**page, "data": [{**item, "isActive": True} for item in page["data"]]})


def _parameters_dropped(page: dict[str, Any]) -> Reply:
    """The history shows each command without the parameter it was sent with."""
    entries = [{**entry, "cmdText": "fill"} for entry in page["data"]]
    return reply(200, {**page, "data": entries})


# --- visibility of writes -----------------------------------------------------------------


def _create_stores_nothing(app: ASGIApp, issued: Issued) -> ASGIApp:
    def intercept(scope: Scope, body: bytes) -> Reply | None:
        data = json_body(body)
        if _is(scope, "POST", "/Device") and isinstance(data, dict):
            created = {"newid": str(uuid.uuid4()).upper(), "uniqueId": data.get("uniqueId")}
            return reply(200, {**_EMPTY, "data": [created]})
        return None

    return deviating(app, intercept=intercept)


def _accepts_and_ignores(
    method: str, path: re.Pattern[str]
) -> Callable[[ASGIApp, Issued], ASGIApp]:
    def plant(app: ASGIApp, issued: Issued) -> ASGIApp:
        def intercept(scope: Scope, body: bytes) -> Reply | None:
            return reply(200, _EMPTY) if _is(scope, method, path) else None

        return deviating(app, intercept=intercept)

    return plant


def _update_wrong_field(app: ASGIApp, issued: Issued) -> ASGIApp:
    """The update stores the new display name as the note."""

    def change(data: dict[str, Any]) -> None:
        data["note"], data["displayName"] = data.get("displayName"), "unchanged"

    return deviating(app, adjust=_json_adjust("PUT", _DEVICE, change))


def _found_by_unique_id_after_delete(app: ASGIApp, issued: Issued) -> ASGIApp:
    """A delete hides the device from its GUID, not from the unique-id index."""
    created: dict[str, dict[str, Any]] = {}
    deleted: set[str] = set()

    def rewrite(scope: Scope, status: int, headers: Headers, body: bytes) -> Reply:
        data = json_body(body)
        if _is(scope, "POST", "/Device") and status == 200 and isinstance(data, dict):
            item = data["data"][0]
            created[item["newid"].upper()] = {
                "guid": item["newid"],
                "uniqueId": item["uniqueId"],
                "displayName": item["uniqueId"],
                "isActive": True,
                "entityGuid": item["entityGuid"],
            }
        if _is(scope, "DELETE", _DEVICE) and status == 200:
            deleted.add(scope["path"].rsplit("/", 1)[1].upper())
        match = _BY_UNIQUE_ID.match(scope["path"])
        if scope["method"] == "GET" and match and status == 409:
            for guid in deleted:
                if created.get(guid, {}).get("uniqueId") == match.group(1):
                    return reply(200, {**_EMPTY, "data": [created[guid]]})
        return status, headers, body

    return deviating(app, rewrite=rewrite)


def _kept_after_delete(app: ASGIApp, issued: Issued) -> ASGIApp:
    return _accepts_and_ignores("DELETE", _DEVICE)(app, issued)


# --- device state -------------------------------------------------------------------------


def _gateway_is_its_own_child(app: ASGIApp, issued: Issued) -> ASGIApp:
    """The child list shows the gateway itself, whose parent is nobody."""

    def intercept(scope: Scope, body: bytes) -> Reply | None:
        match = _CHILDREN.match(scope["path"])
        if scope["method"] == "GET" and match:
            child = {"guid": match.group(1).upper(), "uniqueId": "itself"}
            return reply(200, {**_EMPTY, "data": [child], "count": 1})
        return None

    return deviating(app, intercept=intercept)


def _children_never_listed(app: ASGIApp, issued: Issued) -> ASGIApp:
    """A gateway's child list is always empty (204), new children too."""

    def intercept(scope: Scope, body: bytes) -> Reply | None:
        if scope["method"] == "GET" and _CHILDREN.match(scope["path"]):
            return 204, [], b""
        return None

    return deviating(app, intercept=intercept)


def _certificate_dropped(app: ASGIApp, issued: Issued) -> ASGIApp:
    """A create keeps no certificate: certificateText is dropped on the way in."""
    return deviating(
        app, adjust=_json_adjust("POST", "/Device", lambda data: data.pop("certificateText", None))
    )


# --- paging -------------------------------------------------------------------------------


def _pages_overlap(app: ASGIApp, issued: Issued) -> ASGIApp:
    """Page n (n > 1) starts where page n - 1 did."""

    def adjust(scope: Scope, body: bytes) -> tuple[Scope, bytes]:
        query = _query(scope)
        if _is(scope, "GET", "/Device") and int(query.get("pageNumber", "1") or 1) > 1:
            query["pageNumber"] = str(int(query["pageNumber"]) - 1)
            scope = _with_query(scope, query)
        return scope, body

    return deviating(app, adjust=adjust)


def _ignoring(*names: str) -> Callable[[ASGIApp, Issued], ASGIApp]:
    return lambda app, issued: deviating(app, adjust=_without(*names))


# --- error bodies -------------------------------------------------------------------------


def _empty_page(_: object) -> Reply:
    return reply(200, {**_EMPTY, "count": 0})


# --- HTTP hygiene -------------------------------------------------------------------------


def _count_as_text(app: ASGIApp, issued: Issued) -> ASGIApp:
    def rewrite(scope: Scope, status: int, headers: Headers, body: bytes) -> Reply:
        if _is(scope, "GET", "/Device/count"):
            headers = [(k, v) for k, v in headers if k.lower() != b"content-type"]
            headers.append((b"content-type", b"text/plain"))
        return status, headers, body

    return deviating(app, rewrite=rewrite)


def _crash_on_bad_status_body(app: ASGIApp, issued: Issued) -> ASGIApp:
    def intercept(scope: Scope, body: bytes) -> Reply | None:
        data = json_body(body)
        valid = isinstance(data, dict) and isinstance(data.get("isActive"), bool)
        if _is(scope, "PUT", _STATUS) and not valid:
            return reply(500, {"status": 500, "message": "NullReferenceException", "error": []})
        return None

    return deviating(app, intercept=intercept)


def _no_allow_header(app: ASGIApp, issued: Issued) -> ASGIApp:
    def rewrite(scope: Scope, status: int, headers: Headers, body: bytes) -> Reply:
        if status == 405:
            headers = [(k, v) for k, v in headers if k.lower() != b"allow"]
        return status, headers, body

    return deviating(app, rewrite=rewrite)


def _any_method_counts(app: ASGIApp, issued: Issued) -> ASGIApp:
    def intercept(scope: Scope, body: bytes) -> Reply | None:
        if scope["path"] == f"{_BASE}/Device/count" and scope["method"] != "GET":
            return reply(200, {**_EMPTY, "data": [{"deviceCount": 0}]})
        return None

    return deviating(app, intercept=intercept)


def _count_always_refused(app: ASGIApp, issued: Issued) -> ASGIApp:
    def intercept(scope: Scope, body: bytes) -> Reply | None:
        if _is(scope, "GET", "/Device/count") and _bearer(scope) is not None:
            error = {"param": "status", "message": "status is not valid"}
            return reply(412, {"status": 412, "message": "Validation failed", "error": [error]})
        return None

    return deviating(app, intercept=intercept)


@dataclass(frozen=True)
class Narrow:
    """A run narrowed to some operations, phases and checks (shared by the deviations of an
    area, so that one honest run shows the narrowed run green)."""

    operations: tuple[str, ...]
    phases: tuple[str, ...]
    checks: tuple[str, ...]

    def options(self, report: Path) -> Options:
        return Options(
            report=report,
            allow_writes=True,
            operations=self.operations,
            phases=self.phases,
            checks=self.checks,
            max_examples=10,
        )


TOKENS = Narrow(
    ("listDevices", "countDevices"),
    ("examples", "coverage"),
    ("expired_token_rejected", "foreign_signature_rejected", "tenant_isolation", "ignored_auth"),
)
ENTITIES = Narrow(("listEntities", "getEntity"), ("examples", "coverage"), ("tenant_isolation",))
LOGINS = Narrow(
    ("login", "refreshToken"), ("examples",),
    ("wrong_password_rejected", "spent_refresh_token_rejected"),
)  # fmt: skip
WRITES = Narrow(
    ("createDevice", "updateDevice", "updateDeviceStatus", "deleteDevice"),
    ("examples",),
    ("write_visible",),
)
CHAINS = Narrow(("createDevice", "deleteDevice", "getDevice"), ("stateful",), ("use_after_free",))
PAGING = Narrow(
    ("listDevices",),
    ("examples", "coverage"),
    ("page_size_honoured", "pages_partition", "sort_order_honoured", "filters_filter"),
)
ERRORS = Narrow(
    ("getDevice", "getDeviceByUniqueId", "listDevices"),
    ("examples", "coverage"),
    (
        "documented_error_codes",
        "validation_names_fields",
        "response_schema_conformance",
        "negative_data_rejection",
    ),
)
STATE = Narrow(
    ("createDevice", "acquireDevice", "releaseDevice", "updateDeviceTwin", "listChildDevices"),
    ("examples", "coverage"),
    ("state_visible", "certificate_stored"),
)
FLEET = Narrow(
    ("createDeviceTemplateFromFile", "deleteDeviceTemplate", "sendCommandToDevice"),
    ("examples",),
    ("template_reads_back", "template_in_use_kept", "command_in_history"),
)
HYGIENE = Narrow(
    ("countDevices", "updateDeviceStatus"),
    ("coverage",),
    (
        "content_type_conformance",
        "not_a_server_error",
        "unsupported_method",
        "allow_header_conformance",
        "reached_2xx",
    ),
)


@dataclass(frozen=True)
class Deviation:
    """One planted fault, the narrowed run that must catch it, and what it must say."""

    name: str
    area: str
    plant: Callable[[ASGIApp, Issued], ASGIApp]
    narrow: Narrow
    expected: tuple[str, str]


DEVIATIONS = [
    # auth
    Deviation("token accepted after expiry", "auth", _any_issued_token, TOKENS,
              ("GET /Device", "expired_token_rejected")),
    Deviation("token signed with another key accepted", "auth", _any_signature, TOKENS,
              ("GET /Device/count", "foreign_signature_rejected")),
    Deviation("another tenant's token lists this tenant's devices", "auth", _company_ignored,
              TOKENS, ("GET /Device", "tenant_isolation")),
    Deviation("another tenant's token lists this tenant's entities", "auth", _company_ignored,
              ENTITIES, ("GET /Entity", "tenant_isolation")),
    Deviation("count answered without credentials", "auth", _no_credentials_needed, TOKENS,
              ("GET /Device/count", "ignored_auth")),
    Deviation("login accepts a wrong password", "auth", _any_password, LOGINS,
              ("POST /Auth/login", "wrong_password_rejected")),
    Deviation("a spent refresh token works again", "auth", _refresh_tokens_reusable, LOGINS,
              ("POST /Auth/refresh-token", "spent_refresh_token_rejected")),
    # visibility of writes
    # The read-back that proves a created GUID the run's own finds nothing first.
    Deviation("create answers 200 and stores nothing", "writes", _create_stores_nothing, WRITES,
              ("POST /Device", "ownership_proven")),
    Deviation("update answers 200 and changes nothing", "writes",
              _accepts_and_ignores("PUT", _DEVICE), WRITES,
              ("PUT /Device/{deviceGuid}", "write_visible")),
    Deviation("update writes the wrong field", "writes", _update_wrong_field, WRITES,
              ("PUT /Device/{deviceGuid}", "write_visible")),
    Deviation("status change answers 200 and changes nothing", "writes",
              _accepts_and_ignores("PUT", _STATUS), WRITES,
              ("PUT /Device/{deviceGuid}/status", "write_visible")),
    Deviation("the list shows a stale isActive", "writes",
              _replying("GET", "/Device", 200, _all_active), WRITES,
              ("PUT /Device/{deviceGuid}/status", "write_visible")),
    Deviation("a deleted device is still found by its uniqueId", "writes",
              _found_by_unique_id_after_delete, WRITES,
              ("DELETE /Device/{deviceGuid}", "write_visible")),
    Deviation("a device still readable after delete", "writes", _kept_after_delete, CHAINS,
              ("GET /Device/{deviceGuid}", "use_after_free")),
    # device state
    Deviation("twin update answers 200 and stores nothing", "state",
              _accepts_and_ignores("PUT", _TWIN), STATE,
              ("PUT /Device/{uniqueId}/twin", "state_visible")),
    Deviation("acquire answers 200 and changes nothing", "state",
              _accepts_and_ignores("PUT", _ACQUIRE), STATE,
              ("PUT /Device/{uniqueId}/acquire", "state_visible")),
    Deviation("release answers 200 and changes nothing", "state",
              _accepts_and_ignores("PUT", _RELEASE), STATE,
              ("PUT /Device/{uniqueId}/release", "state_visible")),
    Deviation("the child list shows a device of no parent", "state", _gateway_is_its_own_child,
              STATE, ("GET /Device/{deviceGuid}/child-device", "state_visible")),
    Deviation("a new child is missing from its gateway's list", "state", _children_never_listed,
              STATE, ("POST /Device", "state_visible")),
    Deviation("a create keeps no certificate", "state", _certificate_dropped, STATE,
              ("POST /Device", "certificate_stored")),
    # templates and commands
    Deviation("a template's commands are not listed", "fleet",
              _replying("GET", _TEMPLATE_COMMANDS, 200, lambda d: reply(200, {**d, "data": []})),
              FLEET, ("POST /device-template/quick", "template_reads_back")),
    Deviation("a template in use is deleted anyway", "fleet",
              _replying("DELETE", _TEMPLATE, 409, lambda d: reply(200, _EMPTY)), FLEET,
              ("DELETE /device-template/{deviceTemplateGuid}", "template_in_use_kept")),
    Deviation("a sent command is missing from the history", "fleet",
              _replying("GET", "/template-command/history", 200, _parameters_dropped),
              FLEET, ("POST /template-command/device/{deviceGuid}/send", "command_in_history")),
    # paging
    Deviation("pageSize ignored", "paging", _ignoring("pageSize"), PAGING,
              ("GET /Device", "page_size_honoured")),
    Deviation("pages overlap", "paging", _pages_overlap, PAGING,
              ("GET /Device", "pages_partition")),
    Deviation("sortBy ignored", "paging", _ignoring("sortBy"), PAGING,
              ("GET /Device", "sort_order_honoured")),
    Deviation("UniqueId filter ignored", "paging", _ignoring("UniqueId"), PAGING,
              ("GET /Device", "filters_filter")),
    Deviation("Status filter ignored", "paging", _ignoring("Status"), PAGING,
              ("GET /Device", "filters_filter")),
    # error bodies
    Deviation("409 without DeviceNotFound", "errors",
              _replying("GET", _DEVICE, 409,
                              lambda d: reply(409, {**d, "error": []})),
              ERRORS, ("GET /Device/{deviceGuid}", "documented_error_codes")),
    Deviation("not found as 404 instead of 409", "errors",
              _replying("GET", _BY_UNIQUE_ID, 409,
                              lambda d: reply(404, {**d, "status": 404, "error": []})),
              ERRORS, ("GET /Device/uniqueId/{uniqueId}", "documented_error_codes")),
    Deviation("412 without its error list", "errors",
              _replying("GET", "/Device", 412,
                              lambda d: reply(412, {"status": 412, "message": "Invalid"})),
              ERRORS, ("GET /Device", "validation_names_fields")),
    Deviation("412 naming no field of the request", "errors",
              _replying("GET", "/Device", 412,
                              lambda d: reply(412, {**d, "error": [{"param": "Invalid"}]})),
              ERRORS, ("GET /Device", "validation_names_fields")),
    Deviation("empty list as 200 [] instead of 204", "errors",
              _replying("GET", "/Device", 204, _empty_page), ERRORS,
              ("GET /Device", "response_schema_conformance")),
    Deviation("200 where a 412 is due", "errors", _replying("GET", "/Device", 412, _empty_page),
              ERRORS,
              ("GET /Device", "negative_data_rejection")),
    Deviation("wrong field type in a reply", "errors",
              _replying("GET", "/Device", 200, lambda page: reply(200, {**page, "count": "many"})),
              ERRORS,
              ("GET /Device", "response_schema_conformance")),
    # HTTP hygiene
    Deviation("JSON served as text/plain", "http", _count_as_text, HYGIENE,
              ("GET /Device/count", "content_type_conformance")),
    Deviation("500 for a malformed status body", "http", _crash_on_bad_status_body, HYGIENE,
              ("PUT /Device/{deviceGuid}/status", "not_a_server_error")),
    Deviation("405 without Allow", "http", _no_allow_header, HYGIENE,
              ("GET /Device/count", "unsupported_method")),
    Deviation("any method answered on the count", "http", _any_method_counts, HYGIENE,
              ("GET /Device/count", "unsupported_method")),
    Deviation("an operation that never succeeds", "http", _count_always_refused, HYGIENE,
              ("GET /Device/count", "reached_2xx")),
]  # fmt: skip


def _app(deviation: Deviation | None) -> ASGIApp:
    issued = Issued()
    app = watched(iotconnect_mock.create_app(tenants=PEER_TENANT), issued)
    return app if deviation is None else deviation.plant(app, issued)


@dataclass(frozen=True)
class _Ran:
    outcome: Outcome
    printed: str


def _run(deviation: Deviation | None, options: Options) -> _Ran:
    """One narrowed run against its own served mock: the deviating one, or an honest one."""
    out = io.StringIO()
    with served(_app(deviation), peer=True) as target:
        outcome = run(target, options, out=out)
    return _Ran(outcome, out.getvalue())


# Runs wait on their schemathesis children and on loopback I/O about half the time: a few at
# once finish the suite in about half the time even on two cores.
_WORKERS = max(2, min(4, os.cpu_count() or 1))
_DEADLINE = 900.0


@pytest.fixture(scope="module")
def ran(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, _Ran]:
    """The runs the selected tests need, run in parallel: by deviation name, and "honest N"."""
    wanted = {item.name for item in request.session.items if item.path == request.path}
    jobs: dict[str, tuple[Deviation | None, Options]] = {}
    for deviation in DEVIATIONS:
        if f"test_the_run_fails_and_names_operation_and_check[{deviation.name}]" in wanted:
            report = tmp_path_factory.mktemp("bite") / "c.xml"
            jobs[deviation.name] = (deviation, deviation.narrow.options(report))
    if "test_the_same_runs_pass_without_the_deviations" in wanted:
        for number, narrow in enumerate(_honest_runs()):
            report = tmp_path_factory.mktemp("honest") / "c.xml"
            jobs[f"honest {number}"] = (None, narrow.options(report))
    with ThreadPoolExecutor(max_workers=_WORKERS) as pool:
        futures = {key: pool.submit(_run, *job) for key, job in jobs.items()}
        return {key: future.result(timeout=_DEADLINE) for key, future in futures.items()}


def _honest_runs() -> list[Narrow]:
    """The distinct narrowed runs of the suite."""
    return list(dict.fromkeys(d.narrow for d in DEVIATIONS))


def test_the_suite_covers_every_area() -> None:
    areas = {deviation.area for deviation in DEVIATIONS}
    assert areas == {"auth", "writes", "state", "fleet", "paging", "errors", "http"}
    assert len(DEVIATIONS) >= 20
    assert len({d.name for d in DEVIATIONS}) == len(DEVIATIONS)


@pytest.mark.parametrize("deviation", DEVIATIONS, ids=[d.name for d in DEVIATIONS])
def test_the_run_fails_and_names_operation_and_check(
    deviation: Deviation, ran: dict[str, _Ran]
) -> None:
    result = ran[deviation.name]
    assert result.outcome.status == 1, result.printed
    assert deviation.expected in result.outcome.summary.failures(), result.printed
    operation, check = deviation.expected
    assert f"{operation} [{check}]" in result.printed
    assert result.printed.rstrip().splitlines()[-1].startswith("verdict: exit 1,")


def test_the_same_runs_pass_without_the_deviations(ran: dict[str, _Ran]) -> None:
    """Each narrowed run on an honest mock: green, and the check that must bite did run."""
    for number, narrow in enumerate(_honest_runs()):
        result = ran[f"honest {number}"]
        assert result.outcome.status == 0, result.printed
        for deviation in DEVIATIONS:
            if deviation.narrow == narrow:
                assert result.outcome.summary.passed[deviation.expected] > 0, (
                    deviation.name,
                    result.printed,
                )
