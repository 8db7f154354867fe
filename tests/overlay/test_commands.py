"""``iot.commands`` against the mock in process: send by GUID, unique id or model with a command
by machine name or GUID, to a template's devices, the history across pages, re-send, typed
errors, and the async twins."""

from __future__ import annotations

import httpx
import pytest

from iotconnect import ConfigurationError, IoTConnect, NotFound, ValidationFailed
from iotconnect_client.models import CommandHistoryTokenPage

from .inprocess import BASE, InProcess, demo_session


def _acknowledge(mock: InProcess, history_guid: object) -> None:
    """What the device does over MQTT: the mock's control stands in for it."""
    control = httpx.Client(transport=mock, base_url=BASE.removesuffix("/api/v2.1"))
    reply = control.post(f"/_mock/commands/{history_guid}/ack", json={})
    assert reply.status_code == 200, reply.text


def test_send_by_each_kind_of_name_and_read_the_history(iot: IoTConnect, mock: InProcess) -> None:
    device = iot.devices.get_by_unique_id("demo-sensor-02")
    iot.commands.send("demo-sensor-02", "set-interval", "60")
    iot.commands.send(device.guid, "REBOOT")
    reboot = next(c for c in iot.templates.commands("tempsensor") if c.command == "reboot")
    iot.commands.send(device, str(reboot.guid))
    mine = list(iot.commands.history(device_guid=device.guid, page_size=1))  # 3 pages
    assert [(e.cmd_text, e.status) for e in mine] == [
        ("reboot", "Pending"),
        ("reboot", "Pending"),
        ("set-interval 60", "Sent"),
    ]
    _acknowledge(mock, mine[0].command_history_guid)
    iot.commands.resend(mine[1].command_history_guid)
    after = list(iot.commands.history(device_guid=device.guid))
    assert [e.status for e in after] == ["Acknowledged", "Pending", "Sent"]
    assert after[1].is_resend is True


def test_typed_errors(iot: IoTConnect) -> None:
    with pytest.raises(NotFound) as no_command:
        iot.commands.send("demo-sensor-02", "restart")  # the gateway's, not the sensor's
    assert no_command.value.key == "restart"
    with pytest.raises(NotFound):
        iot.commands.send("nobody", "reboot")
    with pytest.raises(ValidationFailed) as no_parameter:
        iot.commands.send("demo-sensor-02", "set-interval")
    assert no_parameter.value.params == ("parameterValue",)


def test_send_to_every_device_of_a_template(iot: IoTConnect) -> None:
    before = sum(1 for _ in iot.commands.history())
    iot.commands.send_to_template("tempsensor", "reboot")
    sensors = {d.unique_id for d in iot.devices.list() if d.unique_id.startswith("demo-sensor")}
    new = list(iot.commands.history())[: -before or None]
    assert {e.unique_id for e in new} == sensors
    assert {e.cmd_text for e in new} == {"reboot"}


async def test_the_async_twins(mock: InProcess) -> None:
    async with demo_session(mock) as iot:
        await iot.aio.commands.send("demo-sensor-02", "set-interval", "5")
        entries = [e async for e in iot.aio.commands.history(search_text="interval 5")]
        assert [e.unique_id for e in entries] == ["demo-sensor-02"]
        await iot.aio.commands.resend(entries[0].command_history_guid)
        await iot.aio.commands.send_to_template("edgegw", "restart")


def test_the_history_by_capability_follows_continuation_tokens(
    iot: IoTConnect, mock: InProcess
) -> None:
    device = iot.devices.get_by_unique_id("demo-sensor-02")
    for n in range(3):
        iot.commands.send(device, "set-interval", str(n))
    pages = list(iot.commands.history(capability=0, device_guid=device.guid, page_size=1).pages())
    assert [[e.cmd_text for e in page.data] for page in pages] == [
        ["set-interval 2"],
        ["set-interval 1"],
        ["set-interval 0"],
    ]
    assert mock.counts["POST /template-command/history"] == 3  # its POST form, token by token
    assert all(isinstance(page, CommandHistoryTokenPage) for page in pages)
    assert [getattr(page, "continuation_token", "?") is None for page in pages] == [
        False,
        False,
        True,
    ]
    quiet = iot.devices.get_by_unique_id("demo-gw-01")  # no command sent to it: a 204
    assert list(iot.commands.history(capability=0, device_guid=quiet.guid)) == []
    with pytest.raises(ConfigurationError, match="search_text"):
        iot.commands.history(capability=0, search_text="interval")
    assert mock.counts["POST /template-command/history"] == 4  # none for the refused one
