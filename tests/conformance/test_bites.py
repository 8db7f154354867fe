"""Proof that the conformance run bites: a mock with one planted deviation fails it, naming
the operation and the check. The deviations live here, in test code, never in the mock.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from starlette.types import ASGIApp, Scope

import iotconnect_mock
from iotconnect_conformance import Options, run
from iotconnect_mock.tokens import TokenService

from .conftest import Headers, Reply, deviating, json_body, served

# Every test here serves a mock and runs schemathesis against it, or starts the CLI.
pytestmark = pytest.mark.slow

_DEVICE = re.compile(r"^/api/v2\.1/Device/[0-9A-Fa-f-]{36}$")


def _is(scope: Scope, method: str, path: str | re.Pattern[str]) -> bool:
    if scope["method"] != method:
        return False
    return (
        bool(path.match(scope["path"])) if isinstance(path, re.Pattern) else scope["path"] == path
    )


def _wrong_type(scope: Scope, status: int, headers: Headers, body: bytes) -> Reply:
    reply = json_body(body)
    if _is(scope, "GET", "/api/v2.1/Device") and status == 200 and isinstance(reply, dict):
        reply["count"] = "many"  # an integer in the spec
        body = json.dumps(reply).encode()
    return status, headers, body


def _kept_after_delete(scope: Scope) -> Reply | None:
    if _is(scope, "DELETE", _DEVICE):
        body = {"data": [], "status": 200, "message": "Device deleted successfully", "count": None}
        return 200, [(b"content-type", b"application/json")], json.dumps(body).encode()
    return None


def _ok_instead_of_412(scope: Scope, status: int, headers: Headers, body: bytes) -> Reply:
    if _is(scope, "GET", "/api/v2.1/Device") and status == 412:
        empty = {"data": [], "status": 200, "message": "Devices fetched successfully", "count": 0}
        return 200, headers, json.dumps(empty).encode()
    return status, headers, body


def _no_allow_header(scope: Scope, status: int, headers: Headers, body: bytes) -> Reply:
    if status == 405:
        headers = [(k, v) for k, v in headers if k.lower() != b"allow"]
    return status, headers, body


@pytest.fixture
def expiry_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    """The mock's token check forgets to compare the expiry with its clock."""
    claims = TokenService._claims

    def forever(self: TokenService, token: str) -> tuple[float, dict[str, Any]]:
        return float("inf"), claims(self, token)[1]

    monkeypatch.setattr(TokenService, "_claims", forever)


@dataclass(frozen=True)
class Deviation:
    """One planted fault and what the run must say about it."""

    name: str
    app: Callable[[ASGIApp], ASGIApp]
    operations: tuple[str, ...]
    phases: tuple[str, ...]
    checks: tuple[str, ...]
    expected: tuple[str, str]
    fixture: str | None = None


DEVIATIONS = [
    Deviation(
        "wrong field type in a reply",
        lambda app: deviating(app, rewrite=_wrong_type),
        ("listDevices",),
        ("examples", "fuzzing"),
        ("response_schema_conformance",),
        ("GET /Device", "response_schema_conformance"),
    ),
    Deviation(
        "device still readable after delete",
        lambda app: deviating(app, intercept=_kept_after_delete),
        ("createDevice", "deleteDevice", "getDevice"),
        ("stateful",),
        ("use_after_free",),
        ("GET /Device/{deviceGuid}", "use_after_free"),
    ),
    Deviation(
        "200 where a 412 is due",
        lambda app: deviating(app, rewrite=_ok_instead_of_412),
        ("listDevices",),
        ("coverage", "fuzzing"),
        ("negative_data_rejection",),
        ("GET /Device", "negative_data_rejection"),
    ),
    Deviation(
        "token accepted after expiry",
        lambda app: app,
        ("listDevices",),
        ("examples", "fuzzing"),
        ("expired_token_rejected",),
        ("GET /Device", "expired_token_rejected"),
        fixture="expiry_ignored",
    ),
    Deviation(
        "405 without Allow",
        lambda app: deviating(app, rewrite=_no_allow_header),
        ("countDevices",),
        ("coverage",),
        ("unsupported_method", "allow_header_conformance"),
        ("GET /Device/count", "unsupported_method"),
    ),
]


@pytest.fixture
def planted(request: pytest.FixtureRequest) -> Deviation:
    deviation: Deviation = request.param
    if deviation.fixture is not None:
        request.getfixturevalue(deviation.fixture)
    return deviation


def _options(deviation: Deviation, report: Path) -> Options:
    """A run narrowed to the operations and checks the deviation is about."""
    return Options(
        report=report,
        allow_writes=True,
        operations=deviation.operations,
        phases=deviation.phases,
        checks=deviation.checks,
        max_examples=25,
    )


@pytest.mark.parametrize("planted", DEVIATIONS, ids=[d.name for d in DEVIATIONS], indirect=True)
def test_the_run_fails_and_names_operation_and_check(planted: Deviation, tmp_path: Path) -> None:
    out = io.StringIO()
    with served(planted.app(iotconnect_mock.create_app())) as target:
        outcome = run(target, _options(planted, tmp_path / "c.xml"), out=out)
    assert outcome.status != 0, out.getvalue()
    assert planted.expected in outcome.summary.failures(), outcome.summary.render()
    operation, check = planted.expected
    assert re.search(rf"^{re.escape(operation)} .*{check}", outcome.summary.render(), re.M)


def test_the_same_runs_pass_without_the_deviations(tmp_path: Path) -> None:
    """Each bite run, on the honest mock: green, so only the planted fault turns it red."""
    with served(iotconnect_mock.create_app()) as target:
        for deviation in DEVIATIONS:
            outcome = run(target, _options(deviation, tmp_path / "c.xml"), out=io.StringIO())
            assert outcome.status == 0, (deviation.name, outcome.summary.render())
            assert outcome.summary.passed[deviation.expected] > 0, deviation.name
