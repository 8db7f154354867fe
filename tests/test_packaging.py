"""The wheel without extras is the client alone: it installs, imports and works in a clean venv.

The wheel is built from this checkout and installed without extras, with the pinned
constraints, into a fresh venv that has nothing else (not even pip). Then: the installed
distributions are exactly the client's runtime dependencies and theirs; the client in that venv
talks to a mock served from the development environment on loopback; and each part that needs
an extra (the mock, conformance, the CLI and its console script) fails with one line naming it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from iotconnect_mock import (
    DEMO_PASSWORD,
    DEMO_SOLUTION_KEY,
    DEMO_USERNAME,
    create_app,
    serve_in_thread,
)
from tests.openapi_doc import ROOT

DISTRIBUTION = "iotconnect-openapi"
# What the client needs at run time: the generated package (httpx, attrs, python-dateutil) and
# the overlay (platformdirs, httpx-retries). Nothing of the mock, the CLI or conformance.
CLIENT_DEPENDENCIES = {
    "httpx",
    "attrs",
    "python-dateutil",
    "msgspec",
    "platformdirs",
    "httpx-retries",
}
NEVER_IN_THE_CLIENT = {"starlette", "uvicorn", "typer", "pyjwt", "pyyaml", "schemathesis"}
# Each part that needs an extra, and the extra.
EXTRAS = {
    "iotconnect_mock": "mock",
    "iotconnect_conformance": "conformance",
    "iotconnect_proxy": "proxy",
    "iotconnect.cli": "cli",
}
DEADLINE = 300  # seconds for any one build or install step; a cold pip cache is the slow case


@dataclass(frozen=True)
class Venv:
    """A venv holding the wheel without extras."""

    path: Path

    @property
    def python(self) -> Path:
        return self.path / "bin" / "python"

    def run(self, *args: str | Path) -> subprocess.CompletedProcess[str]:
        """Run a command of the venv outside the checkout, so nothing of it is importable."""
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
        return subprocess.run(  # noqa: S603
            [str(arg) for arg in args],
            cwd=self.path,
            env=env,
            capture_output=True,
            text=True,
            check=False,
            timeout=DEADLINE,
        )


def _run(*args: str | Path) -> None:
    result = subprocess.run(  # noqa: S603
        [str(arg) for arg in args], capture_output=True, text=True, check=False, timeout=DEADLINE
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture(scope="module")
def client_venv(tmp_path_factory: pytest.TempPathFactory) -> Venv:
    root = tmp_path_factory.mktemp("packaging")
    dist = root / "dist"
    # --no-deps here only skips building wheels of the dependencies; the install resolves them.
    pip = [sys.executable, "-m", "pip"]
    _run(*pip, "wheel", "--quiet", "--no-deps", "--no-build-isolation", "-w", dist, ROOT)
    (wheel,) = dist.glob("*.whl")
    venv = Venv(root / "venv")
    _run(sys.executable, "-m", "venv", "--without-pip", venv.path)
    constraints = ROOT / "constraints.txt"
    _run(*pip, "--python", venv.python, "install", "--quiet", "-c", constraints, wheel)
    return venv


def _closure(names: set[str]) -> set[str]:
    """``names`` and everything they require without extras, as this environment resolved it."""
    seen: set[str] = set()
    todo = [canonicalize_name(name) for name in names]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        for line in metadata.requires(name) or []:
            requirement = Requirement(line)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                todo.append(canonicalize_name(requirement.name))
    return seen


def test_the_base_install_declares_only_the_clients_dependencies() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    declared = {canonicalize_name(Requirement(line).name) for line in project["dependencies"]}
    assert declared == CLIENT_DEPENDENCIES


LIST_DISTRIBUTIONS = """
import importlib.metadata
for distribution in importlib.metadata.distributions():
    print(distribution.metadata["Name"])
"""


@pytest.mark.slow
def test_the_venv_holds_the_client_and_its_dependencies_only(client_venv: Venv) -> None:
    listed = client_venv.run(client_venv.python, "-c", LIST_DISTRIBUTIONS)
    assert listed.returncode == 0, listed.stderr
    installed = {canonicalize_name(name) for name in listed.stdout.split()}
    # The same constraints pin this environment, so it resolved the same transitive set.
    assert installed == _closure(CLIENT_DEPENDENCIES) | {DISTRIBUTION}
    assert not installed & NEVER_IN_THE_CLIENT


USE_THE_CLIENT = """
import json, sys
import iotconnect, iotconnect_client, iotconnect_spec
from iotconnect import IoTConnect

base, username, password, solution_key = sys.argv[1:]
with IoTConnect(
    username=username, password=password, solution_key=solution_key,
    environment="poc", discovery_url=base,
) as iot:
    page = next(iot.devices.list(page_size=2).pages())
    entity = iot.claims.entity_guid
print(json.dumps({
    "devices": len(page.data),
    "entity": entity,
    "spec": iotconnect_spec.spec_bytes().decode(),
    "files": [m.__file__ for m in (iotconnect, iotconnect_client, iotconnect_spec)],
}))
"""


@pytest.mark.slow
def test_the_installed_client_works_against_the_mock(client_venv: Venv) -> None:
    with serve_in_thread(create_app(demo_devices=3)) as base:
        used = client_venv.run(
            client_venv.python,
            "-c",
            USE_THE_CLIENT,
            base,
            DEMO_USERNAME,
            DEMO_PASSWORD,
            DEMO_SOLUTION_KEY,
        )
    assert used.returncode == 0, used.stderr
    result = json.loads(used.stdout)
    assert result["devices"] == 2
    assert result["entity"]
    # The contract travels in the wheel as a file, not as a link back into a checkout.
    assert result["spec"] == (ROOT / "openapi.yaml").read_text()
    for file in result["files"]:
        assert Path(file).is_relative_to(client_venv.path), file


IMPORT_THE_PARTS = """
import importlib, json, sys
errors = {}
for name in sys.argv[1:]:
    try:
        importlib.import_module(name)
    except ImportError as exc:
        errors[name] = str(exc)
print(json.dumps(errors))
"""


@pytest.mark.slow
def test_each_part_without_its_extra_names_the_extra_in_one_line(client_venv: Venv) -> None:
    tried = client_venv.run(client_venv.python, "-c", IMPORT_THE_PARTS, *EXTRAS)
    assert tried.returncode == 0, tried.stderr
    errors = json.loads(tried.stdout)
    assert set(errors) == set(EXTRAS)
    for name, extra in EXTRAS.items():
        assert errors[name].count("\n") == 0, errors[name]
        assert f"'{extra}' extra" in errors[name]
        assert f"pip install '{DISTRIBUTION}[{extra}]'" in errors[name]


@pytest.mark.slow
def test_the_console_script_without_the_cli_extra_says_so_in_one_line(client_venv: Venv) -> None:
    ran = client_venv.run(client_venv.path / "bin" / "iotconnect", "--help")
    assert ran.returncode == 2
    assert ran.stdout == ""
    (line,) = ran.stderr.splitlines()
    assert line == (
        "error: iotconnect.cli needs the 'cli' extra: pip install 'iotconnect-openapi[cli]'"
    )
