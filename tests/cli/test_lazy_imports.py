"""``iotconnect --version``, ``--help`` and the client's commands' help do not import the client
stack, nor the tools.

The command modules import the session, the models and bulk inside the commands that use them,
so the version and the help of ``devices``, ``templates``, ``entities``, ``commands``... cost
typer, rich and the errors, not the client. The top ``--help`` describes the tools without
loading them (conformance and the proxy import the client, and schemathesis). Checked in a
fresh interpreter: the test process has imported it all. Nor do they build the sub-groups'
commands, options and all (typer's work, a good part of ``--version``'s time; in process).
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.core import TyperCommand, TyperGroup

from iotconnect.cli.command import Group

from .conftest import Env, run

_RUN = """
import json, sys
sys.argv = ["iotconnect", *sys.argv[1:]]
from iotconnect.__main__ import main
try:
    main()
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)))
"""
# The client stack: the session, the resources, bulk, the generated client; and the tools.
_STACK = ("iotconnect.client", "iotconnect.resources", "iotconnect.bulk", "iotconnect_spec")
_PACKAGES = ("iotconnect_client", "iotconnect_conformance", "iotconnect_proxy", "iotconnect_mock")


@pytest.mark.slow
@pytest.mark.parametrize(
    "argv",
    [
        ["--version"],
        ["--help"],
        ["devices", "--help"],
        ["devices", "list", "--help"],
        ["templates", "--help"],
    ],
)
def test_version_and_command_help_leave_the_client_stack_unimported(argv: list[str]) -> None:
    done = subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", _RUN, *argv], capture_output=True, text=True, timeout=120, check=True
    )
    *shown, modules_line = done.stdout.strip().splitlines()
    assert shown  # the version or the help was printed
    modules = json.loads(modules_line)
    imported = [m for m in modules if m in _STACK or m.split(".")[0] in _PACKAGES]
    assert not imported
    assert "iotconnect.cli.devices" in modules  # the commands themselves were loaded


def test_a_sub_group_is_built_only_when_it_runs(
    clean_env: Env, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Typer builds a group's every command and option up front: the top help and --version
    # list the sub-groups by name and help, and build none of them.
    built: list[str] = []
    build = Group.build

    def recorded(group: Group, name: str) -> TyperCommand | TyperGroup | None:
        built.append(name)
        return build(group, name)

    monkeypatch.setattr(Group, "build", recorded)
    assert run(["--version"], clean_env).exit_code == 0
    assert run(["--help"], clean_env).exit_code == 0
    assert built == []
    result = run(["templates", "--help"], clean_env)
    assert result.exit_code == 0
    assert "list" in result.stdout.split()
    assert built == ["templates"]
