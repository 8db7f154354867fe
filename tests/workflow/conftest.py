"""Fixtures for the spec-workflow tests: the Node tools, Chromium and loopback servers.

Node and the npm packages are required (make installs them; CI has node). Chromium is required
in CI (``.ci/run`` installs Debian's package); elsewhere the browser tests skip, saying why.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest

from iotconnect_mock import DEMO_PASSWORD, DEMO_SOLUTION_KEY, DEMO_USERNAME
from tests.loopback import serving

ROOT = Path(__file__).resolve().parents[2]
NODE_MODULES = ROOT / "node_modules"
TS_SITE = ROOT / "clients" / "typescript" / "build"
DOCS_PAGE = ROOT / "build" / "docs" / "index.html"
CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
NODE_TIMEOUT_S = 90
#: The mock's demo user, in the environment variables the TypeScript CLI and browser.mjs read.
DEMO_ENV = {"IOTC_USER": DEMO_USERNAME, "IOTC_PASS": DEMO_PASSWORD, "IOTC_SKEY": DEMO_SOLUTION_KEY}


def _require(path: Path, make_target: str) -> None:
    if not path.exists():
        pytest.fail(f"{path.relative_to(ROOT)} is missing: run `make {make_target}` first")


@pytest.fixture(scope="session")
def node_tools() -> None:
    """The npm packages of package.json, installed by `make node`."""
    if shutil.which("node") is None:
        pytest.fail("node is not on PATH")
    _require(NODE_MODULES / ".installed", "node")


@pytest.fixture(scope="session")
def chromium(node_tools: None) -> None:
    """Debian's Chromium: required in CI, skipped without it elsewhere."""
    if CHROMIUM.exists():
        return
    if os.environ.get("CI"):
        pytest.fail(f"{CHROMIUM} is missing in CI: .ci/run installs it with apt-get")
    pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium); CI runs this test")


@pytest.fixture(scope="session")
def ts_site(node_tools: None) -> Path:
    """The compiled TypeScript client and its page (`make ts-build`)."""
    _require(TS_SITE / ".built", "ts-build")
    return TS_SITE


@pytest.fixture(scope="session")
def docs_page(node_tools: None) -> Path:
    """The reference page (`make docs`)."""
    _require(DOCS_PAGE, "docs")
    return DOCS_PAGE


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def site_url(ts_site: Path) -> Iterator[str]:
    """The static page, served from its own loopback origin (127.0.0.1, a free port)."""
    with serving(functools.partial(_QuietHandler, directory=str(ts_site))) as origin:
        yield origin


def run_node(
    *args: str, cwd: Path = ROOT, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """A node program of this repository, with a deadline; output captured as text."""
    return subprocess.run(  # noqa: S603 - our own programs
        ["node", *args],  # noqa: S607 - node from PATH, as make uses it
        cwd=cwd,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=NODE_TIMEOUT_S,
        check=False,
    )


def node_json(*args: str, cwd: Path = ROOT, env: dict[str, str] | None = None) -> Any:
    """The one JSON line a node program printed; fails the test with its stderr otherwise."""
    run = run_node(*args, cwd=cwd, env=env)
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)
