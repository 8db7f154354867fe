"""Test controls under ``/_mock/`` (outside the spec): clock, reset and fault rules.

- ``GET /_mock/clock``, ``POST /_mock/clock/advance`` ``{"seconds": 3600}``: expire tokens
  without sleeping.
- ``POST /_mock/reset``: back to the seeded state; every earlier token stops working.
- ``GET|POST|DELETE /_mock/faults``: list, add or clear fault rules (see ``faults``); a rule
  of kind ``future`` answers the requests it picks as a later release would (see ``future``).
- ``POST /_mock/commands/{commandHistoryGuid}/ack``: the device acknowledges a command, as it
  would over MQTT (see ``commands``).
- ``GET|POST|DELETE /_mock/rate-limit``: show, set (``{"perSecond": 50, "burst": 10}``) or lift
  the rate limit (see ``rate_limit``).
- ``GET|POST /_mock/devices/{deviceGuid}``: what the hub knows of a device (connected, acquired,
  its certificate), or play the device: ``{"connected": true, "reported": {"ledOn": "true"}}``
  connects (an acquired device only), reports twin values (while connected) and disconnects.

They are unauthenticated, so no web page may drive them: a POST must say
``Content-Type: application/json`` (a browser sends a cross-site POST without asking first only
as ``text/plain``, a form or with no body), and they carry no CORS headers, so a browser never
lets another origin send them JSON or a DELETE, nor read their replies. ``MockSettings.controls``
(``--no-controls``) leaves them out altogether.
"""

from __future__ import annotations

from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute
from starlette.types import Receive, Scope, Send

from . import commands, twin
from ._http import Handler, endpoint, json_fields, parse_guid
from ._json import envelope
from ._state import MockContext, context
from .clock import format_timestamp
from .errors import DeviceError, FieldError
from .faults import CONTROL_PREFIX, FAULT_FIELDS, is_control_path, parse_fault
from .rate_limit import MAX_BURST, MAX_RATE, RATE_LIMIT_FIELDS
from .records import DeviceRecord
from .seed import seed_store

__all__ = ["ServiceCorsMiddleware", "routes"]

_JSON = "application/json"


def _json_only(handler: Handler) -> Handler:
    """``handler`` behind a 415 for any request whose declared body type is not JSON.

    A missing Content-Type counts as not JSON: a cross-site ``fetch`` POST without a body needs
    no preflight either.
    """

    async def checked(request: Request) -> Response:
        declared = request.headers.get("content-type", "").partition(";")[0].strip().lower()
        if declared != _JSON:
            message = "The /_mock controls take Content-Type: application/json only"
            raise DeviceError.code(415, "Content-Type", message)
        return await handler(request)

    return checked


def _no_other_body(handler: Handler) -> Handler:
    """``handler`` behind a 415 for a body declared as anything but JSON (none is fine)."""
    checked = _json_only(handler)

    async def maybe_checked(request: Request) -> Response:
        if "content-type" in request.headers:
            return await checked(request)
        return await handler(request)

    return maybe_checked


class ServiceCorsMiddleware(CORSMiddleware):
    """CORS for the services, which the real one grants browser clients; none for ``/_mock``.

    Without CORS headers a browser neither sends another origin's preflighted request (JSON
    bodies, DELETE) to the controls nor shows it their replies.
    """

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass control requests straight through; the rest get Starlette's CORS handling."""
        if scope["type"] == "http" and is_control_path(scope["path"]):
            await self.app(scope, receive, send)
            return
        await super().__call__(scope, receive, send)


def _clock_reply(ctx: MockContext) -> Response:
    return envelope(
        {"now": format_timestamp(ctx.clock.now_ms()), "offsetSeconds": ctx.clock.offset},
        message="Mock clock",
    )


async def get_clock(request: Request) -> Response:
    """``GET /_mock/clock``: the mock's time and offset."""
    return _clock_reply(context(request))


async def advance_clock(request: Request) -> Response:
    """``POST /_mock/clock/advance`` ``{"seconds": n}``: move the clock forward."""
    ctx = context(request)
    f = await json_fields(request, ("seconds",))
    seconds = f.number("seconds", default=-1, minimum=0, maximum=10 * 365 * 86400)
    if not f.present("seconds"):
        f.fail("seconds", "seconds is required")
    if f.errors:
        raise DeviceError.invalid(f.errors)
    ctx.clock.advance(seconds)
    return _clock_reply(ctx)


async def reset(request: Request) -> Response:
    """``POST /_mock/reset``: wipe and reseed, reset the clock, clear faults, new signing key."""
    ctx = context(request)
    ctx.faults.clear()
    ctx.clock.reset()
    ctx.store.wipe()
    ctx.tokens.rotate_secret()
    seed_store(ctx.store, ctx.settings, ctx.clock.now_ms())
    return envelope([], message="Mock reset")


async def list_faults(request: Request) -> Response:
    """``GET /_mock/faults``: the rules and how often each fired."""
    rules = context(request).faults.rules()
    return envelope([r.as_json() for r in rules], message="Fault rules", count=len(rules))


async def add_fault(request: Request) -> Response:
    """``POST /_mock/faults``: add one rule."""
    fault = parse_fault(await json_fields(request, FAULT_FIELDS))
    context(request).faults.add(fault)
    return envelope([fault.as_json()], message="Fault rule added")


async def clear_faults(request: Request) -> Response:
    """``DELETE /_mock/faults``: remove every rule."""
    context(request).faults.clear()
    return envelope([], message="Fault rules cleared")


async def show_rate_limit(request: Request) -> Response:
    """``GET /_mock/rate-limit``: the limit and how many requests it refused."""
    return envelope([context(request).rate_limit.as_json()], message="Rate limit")


async def set_rate_limit(request: Request) -> Response:
    """``POST /_mock/rate-limit`` ``{"perSecond": 50, "burst": 10}``: 0 lifts the limit."""
    f = await json_fields(request, RATE_LIMIT_FIELDS)
    per_second = f.number("perSecond", default=0.0, minimum=0.0, maximum=MAX_RATE)
    burst = f.number("burst", default=1, minimum=1, maximum=MAX_BURST)
    if not f.present("perSecond"):
        f.fail("perSecond", "perSecond is required (0 lifts the limit)")
    if f.errors:
        raise DeviceError.invalid(f.errors)
    context(request).rate_limit.set(per_second, int(burst))
    return await show_rate_limit(request)


async def clear_rate_limit(request: Request) -> Response:
    """``DELETE /_mock/rate-limit``: let every request through."""
    context(request).rate_limit.set(0.0, 1)
    return await show_rate_limit(request)


def _played_device(request: Request) -> DeviceRecord:
    guid = parse_guid(str(request.path_params["deviceGuid"]))
    record = None if guid is None else context(request).store.device_anywhere(guid)
    if record is None:
        raise DeviceError.code(404, "DeviceNotFound", "No device with that guid")
    return record


async def show_device(request: Request) -> Response:
    """``GET /_mock/devices/{deviceGuid}``: the device as the hub sees it."""
    record = _played_device(request)
    state = {
        "guid": record.guid,
        "uniqueId": record.unique_id,
        "isConnected": record.is_connected,
        "acquired": record.acquired,
        "certificateText": context(request).store.certificate_text(record.guid),
    }
    return envelope([state], message="Mock device")


def _reported(value: object) -> tuple[dict[str, str], list[FieldError]]:
    # Twin values as text, each a setting of the template and valid for its data type.
    if value is None:
        return {}, []
    if not isinstance(value, dict):
        return {}, [FieldError("reported", "reported must be an object of name to text")]
    values: dict[str, str] = {}
    errors: list[FieldError] = []
    for name, text in value.items():
        found = twin.setting(name)
        if found is None:
            errors.append(FieldError(f"reported.{name}", "The template has no such setting"))
        elif not isinstance(text, str) or not twin.fits(found.data_type, text):
            errors.append(FieldError(f"reported.{name}", f"Not a valid {found.data_type}"))
        else:
            values[found.local_name] = text
    return values, errors


async def play_device(request: Request) -> Response:
    """``POST /_mock/devices/{deviceGuid}``: the device connects, reports or disconnects."""
    record = _played_device(request)
    ctx = context(request)
    f = await json_fields(request, ("connected", "reported"))
    connected = f.boolean("connected")
    reported, errors = _reported(f.raw("reported"))
    if f.errors or errors:
        raise DeviceError.invalid([*f.errors, *errors])
    outcome = ctx.store.play_device(
        record.guid, connected=connected, reported=reported, now_ms=ctx.clock.now_ms()
    )
    if outcome == "not-acquired":
        raise DeviceError.code(409, "DeviceNotAcquired", "Only an acquired device can connect")
    if outcome == "not-connected":
        raise DeviceError.code(409, "DeviceNotConnected", "Only a connected device reports")
    if outcome == "missing":
        raise DeviceError.code(404, "DeviceNotFound", "No device with that guid")
    return await show_device(request)


routes: list[BaseRoute] = [
    endpoint(f"{CONTROL_PREFIX}/clock", {"GET": get_clock}),
    endpoint(f"{CONTROL_PREFIX}/clock/advance", {"POST": _json_only(advance_clock)}),
    endpoint(f"{CONTROL_PREFIX}/reset", {"POST": _json_only(reset)}),
    endpoint(
        f"{CONTROL_PREFIX}/commands/{{commandHistoryGuid}}/ack",
        {"POST": _json_only(commands.acknowledge)},
    ),
    endpoint(
        f"{CONTROL_PREFIX}/faults",
        {
            "GET": list_faults,
            "POST": _json_only(add_fault),
            # DELETE is never a simple request: a browser asks first, and is not allowed.
            "DELETE": _no_other_body(clear_faults),
        },
    ),
    endpoint(
        f"{CONTROL_PREFIX}/rate-limit",
        {
            "GET": show_rate_limit,
            "POST": _json_only(set_rate_limit),
            "DELETE": _no_other_body(clear_rate_limit),
        },
    ),
    endpoint(
        f"{CONTROL_PREFIX}/devices/{{deviceGuid}}",
        {"GET": show_device, "POST": _json_only(play_device)},
    ),
]
