"""The Device service: devices (list, create, read, update, status, delete, count) and templates."""

from __future__ import annotations

from typing import Any, cast

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute

from . import render
from ._http import Fields, canonical_keys, endpoint, json_fields, parse_guid
from ._json import JsonResponse, envelope
from ._state import context
from .auth import authenticate
from .errors import DeviceError, FieldError
from .records import AcquiredState, DeviceFilter, DuplicateUniqueId, NewDevice, SortField, new_guid
from .tokens import Principal

__all__ = ["routes"]

_MAX_PAGE_NUMBER = 2_147_483_647  # int32, as the service's binder
_MAX_PAGE_SIZE = 1000
_MAX_FILTER_TEXT = 200
_MAX_PROPERTY_VALUE = 500
# Certificate-authenticated devices carry the unique id in the certificate's CN: 31 chars max.
_CERTIFICATE_AUTH_TYPES = frozenset({2, 3})
_SELF_SIGNED = 3

_SORT_FIELDS: dict[str, SortField] = {
    "uniqueid": "uniqueId",
    "lastconnection": "lastConnection",
    "lastcommunication": "lastCommunication",
}

_LIST_PARAMS = (
    "pageNumber",
    "pageSize",
    "sortBy",
    "UniqueId",
    "Status",
    "Acquired",
    "TemplateGuid",
    "EntityGuid",
    "isEdge",
    "isGateway",
    "wireless",
    "customField",
)
_CREATE_FIELDS = (
    "uniqueId",
    "deviceTemplateGuid",
    "displayName",
    "entityGuid",
    "note",
    "tag",
    "parentDeviceGuid",
    "firmwareUpgradeGuid",
    "properties",
    "certificateText",
)
_UPDATE_FIELDS = ("displayName", "entityGuid", "note", "properties")


def _not_found() -> DeviceError:
    return DeviceError.code(409, "DeviceNotFound", "Device not found")


def _validation_failed(errors: list[FieldError]) -> DeviceError:
    return DeviceError(412, "Validation failed", errors)


def _device_guid(request: Request) -> str:
    guid = parse_guid(str(request.path_params["deviceGuid"]))
    if guid is None:
        raise _validation_failed([FieldError("deviceGuid", "deviceGuid must be a GUID")])
    return guid


def _properties(fields: Fields) -> list[dict[str, Any]] | None:
    value = fields.raw("properties")
    if value is None:
        return None
    if not isinstance(value, list):
        fields.fail("properties", "properties must be an array of {guid, value}")
        return None
    result: list[dict[str, Any]] = []
    for item in value:
        if not isinstance(item, dict):
            fields.fail("properties", "each property must be an object with guid and value")
            return None
        item_fields = Fields(canonical_keys(item.items(), ("guid", "value")))
        guid = item_fields.guid("guid", required=True)
        value = item_fields.string("value", max_len=_MAX_PROPERTY_VALUE)
        if not item_fields.present("value"):
            item_fields.fail("value", "value is required")
        if item_fields.errors or guid is None or value is None:
            fields.fail("properties", "each property needs a GUID guid and a string value")
            return None
        result.append({"guid": guid, "value": value})
    return result


def _list_filter(request: Request) -> DeviceFilter:
    q = Fields(canonical_keys(request.query_params.multi_items(), _LIST_PARAMS))
    page_number = q.integer("pageNumber", default=1, minimum=1, maximum=_MAX_PAGE_NUMBER)
    page_size = q.integer("pageSize", default=10, minimum=1, maximum=_MAX_PAGE_SIZE)
    sort: tuple[SortField, bool] | None = None
    raw_sort = q.raw("sortBy")
    if raw_sort is not None:
        parts = str(raw_sort).split()
        field = _SORT_FIELDS.get(parts[0].lower()) if len(parts) == 2 else None
        direction = parts[1].lower() if len(parts) == 2 else ""
        if field is None or direction not in ("asc", "desc"):
            q.fail(
                "sortBy",
                "sortBy must be one of: uniqueId, lastConnection, lastCommunication,"
                " followed by asc or desc",
            )
        else:
            sort = (field, direction == "desc")
    status = q.choice("Status", ("active", "inactive"))
    acquired = q.choice("Acquired", ("acquired", "released", "inprogress"))
    template_guid = q.guid("TemplateGuid")
    entity_guid = q.guid("EntityGuid")
    is_edge = q.boolean("isEdge")
    is_gateway = q.boolean("isGateway")
    wireless = q.boolean("wireless")
    unique_id = q.string("UniqueId", max_len=_MAX_FILTER_TEXT)
    custom_field = q.string("customField", max_len=_MAX_FILTER_TEXT)
    if q.errors:
        raise _validation_failed(q.errors)
    return DeviceFilter(
        unique_id=unique_id or None,
        is_active=None if status is None else status == "active",
        acquired=cast(AcquiredState | None, acquired),
        template_guid=template_guid,
        entity_guid=entity_guid,
        is_edge=is_edge,
        is_gateway=is_gateway,
        wireless=wireless,
        custom_field=custom_field or None,
        sort=sort,
        page_number=page_number,
        page_size=page_size,
    )


async def list_devices(request: Request) -> Response:
    """``GET /Device``: one page of the caller's company's devices (204 when empty)."""
    principal = authenticate(request)
    ctx = context(request)
    query = _list_filter(request)
    # AWS answers -1 ("unknown") and clients page until a short page; Azure gives the total.
    with_total = ctx.settings.platform == "az"
    items, total = ctx.store.list_devices_json(principal.company.guid, query, with_total=with_total)
    if not items:
        return Response(status_code=204)
    count = total if with_total else -1
    # The items arrive as JSON text (render.list_item, stored); splice them in as they are.
    body = (
        f'{{"data":[{",".join(items)}],"status":200,'
        f'"message":"Devices fetched successfully","count":{count}}}'
    )
    return Response(body.encode(), media_type=JsonResponse.media_type)


def _check_references(
    principal: Principal,
    request: Request,
    *,
    template_guid: str | None,
    entity_guid: str | None,
    parent_guid: str | None,
) -> list[FieldError]:
    store = context(request).store
    company = principal.company.guid
    errors: list[FieldError] = []
    if template_guid is not None and store.template(company, template_guid) is None:
        errors.append(FieldError("deviceTemplateGuid", "Unknown device template"))
    if entity_guid is not None and store.entity(company, entity_guid) is None:
        errors.append(FieldError("entityGuid", "Unknown entity"))
    if parent_guid is not None and store.device(company, parent_guid) is None:
        errors.append(FieldError("parentDeviceGuid", "Unknown parent device"))
    return errors


async def create_device(request: Request) -> Response:
    """``POST /Device``: create a device (200 with ``data[0].newid``; 409 on a duplicate id)."""
    principal = authenticate(request)
    ctx = context(request)
    f = await json_fields(request, _CREATE_FIELDS)
    unique_id = f.string("uniqueId", required=True, max_len=200)
    template_guid = f.guid("deviceTemplateGuid", required=True)
    display_name = f.string("displayName", required=True, max_len=100)
    entity_guid = f.guid("entityGuid", required=True)
    note = f.string("note", max_len=500)
    tag = f.string("tag", max_len=100)
    parent_guid = f.guid("parentDeviceGuid")
    firmware_guid = f.guid("firmwareUpgradeGuid")
    properties = _properties(f)
    certificate = f.string("certificateText")
    if certificate is not None and "-----BEGIN CERTIFICATE-----" not in certificate:
        f.fail("certificateText", "certificateText must be a PEM certificate")
    if f.errors or unique_id is None or display_name is None:
        raise _validation_failed(f.errors)
    errors = _check_references(
        principal,
        request,
        template_guid=template_guid,
        entity_guid=entity_guid,
        parent_guid=parent_guid,
    )
    template = (
        None if template_guid is None else ctx.store.template(principal.company.guid, template_guid)
    )
    if template is not None and template.auth_type in _CERTIFICATE_AUTH_TYPES:
        if len(unique_id) > 31:
            errors.append(
                FieldError(
                    "uniqueId", "uniqueId must be at most 31 characters for certificate devices"
                )
            )
        if template.auth_type == _SELF_SIGNED and certificate is None:
            errors.append(
                FieldError("certificateText", "certificateText is required for self-signed devices")
            )
    if errors or template_guid is None or entity_guid is None:
        raise _validation_failed(errors)
    now_ms = ctx.clock.now_ms()
    new = NewDevice(
        unique_id=unique_id,
        display_name=display_name,
        template_guid=template_guid,
        entity_guid=entity_guid,
        created_ms=now_ms,
        note=note,
        tag=tag,
        parent_guid=parent_guid,
        firmware_upgrade_guid=firmware_guid,
        certificate_guid=None if certificate is None else new_guid(),
        properties=properties or (),
        last_activity_ms=now_ms,
    )
    try:
        created = ctx.store.create_device(principal.company.guid, new)
    except DuplicateUniqueId:
        raise DeviceError.code(
            409, "UniqueIdAlreadyExists", f"A device with uniqueId '{unique_id}' already exists"
        ) from None
    return envelope(
        [
            {
                "newid": created.guid,
                "entityGuid": created.entity_guid,
                "uniqueId": created.unique_id,
                "parentUniqueId": created.parent_unique_id,
                "activeDeviceCount": created.active_count,
                "inActiveDeviceCount": created.inactive_count,
            }
        ],
        message="Device created successfully",
    )


async def get_device(request: Request) -> Response:
    """``GET /Device/{deviceGuid}``: one device as a one-element array (409 if none)."""
    principal = authenticate(request)
    record = context(request).store.device(principal.company.guid, _device_guid(request))
    if record is None:
        raise _not_found()
    return envelope([render.information(record)], message="Device fetched successfully")


async def get_device_by_unique_id(request: Request) -> Response:
    """``GET /Device/uniqueId/{uniqueId}``: one device by unique id (409 if none)."""
    principal = authenticate(request)
    unique_id = str(request.path_params["uniqueId"])
    if len(unique_id) > 200:
        raise _validation_failed(
            [FieldError("uniqueId", "uniqueId must be at most 200 characters")]
        )
    record = context(request).store.device_by_unique_id(principal.company.guid, unique_id)
    if record is None:
        raise _not_found()
    return envelope([render.information(record)], message="Device fetched successfully")


async def update_device(request: Request) -> Response:
    """``PUT /Device/{deviceGuid}``: change name, entity, note and properties."""
    principal = authenticate(request)
    ctx = context(request)
    guid = _device_guid(request)
    f = await json_fields(request, _UPDATE_FIELDS)
    display_name = f.string("displayName", required=True, max_len=100)
    entity_guid = f.guid("entityGuid", required=True)
    note = f.string("note", max_len=500)
    properties = _properties(f)
    if f.errors or display_name is None or entity_guid is None:
        raise _validation_failed(f.errors)
    company = principal.company.guid
    if ctx.store.device(company, guid) is None:
        raise _not_found()
    if ctx.store.entity(company, entity_guid) is None:
        raise _validation_failed([FieldError("entityGuid", "Unknown entity")])
    changed = ctx.store.update_device(
        company,
        guid,
        display_name=display_name,
        entity_guid=entity_guid,
        note=note,
        properties=properties,
        now_ms=ctx.clock.now_ms(),
    )
    if not changed:
        raise _not_found()
    return envelope([], message="Device updated successfully")


async def update_device_status(request: Request) -> Response:
    """``PUT /Device/{deviceGuid}/status``: activate or deactivate (409 if already so)."""
    principal = authenticate(request)
    ctx = context(request)
    guid = _device_guid(request)
    f = await json_fields(request, ("isActive",))
    if isinstance(f.raw("isActive"), str):
        # JSON bodies carry a real boolean; the string form is for query strings only.
        f.fail("isActive", "isActive must be true or false")
        is_active = None
    else:
        is_active = f.boolean("isActive", required=True)
    if f.errors or is_active is None:
        raise _validation_failed(f.errors)
    outcome = ctx.store.set_active(principal.company.guid, guid, is_active, ctx.clock.now_ms())
    if outcome == "missing":
        raise _not_found()
    if outcome == "unchanged":
        code = "DeviceAlreadyActive" if is_active else "DeviceAlreadyInactive"
        state = "active" if is_active else "inactive"
        raise DeviceError.code(409, code, f"Device is already {state}")
    return envelope([], message="Device status updated successfully")


async def delete_device(request: Request) -> Response:
    """``DELETE /Device/{deviceGuid}``: delete (409 if none)."""
    principal = authenticate(request)
    deleted = context(request).store.delete_device(principal.company.guid, _device_guid(request))
    if deleted is None:
        raise _not_found()
    return envelope(
        [{"guid": deleted.guid, "uniqueId": deleted.unique_id, "entityGuid": deleted.entity_guid}],
        message="Device deleted successfully",
    )


async def count_devices(request: Request) -> Response:
    """``GET /Device/count``: how many devices, optionally by ``status``."""
    principal = authenticate(request)
    q = Fields(canonical_keys(request.query_params.multi_items(), ("status",)))
    status = q.choice("status", ("active", "inactive"))
    if q.errors:
        raise _validation_failed(q.errors)
    is_active = None if status is None else status == "active"
    n = context(request).store.count_devices(principal.company.guid, is_active)
    return envelope([{"deviceCount": n}], message="Device count fetched successfully")


async def list_templates(request: Request) -> Response:
    """``GET /device-template``: the company's device templates (204 when none)."""
    principal = authenticate(request)
    templates = context(request).store.templates(principal.company.guid)
    if not templates:
        return Response(status_code=204)
    data = [render.template(t) for t in templates]
    return envelope(data, message="Templates fetched successfully", count=len(data))


routes: list[BaseRoute] = [
    # Literal paths before {deviceGuid}, which would otherwise swallow "count".
    endpoint("/Device", {"GET": list_devices, "POST": create_device}),
    endpoint("/Device/count", {"GET": count_devices}),
    endpoint("/Device/uniqueId/{uniqueId}", {"GET": get_device_by_unique_id}),
    endpoint("/Device/{deviceGuid}/status", {"PUT": update_device_status}),
    endpoint(
        "/Device/{deviceGuid}",
        {"GET": get_device, "PUT": update_device, "DELETE": delete_device},
    ),
    endpoint("/device-template", {"GET": list_templates}),
]
