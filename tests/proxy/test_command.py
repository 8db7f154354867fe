"""``iotconnect proxy`` as a user runs it: a process of its own in front of the mock, clients
through it, then Ctrl-C: the summary on stderr, the JUnit and HTML reports on disk, and no
secret in anything it wrote."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from xml.etree import ElementTree

import pytest

import iotconnect_mock
from iotconnect_mock import DEMO_PASSWORD, DEMO_SOLUTION_KEY, create_app
from iotconnect_proxy import CHECKS

from .conftest import raw_flow, session
from .planted import PLANTED, plant

pytestmark = pytest.mark.slow

DEADLINE = 30


@contextmanager
def _proxy_process(*args: str) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    command = [sys.executable, "-m", "iotconnect", "proxy", "--port", "0", *args]
    process = subprocess.Popen(  # noqa: S603 - our own command, loopback
        command, stderr=subprocess.PIPE, text=True, env={**os.environ, "NO_COLOR": "1"}
    )
    try:
        assert process.stderr is not None
        origin = None
        for _ in range(50):  # the banner is a few lines
            line = process.stderr.readline()
            found = re.search(r"on (http://127\.0\.0\.1:\d+)", line)
            if found:
                origin = found.group(1)
            if "IOTC_DEVICE_URL" in line or not line:
                break
        assert origin is not None, "no banner"
        yield origin, process
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(DEADLINE)


def test_a_session_through_the_command_gives_reports_without_secrets(tmp_path: Path) -> None:
    junit, page = tmp_path / "proxy.xml", tmp_path / "proxy.html"
    planted = PLANTED["renamed field"]
    with iotconnect_mock.serve_in_thread(plant(create_app(), planted)) as mock:
        target = ("--target", f"{mock}/api/v2.1", "--junit", str(junit), "--html", str(page))
        with _proxy_process(*target) as (origin, process):
            with session(origin) as iot:
                assert iot.devices.count() == 5
                tokens = [iot.device.token]
            raw_flow(origin)
            process.send_signal(signal.SIGINT)
            _, stderr = process.communicate(timeout=DEADLINE)
    assert process.returncode == 1  # a finding
    assert f"{planted.operation} schema {planted.pointer}" in stderr
    assert f"reports: {junit}, {page}" in stderr
    suites = ElementTree.parse(junit).getroot()  # noqa: S314 - our own file
    cases = {(case.get("classname"), case.get("name")): case for case in suites.iter("testcase")}
    assert {check for op, check in cases if op == "countDevices"} == set(CHECKS)
    failed = {key for key, case in cases.items() if case.find("failure") is not None}
    assert failed == {(planted.operation, planted.check)}
    message = cases[(planted.operation, planted.check)].find("failure").get("message", "")  # type: ignore[union-attr]
    assert planted.pointer in message
    assert "data-status='failed'" in page.read_text()
    written = stderr + junit.read_text() + page.read_text()
    for secret in (DEMO_PASSWORD, DEMO_SOLUTION_KEY, *tokens):
        assert secret not in written


def test_target_or_env_is_a_usage_error() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "iotconnect", "proxy", "--port", "0"],
        capture_output=True,
        text=True,
        timeout=DEADLINE,
        check=False,
    )
    assert done.returncode == 2
    assert "give exactly one of --target URL and --env ENV" in done.stderr


def test_env_finds_the_services_through_discovery(monkeypatch: pytest.MonkeyPatch) -> None:
    """--env with IOTC_SKEY discovers the tenant's hosts at start; clients that skip discovery
    (explicit /auth and /device URLs) reach them."""
    monkeypatch.setenv("IOTC_SKEY", DEMO_SOLUTION_KEY)
    with (
        iotconnect_mock.serve_in_thread() as mock,
        _proxy_process("--env", "poc", "--discovery-url", mock) as (origin, process),
    ):
        statuses = raw_flow(origin)
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=DEADLINE)
    assert statuses == [200, 200, 200, 409]
    assert process.returncode == 0, stderr
    assert "no finding: every exchange matched openapi.yaml" in stderr
