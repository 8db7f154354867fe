"""What the command shows while it waits: ``--verbose`` logs every request on stderr, and on a
terminal each retry is a line (``retrying (n/m)…``); off a terminal, stderr stays one error line."""

from __future__ import annotations

import logging
import os
import re
import select
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from iotconnect.cli import output

from .conftest import Tenant


@pytest.fixture(autouse=True)
def iotconnect_logger() -> Iterator[None]:
    """--verbose configures the process's ``iotconnect`` logger: restore it after each test."""
    logger = logging.getLogger("iotconnect")
    handlers, level = list(logger.handlers), logger.level
    yield
    logger.handlers[:] = handlers
    logger.setLevel(level)


def fail_twice(tenant: Tenant) -> None:
    tenant.control("/_mock/faults", {"kind": "503", "path": "/Device", "count": 2, "retryAfter": 0})


def test_verbose_logs_every_request(tenant: Tenant) -> None:
    fail_twice(tenant)
    result = tenant.run("devices", "count", "--verbose")
    assert result.exit_code == 0, result.output
    assert result.stdout == "5\n"
    host = tenant.base.removeprefix("http://")
    shown = [
        re.sub(r"\d+ ms", "N ms", line.split(" ", 2)[2]) for line in result.stderr.splitlines()
    ]
    device = f"GET {host}/api/v2.1/Device/count"
    assert shown == [
        f"INFO iotconnect.http: GET {host}/api/v2.1/Auth/basic-token -> 200 (attempt 1, N ms)",
        "DEBUG iotconnect.auth: logging in as demo@iotconnect.mock",
        f"INFO iotconnect.http: POST {host}/api/v2.1/Auth/login -> 200 (attempt 1, N ms)",
        f"INFO iotconnect.http: {device} -> 503 (attempt 1, N ms); retrying (1/3) in 0.00 s",
        f"INFO iotconnect.http: {device} -> 503 (attempt 2, N ms); retrying (2/3) in 0.00 s",
        f"INFO iotconnect.http: {device} -> 200 (attempt 3, N ms)",
    ]


def test_a_terminal_sees_each_retry(tenant: Tenant, monkeypatch: pytest.MonkeyPatch) -> None:
    fail_twice(tenant)
    monkeypatch.setattr(output, "stderr_is_terminal", lambda: True)
    result = tenant.run("devices", "count")
    assert result.exit_code == 0, result.output
    host = tenant.base.removeprefix("http://")
    assert result.stderr.splitlines() == [
        f"retrying (1/3)… 503 on GET {host}/api/v2.1/Device/count",
        f"retrying (2/3)… 503 on GET {host}/api/v2.1/Device/count",
    ]


def test_no_retry_line_off_a_terminal(tenant: Tenant) -> None:
    fail_twice(tenant)
    result = tenant.run("devices", "count")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "5\n", "")


@pytest.mark.slow
def test_a_real_terminal(tenant: Tenant, tmp_path: Path) -> None:
    """The command in a process whose stderr is a pseudo-terminal, against a server that is
    down: a line per retry, then the error."""
    env = {k: v for k, v in tenant.env.items() if v is not None}
    env |= {"PATH": os.environ.get("PATH", ""), "IOTC_DEVICE_URL": "http://127.0.0.1:9/api"}
    env["IOTC_AUTH_URL"] = env["IOTC_DEVICE_URL"]
    command = [str(Path(sys.executable).parent / "iotconnect"), "devices", "count"]
    leader, follower = os.openpty()
    with subprocess.Popen(  # noqa: S603 - the installed command, fixed arguments
        command, stdout=subprocess.PIPE, stderr=follower, stdin=subprocess.DEVNULL, env=env
    ) as process:
        os.close(follower)
        seen = b""
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            ready, _, _ = select.select([leader], [], [], 1.0)
            if not ready:
                if process.poll() is not None:
                    break
                continue
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the terminal closed with the process
                break
            if not chunk:
                break
            seen += chunk
        os.close(leader)
        assert process.wait(timeout=10) == 1
    lines = seen.decode().replace("\r\n", "\n").splitlines()
    assert lines[:3] == [
        f"retrying ({n}/3)… ConnectError on GET 127.0.0.1:9/api/Auth/basic-token" for n in (1, 2, 3)
    ]
    assert lines[3].startswith("error: ConnectError on GET 127.0.0.1:9/api/Auth/basic-token")
    assert len(lines) == 4
