"""The Python client against the mock's future mode (a later release of the service): the
resources, the plain generated calls and ``check_replies`` run their everyday flows; unknown
values come through as their JSON type, unknown fields stay readable in
``additional_properties``, ``check_replies`` reports them once as additions; and
``devices.update`` keeps a field the client does not know."""

from __future__ import annotations

import copy
import json
import logging
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from iotconnect import IoTConnect, NotFound, unwrap
from iotconnect.replies import Addition, ReplyChecker, ReplyDrift
from iotconnect_client.api.device import get_device, list_device_templates, list_devices
from iotconnect_client.models import (
    DeviceInformationResponse,
    DeviceListResponse,
    DeviceTemplateListResponse,
)
from iotconnect_mock import create_app, serve_in_thread
from iotconnect_mock.future import (
    FUTURE_AUTH_TYPE,
    FUTURE_DEVICE_FIELD,
    FUTURE_DEVICE_STATUS,
    FUTURE_FIELD,
    FUTURE_HEADER,
    FUTURE_OBJECT,
)
from iotconnect_spec import spec_document

from .inprocess import InProcess, demo_session

FUTURE_SET = "set by a later release"


@pytest.fixture
def mock() -> Iterator[InProcess]:
    transport = InProcess(create_app(future=True))
    yield transport
    transport.close()


def _everyday(iot: IoTConnect) -> None:
    """What a script does every day, each step asserting what it got."""
    devices = list(iot.devices.list(page_size=2))
    assert len(devices) == iot.devices.count() == 5
    first = devices[0]
    # Unknown values come through as their JSON type; unknown fields stay readable.
    assert (first.auth_type, first.device_status) == (FUTURE_AUTH_TYPE, FUTURE_DEVICE_STATUS)
    assert first.additional_properties[FUTURE_OBJECT]["items"][0][FUTURE_FIELD]
    page = next(iter(iot.devices.list(page_size=2).pages()))
    assert {"pageNumber", "pageSize", "nextPageToken"} <= page.additional_properties.keys()
    templates = list(iot.templates.list())
    assert {t.auth_type for t in templates} == {FUTURE_AUTH_TYPE, 3, 5}
    template = iot.templates.get_by_code("tempsensor")
    assert iot.templates.get(template.guid).additional_properties[FUTURE_FIELD]
    created = iot.devices.create(
        unique_id="future-boiler", display_name="Boiler", template="tempsensor"
    )
    assert created.additional_properties[FUTURE_FIELD]
    iot.devices.update(created.newid, note="in the cellar")
    device = iot.devices.get_by_unique_id("future-boiler")
    assert device.note == "in the cellar"
    assert iot.devices.get(first.guid).device_template_auth_type == FUTURE_AUTH_TYPE
    iot.devices.deactivate(created.newid)
    assert iot.devices.count("inactive") >= 1
    iot.devices.activate(created.newid)
    iot.devices.delete(created.newid)
    assert iot.devices.find("future-boiler") is None
    with pytest.raises(NotFound) as missing:
        iot.devices.get(created.newid)
    assert missing.value.key == str(created.newid)


def test_resources_in_process(mock: InProcess) -> None:
    with demo_session(mock) as iot:
        _everyday(iot)


@pytest.mark.slow
def test_resources_over_http() -> None:
    # Through discovery, whose reply carries unknown fields too.
    with serve_in_thread(create_app(future=True)) as url:
        found = {"auth_url": None, "device_url": None, "environment": "poc", "discovery_url": url}
        with demo_session(None, **found) as iot:
            _everyday(iot)
            assert iot.urls.device == f"{url}/api/v2.1"


async def test_async_resources(mock: InProcess) -> None:
    async with demo_session(mock) as iot:
        listed = [device async for device in iot.aio.devices.list(page_size=3)]
        assert len(listed) == 5
        assert listed[0].additional_properties[FUTURE_FIELD]
        device = await iot.aio.devices.get(listed[0].guid)
        assert device.auth_type == FUTURE_AUTH_TYPE


def test_plain_generated_calls(mock: InProcess) -> None:
    with demo_session(mock) as iot:
        reply = list_devices.sync_detailed(client=iot.device, page_size=2)
        assert reply.headers[FUTURE_HEADER] == "1"  # an unknown header: there, and harmless
        page = unwrap(reply, DeviceListResponse)
        assert page.count == -1
        assert page.additional_properties["nextPageToken"]
        assert page.data[0].additional_properties[FUTURE_FIELD]
        templates = list_device_templates.sync(client=iot.device)
        assert isinstance(templates, DeviceTemplateListResponse)
        assert templates.data[0].auth_type == FUTURE_AUTH_TYPE
        one = get_device.sync(page.data[0].guid, client=iot.device)
        assert isinstance(one, DeviceInformationResponse)
        assert one.data[0].additional_properties[FUTURE_DEVICE_FIELD] is None
        with pytest.raises(NotFound):  # a 409 whose error items carry unknown fields
            get_device.sync_detailed(uuid.UUID(int=1), client=iot.device)


@pytest.mark.parametrize("mode", ["warn", "raise"])
def test_check_replies_reports_additions_once_never_as_errors(
    mock: InProcess, mode: Any, caplog: pytest.LogCaptureFixture
) -> None:
    with (
        caplog.at_level(logging.INFO, logger="iotconnect.replies"),
        demo_session(mock, check_replies=mode) as iot,
    ):
        _everyday(iot)
        _everyday(iot)
        assert iot.reply_drifts == ()
        additions = iot.reply_additions
    assert Addition("listDevices", 200, "/data/*/futureField", "field") in additions
    assert Addition("listDevices", 200, "/nextPageToken", "field") in additions
    assert Addition("getDevice", 200, "/data/*/futureSetting", "field") in additions
    assert Addition("getDeviceByUniqueId", 409, "/error/*/futureObject", "field") in additions
    # Once each: in the list and in the log, however many replies carried it.
    assert len(set(additions)) == len(additions)
    logged = [r.getMessage() for r in caplog.records if "reply addition" in r.getMessage()]
    assert len(logged) == len(additions)
    assert all(r.levelno == logging.INFO for r in caplog.records if r.name == "iotconnect.replies")
    # A page of today's service draws none.
    with demo_session(InProcess(create_app()), check_replies=mode) as today:
        list(today.devices.list())
        assert today.reply_additions == ()


def test_an_enum_value_the_spec_does_not_list_is_an_addition() -> None:
    # No reply field of the spec has an enum today; give the count one.
    spec = copy.deepcopy(spec_document())
    spec["components"]["schemas"]["DeviceCount"]["properties"]["deviceCount"]["enum"] = [1, 2]
    checker = ReplyChecker("raise", spec)
    checker.check("GET", "/Device/count", 200, b'{"data": [{"deviceCount": 7, "by": {}}]}')
    assert checker.additions == (
        Addition("countDevices", 200, "/data/*/deviceCount", "value"),
        Addition("countDevices", 200, "/data/*/by", "field"),
    )
    assert checker.drifts == ()
    # Another type is still a drift.
    with pytest.raises(ReplyDrift, match=r"deviceCount: expected one of 1\|2, found string"):
        checker.check("GET", "/Device/count", 200, b'{"data": [{"deviceCount": "seven"}]}')


def _raw_device(iot: IoTConnect, guid: str) -> dict[str, Any]:
    reply = iot.http_client().get(f"Device/{guid}")
    assert reply.status_code == 200, reply.text
    record: dict[str, Any] = reply.json()["data"][0]
    return record


def test_update_keeps_a_field_the_client_does_not_know(mock: InProcess) -> None:
    with demo_session(mock) as iot:
        created = iot.devices.create(
            unique_id="keeper", display_name="Keeper", template="tempsensor", tag="t-1"
        )
        guid = str(created.newid)
        before = _raw_device(iot, guid)
        # Someone with tomorrow's client set the field today's client does not know.
        body = {
            "displayName": before["displayName"],
            "entityGuid": before["entityGuid"],
            FUTURE_DEVICE_FIELD: FUTURE_SET,
        }
        assert iot.http_client().put(f"Device/{guid}", json=body).status_code == 200
        iot.devices.update(guid, note="changed by today's client")
        iot.devices.update(guid, display_name="Keeper 2", entity=before["entityGuid"], note="n")
        after = _raw_device(iot, guid)
    assert after[FUTURE_DEVICE_FIELD] == FUTURE_SET
    assert (after["note"], after["displayName"], after["tag"]) == ("n", "Keeper 2", "t-1")


def test_update_sends_back_what_it_read_with_the_changes_on_top(mock: InProcess) -> None:
    with demo_session(mock) as iot:
        guid = next(iter(iot.devices.list())).guid
        sent: list[httpx.Request] = []
        client = iot.device.get_httpx_client()
        client.event_hooks["request"].append(sent.append)
        iot.devices.update(guid, note="new note")
    put = next(r for r in sent if r.method == "PUT")
    body = json.loads(put.content)
    assert body["note"] == "new note"
    assert body[FUTURE_DEVICE_FIELD] is None  # as read: the future service showed it
    assert body[FUTURE_FIELD]
    assert body["uniqueId"]
