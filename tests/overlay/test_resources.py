"""The resources against the mock in process: listing across pages, look-ups, the device life
cycle, templates, the async twins under ``iot.aio``, and per-call options."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from uuid import UUID

import attrs
import httpx
import pytest

from iotconnect import (
    DEFAULT_PAGE_SIZE,
    Conflict,
    DecodeError,
    DeviceChanges,
    DeviceFilters,
    IoTConnect,
    NewDeviceFields,
    NotFound,
    TemplateFilters,
    Timeout,
    TransportError,
    ValidationFailed,
)
from iotconnect_client.api.device import list_device_templates, list_devices
from iotconnect_client.models import DeviceCreate, DeviceUpdate

from .inprocess import InProcess, demo_session


def test_list_walks_every_page(iot: IoTConnect, mock: InProcess) -> None:
    everything = list(iot.devices.list())
    assert len(everything) == iot.devices.count() == 5
    assert mock.counts["GET /Device"] == 1  # 5 < the default page size
    mock.counts.clear()
    small = list(iot.devices.list(page_size=2))
    # AWS answers count -1: the short third page is the end.
    assert mock.counts["GET /Device"] == 3
    assert [d.guid for d in small] == [d.guid for d in everything]
    assert [len(page.data) for page in iot.devices.list(page_size=2).pages()] == [2, 2, 1]


def test_list_filters(iot: IoTConnect) -> None:
    inactive = list(iot.devices.list(status="inactive"))
    assert len(inactive) == iot.devices.count("inactive") >= 1
    assert all(not device.is_active for device in inactive)
    ordered = [d.unique_id for d in iot.devices.list(sort_by="uniqueId desc", unique_id="SENSOR")]
    assert ordered == sorted(ordered, reverse=True)
    assert ordered
    assert all("sensor" in unique_id for unique_id in ordered)
    with pytest.raises(ValidationFailed):
        list(iot.devices.list(page_size=5000))


def test_device_life_cycle(iot: IoTConnect) -> None:
    template = iot.templates.get_by_code("tempsensor")
    assert iot.templates.get(template.guid).template_code == "tempsensor"
    created = iot.devices.create(
        unique_id="boiler-7", display_name="Boiler 7", template="tempsensor"
    )
    assert iot.devices.get(created.newid).device_template_guid == template.guid
    device = iot.devices.get(created.newid)
    assert (device.unique_id, device.display_name) == ("boiler-7", "Boiler 7")
    assert device.entity_guid == UUID(str(iot.claims.entity_guid))  # the token's entity
    assert iot.devices.get_by_unique_id("boiler-7").guid == created.newid
    found = iot.devices.find("boiler-7")
    assert found is not None
    assert found.guid == created.newid

    iot.devices.update(created.newid, display_name="Boiler seven")
    updated = iot.devices.get(created.newid)
    assert (updated.display_name, updated.entity_guid) == ("Boiler seven", device.entity_guid)

    iot.devices.deactivate(created.newid)
    assert not iot.devices.get(str(created.newid)).is_active
    with pytest.raises(Conflict) as twice:
        iot.devices.deactivate(created.newid)
    assert twice.value.params == ("DeviceAlreadyInactive",)
    iot.devices.activate(created.newid)

    iot.devices.delete(created.newid)
    assert iot.devices.find("boiler-7") is None
    with pytest.raises(NotFound) as gone:
        iot.devices.get(created.newid)
    assert gone.value.key is not None
    assert UUID(gone.value.key) == created.newid
    assert str(created.newid).lower() in str(gone.value).lower()


def test_not_found_names_what_was_looked_up(iot: IoTConnect) -> None:
    with pytest.raises(NotFound) as caught:
        iot.devices.get_by_unique_id("no-such-device")
    assert caught.value.key == "no-such-device"
    assert "'no-such-device'" in str(caught.value)
    with pytest.raises(NotFound) as template:
        iot.devices.create(unique_id="x", display_name="X", template="no-such-code")
    assert template.value.key == "no-such-code"
    assert [t.code for t in iot.templates.list(sort_by="code asc", page_size=2)] == sorted(
        t.code for t in iot.templates.list() if isinstance(t.code, str)
    )


async def test_the_async_twins(mock: InProcess) -> None:
    async with demo_session(mock) as iot:
        devices = [device async for device in iot.aio.devices.list(page_size=2)]
        assert len(devices) == await iot.aio.devices.count() == 5
        pages = [len(page.data) async for page in iot.aio.devices.list(page_size=2).pages()]
        assert pages == [2, 2, 1]
        templates = [t async for t in iot.aio.templates.list()]
        created = await iot.aio.devices.create(
            unique_id="async-1", display_name="Async 1", template=templates[0].guid
        )
        assert (await iot.aio.devices.get(created.newid)).unique_id == "async-1"
        await iot.aio.devices.update(created.newid, note="from a task")
        assert (await iot.aio.devices.get_by_unique_id("async-1")).note == "from a task"
        await iot.aio.devices.deactivate(created.newid)
        await iot.aio.devices.activate(created.newid)
        await iot.aio.devices.delete(created.newid)
        assert await iot.aio.devices.find("async-1") is None


# Paging edge cases, scripted -------------------------------------------------------------------


def _scripted(pages: Callable[[int, int], httpx.Response]) -> tuple[IoTConnect, list[int]]:
    """A session whose device list answers ``pages(number, size)``; the page numbers asked."""
    asked: list[int] = []

    def answer(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path.endswith("/Auth/basic-token"):
            # Not a word of any path: the library remembers it as a secret for the whole process.
            return httpx.Response(200, json={"data": "opaque-b4s1c", "status": 200})
        if path.endswith("/Auth/login"):
            grant = {"access_token": "a.b.c", "refresh_token": "r", "expires_in": 3600}
            return httpx.Response(200, json={**grant, "token_type": "bearer", "status": 200})
        number = int(request.url.params["pageNumber"])
        asked.append(number)
        return pages(number, int(request.url.params["pageSize"]))

    transport = httpx.MockTransport(answer)
    return demo_session(transport), asked


def _page(first: int, size: int, count: int) -> httpx.Response:
    items = [
        {"guid": str(UUID(int=n + 1)), "uniqueId": f"d{n}", "displayName": "D", "isActive": True}
        for n in range(first, min(first + size, max(count, 0) or 7))
    ]
    return httpx.Response(200, json={"data": items, "status": 200, "count": count})


def test_a_known_count_saves_the_last_request() -> None:
    iot, asked = _scripted(lambda number, size: _page((number - 1) * size, size, 4))
    with iot:
        assert len(list(iot.devices.list(page_size=2))) == 4
    assert asked == [1, 2]


def test_page_number_is_the_first_page() -> None:
    iot, asked = _scripted(lambda number, size: _page((number - 1) * size, size, 4))
    with iot:
        assert [d.unique_id for d in iot.devices.list(page_size=2, page_number=2)] == ["d2", "d3"]
    assert asked == [2]


def test_a_204_is_an_empty_listing() -> None:
    iot, asked = _scripted(lambda number, size: httpx.Response(204))
    with iot:
        assert list(iot.devices.list()) == []
        assert [page.data for page in iot.devices.list().pages()] == [[]]
    assert asked == [1, 1]


def test_a_service_that_ignores_page_numbers_is_caught() -> None:
    iot, asked = _scripted(lambda number, size: _page(0, size, -1))
    with iot, pytest.raises(DecodeError, match="page 2 repeats device"):
        list(iot.devices.list(page_size=2))
    assert asked == [1, 2]


def test_the_default_page_size() -> None:
    iot, asked = _scripted(lambda number, size: _page(0, size, -1))
    with iot:
        assert len(list(iot.devices.list())) == 7
    assert asked == [1]
    assert DEFAULT_PAGE_SIZE == 100


# Per-call options ------------------------------------------------------------------------------


def test_with_options_sets_timeout_and_retries_per_call() -> None:
    seen: list[dict[str, float]] = []
    failures = [httpx.ConnectError("refused")] * 3

    def answer(request: httpx.Request) -> httpx.Response:
        if "/Auth/" in request.url.path:
            body = {"data": "b", "access_token": "a.b.c", "refresh_token": "r", "expires_in": 60}
            return httpx.Response(200, json={**body, "token_type": "bearer", "status": 200})
        seen.append(request.extensions["timeout"])
        if failures:
            raise failures.pop()
        return httpx.Response(200, json={"data": [{"deviceCount": 2}], "status": 200})

    with demo_session(httpx.MockTransport(answer), max_retries=5) as iot:
        strict = iot.with_options(timeout=2.5, max_retries=0)
        with pytest.raises(TransportError, match=r"ConnectError on GET mock\.test/api"):
            strict.devices.count()
        assert seen[-1] == dict.fromkeys(("connect", "read", "write", "pool"), 2.5)
        assert len(seen) == 1
        # Chained options keep the earlier ones; the session's own are untouched.
        assert strict.with_options(max_retries=3).devices.count() == 2
        assert seen[-1]["read"] == 2.5
        assert iot.devices.count() == 2
        assert seen[-1]["read"] == 30.0


def test_a_deadline_bounds_the_whole_call_retries_included() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if "/Auth/" in request.url.path:
            body = {"data": "b", "access_token": "a.b.c", "refresh_token": "r", "expires_in": 60}
            return httpx.Response(200, json={**body, "token_type": "bearer", "status": 200})
        return httpx.Response(503, json={"status": 503}, headers={"Retry-After": "20"})

    iot = demo_session(httpx.MockTransport(answer), max_retries=5)
    with iot, pytest.raises(Timeout, match="deadline passed before GET"):
        iot.with_options(deadline=0.3).devices.count()


# The typed keyword arguments: generated TypedDicts that follow the generated code ---------------


def _parameters(function: Callable[..., object]) -> set[str]:
    return set(inspect.signature(function).parameters)


def test_the_filters_are_the_generated_list_parameters() -> None:
    assert set(DeviceFilters.__annotations__) == _parameters(list_devices.request_kwargs)
    templates = _parameters(list_device_templates.request_kwargs)
    assert set(TemplateFilters.__annotations__) == templates


def _optional(model: type) -> set[str]:
    return {f.name for f in attrs.fields(model) if f.default is not attrs.NOTHING} - {
        "additional_properties"
    }


def test_the_body_fields_are_the_generated_optional_fields() -> None:
    assert set(NewDeviceFields.__annotations__) == _optional(DeviceCreate)
    assert set(DeviceChanges.__annotations__) == _optional(DeviceUpdate)
