"""`iotconnect conformance` (what `make run` runs): one honest outcome, for every target.

The last line is the verdict and says why the exit status is what it is: 0 when every check that
ran passed, 1 when one failed, 2 for a usage or set-up error found before any case is generated.
"""

from __future__ import annotations

import dataclasses
import io
import os
import re
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from starlette.types import Scope

import iotconnect_mock
from iotconnect_conformance import CHECKS, Options, Target, run
from iotconnect_conformance.operations import spec_operations

from .conftest import PEER, PEER_TENANT, Reply, deviating, reply, served

# Every test here serves a mock and runs schemathesis against it, or starts the CLI.
pytestmark = pytest.mark.slow

# Every operation of the spec (the entities' two joined the device service's and auth's 16).
OPERATIONS = len(spec_operations())
_COMMAND = Path(sys.executable).parent / "iotconnect"


def _cli(
    *arguments: str, environ: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603
        [str(_COMMAND), "conformance", *arguments],
        env={**os.environ, **(environ or {})},
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
        cwd=cwd,
    )


def _tenant(target: Target, password: str | None = None) -> dict[str, str]:
    return {
        "IOTC_USER": target.username,
        "IOTC_PASS": password or target.password,
        "IOTC_SKEY": target.solution_key,
    }


def _hosts(target: Target) -> list[str]:
    return ["--auth-url", str(target.auth_url), "--device-url", str(target.device_url)]


def _last_line(text: str) -> str:
    return text.rstrip().splitlines()[-1]


def test_the_embedded_mock_conforms(tmp_path: Path) -> None:
    report, page = tmp_path / "conformance.xml", tmp_path / "conformance.html"
    out = io.StringIO()
    outcome = run(None, Options(report=report, html=page, max_examples=10), out=out)
    printed = out.getvalue()

    assert outcome.status == 0, printed
    summary = outcome.summary
    assert not summary.failed
    assert not summary.errors
    assert summary.cases > 300
    # Every operation got past auth and validation at least once, and every check ran.
    assert len(summary.successes) == OPERATIONS, summary.successes
    assert {check for _, check in summary.passed} == set(CHECKS)
    assert summary.passed[("DELETE /Device/{deviceGuid}", "use_after_free")] > 0
    assert summary.passed[("POST /Device", "write_visible")] > 0
    assert summary.passed[("GET /Device", "tenant_isolation")] > 0
    assert "moved the mock's clock forward by" in printed
    assert _last_line(printed).startswith("verdict: exit 0, every check that ran passed")

    suites = ElementTree.parse(report).getroot()  # noqa: S314 - our own report
    assert suites.get("failures") == "0"
    assert int(suites.get("tests", "0")) > OPERATIONS
    # The same outcomes as a page: one cell per operation and check, none failed.
    assert "data-verdict='passed'" in page.read_text()
    assert page.read_text().count("data-status='passed'") == len(list(suites.iter("testcase")))
    # Every path it prints exists after the run; its scratch directory is never shown.
    written = re.search(r"^written: (.*)$", printed, re.M)
    assert written is not None
    assert all(Path(path).exists() for path in written.group(1).split(", "))
    assert "iotc-conformance-" not in printed
    # Every device it touched, it created; and it left none behind.
    assert outcome.touched
    assert all(device.created for device in outcome.touched)
    for device in outcome.touched:
        assert re.search(rf"^  {device.guid}  ", printed, re.M)


def test_a_tenant_run_with_working_credentials_exits_0(tmp_path: Path) -> None:
    with served(iotconnect_mock.create_app()) as target:
        result = _cli(
            *_hosts(target), "--allow-writes", "--max-examples", "3", "--report",
            str(tmp_path / "c.xml"), environ=_tenant(target),
        )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert _last_line(result.stdout).startswith("verdict: exit 0, every check that ran passed")
    # Checks that cannot run here say so and why, never "passed".
    assert re.search(
        r"^tenant_isolation +0 +0  not run: needs a user of a second", result.stdout, re.M
    )


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_an_unreachable_target_is_one_line_and_exit_2(tmp_path: Path) -> None:
    base = f"http://127.0.0.1:{_free_port()}/api/v2.1"
    environ = {"IOTC_USER": "qa@example.com", "IOTC_PASS": "x", "IOTC_SKEY": "a2V5"}
    result = _cli("--auth-url", base, "--device-url", base, environ=environ, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == ""
    why = (
        f"set-up error: cannot reach the auth service at "
        f"{base.removesuffix('/api/v2.1')} (ConnectError); no case was generated"
    )
    assert result.stdout.splitlines() == [f"verdict: exit 2, {why}"]
    # CI reads the report: it says the run could not start, and why.
    report = ElementTree.parse(tmp_path / "reports" / "conformance.xml").getroot()  # noqa: S314
    assert report.get("errors") == "1"
    assert [e.get("message") for e in report.iter("error")] == [why]


def test_a_refused_login_is_one_line_and_exit_2(tmp_path: Path) -> None:
    with served(iotconnect_mock.create_app()) as target:
        result = _cli(*_hosts(target), environ=_tenant(target, "not-the-password"), cwd=tmp_path)
    assert result.returncode == 2
    assert len(result.stdout.splitlines()) == 1
    assert result.stderr == ""
    assert result.stdout.startswith(
        f"verdict: exit 2, set-up error: login refused for {target.username}"
    )
    assert "not-the-password" not in result.stdout


def test_the_other_tenants_user_comes_from_iotc_peer_settings(tmp_path: Path) -> None:
    with served(iotconnect_mock.create_app(tenants=PEER_TENANT)) as target:
        environ = {
            **_tenant(target),
            "IOTC_PEER_USER": PEER.username,
            "IOTC_PEER_PASS": "not-the-peer-password",
            "IOTC_PEER_SKEY": PEER.solution_key,
        }
        result = _cli(*_hosts(target), environ=environ, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout.startswith(
        f"verdict: exit 2, set-up error: login refused for the other tenant's user {PEER.username}"
    )


@pytest.mark.parametrize(
    ("arguments", "named"),
    [
        (["--operation", "noSuchOp"], "unknown --operation noSuchOp; valid: "),
        (["--check", "bogus"], "unknown --check bogus; valid: "),
        (["--max-examples", "0"], "--max-examples must be at least 1"),
    ],
)
def test_a_bad_option_is_a_usage_error_naming_the_valid_values(
    arguments: list[str], named: str
) -> None:
    result = _cli(*arguments)
    assert result.returncode == 2
    assert result.stdout.splitlines() == [result.stdout.strip()]
    assert f"verdict: exit 2, usage error: {named}" in result.stdout
    if "--operation" in arguments:
        assert "listDevices" in result.stdout
        assert "createDevice" in result.stdout
    if "--check" in arguments:
        assert all(check in result.stdout for check in CHECKS)


def test_a_tenant_run_without_credentials_is_a_usage_error() -> None:
    environ = {"IOTC_USER": "", "IOTC_PASS": "", "IOTC_SKEY": ""}
    result = _cli("--env", "poc", environ=environ)
    assert result.returncode == 2
    assert "usage error: a tenant run needs a user, a password and a solution key" in result.stdout


def test_writes_against_a_tenant_need_allow_writes() -> None:
    result = _cli(
        "--env",
        "poc",
        "--operation",
        "createDevice",
        environ={"IOTC_USER": "u", "IOTC_PASS": "p", "IOTC_SKEY": "k"},
    )
    assert result.returncode == 2
    assert "createDevice write: add --allow-writes" in result.stdout


@pytest.fixture
def counted() -> Iterator[tuple[Target, list[str]]]:
    """A served mock that notes every request it gets."""
    seen: list[str] = []

    def note(scope: Scope, body: bytes) -> tuple[Scope, bytes]:
        seen.append(f"{scope['method']} {scope['path']}")
        return scope, body

    with served(deviating(iotconnect_mock.create_app(), adjust=note)) as target:
        yield target, seen


def test_plan_sends_nothing(counted: tuple[Target, list[str]], tmp_path: Path) -> None:
    target, seen = counted
    out = io.StringIO()
    options = Options(report=tmp_path / "c.xml", allow_writes=True, plan=True)
    outcome = run(target, options, out=out)
    printed = out.getvalue()
    assert outcome.status == 0
    assert seen == []
    assert not (tmp_path / "c.xml").exists()
    assert f"auth {target.auth_url}, device {target.device_url}" in printed
    assert re.search(r"^  DELETE /Device/\{deviceGuid\} +deleteDevice +writes$", printed, re.M)
    assert re.search(r"^  GET /Device +listDevices +reads$", printed, re.M)
    assert _last_line(printed) == "verdict: exit 0, plan only: nothing was sent"


def test_against_a_server_it_is_read_only_by_default(
    counted: tuple[Target, list[str]], tmp_path: Path
) -> None:
    target, seen = counted
    out = io.StringIO()
    outcome = run(target, Options(report=tmp_path / "c.xml", max_examples=3), out=out)
    assert outcome.status == 0, out.getvalue()
    sent = {line.split()[0] for line in seen}
    # Logins and token refreshes are the session's own; nothing else but GET and OPTIONS was
    # sent, not even to see it refused, and not to the mock's controls either: moving its
    # clock would expire the tokens of everyone who shares it.
    assert sent <= {"GET", "OPTIONS", "POST"}
    assert not [line for line in seen if line.startswith("POST") and "/Auth/" not in line]
    assert "moved the mock's clock" not in out.getvalue()
    assert re.search(
        r"^expired_token_rejected +0 +0  not run: moving the mock's clock is a POST",
        out.getvalue(),
        re.M,
    )
    assert outcome.touched == ()
    assert all(label.startswith("GET ") for label in outcome.summary.requests)
    for check in ("write_visible", "use_after_free", "pages_partition"):
        assert re.search(rf"^{check} +0 +0  not run: needs writes", out.getvalue(), re.M)


def _no_clock(scope: Scope, body: bytes) -> Reply | None:
    return reply(404, {"status": 404}) if scope["path"].startswith("/_mock/") else None


def test_a_check_that_cannot_run_is_not_run_with_why(tmp_path: Path) -> None:
    # A server without the mock's clock: no token can expire within the run.
    app = deviating(iotconnect_mock.create_app(), intercept=_no_clock)
    options = Options(report=tmp_path / "c.xml", operations=("countDevices",), max_examples=2)
    out = io.StringIO()
    with served(app) as target:
        outcome = run(target, options, out=out)
    assert outcome.status == 0, out.getvalue()
    assert not outcome.summary.ran("expired_token_rejected")
    assert re.search(
        r"^expired_token_rejected +0 +0  not run: the target has no clock", out.getvalue(), re.M
    )
    assert "moved the mock's clock" not in out.getvalue()


def _no_uploads(scope: Scope, body: bytes) -> Reply | None:
    if scope["method"] == "POST" and scope["path"].endswith("/device-template/quick"):
        return reply(503, {"status": 503, "message": "Service Unavailable", "error": []})
    return None


def test_the_verdict_names_the_first_error(tmp_path: Path) -> None:
    # A template delete is sent only to a template the run made for it: when none can be made,
    # the case is an error, and the verdict line (all a truncated CI log may keep) says which.
    app = deviating(iotconnect_mock.create_app(), intercept=_no_uploads)
    options = Options(
        report=tmp_path / "c.xml",
        allow_writes=True,
        operations=("deleteDeviceTemplate",),
        max_examples=2,
    )
    out = io.StringIO()
    with served(app) as target:
        outcome = run(target, options, out=out)
    assert outcome.status == 1, out.getvalue()
    assert outcome.summary.errors
    assert re.fullmatch(
        r"verdict: exit 1, .*; \d+ errors \(listed above; the first: DELETE "
        r"/device-template/\{deviceTemplateGuid\}: .*no template of this run \(503\)\)",
        _last_line(out.getvalue()),
    ), _last_line(out.getvalue())


def _refuse_bearers(scope: Scope, body: bytes) -> Reply | None:
    headers = dict(scope["headers"])
    if headers.get(b"authorization", b"").startswith(b"Bearer "):
        return reply(401, {"status": 401, "message": "Unauthorized", "error": []})
    return None


def test_a_token_the_device_service_refuses_stops_the_run(tmp_path: Path) -> None:
    # Login works but every bearer is refused: schemathesis alone would pass such a run, as
    # 401 is a documented reply of every operation.
    app = deviating(iotconnect_mock.create_app(), intercept=_refuse_bearers)
    out = io.StringIO()
    with served(app) as target:
        outcome = run(target, Options(report=tmp_path / "c.xml"), out=out)
    assert outcome.status == 2
    assert out.getvalue().startswith("verdict: exit 2, set-up error: the device service at ")
    assert "answered 401 to GET /Device with the login's token" in out.getvalue()


def _device_count(target: Target) -> int:
    with target.session() as iot:
        return iot.devices.count()


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
    assert outcome.status == 0, out.getvalue()
    assert after == before
    assert outcome.touched
    for device in outcome.touched:
        assert device.created
        assert device.unique_id
        assert device.unique_id.startswith("conformance-")
        assert "clean-up delete" in device.actions


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


def _no_discovery(scope: Scope, body: bytes) -> Reply | None:
    return reply(404, {"status": 404}) if scope["path"].startswith("/api/uisdk/") else None


def test_a_tenant_without_a_discovery_host_leaves_discovery_out(tmp_path: Path) -> None:
    app = deviating(iotconnect_mock.create_app(), intercept=_no_discovery)
    out = io.StringIO()
    with served(app) as target:
        outcome = run(target, Options(report=tmp_path / "c.xml", max_examples=2), out=out)
    assert outcome.status == 0, out.getvalue()
    assert "not run: discoverServices: no discovery service at http://127.0.0.1:" in out.getvalue()
    assert not any("solutionkey" in label for label in outcome.summary.requests)
