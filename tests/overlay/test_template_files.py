"""``iot.templates`` from a file, delete, attributes and commands against the mock in process,
blocking and under ``iot.aio``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from iotconnect import (
    Conflict,
    IoTConnect,
    NotFound,
    TemplateFileError,
    ValidationFailed,
)

from .inprocess import InProcess, demo_session

FILE: dict[str, Any] = {
    "code": "boiler1",
    "name": "Boiler",
    "authType": 5,
    "attributes": [{"name": "pressure", "type": "DECIMAL", "unit": "bar"}],
    "commands": [
        {"name": "Purge", "command": "purge", "requiredAck": True},
        {"name": "Set point", "command": "set-point", "requiredParam": True},
    ],
}


def test_a_file_becomes_a_template_read_back(iot: IoTConnect, tmp_path: Path) -> None:
    path = tmp_path / "boiler.json"
    path.write_text(json.dumps(FILE), encoding="utf-8")
    created = iot.templates.create_from_file(path, code="boiler2", name="Boiler two")
    assert (created.template_code, created.template_name, created.auth_type) == (
        "boiler2",
        "Boiler two",
        5,
    )
    assert [a.local_name for a in iot.templates.attributes("boiler2")] == ["pressure"]
    commands = iot.templates.commands(created.guid)
    assert [(c.command, c.required_ack, c.required_param) for c in commands] == [
        ("purge", True, False),
        ("set-point", False, True),
    ]
    # The same file again, under a code the company has: the service's 409.
    with pytest.raises(Conflict) as again:
        iot.templates.create_from_file(path, code="BOILER2")
    assert again.value.params == ("TemplateCodeAlreadyExists",)


def test_the_service_names_what_is_wrong(iot: IoTConnect) -> None:
    bad = {**FILE, "code": "not valid!", "commands": [{"name": "No machine name"}]}
    with pytest.raises(ValidationFailed) as failed:
        iot.templates.create_from_file(bad)
    assert set(failed.value.params) == {"code", "commands[0].command"}


def test_a_file_that_cannot_be_read(iot: IoTConnect, tmp_path: Path, mock: InProcess) -> None:
    with pytest.raises(TemplateFileError, match="cannot read"):
        iot.templates.create_from_file(tmp_path / "missing.json")
    (tmp_path / "list.json").write_text("[1, 2]")
    with pytest.raises(TemplateFileError, match="no JSON object"):
        iot.templates.create_from_file(tmp_path / "list.json")
    (tmp_path / "broken.json").write_text("{")
    with pytest.raises(TemplateFileError, match="not JSON"):
        iot.templates.create_from_file(str(tmp_path / "broken.json"))
    assert not any("quick" in key for key in mock.counts)  # nothing was sent


def test_delete_refuses_while_devices_use_it(iot: IoTConnect) -> None:
    created = iot.templates.create_from_file(FILE)
    device = iot.devices.create(unique_id="boiler-7", display_name="Boiler 7", template="boiler1")
    with pytest.raises(Conflict) as in_use:
        iot.templates.delete("boiler1")
    assert in_use.value.params == ("TemplateInUse",)
    iot.devices.delete(device.newid)
    iot.templates.delete(created.guid)
    with pytest.raises(NotFound):
        iot.templates.get(created.guid)


def test_none_is_an_empty_list_and_no_template_is_not_found(
    iot: IoTConnect, mock: InProcess
) -> None:
    # The service answers 409 for a template without commands or attributes.
    assert iot.templates.commands("camera") == []
    assert iot.templates.attributes("camera") == []
    with pytest.raises(NotFound):
        iot.templates.commands("no-such")
    created = iot.templates.create_from_file(FILE)
    iot.templates.delete(created.guid)
    with pytest.raises(NotFound):
        iot.templates.attributes(created.guid)


async def test_the_async_twins(mock: InProcess) -> None:
    async with demo_session(mock) as iot:
        created = await iot.aio.templates.create_from_file(FILE)
        assert [c.command for c in await iot.aio.templates.commands(created.guid)] == [
            "purge",
            "set-point",
        ]
        assert len(await iot.aio.templates.attributes("boiler1")) == 1
        await iot.aio.templates.delete("boiler1")
        assert await iot.aio.templates.commands("tempsensor") != []
