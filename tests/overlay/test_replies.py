"""IoTConnect(check_replies=...): a planted drift is reported once, without its value; the mock,
over a realistic session, draws no report at all."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from iotconnect import (
    ConfigurationError,
    Conflict,
    DecodeError,
    IoTConnect,
    IoTConnectError,
    NotFound,
)
from iotconnect.replies import Drift, ReplyChecker, ReplyDrift
from iotconnect_client.api.auth import verify_token
from iotconnect_client.api.device import (
    count_devices,
    create_device,
    delete_device,
    get_device,
    get_device_by_unique_id,
    get_device_template,
    get_device_template_by_code,
    list_device_templates,
    list_devices,
    update_device,
    update_device_status,
)
from iotconnect_client.models import (
    DeviceCreate,
    DeviceCreateResponse,
    DeviceListResponse,
    DeviceStatusUpdate,
    DeviceTemplateListResponse,
    DeviceUpdate,
)
from iotconnect_client.types import UNSET
from iotconnect_mock import DEMO_PASSWORD, DEMO_SOLUTION_KEY, DEMO_USERNAME, create_app

from .fakes import FakeService

PLANTED = "planted-value-7f3a"  # must never appear in a report


def _drifting_list(request: httpx.Request, *, with_missing: bool) -> httpx.Response | None:
    if request.url.path.removeprefix("/api/v2.1") != "/Device":
        return None
    item: dict[str, Any] = {
        "guid": str(uuid.uuid4()).upper(),
        "uniqueId": "sensor-1",
        "displayName": "Sensor",
        "isActive": True,
        "IsAcquired": 1,  # the old integer, where the service sends a boolean
        "childDeviceCount": PLANTED,
    }
    items = [item, {**item, "guid": str(uuid.uuid4()).upper()}]  # two devices
    if with_missing:  # a drift the generated client cannot parse past (KeyError)
        items.append({k: v for k, v in item.items() if k != "displayName"})
    return httpx.Response(200, json={"count": len(items), "data": items})


@dataclass
class DriftingService(FakeService):
    """The fake service, except that its device list has drifted from the spec."""

    with_missing: bool = False

    def _answer(self, request: httpx.Request) -> httpx.Response:
        drifted = _drifting_list(request, with_missing=self.with_missing)
        return drifted or super()._answer(request)


TYPES = {
    Drift("listDevices", 200, "/data/*/IsAcquired", "boolean|null", "integer"),
    Drift("listDevices", 200, "/data/*/childDeviceCount", "integer|null", "string"),
}
MISSING = Drift("listDevices", 200, "/data/*/displayName", "present", "absent")


def test_warn_reports_each_distinct_drift_once(
    make_iot: Callable[..., IoTConnect], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="iotconnect.replies")
    with make_iot(transport=DriftingService(), check_replies="warn") as iot:
        for _ in range(3):
            reply = list_devices.sync_detailed(client=iot.device)
            assert reply.status_code == 200  # "warn" never changes what the caller gets
        assert set(iot.reply_drifts) == TYPES
        assert len(iot.reply_drifts) == 2
    warnings = [r.getMessage() for r in caplog.records if r.name == "iotconnect.replies"]
    assert sorted(warnings) == sorted(f"reply drift: {d}" for d in TYPES)
    assert not any(PLANTED in w for w in warnings)


@pytest.mark.parametrize("mode", [None, "warn"])
def test_one_switch_for_resources_and_generated_calls(
    make_iot: Callable[..., IoTConnect], mode: str | None
) -> None:
    """A value of another type than the model's is a DecodeError by default, and with "warn"
    a reported drift, alike for the resources and the plain generated functions."""
    with make_iot(transport=DriftingService(), check_replies=mode) as iot:
        if mode is None:
            with pytest.raises(DecodeError, match="child_device_count: expected int"):
                list(iot.devices.list())
            with pytest.raises(DecodeError, match="child_device_count: expected int"):
                list_devices.sync(client=iot.device)
            assert iot.reply_drifts == ()
            return
        assert [device.is_acquired for device in iot.devices.list()] == [1, 1]
        page = list_devices.sync(client=iot.device)
        assert isinstance(page, DeviceListResponse)
        assert [device.is_acquired for device in page.data] == [1, 1]
        assert set(iot.reply_drifts) == TYPES


def test_raise_raises_a_typed_error_without_the_value(make_iot: Callable[..., IoTConnect]) -> None:
    with make_iot(transport=DriftingService(with_missing=True), check_replies="raise") as iot:
        for _ in range(2):  # every drifting reply raises, not only the first
            with pytest.raises(ReplyDrift) as caught:
                list_devices.sync_detailed(client=iot.device)
            assert isinstance(caught.value, IoTConnectError)
            assert set(caught.value.drifts) == TYPES | {MISSING}
            assert PLANTED not in str(caught.value)
            assert PLANTED not in repr(caught.value)
            assert (
                "listDevices 200 /data/*/IsAcquired: expected boolean|null, found integer"
                in str(caught.value)
            )
        # The token requests went through the checker too, and matched the spec.
        assert set(iot.reply_drifts) == TYPES | {MISSING}


async def test_async_replies_are_checked_too(make_iot: Callable[..., IoTConnect]) -> None:
    # The no-drift session below is async: this is what shows its replies are checked at all.
    async with make_iot(transport=DriftingService(), check_replies="raise") as iot:
        with pytest.raises(ReplyDrift) as caught:
            await list_devices.asyncio_detailed(client=iot.device)
    assert set(caught.value.drifts) == TYPES


def test_an_undocumented_status_and_a_body_that_is_not_json() -> None:
    checker = ReplyChecker("warn")
    checker.check("GET", "/Device/count", 418, b"{}")
    checker.check("GET", "/device-template", 200, b"<html>")
    checker.check("GET", "/unknown/route", 200, b"[]")  # not an operation of the spec
    assert checker.drifts == (
        Drift("countDevices", 418, "", "a status in 200, 401, 403, 409, 412, 500", "418"),
        Drift("listDeviceTemplates", 200, "", "a JSON body", "text that is not JSON"),
    )


def test_a_literal_path_wins_over_a_template() -> None:
    checker = ReplyChecker("raise")
    checker.check("GET", "/device/COUNT", 200, b'{"data": [{"deviceCount": 3}]}')
    with pytest.raises(ReplyDrift, match="countDevices 200 /data/\\*/deviceCount"):
        checker.check("GET", "/Device/count", 200, b'{"data": [{"deviceCount": "x"}]}')


def test_bad_mode_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="'warn' or 'raise'"):
        ReplyChecker("log")  # type: ignore[arg-type]


async def test_the_mock_draws_no_drift_over_a_realistic_session() -> None:
    transport = httpx.ASGITransport(create_app())
    iot = IoTConnect(
        username=DEMO_USERNAME,
        password=DEMO_PASSWORD,
        solution_key=DEMO_SOLUTION_KEY,
        auth_url="http://mock/api/v2.1",
        device_url="http://mock/api/v2.1",
        transport=transport,
        check_replies="raise",
    )
    async with iot:
        device = iot.device
        assert (await verify_token.asyncio_detailed(client=iot.auth)).status_code == 200
        templates = await list_device_templates.asyncio(client=device, page_size=5)
        assert isinstance(templates, DeviceTemplateListResponse)
        template = templates.data[0]
        by_guid = await get_device_template.asyncio_detailed(template.guid, client=device)
        assert by_guid.status_code == 200
        code = template.code if isinstance(template.code, str) else ""
        by_code = await get_device_template_by_code.asyncio_detailed(code, client=device)
        assert by_code.status_code == 200
        claims = await iot.aclaims()
        created = await create_device.asyncio(
            client=device,
            body=DeviceCreate(
                unique_id="drift-check-1",
                device_template_guid=template.guid,
                display_name="Drift check",
                entity_guid=uuid.UUID(claims.entity_guid),
            ),
        )
        assert isinstance(created, DeviceCreateResponse)
        guid = created.data[0].newid
        # Plain generated calls raise on an error status (after the checker has seen the
        # reply), so the session's 409s are caught; each reply was checked all the same.
        calls: list[Callable[[], Awaitable[object]]] = [
            lambda: list_devices.asyncio_detailed(client=device, page_size=3, custom_field=True),
            lambda: list_devices.asyncio_detailed(client=device, unique_id="no-such-device"),
            lambda: get_device.asyncio_detailed(guid, client=device),
            lambda: get_device_by_unique_id.asyncio_detailed("drift-check-1", client=device),
            lambda: get_device_by_unique_id.asyncio_detailed("no-such-device", client=device),
            lambda: update_device.asyncio_detailed(
                guid,
                client=device,
                body=DeviceUpdate(
                    display_name="Renamed", entity_guid=uuid.UUID(claims.entity_guid)
                ),
            ),
            lambda: update_device_status.asyncio_detailed(
                guid, client=device, body=DeviceStatusUpdate(is_active=False)
            ),
            lambda: update_device_status.asyncio_detailed(
                guid, client=device, body=DeviceStatusUpdate(is_active=False)
            ),
            lambda: count_devices.asyncio_detailed(client=device, status=UNSET),
            lambda: delete_device.asyncio_detailed(guid, client=device),
            lambda: delete_device.asyncio_detailed(guid, client=device),
        ]
        refused = 0
        for call in calls:
            try:
                await call()
            except (NotFound, Conflict):
                refused += 1
        assert refused == 3  # the missing unique id, the second deactivate, the second delete
        assert iot.reply_drifts == ()
