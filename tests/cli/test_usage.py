"""Usage errors, without a server: one line on stderr naming the option or variable to set,
nothing on stdout, exit 2; and the options every tenant command shares."""

from __future__ import annotations

import re

import pytest
import typer.main
from typer.core import TyperCommand, TyperGroup

from iotconnect.cli import app
from iotconnect.cli.command import Group
from iotconnect.cli.devices import SortField, Status
from iotconnect_client.models.count_devices_status import COUNT_DEVICES_STATUS_VALUES
from iotconnect_client.models.list_devices_sort_by import LIST_DEVICES_SORT_BY_VALUES
from iotconnect_client.models.list_devices_status import LIST_DEVICES_STATUS_VALUES

from .conftest import Env, one_error_line, run

# A port nothing listens on: a command that got as far as connecting would exit 1, not 2.
NOWHERE = "http://127.0.0.1:9/api/v2.1"
CREDENTIALS = {"IOTC_USER": "ann@example.com", "IOTC_PASS": "pw-1234", "IOTC_SKEY": "key-1234"}
# The constructor's argument names, which mean nothing to a user of the command.
PYTHON_NAMES = re.compile(r"\b(auth_url|device_url|discovery_url|solution_key|username|password)\b")
GUID = "9DFF6B26-F845-56DD-8FF4-8CCD92600A5C"
TENANT_COMMANDS = [
    ["login"],
    ["logout"],
    ["whoami"],
    ["devices", "list"],
    ["devices", "get"],
    ["devices", "count"],
    ["devices", "create"],
    ["devices", "update"],
    ["devices", "activate"],
    ["devices", "deactivate"],
    ["devices", "delete"],
    ["templates", "list"],
    ["templates", "get"],
]
SHARED = {
    "--env": "IOTC_ENV",
    "--platform": "IOTC_PF",
    "--auth-url": "IOTC_AUTH_URL",
    "--device-url": "IOTC_DEVICE_URL",
    "--user-url": "IOTC_USER_URL",
    "--discovery-url": "IOTC_DISCOVERY_URL",
    "--json": None,
    "--debug": None,
}


def _command(path: list[str]) -> TyperCommand:
    top = typer.main.get_command(app)
    assert isinstance(top, Group)
    first, *rest = path
    command = top.commands.get(first) or top.build(first)  # a sub-group is built when it runs
    for name in rest:
        assert isinstance(command, TyperGroup)
        command = command.commands[name]
    assert isinstance(command, TyperCommand)
    return command


def test_every_command_is_there() -> None:
    result = run(["--help"], {})
    assert result.exit_code == 0
    for name in ("login", "logout", "whoami", "devices", "templates", "mock", "conformance"):
        assert name in result.stdout
    assert "spec" in result.stdout


def test_version() -> None:
    result = run(["--version"], {})
    assert result.exit_code == 0
    assert result.stdout.startswith("iotconnect 0.")


@pytest.mark.parametrize("path", TENANT_COMMANDS, ids=" ".join)
def test_every_tenant_command_takes_the_shared_options(path: list[str]) -> None:
    options = {
        opt: param.envvar for param in _command(path).params for opt in getattr(param, "opts", [])
    }
    for option, variable in SHARED.items():
        assert option in options
        assert options[option] == variable


@pytest.mark.parametrize(
    ("settings", "named"),
    [
        ({}, ["--env (IOTC_ENV)", "--auth-url (IOTC_AUTH_URL)", "--device-url (IOTC_DEVICE_URL)"]),
        ({"IOTC_AUTH_URL": NOWHERE}, ["--device-url (IOTC_DEVICE_URL)"]),
        ({"IOTC_ENV": "poc", "IOTC_PASS": None}, ["IOTC_PASS"]),
        ({"IOTC_ENV": "poc", "IOTC_USER": None, "IOTC_SKEY": None}, ["IOTC_USER, IOTC_SKEY"]),
        ({"IOTC_ENV": "poc", "IOTC_PF": "gcp"}, ["'--platform'", "IOTC_PF", "'gcp'"]),
    ],
)
def test_missing_or_wrong_settings_name_what_to_set(
    clean_env: Env, settings: Env, named: list[str]
) -> None:
    result = run(["devices", "count"], clean_env | CREDENTIALS | settings)
    assert result.exit_code == 2
    line = one_error_line(result)
    for name in named:
        assert name in line
    assert not PYTHON_NAMES.search(line)


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["devices", "get"], "its GUID, or --unique-id ID"),
        (["devices", "get", GUID, "--unique-id", "x"], "its GUID, or --unique-id ID"),
        (["devices", "get", "not-a-guid"], "'GUID'"),
        (["devices", "update", GUID], "--display-name, --note or --entity"),
        (["devices", "delete", GUID], "--yes"),
        (["devices", "create"], "'UNIQUE_ID'"),
        (["devices", "create", "boiler-7"], "'--template'"),
        (["devices", "list", "--page-size", "0"], "'--page-size'"),
        (["devices", "list", "--status", "broken"], "'--status'"),
        (["templates", "get"], "its GUID, or --code CODE"),
        (["devices", "list", "--no-such-option"], "--no-such-option"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(clean_env: Env, args: list[str], named: str) -> None:
    env = clean_env | CREDENTIALS | {"IOTC_AUTH_URL": NOWHERE, "IOTC_DEVICE_URL": NOWHERE}
    result = run(args, env)
    assert result.exit_code == 2
    line = one_error_line(result)
    assert named in line
    assert not PYTHON_NAMES.search(line)
    assert f"see 'iotconnect {' '.join(args[:2])} --help'" in line


def test_conformance_keeps_its_own_settings(clean_env: Env) -> None:
    result = run(["conformance", "--env", "poc"], clean_env)
    assert result.exit_code == 2
    assert "IOTC_USER" in result.output


def test_the_choices_are_the_generated_ones() -> None:
    assert {status.value for status in Status} == set(LIST_DEVICES_STATUS_VALUES)
    assert set(LIST_DEVICES_STATUS_VALUES) == set(COUNT_DEVICES_STATUS_VALUES)
    orders = {f"{field.value} {order}" for field in SortField for order in ("asc", "desc")}
    assert orders == set(LIST_DEVICES_SORT_BY_VALUES)
