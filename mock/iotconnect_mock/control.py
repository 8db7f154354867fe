"""Test controls under ``/_mock/`` (outside the spec): clock, reset and fault injection.

- ``GET /_mock/clock``, ``POST /_mock/clock/advance`` ``{"seconds": 3600}``: expire tokens
  without sleeping.
- ``POST /_mock/reset``: back to the seeded state; every earlier token stops working.
- ``GET|POST|DELETE /_mock/faults``: list, add or clear fault rules. A rule
  ``{"kind": "503"|"500"|"delay"|"drop", "rate": 0.5, "count": 3, "path": "/Device",
  "method": "GET", "retryAfter": 2, "delaySeconds": 0.2}`` hits a share ``rate`` of matching
  requests, at most ``count`` times. 503 carries ``Retry-After``; ``delay`` answers normally
  after a pause; ``drop`` sends the status line and headers, then closes the connection.
"""

from __future__ import annotations

import asyncio
import logging
import random
import threading
from dataclasses import asdict, dataclass
from typing import Any, Literal

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute
from starlette.types import ASGIApp, Receive, Scope, Send

from ._http import Fields, MalformedBody, canonical_keys, endpoint, read_json_object
from ._json import envelope
from ._state import MockContext, context
from .clock import format_timestamp
from .errors import DeviceError, error_for_path
from .seed import seed_store

__all__ = [
    "DroppedConnection",
    "Fault",
    "FaultInjector",
    "FaultMiddleware",
    "install_log_filter",
    "routes",
]

FaultKind = Literal["503", "500", "delay", "drop"]
_KINDS: tuple[FaultKind, ...] = ("503", "500", "delay", "drop")
_CONTROL_PREFIX = "/_mock"


class DroppedConnection(ConnectionResetError):
    """Raised after the headers of a ``drop`` fault went out, so the server cuts the connection.

    Over a real socket the client sees the connection close mid-reply; in process, with
    ``httpx.ASGITransport``, this exception reaches the caller.
    """


@dataclass(slots=True)
class Fault:
    """One fault rule; see the module docstring for the fields."""

    kind: FaultKind
    rate: float = 1.0
    count: int | None = None
    path: str | None = None
    method: str | None = None
    retry_after: int = 1
    delay_seconds: float = 1.0
    injected: int = 0

    def matches(self, method: str, path: str) -> bool:
        """Whether this rule applies to a request (before the dice roll)."""
        if self.count is not None and self.injected >= self.count:
            return False
        if self.method is not None and self.method != method:
            return False
        return self.path is None or self.path.lower() in path.lower()

    def as_json(self) -> dict[str, Any]:
        """The rule as ``GET /_mock/faults`` shows it."""
        data = asdict(self)
        return {
            "kind": data["kind"],
            "rate": data["rate"],
            "count": data["count"],
            "path": data["path"],
            "method": data["method"],
            "retryAfter": data["retry_after"],
            "delaySeconds": data["delay_seconds"],
            "injected": data["injected"],
        }


class FaultInjector:
    """The fault rules of one app and the seeded dice that pick which requests they hit."""

    def __init__(self, seed: int | None = None) -> None:
        """Start with no rules; ``seed`` makes the picks repeatable."""
        self._rules: list[Fault] = []
        self._random = random.Random(seed)  # noqa: S311 - picks test faults, guards nothing
        self._lock = threading.Lock()

    def add(self, fault: Fault) -> None:
        """Add a rule; rules are tried in the order added."""
        with self._lock:
            self._rules.append(fault)

    def clear(self) -> None:
        """Remove every rule."""
        with self._lock:
            self._rules.clear()

    def rules(self) -> list[Fault]:
        """A snapshot of the rules."""
        with self._lock:
            return list(self._rules)

    def pick(self, method: str, path: str) -> Fault | None:
        """The rule that hits this request, if any (and count it)."""
        with self._lock:
            for rule in self._rules:
                if rule.matches(method, path) and self._random.random() < rule.rate:
                    rule.injected += 1
                    return rule
        return None


class FaultMiddleware:
    """Applies the app's fault rules to every request outside ``/_mock/``."""

    def __init__(self, app: ASGIApp, injector: FaultInjector) -> None:
        """Wrap ``app``, consulting ``injector`` per request."""
        self.app = app
        self.injector = injector

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Inject the picked fault, or pass the request through."""
        path: str = scope.get("path", "/")
        if scope["type"] != "http" or path.lower().startswith(_CONTROL_PREFIX):
            await self.app(scope, receive, send)
            return
        fault = self.injector.pick(scope["method"], path)
        if fault is None:
            await self.app(scope, receive, send)
        elif fault.kind == "delay":
            await asyncio.sleep(fault.delay_seconds)
            await self.app(scope, receive, send)
        elif fault.kind == "503":
            headers = {"Retry-After": str(fault.retry_after)}
            error = error_for_path(
                path, 503, "Service unavailable (injected fault)", headers=headers
            )
            await error.response()(scope, receive, send)
        elif fault.kind == "500":
            error = error_for_path(path, 500, "Internal server error (injected fault)")
            await error.response()(scope, receive, send)
        else:
            await send(
                {
                    "type": "http.response.start",
                    "status": 200,
                    "headers": [
                        (b"content-type", b"application/json; charset=utf-8"),
                        (b"content-length", b"1024"),
                    ],
                }
            )
            raise DroppedConnection("connection dropped (injected fault)")


class _HideDroppedConnection(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        return not isinstance(exc, DroppedConnection)


def install_log_filter() -> None:
    """Keep injected drops out of uvicorn's error log: they are the point, not a bug."""
    logger = logging.getLogger("uvicorn.error")
    if not any(isinstance(f, _HideDroppedConnection) for f in logger.filters):
        logger.addFilter(_HideDroppedConnection())


def _clock_reply(ctx: MockContext) -> Response:
    return envelope(
        {"now": format_timestamp(ctx.clock.now_ms()), "offsetSeconds": ctx.clock.offset},
        message="Mock clock",
    )


async def _json_fields(request: Request, known: tuple[str, ...]) -> Fields:
    try:
        body = await read_json_object(request)
    except MalformedBody as exc:
        raise DeviceError.code(400, "body", exc.reason) from None
    return Fields(canonical_keys(body.items(), known))


def _number(f: Fields, name: str, *, default: float, minimum: float, maximum: float) -> float:
    value = f.raw(name)
    if value is None:
        return default
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not minimum <= value <= maximum
    ):
        f.fail(name, f"{name} must be a number from {minimum} to {maximum}")
        return default
    return float(value)


async def get_clock(request: Request) -> Response:
    """``GET /_mock/clock``: the mock's time and offset."""
    return _clock_reply(context(request))


async def advance_clock(request: Request) -> Response:
    """``POST /_mock/clock/advance`` ``{"seconds": n}``: move the clock forward."""
    ctx = context(request)
    f = await _json_fields(request, ("seconds",))
    seconds = _number(f, "seconds", default=-1, minimum=0, maximum=10 * 365 * 86400)
    if not f.present("seconds"):
        f.fail("seconds", "seconds is required")
    if f.errors:
        raise DeviceError(412, "Validation failed", f.errors)
    ctx.clock.advance(seconds)
    return _clock_reply(ctx)


async def reset(request: Request) -> Response:
    """``POST /_mock/reset``: wipe and reseed, reset the clock, clear faults, new signing key."""
    reset_state(context(request))
    return envelope([], message="Mock reset")


def reset_state(ctx: MockContext) -> None:
    """What ``/_mock/reset`` does, callable in process."""
    ctx.faults.clear()
    ctx.clock.reset()
    ctx.store.wipe()
    ctx.tokens.rotate_secret()
    seed_store(ctx.store, ctx.settings, ctx.clock.now_ms())


async def list_faults(request: Request) -> Response:
    """``GET /_mock/faults``: the rules and how often each fired."""
    rules = context(request).faults.rules()
    return envelope([r.as_json() for r in rules], message="Fault rules", count=len(rules))


async def add_fault(request: Request) -> Response:
    """``POST /_mock/faults``: add one rule."""
    ctx = context(request)
    known = ("kind", "rate", "count", "path", "method", "retryAfter", "delaySeconds")
    f = await _json_fields(request, known)
    kind = f.choice("kind", _KINDS)
    if kind is None and not f.errors:
        f.fail("kind", "kind is required: one of 503, 500, delay, drop")
    rate = _number(f, "rate", default=1.0, minimum=0.0, maximum=1.0)
    count = f.raw("count")
    if count is not None and (isinstance(count, bool) or not isinstance(count, int) or count < 0):
        f.fail("count", "count must be a non-negative integer")
    path = f.string("path")
    method = f.string("method")
    retry_after = _number(f, "retryAfter", default=1, minimum=0, maximum=86400)
    delay = _number(f, "delaySeconds", default=1.0, minimum=0.0, maximum=60.0)
    if f.errors or kind is None:
        raise DeviceError(412, "Validation failed", f.errors)
    fault = Fault(
        kind=kind,  # type: ignore[arg-type]  # choice() returned one of _KINDS
        rate=rate,
        count=count,
        path=path,
        method=None if method is None else method.upper(),
        retry_after=int(retry_after),
        delay_seconds=delay,
    )
    ctx.faults.add(fault)
    return envelope([fault.as_json()], message="Fault rule added")


async def clear_faults(request: Request) -> Response:
    """``DELETE /_mock/faults``: remove every rule."""
    context(request).faults.clear()
    return envelope([], message="Fault rules cleared")


routes: list[BaseRoute] = [
    endpoint(f"{_CONTROL_PREFIX}/clock", {"GET": get_clock}),
    endpoint(f"{_CONTROL_PREFIX}/clock/advance", {"POST": advance_clock}),
    endpoint(f"{_CONTROL_PREFIX}/reset", {"POST": reset}),
    endpoint(
        f"{_CONTROL_PREFIX}/faults", {"GET": list_faults, "POST": add_fault, "DELETE": clear_faults}
    ),
]
