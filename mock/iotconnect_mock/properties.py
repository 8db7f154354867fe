"""The company's custom device properties: the list, and setting a device's values.

The service keeps a list of properties per company (name, field type, options); a device's
``properties`` name them by GUID. The mock gives every company the same three, with GUIDs
derived from the company's, so they are the same on every start.
"""

from __future__ import annotations

import uuid
from typing import Any, Final

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute

from ._http import Fields, canonical_keys, endpoint, json_fields, parse_guid
from ._json import envelope
from ._state import context
from .auth import authenticate
from .errors import DeviceError
from .listing import MAX_PROPERTY_VALUE

__all__ = ["DEFINITIONS", "definition_guid", "routes"]

_NAMESPACE = uuid.UUID("5c3e8f4a-9b1d-4e2f-8a7c-6d5b4a3c2e1f")
_MAX_ITEMS = 100

DEFINITIONS: Final = (
    ("floor", "text", None),
    ("serialNumber", "text", None),
    ("zone", "dropdown", "north,south,east,west"),
)
"""Every company's device properties: name, field type, options."""


def definition_guid(company_guid: str, name: str) -> str:
    """The GUID of the company's property ``name``."""
    return str(uuid.uuid5(_NAMESPACE, f"{company_guid.upper()}/{name}")).upper()


async def list_properties(request: Request) -> Response:
    """``GET /Device/property``: the company's device properties (not paged)."""
    principal = authenticate(request)
    company = principal.company.guid
    items = [
        {
            "guid": definition_guid(company, name),
            "name": name,
            "fieldType": field_type,
            "options": options,
            "value": None,
        }
        for name, field_type, options in DEFINITIONS
    ]
    return envelope(items, message="Device properties fetched successfully", count=len(items))


def _values(f: Fields) -> dict[str, str | None]:
    raw = f.raw("properties")
    if not isinstance(raw, list) or len(raw) > _MAX_ITEMS:
        f.fail("properties", f"properties must be an array of at most {_MAX_ITEMS} {{guid, value}}")
        return {}
    values: dict[str, str | None] = {}
    for item in raw:
        if not isinstance(item, dict):
            f.fail("properties", "each property must be an object with guid and value")
            continue
        one = Fields(canonical_keys(item.items(), ("guid", "value", "companyGuid")))
        guid = one.guid("guid", required=True)
        value = one.string("value", max_len=MAX_PROPERTY_VALUE)
        one.guid("companyGuid")
        if one.errors or guid is None:
            f.fail("properties", "each property needs a GUID guid and a string or null value")
            continue
        values[guid] = value
    return values


async def update_properties(request: Request) -> Response:
    """``PUT /Device/{deviceGuid}/properties``: set some property values of one device."""
    principal = authenticate(request)
    ctx = context(request)
    guid = parse_guid(str(request.path_params["deviceGuid"]))
    f = await json_fields(request, ("properties", "xmlProperties"))
    if not f.present("properties"):
        f.fail("properties", "properties is required")
        values: dict[str, str | None] = {}
    else:
        values = _values(f)
    f.json_object("xmlProperties")
    if guid is None:
        f.fail("deviceGuid", "deviceGuid must be a GUID")
    if f.errors or guid is None:
        raise DeviceError.invalid(f.errors)
    company = principal.company.guid
    device = ctx.store.device(company, guid)
    if device is None:
        raise DeviceError.code(409, "DeviceNotFound", "Device not found")
    known = {definition_guid(company, name) for name, _, _ in DEFINITIONS}
    unknown = sorted(set(values) - known)
    if unknown:
        raise DeviceError.code(409, "PropertyNotFound", f"No device property {unknown[0]}")
    if not ctx.store.set_properties(company, guid, values, ctx.clock.now_ms()):
        raise DeviceError.code(409, "DeviceNotFound", "Device not found")
    data: list[dict[str, Any]] = [
        {"value": value, "uniqueId": device.unique_id} for value in values.values()
    ]
    return envelope(data, message="Device properties updated successfully")


routes: list[BaseRoute] = [
    # Before devices.routes, whose /Device/{deviceGuid} would otherwise take "property".
    endpoint("/Device/property", {"GET": list_properties}),
    endpoint("/Device/{deviceGuid}/properties", {"PUT": update_properties}),
]
