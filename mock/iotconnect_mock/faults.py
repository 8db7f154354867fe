"""Fault rules: which requests fail on purpose, and how (set through ``/_mock/faults``).

A rule ``{"kind": "503"|"500"|"delay"|"drop"|"drop-after"|"future", "rate": 0.5, "count": 3,
"path": "/Device", "method": "GET", "retryAfter": 2, "delaySeconds": 0.2}`` hits a share
``rate`` of matching requests, at most ``count`` times. 503 carries ``Retry-After``; ``delay``
answers normally after a pause; ``drop`` sends the status line and headers, then closes the
connection, before the request reaches the app. ``future`` answers as a later release of the
service would (module ``future``). ``drop-after`` lets the app process the request (a create
is stored) and then closes the connection before any byte of the reply: the one case where a
client cannot know whether its write happened. Control paths (``/_mock/...``)
are never faulted, so a test can always clear the rules.

Closing a connection with nothing sent is not something ASGI can say: an app that raises or
returns before replying gets the server's own 500. So the mock's server (``server.py``) puts a
``close`` callable for the connection in the scope under ``ABORT_SCOPE_KEY``; where it is
missing (``httpx.ASGITransport``, another server), ``drop-after`` ends like ``drop``: headers,
then ``DroppedConnection``.

A new kind is a name in ``FaultKind``, its fields in ``Fault`` and ``parse_fault``, and its
effect in ``FaultMiddleware``: all in this module.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal, NoReturn, cast, get_args

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ._http import Fields
from .errors import DeviceError, error_for_path

__all__ = [
    "ABORT_SCOPE_KEY",
    "CONTROL_PREFIX",
    "FAULT_FIELDS",
    "FUTURE_SCOPE_KEY",
    "DroppedConnection",
    "Fault",
    "FaultInjector",
    "FaultMiddleware",
    "install_log_filter",
    "is_control_path",
    "parse_fault",
]

FaultKind = Literal["503", "500", "delay", "drop", "drop-after", "future"]
_KINDS: tuple[FaultKind, ...] = get_args(FaultKind)
#: Where the test controls live; requests under it are never faulted.
CONTROL_PREFIX = "/_mock"


def is_control_path(path: str) -> bool:
    """Whether ``path`` is under ``/_mock`` (matched ignoring case, as every route is)."""
    lowered = path.lower()
    return lowered == CONTROL_PREFIX or lowered.startswith(f"{CONTROL_PREFIX}/")


#: The names a rule is written with, in ``POST /_mock/faults`` and ``GET /_mock/faults``.
FAULT_FIELDS = ("kind", "rate", "count", "path", "method", "retryAfter", "delaySeconds")
#: Scope key a ``future`` rule sets on the request it picked (read by ``future``).
FUTURE_SCOPE_KEY = "iotconnect_mock.future"
#: Scope key of the server's ``Callable[[], None]`` that closes the request's connection.
ABORT_SCOPE_KEY = "iotconnect_mock.abort"
# How long a drop-after waits for the server to see its own close (it takes one loop turn).
_ABORT_WAIT_SECONDS = 5.0


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
        return {
            "kind": self.kind,
            "rate": self.rate,
            "count": self.count,
            "path": self.path,
            "method": self.method,
            "retryAfter": self.retry_after,
            "delaySeconds": self.delay_seconds,
            "injected": self.injected,
        }


def parse_fault(f: Fields) -> Fault:
    """The rule a ``POST /_mock/faults`` body describes, or a 412 naming every bad field."""
    kind = f.choice("kind", _KINDS)
    if kind is None and not f.errors:
        f.fail("kind", f"kind is required: one of {', '.join(_KINDS)}")
    rate = f.number("rate", default=1.0, minimum=0.0, maximum=1.0)
    count = f.raw("count")
    if count is not None and (isinstance(count, bool) or not isinstance(count, int) or count < 0):
        f.fail("count", "count must be a non-negative integer")
    path = f.string("path")
    method = f.string("method")
    retry_after = f.number("retryAfter", default=1, minimum=0, maximum=86400)
    delay = f.number("delaySeconds", default=1.0, minimum=0.0, maximum=60.0)
    if f.errors or kind is None:
        raise DeviceError.invalid(f.errors)
    return Fault(
        kind=cast(FaultKind, kind),
        rate=rate,
        count=count,
        path=path,
        method=None if method is None else method.upper(),
        retry_after=int(retry_after),
        delay_seconds=delay,
    )


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
        if scope["type"] != "http" or is_control_path(path):
            await self.app(scope, receive, send)
            return
        fault = self.injector.pick(scope["method"], path)
        if fault is None:
            await self.app(scope, receive, send)
        elif fault.kind == "future":
            scope[FUTURE_SCOPE_KEY] = True
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
        elif fault.kind == "drop":
            await _cut(send)
        else:
            await self.app(scope, receive, _discard)
            abort = scope.get(ABORT_SCOPE_KEY)
            if abort is None:
                await _cut(send)
            await _close_silently(abort, receive)


async def _discard(message: Message) -> None:
    # The reply of a drop-after request, which never leaves.
    del message


async def _cut(send: Send) -> NoReturn:
    # Headers promising a body, then the end of the connection.
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


async def _close_silently(abort: Callable[[], None], receive: Receive) -> None:
    # Returning before the server has seen the close would make it send its own 500; once it
    # has, receive() says so and the server sends nothing.
    abort()
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(_ABORT_WAIT_SECONDS):
            while (await receive())["type"] != "http.disconnect":
                pass


class _HideDroppedConnection(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        return not isinstance(exc, DroppedConnection)


def install_log_filter() -> None:
    """Keep injected drops out of uvicorn's error log: they are the point, not a bug."""
    logger = logging.getLogger("uvicorn.error")
    if not any(isinstance(f, _HideDroppedConnection) for f in logger.filters):
        logger.addFilter(_HideDroppedConnection())
