"""Commands: sent to a device (by GUID or unique id) or to a template's devices, and the history.

Each device a command reaches gets a history entry: ``Pending`` when the command requires an
acknowledgement, until the device gives it (devices do over MQTT, outside this API; here the
control ``POST /_mock/commands/{commandHistoryGuid}/ack`` stands in for it), ``Sent`` when it
requires none. ``cmdText`` is what the device receives: the machine name and, after a space,
the parameter. The history reads in two forms: ``GET`` pages by number, ``POST`` (filters in
the body) by continuation token: the token names the first entry of the next page, so entries
sent meanwhile (newer, so in front) move no entry to another page.
"""

from __future__ import annotations

import base64
import binascii
from typing import Any, Final

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute

from ._http import INT32, Fields, canonical_keys, endpoint, json_fields, parse_guid
from ._json import JsonResponse, envelope
from ._state import context
from .auth import authenticate
from .clock import format_timestamp
from .errors import DeviceError, FieldError
from .listing import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, paging
from .records import CommandSent, DeviceRecord, TemplateCommand, new_guid
from .tokens import Principal

__all__ = ["ACKNOWLEDGED", "PENDING", "SENT", "acknowledge", "routes"]

PENDING: Final = "Pending"
ACKNOWLEDGED: Final = "Acknowledged"
SENT: Final = "Sent"
_MAX_PARAMETER: Final = 1000
# Fields the mock accepts and ignores, by JSON type (null is fine): LoRaWAN and gateway details,
# schedules, the command's text forms. A value of another type is a 412, as the service's.
_INT64: Final = (-(2**63), 2**63 - 1)
_RADIO: Final[dict[str, type | tuple[int, int]]] = {
    "gatewayGuid": str,
    "fPort": INT32,
    "transmissionInterval": INT32,
    "downlinkMode": str,
    "downlinkFrequency": _INT64,
    "transmissionMode": INT32,
    "isBytesCommand": bool,
    "commandText": str,
}
_EXTRA: Final[dict[str, dict[str, type | tuple[int, int]]]] = {
    "device": _RADIO,
    "uniqueId": {"commandAsString": bool, "dType": str, "parentUniqueId": str},
    "template": {
        **_RADIO,
        "isScheduledCommand": bool,
        "scheduleUnit": str,
        "scheduleUnitValue": str,
        "isCpidOptional": bool,
        "commandAsString": bool,
        "dType": str,
    },
}
_DEVICE_FIELDS: Final = ("commandGuid", "parameterValue", *_EXTRA["device"])
_UNIQUE_ID_FIELDS: Final = ("commandName", "parameterValue", *_EXTRA["uniqueId"])
_TEMPLATE_FIELDS: Final = (
    "commandGuid",
    "parameterValue",
    "applyTo",
    "devices",
    "entityGuid",
    "isRecursive",
    *_EXTRA["template"],
)
_HISTORY_PARAMS: Final = (
    "deviceGuid",
    "pageNumber",
    "pageSize",
    "sortBy",
    "searchText",
    "isEdge",
    "isGateway",
    "isLowBandwidth",
    "greenGrass",
    "wireless",
)
_SORTS: Final = {"uniqueid": False, "uniqueid asc": False, "uniqueid desc": True}
_SEARCH_FIELDS: Final = (
    "continuationToken",
    "deviceGuid",
    "capability",
    "pageSize",
    "isCpIdOptional",
)
_CURSOR_PREFIX: Final = "history:"


def _typed(f: Fields, kind: str) -> None:
    """Check the accepted-and-ignored fields of a send are of their type (or null)."""
    for name, expected in _EXTRA[kind].items():
        value = f.raw(name)
        if value is None:
            continue
        if isinstance(expected, tuple):  # an integer of that range; 5.0 is one in JSON
            whole = isinstance(value, (int, float)) and not isinstance(value, bool)
            if not whole or value != int(value) or not expected[0] <= value <= expected[1]:
                f.fail(name, f"{name} must be a whole number from {expected[0]} to {expected[1]}")
        elif isinstance(value, bool) != (expected is bool) or not isinstance(value, expected):
            f.fail(name, f"{name} must be a {expected.__name__}")
        elif isinstance(value, str) and name == "commandText" and len(value) > _MAX_PARAMETER:
            f.fail(name, f"{name} must be at most {_MAX_PARAMETER} characters")


def _parameter(f: Fields, command: TemplateCommand) -> str:
    value = f.string("parameterValue", max_len=_MAX_PARAMETER) or ""
    if command.required_param and not value:
        f.fail("parameterValue", f"parameterValue is required by command {command.command!r}")
    return value


def _entries(
    principal: Principal,
    command: TemplateCommand,
    parameter: str,
    devices: list[tuple[str, str]],
    now_ms: int,
) -> list[CommandSent]:
    text = f"{command.command} {parameter}".strip()
    status = PENDING if command.required_ack else SENT
    return [
        CommandSent(
            new_guid(),
            guid,
            unique_id,
            command.guid,
            text,
            command.required_ack,
            status,
            now_ms,
            principal.user.email,
        )
        for guid, unique_id in devices
    ]


def _record(request: Request, principal: Principal, sent: list[CommandSent]) -> Response:
    context(request).store.add_commands(principal.company.guid, sent)
    return envelope([], message="Command sent successfully")


def _send_to_device(
    request: Request,
    principal: Principal,
    f: Fields,
    device: DeviceRecord,
    command: TemplateCommand,
) -> Response:
    """Record ``command`` sent to ``device`` with the body's parameter (412 when it needs one)."""
    parameter = _parameter(f, command)
    if f.errors:
        raise DeviceError.invalid(f.errors)
    now = context(request).clock.now_ms()
    return _record(
        request,
        principal,
        _entries(principal, command, parameter, [(device.guid, device.unique_id)], now),
    )


def _device_command(
    request: Request, principal: Principal, template_guid: str, match: str, by: str
) -> TemplateCommand:
    """The command of the device's template whose GUID (``by="guid"``) or machine name is
    ``match``; 409 ``CommandNotFound`` when the template has none such."""
    commands = context(request).store.template_commands(principal.company.guid, template_guid)
    for command in commands:
        if (command.guid if by == "guid" else command.command.casefold()) == match:
            return command
    raise DeviceError.code(409, "CommandNotFound", "The device's template has no such command")


async def send_to_device(request: Request) -> Response:
    """``POST /template-command/device/{deviceGuid}/send``."""
    principal = authenticate(request)
    f = await json_fields(request, _DEVICE_FIELDS)
    guid = parse_guid(str(request.path_params["deviceGuid"]))
    if guid is None:
        f.fail("deviceGuid", "deviceGuid must be a GUID")
    command_guid = f.guid("commandGuid", required=True)
    _typed(f, "device")
    if f.errors:
        raise DeviceError.invalid(f.errors)
    store = context(request).store
    device = store.device(principal.company.guid, str(guid))
    if device is None:
        raise DeviceError.code(409, "DeviceNotFound", "No device with that guid")
    command = _device_command(request, principal, device.template_guid, str(command_guid), "guid")
    return _send_to_device(request, principal, f, device, command)


async def send_by_unique_id(request: Request) -> Response:
    """``POST /device-command/{uniqueId}/send``: the command named by its machine name."""
    principal = authenticate(request)
    f = await json_fields(request, _UNIQUE_ID_FIELDS)
    name = f.string("commandName", required=True, max_len=100)
    _typed(f, "uniqueId")
    if f.errors:
        raise DeviceError.invalid(f.errors)
    store = context(request).store
    device = store.device_by_unique_id(principal.company.guid, str(request.path_params["uniqueId"]))
    if device is None:
        raise DeviceError.code(409, "DeviceNotFound", "No device with that unique id")
    command = _device_command(
        request, principal, device.template_guid, str(name).casefold(), "name"
    )
    return _send_to_device(request, principal, f, device, command)


async def send_to_template(request: Request) -> Response:
    """``POST /template-command/send``: to the template's devices in an entity (``applyTo``
    1, below it too with ``isRecursive``) or to the devices listed (``applyTo`` 2)."""
    principal = authenticate(request)
    f = await json_fields(request, _TEMPLATE_FIELDS)
    command_guid = f.guid("commandGuid", required=True)
    apply_to = f.raw("applyTo")
    if isinstance(apply_to, bool) or apply_to not in (1, 2):
        f.fail("applyTo", "applyTo must be 1 (an entity) or 2 (a list of devices)")
    entity = f.guid("entityGuid", required=apply_to == 1)
    recursive = bool(f.boolean("isRecursive"))
    listed = f.raw("devices")
    wanted: set[str] = set()
    if apply_to == 2:
        if not isinstance(listed, list) or not listed or len(listed) > 1000:
            f.fail("devices", "devices must list 1 to 1000 device guids")
        else:
            guids = [parse_guid(item) if isinstance(item, str) else None for item in listed]
            if None in guids:
                f.fail("devices", "devices must hold device guids")
            wanted = {g for g in guids if g is not None}
    _typed(f, "template")
    if f.errors:
        raise DeviceError.invalid(f.errors)
    store = context(request).store
    company = principal.company.guid
    found = store.template_command(company, str(command_guid))
    if found is None:
        raise DeviceError.code(409, "CommandNotFound", "No template command with that guid")
    template_guid, command = found
    parameter = _parameter(f, command)
    if f.errors:
        raise DeviceError.invalid(f.errors)
    if apply_to == 1:
        if store.entity(company, str(entity)) is None:
            raise DeviceError.code(409, "EntityNotFound", "No entity with that guid")
        entities = _below(store.entities(company), str(entity)) if recursive else {str(entity)}
        targets = [
            (g, u) for g, u, e in store.template_devices(company, template_guid) if e in entities
        ]
    else:
        targets = [
            (g, u) for g, u, _ in store.template_devices(company, template_guid) if g in wanted
        ]
        if len(targets) != len(wanted):
            raise DeviceError.code(
                409, "DeviceNotFound", "A device listed is not a device of the command's template"
            )
    now = context(request).clock.now_ms()
    return _record(request, principal, _entries(principal, command, parameter, targets, now))


def _below(entities: list[Any], root: str) -> set[str]:
    """``root`` and every entity under it (the tree's edges, walked breadth first)."""
    children: dict[str | None, list[str]] = {}
    for entity, _, _ in entities:
        children.setdefault(entity.parent_guid, []).append(entity.guid)
    found, pending = {root}, [root]
    while pending:
        for child in children.get(pending.pop(), []):
            if child not in found:
                found.add(child)
                pending.append(child)
    return found


def _entry(c: CommandSent) -> dict[str, Any]:
    return {
        "commandHistoryGuid": c.guid,
        "uniqueId": c.unique_id,
        "parentDeviceUniqueId": None,
        "status": c.status,
        "cmdText": c.cmd_text,
        "statusDate": format_timestamp(c.status_ms),
        "createdByName": c.created_by,
        "isResend": c.resend_count > 0,
        "resendHistory": {"resendCount": c.resend_count, "execTime": []},
        "statusText": "Waiting for the device to acknowledge" if c.status == PENDING else None,
        "messageId": None,
    }


async def list_history(request: Request) -> Response:
    """``GET /template-command/history``: one page, newest first (204 when none)."""
    principal = authenticate(request)
    q = Fields(canonical_keys(request.query_params.multi_items(), _HISTORY_PARAMS))
    device = q.guid("deviceGuid")
    page_number, page_size = paging(q)
    sort = q.string("sortBy", max_len=50)
    if sort is not None and " ".join(sort.lower().split()) not in _SORTS:
        q.fail("sortBy", "sortBy must be uniqueId, uniqueId asc or uniqueId desc")
    text = (q.string("searchText", max_len=200) or "").casefold()
    for flag in _HISTORY_PARAMS[5:]:
        q.boolean(flag)  # x-mock-ignored: the history keeps no kind of device
    if q.errors:
        raise DeviceError.invalid(q.errors)
    every = context(request).store.command_history(principal.company.guid, device)
    found = [c for c in every if text in c.cmd_text.casefold() or text in c.unique_id.casefold()]
    if sort is not None:
        found.sort(
            key=lambda c: c.unique_id.casefold(), reverse=_SORTS[" ".join(sort.lower().split())]
        )
    first = (page_number - 1) * page_size
    page = found[first : first + page_size]
    if not page:
        return Response(status_code=204)
    return envelope(
        [_entry(c) for c in page], message="Command history fetched successfully", count=len(found)
    )


def _token(entry: CommandSent) -> str:
    return base64.urlsafe_b64encode(f"{_CURSOR_PREFIX}{entry.guid}".encode()).decode()


def _after_token(f: Fields, entries: list[CommandSent]) -> list[CommandSent]:
    """``entries`` from the one the body's ``continuationToken`` names (all without one); a
    token that names none of them is a failure of ``f``."""
    token = f.string("continuationToken", max_len=1000)
    if token is None:
        return entries
    try:
        text = base64.urlsafe_b64decode(token.encode("ascii")).decode("ascii")
    except (UnicodeError, binascii.Error, ValueError):
        text = ""
    guid = (
        parse_guid(text.removeprefix(_CURSOR_PREFIX)) if text.startswith(_CURSOR_PREFIX) else None
    )
    at = next((i for i, entry in enumerate(entries) if entry.guid == guid), None)
    if at is None:
        f.fail("continuationToken", "continuationToken is not one this history gave")
        return []
    return entries[at:]


async def search_history(request: Request) -> Response:
    """``POST /template-command/history``: the filters in the body, one page per continuation
    token, newest first (204 when none)."""
    principal = authenticate(request)
    f = await json_fields(request, _SEARCH_FIELDS)
    device = f.guid("deviceGuid")
    f.int32("capability")  # x-mock-ignored: the mock's templates have no capability
    f.boolean("isCpIdOptional")  # x-mock-ignored: the history is per company
    size = f.int32("pageSize")
    if size is not None and not 1 <= size <= MAX_PAGE_SIZE:
        f.fail("pageSize", f"pageSize must be between 1 and {MAX_PAGE_SIZE}")
    if f.errors:
        raise DeviceError.invalid(f.errors)
    every = context(request).store.command_history(principal.company.guid, device)
    rest = _after_token(f, every)
    if f.errors:
        raise DeviceError.invalid(f.errors)
    size = size or DEFAULT_PAGE_SIZE
    page = rest[:size]
    if not page:
        return Response(status_code=204)
    return JsonResponse(
        {
            "continuationToken": _token(rest[size]) if len(rest) > size else None,
            "data": [_entry(c) for c in page],
            "status": 200,
            "message": "Command history fetched successfully",
            "count": len(every),
        }
    )


async def resend(request: Request) -> Response:
    """``PUT /template-command/history/{commandHistoryGuid}/re-send``."""
    principal = authenticate(request)
    guid = parse_guid(str(request.path_params["commandHistoryGuid"]))
    if guid is None:
        raise DeviceError.invalid(
            [FieldError("commandHistoryGuid", "commandHistoryGuid must be a GUID")]
        )
    ctx = context(request)
    if not ctx.store.command_status(
        principal.company.guid, guid, PENDING, ctx.clock.now_ms(), resend=True
    ):
        raise DeviceError.code(409, "CommandHistoryNotFound", "No command history with that guid")
    return envelope([], message="Command sent successfully")


async def acknowledge(request: Request) -> Response:
    """``POST /_mock/commands/{commandHistoryGuid}/ack``: the device acknowledges the command,
    as it would over MQTT (a test control, outside the spec)."""
    guid = parse_guid(str(request.path_params["commandHistoryGuid"]))
    ctx = context(request)
    if guid is None or not ctx.store.command_status(
        None, guid, ACKNOWLEDGED, ctx.clock.now_ms(), resend=False
    ):
        raise DeviceError.code(409, "CommandHistoryNotFound", "No command history with that guid")
    return envelope([], message="Command acknowledged")


routes: list[BaseRoute] = [
    endpoint("/template-command/send", {"POST": send_to_template}),
    endpoint("/template-command/history", {"GET": list_history, "POST": search_history}),
    endpoint("/template-command/history/{commandHistoryGuid}/re-send", {"PUT": resend}),
    endpoint("/template-command/device/{deviceGuid}/send", {"POST": send_to_device}),
    endpoint("/device-command/{uniqueId}/send", {"POST": send_by_unique_id}),
]
