"""`iotconnect conformance` (what `make run` runs): the embedded mock passes; broken auth fails."""

from __future__ import annotations

import dataclasses
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest
from starlette.types import Scope

import iotconnect_mock
from iotconnect import unwrap
from iotconnect_client.api.device import count_devices
from iotconnect_client.models import DeviceCountResponse
from iotconnect_conformance import CHECKS, Options, Target, run

from .conftest import Reply, deviating, served

# Every test here serves a mock and runs schemathesis against it, or starts the CLI.
pytestmark = pytest.mark.slow

OPERATIONS = 14


def test_the_embedded_mock_conforms(tmp_path: Path) -> None:
    report = tmp_path / "conformance.xml"
    out = io.StringIO()
    outcome = run(None, Options(report=report, max_examples=10), out=out)
    printed = out.getvalue()

    assert outcome.status == 0, printed
    summary = outcome.summary
    assert not summary.failed
    assert summary.cases > 300
    # Every operation got past auth and validation at least once.
    assert len(summary.successes) == OPERATIONS, summary.successes
    assert {check for _, check in summary.passed} == set(CHECKS)
    # The spec's create -> read/update/delete links ran, where use-after-free is checked.
    assert summary.passed[("DELETE /Device/{deviceGuid}", "use_after_free")] > 0
    assert summary.passed[("GET /Device/{deviceGuid}", "response_schema_conformance")] > 0

    suites = ElementTree.parse(report).getroot()  # noqa: S314 - our own report
    assert suites.get("failures") == "0"
    assert int(suites.get("tests", "0")) > OPERATIONS
    assert "Conformance summary" in printed
    assert iotconnect_mock.DEMO_PASSWORD not in printed


def test_wrong_credentials_stop_the_command_with_a_clear_error() -> None:
    command = Path(sys.executable).parent / "iotconnect"
    with served(iotconnect_mock.create_app()) as target:
        environ = {
            "IOTC_USER": target.username,
            "IOTC_PASS": "not-the-password",
            "IOTC_SKEY": target.solution_key,
        }
        result = subprocess.run(  # noqa: S603
            [str(command), "conformance", "--auth-url", str(target.auth_url),
             "--device-url", str(target.device_url)],
            env={**os.environ, **environ},
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
        )  # fmt: skip
    assert result.returncode == 1
    assert "login refused" in result.stderr
    assert "not-the-password" not in result.stdout + result.stderr


def _refuse_bearers(scope: Scope) -> Reply | None:
    headers = dict(scope["headers"])
    if headers.get(b"authorization", b"").startswith(b"Bearer "):
        body = json.dumps({"status": 401, "message": "Unauthorized", "error": []}).encode()
        return 401, [(b"content-type", b"application/json")], body
    return None


def test_a_run_whose_auth_never_works_fails(tmp_path: Path) -> None:
    # Login works but every bearer is refused: schemathesis alone would pass such a run, as
    # 401 is a documented reply of every operation.
    app = deviating(iotconnect_mock.create_app(), intercept=_refuse_bearers)
    with served(app) as target:
        outcome = run(
            target,
            Options(
                report=tmp_path / "c.xml",
                operations=("countDevices",),
                max_examples=2,
                phases=("examples", "fuzzing"),
            ),
            out=io.StringIO(),
        )
    assert outcome.status != 0


def test_against_a_server_it_is_read_only_by_default(tmp_path: Path) -> None:
    with served(iotconnect_mock.create_app()) as target:
        outcome = run(target, Options(report=tmp_path / "c.xml", max_examples=3))
    assert outcome.status == 0
    tested = {label for label, check in outcome.summary.passed if check == "not_a_server_error"}
    assert all(label.startswith("GET ") for label in tested if "/" in label.split()[-1])


def _device_count(target: Target) -> int:
    with target.session() as iot:
        reply = unwrap(count_devices.sync_detailed(client=iot.device))
    assert isinstance(reply, DeviceCountResponse)
    return reply.data[0].device_count


def test_allow_writes_deletes_what_the_run_created(tmp_path: Path) -> None:
    with served(iotconnect_mock.create_app()) as target:
        before = _device_count(target)
        out = io.StringIO()
        outcome = run(
            target,
            Options(
                report=tmp_path / "c.xml",
                allow_writes=True,
                operations=("createDevice",),
                phases=("examples", "fuzzing"),
                max_examples=5,
            ),
            out=out,
        )
        after = _device_count(target)
    assert outcome.status == 0
    deleted = re.search(r"deleted the (\d+) devices this run created", out.getvalue())
    assert deleted is not None
    assert int(deleted.group(1)) > 0
    assert after == before


def test_a_tenant_found_through_discovery(tmp_path: Path) -> None:
    # --env/--platform: no base URLs given, the session and the run find them by discovery.
    with served(iotconnect_mock.create_app()) as served_at:
        origin = str(served_at.auth_url).removesuffix("/api/v2.1")
        target = dataclasses.replace(
            served_at, auth_url=None, device_url=None, environment="poc", discovery_url=origin
        )
        outcome = run(
            target,
            Options(report=tmp_path / "c.xml", max_examples=3, phases=("examples", "fuzzing")),
            out=io.StringIO(),
        )
    assert outcome.status == 0
    assert outcome.summary.successes["GET /api/uisdk/solutionkey/{solutionKey}/env/{env}"] > 0
    assert outcome.summary.successes["GET /Device"] > 0
