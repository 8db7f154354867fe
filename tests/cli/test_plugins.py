"""The tools plug into ``iotconnect`` through the ``iotconnect.commands`` entry points: each
package registers its own command with its own options, the client's CLI loads it only when it
runs, and a package whose extra is missing says so in one line (exit 2). In process, no server."""

from __future__ import annotations

import tomllib
from importlib.metadata import EntryPoint, EntryPoints

import pytest
from typer.core import TyperCommand, TyperGroup

from iotconnect.cli import plugins
from tests.openapi_doc import ROOT

from .conftest import Env, one_error_line, run

REGISTERED = {
    "conformance": "iotconnect_conformance.cli:app",
    "mock": "iotconnect_mock.cli:app",
    "proxy": "iotconnect_proxy.cli:app",
    "spec": "iotconnect_spec.cli:app",
}
MISSING = "iotconnect_fake needs the 'fake' extra: pip install 'iotconnect-openapi[fake]'"


def _load(name: str) -> TyperCommand | TyperGroup:
    return plugins.load(plugins.entries()[name])


def test_each_tool_registers_its_own_command() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["entry-points"][plugins.GROUP] == REGISTERED
    # The installed metadata agrees: `make venv` reinstalls when pyproject.toml changes.
    assert sorted(plugins.entries()) == sorted(REGISTERED)
    mock, conformance, spec = (_load(name) for name in ("mock", "conformance", "spec"))
    assert isinstance(mock, TyperGroup)
    assert mock.name == "mock"
    assert set(mock.commands) == {"serve"}
    assert isinstance(spec, TyperGroup)
    assert set(spec.commands) == {"vendor-diff"}
    assert isinstance(conformance, TyperCommand)
    options = {opt for param in conformance.params for opt in getattr(param, "opts", [])}
    assert {"--allow-writes", "--plan", "--report", "--env"} <= options
    proxy = _load("proxy")
    assert isinstance(proxy, TyperGroup)
    options = {opt for param in proxy.params for opt in getattr(param, "opts", [])}
    assert {"--target", "--env", "--allow-writes", "--max-body"} <= options
    assert "no-such-command" not in plugins.entries()


def test_a_tool_command_runs_with_its_own_options(clean_env: Env) -> None:
    result = run(["conformance", "--plan", "--operation", "listDevices"], clean_env)
    assert result.exit_code == 0, result.output
    assert "plan only: nothing was sent" in result.stdout.splitlines()[-1]
    # Its usage errors go through the top group: one line, exit 2.
    result = run(["mock", "serve", "--port", "70000"], clean_env)
    assert result.exit_code == 2
    assert "'--port'" in one_error_line(result)


@pytest.fixture
def registered(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """Entry points replaced by these (name: value); the test adds to it."""
    found: dict[str, str] = {}

    def entry_points(*, group: str, name: str | None = None) -> EntryPoints:
        every = EntryPoints(EntryPoint(n, value, plugins.GROUP) for n, value in found.items())
        return every.select(group=group) if name is None else every.select(group=group, name=name)

    monkeypatch.setattr(plugins, "entry_points", entry_points)
    return found


@pytest.mark.parametrize("args", [["fake"], ["fake", "--help"], ["fake", "serve", "--port", "1"]])
def test_a_missing_extra_is_one_line_naming_it(
    registered: dict[str, str], clean_env: Env, args: list[str]
) -> None:
    registered["fake"] = "tests.cli.extra_missing:app"
    result = run(args, clean_env)
    assert result.exit_code == 2
    assert one_error_line(result) == f"error: {MISSING}"


def test_the_help_lists_the_tools_without_loading_them(
    registered: dict[str, str], clean_env: Env, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A tool whose extra is missing is listed all the same: running it names the extra.
    registered["fake"] = "tests.cli.extra_missing:app"
    registered["mock"] = REGISTERED["mock"]
    loaded: list[str] = []
    monkeypatch.setattr(plugins, "load", lambda entry: loaded.append(entry.name))
    result = run(["--help"], clean_env)
    assert result.exit_code == 0
    assert loaded == []
    shown = " ".join(result.stdout.replace("│", " ").split())
    # Each with the first paragraph of its package's docstring, read from the source.
    assert "mock A stateful mock of the IoTConnect REST API: Discovery, Auth and Device" in shown
    assert "fake" in shown.split()
    assert MISSING not in shown


def test_a_broken_tool_is_a_bug_not_a_missing_extra(registered: dict[str, str]) -> None:
    registered["broken"] = "tests.cli.no_such_module:app"
    registered["odd"] = "tests.cli.test_plugins:MISSING"
    with pytest.raises(ModuleNotFoundError):
        _load("broken")
    with pytest.raises(TypeError, match=r"not a typer\.Typer"):
        _load("odd")
