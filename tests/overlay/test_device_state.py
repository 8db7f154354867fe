"""``iot.devices`` state methods against the mock in process: connection status, twin and
desired values, children (auto-paging), acquire and release, and the async twins."""

from __future__ import annotations

from uuid import UUID

import httpx
import pytest

from iotconnect import ConfigurationError, Conflict, IoTConnect, NotFound, UnknownTwinProperty

from .inprocess import InProcess, demo_session


def _play(mock: InProcess, guid: UUID, **body: object) -> None:
    # Straight to the transport: a client around it would close it on exit.
    reply = mock.handle_request(
        httpx.Request("POST", f"http://mock.test/_mock/devices/{guid}", json=body)
    )
    assert reply.status_code == 200, reply.text


def _device(iot: IoTConnect, unique_id: str, parent: UUID | None = None) -> UUID:
    created = iot.devices.create(
        unique_id=unique_id,
        display_name=unique_id,
        template="tempsensor",
        parent_device_guid=parent,
    )
    return created.newid


def test_connection_status_by_unique_id_or_guid(iot: IoTConnect, mock: InProcess) -> None:
    guid = _device(iot, "conn-1")
    assert iot.devices.connection_status("conn-1") is False
    iot.devices.acquire("conn-1")
    _play(mock, guid, connected=True)
    assert iot.devices.connection_status("conn-1") is True
    assert iot.devices.connection_status(guid=str(guid)) is True
    with pytest.raises(NotFound):
        iot.devices.connection_status("no-such-device")
    with pytest.raises(ConfigurationError):
        iot.devices.connection_status()
    with pytest.raises(ConfigurationError):
        iot.devices.connection_status("conn-1", guid=guid)


def test_set_desired_reads_back_versioned(iot: IoTConnect) -> None:
    _device(iot, "twin-1")
    iot.devices.acquire("twin-1")
    iot.devices.set_desired("twin-1", {"reportingInterval": 30, "LEDON": True})
    iot.devices.set_desired("twin-1", {"reportingInterval": 45})
    twin = {item.local_name: item for item in iot.devices.twin("twin-1")}
    assert (twin["reportingInterval"].desired_value, twin["reportingInterval"].desired_version) == (
        "45",
        "2",
    )
    assert twin["ledOn"].desired_value == "true"
    assert twin["firmwareChannel"].desired_value is None


def test_set_desired_checks_names_before_sending(iot: IoTConnect, mock: InProcess) -> None:
    _device(iot, "twin-2")
    iot.devices.acquire("twin-2")
    puts = mock.counts.get("PUT /Device/twin-2/twin", 0)
    with pytest.raises(UnknownTwinProperty) as unknown:
        iot.devices.set_desired("twin-2", {"reportingInterval": 5, "colour": "red"})
    assert unknown.value.names == ["colour"]
    assert "reportingInterval" in unknown.value.known
    assert mock.counts.get("PUT /Device/twin-2/twin", 0) == puts


def test_set_desired_on_a_released_device_says_what_was_set(iot: IoTConnect) -> None:
    _device(iot, "twin-3")
    with pytest.raises(Conflict) as refused:
        iot.devices.set_desired("twin-3", {"reportingInterval": 5})
    assert refused.value.errors[0].param == "DeviceNotAcquired"
    assert "set before this one: none" in (refused.value.__notes__ or [])


def test_acquire_release_round_trip(iot: IoTConnect) -> None:
    _device(iot, "hub-1")
    iot.devices.acquire("hub-1")
    assert [d.unique_id for d in iot.devices.list(acquired="acquired", unique_id="hub-1")] == [
        "hub-1"
    ]
    with pytest.raises(Conflict):
        iot.devices.acquire("hub-1")
    iot.devices.release("hub-1")
    assert list(iot.devices.list(acquired="acquired", unique_id="hub-1")) == []
    assert iot.devices.get_by_unique_id("hub-1").is_acquired == 0


def test_children_page_through_every_child(iot: IoTConnect, mock: InProcess) -> None:
    gateway = _device(iot, "gw-kids")
    for n in range(5):
        _device(iot, f"kid-{n}", parent=gateway)
    _device(iot, "not-a-kid")
    kids = iot.devices.children(gateway, page_size=2, sort_by="uniqueId desc")
    assert [kid.unique_id for kid in kids] == [f"kid-{n}" for n in (4, 3, 2, 1, 0)]
    assert mock.counts[f"GET /Device/{gateway}/child-device"] == 3
    assert list(iot.devices.children(_device(iot, "lonely"))) == []
    with pytest.raises(NotFound):
        list(iot.devices.children(UUID(int=7)))


async def test_the_async_twins(mock: InProcess) -> None:
    async with demo_session(mock) as iot:
        created = await iot.aio.devices.create(
            unique_id="aio-1", display_name="aio", template="tempsensor"
        )
        await iot.aio.devices.acquire("aio-1")
        await iot.aio.devices.set_desired("aio-1", {"firmwareChannel": "beta"})
        twin = await iot.aio.devices.twin("aio-1")
        assert {item.local_name: item.desired_value for item in twin}["firmwareChannel"] == "beta"
        assert await iot.aio.devices.connection_status(guid=created.newid) is False
        kid = await iot.aio.devices.create(
            unique_id="aio-kid",
            display_name="kid",
            template="tempsensor",
            parent_device_guid=created.newid,
        )
        assert [k.guid async for k in iot.aio.devices.children(created.newid)] == [
            str(kid.newid).upper()
        ]
        await iot.aio.devices.release("aio-1")


def test_properties_by_name(iot: IoTConnect, mock: InProcess) -> None:
    names = {item.name: item.guid for item in iot.devices.properties()}
    assert set(names) == {"floor", "serialNumber", "zone"}
    guid = _device(iot, "props-1")
    iot.devices.set_properties(guid, {"FLOOR": "3", names["zone"]: "north"})
    # DeviceInformation types properties loosely (the vendor's two platforms differ).
    stored = iot.devices.get(guid).to_dict()["properties"]
    values = {str(p["guid"]).upper(): p["value"] for p in stored}
    assert values == {str(names["floor"]).upper(): "3", str(names["zone"]).upper(): "north"}
    puts = mock.counts.get(f"PUT /Device/{guid}/properties", 0)
    with pytest.raises(ConfigurationError, match="'colour'"):
        iot.devices.set_properties(guid, {"colour": "red"})
    assert mock.counts.get(f"PUT /Device/{guid}/properties", 0) == puts
