"""The ``iotconnect`` command as a user runs it: the environment a shell would hold (``IOTC_*``
only as a test sets them, the token store in a temporary directory) and the mock, with the logins
it saw counted. The mock runs in process (``tenant``, ``in_process``), as the commands' own
output is what the tests are about; ``serving`` puts it on a loopback port for the tests whose
point is a real socket (a dropped connection)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner, Result

from iotconnect import IoTConnect, client
from iotconnect.cli import app
from iotconnect_mock import (
    DEMO_PASSWORD,
    DEMO_SOLUTION_KEY,
    DEMO_USERNAME,
    create_app,
    serve_in_thread,
)
from tests.overlay.inprocess import InProcess

Env = dict[str, str | None]
#: Where the in-process mock answers; no request leaves the process.
MOCK_BASE = "http://mock.test"

# Every variable that changes what the command does or how it prints, unset unless a test
# sets it: a developer's own tenant or terminal settings must not leak into a test.
_CLEARED = (
    "IOTC_USER",
    "IOTC_PASS",
    "IOTC_SKEY",
    "IOTC_ENV",
    "IOTC_PF",
    "IOTC_AUTH_URL",
    "IOTC_DEVICE_URL",
    "IOTC_USER_URL",
    "IOTC_DISCOVERY_URL",
    "FORCE_COLOR",
    "NO_COLOR",
    "TTY_COMPATIBLE",
    "TTY_INTERACTIVE",
    "COLUMNS",
)


def run(args: Sequence[str], env: Env, input: str | None = None) -> Result:
    """``iotconnect ARGS`` in ``env``; stdout and stderr apart (``output``: as a terminal
    shows both)."""
    return CliRunner().invoke(app, list(args), env=env, input=input)


def one_error_line(result: Result) -> str:
    """The single ``error: ...`` line a failed command prints, with nothing on stdout."""
    assert result.stdout == "", result.stdout
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ")
    return lines[0]


def record(result: Result) -> list[str]:
    """The lines of a one-thing table (FIELD, VALUE) a command that succeeded printed."""
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["FIELD", "VALUE"]
    return lines[1:]


def parsed(result: Result) -> Any:
    """The one JSON document on stdout of a command that succeeded."""
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture
def clean_env(tmp_path: Path) -> Env:
    """No IOTC_* settings, no forced terminal, the token store under ``tmp_path``."""
    env: Env = dict.fromkeys(_CLEARED)
    env["XDG_STATE_HOME"] = str(tmp_path / "state")
    return env


class CountingLogins:
    """ASGI middleware counting ``POST .../Auth/login`` requests."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.logins = 0

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["method"] == "POST":
            self.logins += scope["path"].endswith("/Auth/login")
        await self.app(scope, receive, send)


@dataclass
class Tenant:
    """The mock serving the demo tenant, and the environment that points the command at it."""

    base: str
    env: Env
    counter: CountingLogins
    #: How requests reach the mock: in process, or None for the network.
    transport: httpx.BaseTransport | None = None
    state: Path = field(init=False)

    def __post_init__(self) -> None:
        self.state = Path(str(self.env["XDG_STATE_HOME"])) / "iotconnect"

    @property
    def logins(self) -> int:
        """Logins the mock has seen."""
        return self.counter.logins

    def run(self, *args: str, input: str | None = None, **env: str | None) -> Result:
        """``iotconnect ARGS`` against this tenant (``env`` adds or overrides variables)."""
        return run(args, self.env | env, input=input)

    def control(self, path: str, body: dict[str, Any]) -> None:
        """``POST /_mock/...``: move the mock's clock, inject faults."""
        request = httpx.Request("POST", f"{self.base}{path}", json=body)
        if self.transport is None:
            with httpx.Client(timeout=5) as http:
                http.send(request).raise_for_status()
        else:  # the commands' transport, which a client would close when done
            response = self.transport.handle_request(request)
            assert response.status_code == 200, response.status_code


def _demo_env(clean_env: Env, base: str) -> Env:
    """The demo tenant's ``export`` lines (the mock's banner) for the mock at ``base``."""
    return clean_env | {
        "IOTC_USER": DEMO_USERNAME,
        "IOTC_PASS": DEMO_PASSWORD,
        "IOTC_SKEY": DEMO_SOLUTION_KEY,
        "IOTC_AUTH_URL": f"{base}/api/v2.1",
        "IOTC_DEVICE_URL": f"{base}/api/v2.1",
        "IOTC_USER_URL": f"{base}/api/v2.1",
    }


@contextmanager
def serving(clean_env: Env, **settings: Any) -> Iterator[Tenant]:
    """The mock with ``settings`` on a loopback port, and the demo tenant's ``export`` lines
    set in the environment."""
    counter = CountingLogins(create_app(**settings))
    with serve_in_thread(counter) as base:
        yield Tenant(base, _demo_env(clean_env, base), counter)


@contextmanager
def in_process(
    clean_env: Env, monkeypatch: pytest.MonkeyPatch, app: Any = None, **settings: Any
) -> Iterator[Tenant]:
    """The mock with ``settings`` (or ``app``, an ASGI app) in process: the command's sessions
    send their requests to it through :class:`InProcess`, no socket involved."""
    counter = CountingLogins(app or create_app(**settings))
    transport = InProcess(counter)

    class InProcessSession(IoTConnect):
        def __init__(self, **options: Any) -> None:
            super().__init__(**options, transport=transport, retry_backoff=0.0)

    # connection.session() imports the session class from iotconnect.client when a command runs
    monkeypatch.setattr(client, "IoTConnect", InProcessSession)
    try:
        yield Tenant(MOCK_BASE, _demo_env(clean_env, MOCK_BASE), counter, transport)
    finally:
        transport.close()


@pytest.fixture
def tenant(clean_env: Env, monkeypatch: pytest.MonkeyPatch) -> Iterator[Tenant]:
    """The mock with its default demo tenant (5 devices, 3 templates), in process."""
    with in_process(clean_env, monkeypatch) as served:
        yield served
