"""The Device service's state of one device: connection status, twin, children, acquire, release.

What a device does on the hub (connect, report, disconnect) is outside the REST API; the
``/_mock`` controls play it (``control``), and these operations show the outcome.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute

from . import render, twin
from ._http import Fields, canonical_keys, endpoint, json_fields, parse_guid
from ._json import envelope
from ._state import context
from .auth import authenticate
from .errors import DeviceError, FieldError
from .listing import paging, sort_by
from .records import DeviceRecord

__all__ = ["routes"]

_MAX_UNIQUE_ID = 200
_CHILD_SORTS = {"uniqueId": "uniqueId", "displayName": "displayName"}
_ACQUIRE_FIELDS = (
    "deviceCertificate",
    "deviceCertificatePassword",
    "caCertificateId",
    "certLocation",
    "certificateText",
    "rootCAIndividualCertificateGuid",
    "isCloudDevice",
)
# What acquire and release refuse, as the vendor's 409 descriptions name them.
_REFUSALS = {
    "missing": ("DeviceNotFound", "Device not found"),
    "inactive": ("DeviceNotActive", "Device is not active"),
    "child": ("ChildDeviceCannotBeAcquired", "A child device cannot be acquired"),
    "in-progress": ("DeviceAcquireInProgress", "The device's acquire process already started"),
}


def _not_found() -> DeviceError:
    return DeviceError.code(409, "DeviceNotFound", "Device not found")


def _unique_id(request: Request) -> str:
    unique_id = str(request.path_params["uniqueId"])
    if len(unique_id) > _MAX_UNIQUE_ID:
        message = f"uniqueId must be at most {_MAX_UNIQUE_ID} characters"
        raise DeviceError.invalid([FieldError("uniqueId", message)])
    return unique_id


def _device(request: Request, unique_id: str) -> DeviceRecord:
    principal = authenticate(request)
    record = context(request).store.device_by_unique_id(principal.company.guid, unique_id)
    if record is None:
        raise _not_found()
    return record


async def connection_status(request: Request) -> Response:
    """``GET /Device/connection-status``: ``isConnected`` 1 or 0, by guid or unique id."""
    principal = authenticate(request)
    q = Fields(canonical_keys(request.query_params.multi_items(), ("deviceGuid", "uniqueId")))
    guid = q.guid("deviceGuid")
    unique_id = q.string("uniqueId", max_len=_MAX_UNIQUE_ID)
    if not q.errors and guid is None and not unique_id:
        q.fail("deviceGuid", "deviceGuid or uniqueId is required")
    if q.errors:
        raise DeviceError.invalid(q.errors)
    store, company = context(request).store, principal.company.guid
    record = (
        store.device(company, guid)
        if guid is not None
        else store.device_by_unique_id(company, str(unique_id))
    )
    # Both given: they must name the same device.
    if record is None or (unique_id and record.unique_id.casefold() != unique_id.casefold()):
        raise _not_found()
    return envelope(
        [{"isConnected": int(record.is_connected)}],
        message="Device connection status fetched successfully",
    )


async def get_twin(request: Request) -> Response:
    """``GET /Device/{uniqueId}/twin``: one item per twin property of the device's template."""
    unique_id = _unique_id(request)
    q = Fields(canonical_keys(request.query_params.multi_items(), ("recentlyReported",)))
    recent = q.boolean("recentlyReported")
    if q.errors:
        raise DeviceError.invalid(q.errors)
    record = _device(request, unique_id)
    values = context(request).store.twin_values(record.guid)
    pairs = [(s, values.get(s.local_name, twin.TwinValue())) for s in twin.SETTINGS]
    if recent:
        reported = [pair for pair in pairs if pair[1].reported_ms is not None]
        pairs = sorted(reported, key=lambda pair: -(pair[1].reported_ms or 0))[:10]
    items = [twin.twin_item(record, s, value) for s, value in pairs]
    return envelope(items, message="Device twin fetched successfully")


async def update_twin(request: Request) -> Response:
    """``PUT /Device/{uniqueId}/twin``: set one desired property; its version goes up by one."""
    unique_id = _unique_id(request)
    f = await json_fields(request, ("localName", "desiredValue", "templateSettingGuid"))
    local_name = f.string("localName", required=True, max_len=200)
    value = f.string("desiredValue", required=True, max_len=twin.MAX_TWIN_VALUE)
    setting_guid = f.string("templateSettingGuid", required=True, max_len=200)
    if f.errors or local_name is None or value is None or setting_guid is None:
        raise DeviceError.invalid(f.errors)
    record = _device(request, unique_id)
    ctx = context(request)
    found = twin.setting(local_name)
    if found is None or parse_guid(setting_guid) != found.guid(record.template_guid):
        raise DeviceError.code(
            409, "TemplateSettingNotFound", "The device template has no such twin setting"
        )
    if not twin.fits(found.data_type, value):
        raise DeviceError.code(
            409,
            "InvalidDesiredValue",
            f"The value is not a valid {found.data_type} for {found.local_name}",
        )
    outcome = ctx.store.set_desired(record.guid, found.local_name, value, ctx.clock.now_ms())
    if outcome == "missing":
        raise _not_found()
    if outcome == "not-acquired":
        raise DeviceError.code(409, "DeviceNotAcquired", "Device is not acquired")
    return envelope([], message="Device twin updated successfully")


async def child_devices(request: Request) -> Response:
    """``GET /Device/{deviceGuid}/child-device``: one page of a gateway's children (204: none)."""
    principal = authenticate(request)
    ctx = context(request)
    guid = parse_guid(str(request.path_params["deviceGuid"]))
    q = Fields(
        canonical_keys(request.query_params.multi_items(), ("pageNumber", "pageSize", "sortBy"))
    )
    page_number, page_size = paging(q)
    sort = sort_by(q, _CHILD_SORTS)
    if guid is None:
        q.fail("deviceGuid", "deviceGuid must be a GUID")
    if q.errors or guid is None:
        raise DeviceError.invalid(q.errors)
    company = principal.company.guid
    if ctx.store.device(company, guid) is None:
        raise _not_found()
    records, total = ctx.store.children(
        company, guid, sort=sort, page_number=page_number, page_size=page_size
    )
    if not records:
        return Response(status_code=204)
    return envelope(
        [render.child_item(record) for record in records],
        message="Child devices fetched successfully",
        count=total,
    )


async def _change_acquired(request: Request, *, acquire: bool) -> Response:
    principal = authenticate(request)
    ctx = context(request)
    unique_id = _unique_id(request)
    if acquire:
        f = await json_fields(request, _ACQUIRE_FIELDS, optional=True)
        f.string("deviceCertificate", max_len=20_000)
        f.string("deviceCertificatePassword", max_len=200)
        for name in ("caCertificateId", "certificateText", "rootCAIndividualCertificateGuid"):
            f.string(name, max_len=10_000 if name == "certificateText" else 200)
        f.int32("certLocation")
        f.json_boolean("isCloudDevice")
    else:
        f = Fields(canonical_keys(request.query_params.multi_items(), ("isCloudDevice",)))
        f.boolean("isCloudDevice")
    if f.errors:
        raise DeviceError.invalid(f.errors)
    outcome = ctx.store.change_acquired(
        principal.company.guid, unique_id, acquire=acquire, now_ms=ctx.clock.now_ms()
    )
    if outcome == "already":
        state = "acquired" if acquire else "released"
        code = "DeviceAlreadyAcquired" if acquire else "DeviceAlreadyReleased"
        raise DeviceError.code(409, code, f"Device is already {state}")
    if outcome != "changed":
        raise DeviceError.code(409, *_REFUSALS[outcome])
    message = "Device acquired successfully" if acquire else "Device released successfully"
    return envelope([], message=message)


async def acquire(request: Request) -> Response:
    """``PUT /Device/{uniqueId}/acquire``: register the device with the hub."""
    return await _change_acquired(request, acquire=True)


async def release(request: Request) -> Response:
    """``PUT /Device/{uniqueId}/release``: take the device off the hub (it disconnects)."""
    return await _change_acquired(request, acquire=False)


routes: list[BaseRoute] = [
    # Before devices.routes, whose /Device/{deviceGuid} would otherwise take "connection-status".
    endpoint("/Device/connection-status", {"GET": connection_status}),
    endpoint("/Device/{uniqueId}/twin", {"GET": get_twin, "PUT": update_twin}),
    endpoint("/Device/{deviceGuid}/child-device", {"GET": child_devices}),
    endpoint("/Device/{uniqueId}/acquire", {"PUT": acquire}),
    endpoint("/Device/{uniqueId}/release", {"PUT": release}),
]
