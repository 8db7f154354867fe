"""Event hooks: your functions, called as a session sends each request, gets each reply, retries.

Pass them to the constructor::

    def show(event: RetryEvent) -> None:
        print(f"retrying ({event.retry}/{event.max_retries}) after {event.reason}")

    iot = IoTConnect(..., event_hooks=EventHooks(retry=[show]))

``event_hooks`` are plain functions: they run in every call, blocking (``iot.devices``) and
async (``iot.aio.devices``) alike, so they must not block for long. ``async_event_hooks`` are
coroutine functions, awaited in async calls only (after the plain ones), since a blocking call
has no event loop to await them on. The hooks of one request run in this order, once per
attempt: ``request`` before it is sent, ``response`` when a reply arrived (also one that will
be retried, such as a 503), ``retry`` before the pause that precedes the next attempt. A
request that fails without a reply and is not retried ends in the exception the call raises.

Every request of the session passes through them: API calls, generated functions on
``iot.device``/``iot.auth``, and the token requests (basic token, login, refresh). An exception
a hook raises ends the call with it. The events name the request by ``url``, which holds no
query and has every secret masked; ``request`` is the ``httpx.Request`` itself (a hook may add
headers to it), and its ``Authorization`` header holds a token: keep it out of what you print.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import httpx

__all__ = ["Event", "EventHooks", "RequestEvent", "ResponseEvent", "RetryEvent"]

Out = TypeVar("Out", None, Awaitable[None])


@dataclass(frozen=True)
class RequestEvent:
    """A request about to be sent: ``attempt`` 1 is the first, 2 the first retry."""

    request: httpx.Request
    method: str
    url: str
    """``host/path``, no query, secrets masked (as error messages name a request)."""
    attempt: int


@dataclass(frozen=True)
class ResponseEvent:
    """A reply to one attempt, its body read; ``elapsed`` in seconds, from send to last byte."""

    request: httpx.Request
    response: httpx.Response
    method: str
    url: str
    attempt: int
    status: int
    elapsed: float


@dataclass(frozen=True)
class RetryEvent:
    """Attempt ``attempt`` failed and retry ``retry`` of ``max_retries`` follows in ``wait`` s.

    ``reason`` is the status (``"503"``) or the httpx error's class name
    (``"ConnectError"``); ``error`` is that error, None when a reply came.
    """

    request: httpx.Request
    method: str
    url: str
    attempt: int
    retry: int
    max_retries: int
    wait: float
    reason: str
    status: int | None
    error: Exception | None


Event = RequestEvent | ResponseEvent | RetryEvent
"""What a hook receives."""


@dataclass(frozen=True)
class EventHooks(Generic[Out]):
    """Functions to call per event: plain ones (``EventHooks[None]``, for ``event_hooks``) or
    coroutine functions (``EventHooks[Awaitable[None]]``, for ``async_event_hooks``)."""

    request: Sequence[Callable[[RequestEvent], Out]] = ()
    response: Sequence[Callable[[ResponseEvent], Out]] = ()
    retry: Sequence[Callable[[RetryEvent], Out]] = ()

    def for_event(self, event: Event) -> Sequence[Callable[[Any], Out]]:
        """The hooks that take ``event``."""
        if isinstance(event, RequestEvent):
            return self.request
        if isinstance(event, ResponseEvent):
            return self.response
        return self.retry
