"""What a session shows of its requests as they go: log lines, event hooks and tracing spans.

The :class:`~iotconnect._transport.Boundary`'s retry plan opens a :class:`Call` per request and
reports each attempt to it; the call writes the ``iotconnect.http`` lines (see
:mod:`iotconnect.logs`), starts and ends the spans (:mod:`._tracing`, when OpenTelemetry is
installed) and makes the events the plan hands to the hooks, which the drivers run: plain hooks
in both, async ones awaited by the async driver only.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Awaitable
from types import TracebackType
from typing import TYPE_CHECKING, Final

import httpx

from .errors import request_line
from .hooks import Event, EventHooks, RequestEvent, ResponseEvent, RetryEvent
from .tokens import Clock

if TYPE_CHECKING:
    from opentelemetry.trace import Span, TracerProvider

    from ._tracing import Tracing

__all__ = ["Call", "Observer", "load_tracing"]

_LOG: Final = logging.getLogger("iotconnect.http")
_CANCELLED: Final = (GeneratorExit, asyncio.CancelledError, KeyboardInterrupt)
_NO_HOOKS: Final[EventHooks[None]] = EventHooks()
_NO_ASYNC_HOOKS: Final[EventHooks[Awaitable[None]]] = EventHooks()


def load_tracing(provider: TracerProvider | None) -> Tracing | None:
    """Spans to ``provider`` (else the global one) if OpenTelemetry is installed, else None."""
    try:
        from ._tracing import Tracing
    except ModuleNotFoundError as exc:  # no 'otel' extra: no spans
        if (exc.name or "").startswith("opentelemetry"):
            return None
        raise
    return Tracing(provider)


class Observer:
    """The hooks, the tracing and the clock of one session, shared by its boundaries."""

    def __init__(
        self,
        *,
        clock: Clock,
        hooks: EventHooks[None] | None = None,
        async_hooks: EventHooks[Awaitable[None]] | None = None,
        tracing: Tracing | None = None,
    ) -> None:
        """Time attempts with ``clock``; call ``hooks`` and ``async_hooks``; trace to
        ``tracing``."""
        self._clock = clock
        self._hooks = hooks or _NO_HOOKS
        self._async_hooks = async_hooks or _NO_ASYNC_HOOKS
        self._tracing = tracing
        self._hooked = any(
            (*hooks.request, *hooks.response, *hooks.retry)
            for hooks in (self._hooks, self._async_hooks)
        )

    def call(self, request: httpx.Request, max_retries: int) -> Call:
        """A call of ``request``, to use as a context manager around its attempts."""
        return Call(request, max_retries, self._clock, self._tracing, hooked=self._hooked)

    def notify(self, event: Event) -> None:
        """Run the plain hooks for ``event`` (a blocking call)."""
        for hook in self._hooks.for_event(event):
            hook(event)

    async def anotify(self, event: Event) -> None:
        """Run the plain hooks for ``event``, then await the async ones (an async call)."""
        self.notify(event)
        for hook in self._async_hooks.for_event(event):
            await hook(event)


class Call:
    """One request as its caller made it, retries included: its lines, spans and events.

    Per attempt, :meth:`attempt` starts it, then :meth:`answered` or :meth:`failed` says how it
    went, then :meth:`retrying` if another follows. Leaving the ``with`` block ends the last
    attempt (its line) and the call, with the exception that ended it, if any. The events are
    None unless ``hooked``: a session without hooks builds none.
    """

    def __init__(
        self,
        request: httpx.Request,
        max_retries: int,
        clock: Clock,
        tracing: Tracing | None,
        *,
        hooked: bool,
    ) -> None:
        """Start the call's span; nothing is logged yet."""
        self._request = request
        self._hooked = hooked
        self._max_retries = max_retries
        self._clock = clock
        self._tracing = tracing
        self._span: Span | None = None if tracing is None else tracing.call(request)
        self._attempt = 0
        self._attempt_span: Span | None = None
        self._open = False
        self._started = 0.0
        self._elapsed = 0.0
        self._status: int | None = None
        self._error: BaseException | None = None

    def attempt(self) -> RequestEvent | None:
        """Start the next attempt; its event for the ``request`` hooks."""
        self._attempt += 1
        self._open = True
        self._status, self._error = None, None
        if self._tracing is not None and self._span is not None:
            self._attempt_span = self._tracing.attempt(self._span, self._request, self._attempt)
        self._started = self._clock()
        if not self._hooked:
            return None
        return RequestEvent(self._request, self._request.method, self._url, self._attempt)

    def answered(self, response: httpx.Response) -> ResponseEvent | None:
        """The attempt got ``response``; its event for the ``response`` hooks."""
        self._elapsed = self._clock() - self._started
        self._status = response.status_code
        if not self._hooked:
            return None
        return ResponseEvent(
            self._request,
            response,
            self._request.method,
            self._url,
            self._attempt,
            response.status_code,
            self._elapsed,
        )

    def failed(self, error: BaseException) -> None:
        """The attempt got no reply: ``error`` (an httpx error) instead."""
        self._elapsed = self._clock() - self._started
        self._error = error

    def retrying(self, wait: float) -> RetryEvent | None:
        """Another attempt follows in ``wait`` s: the line, and the ``retry`` hooks' event."""
        retry = self._attempt
        if _LOG.isEnabledFor(logging.INFO):
            _LOG.info(
                "%s; retrying (%d/%d) in %.2f s",
                self._summary(),
                retry,
                self._max_retries,
                wait,
                extra=self._extra(),
            )
        self._end_attempt()
        if not self._hooked:
            return None
        error = self._error if isinstance(self._error, Exception) else None
        return RetryEvent(
            self._request,
            self._request.method,
            self._url,
            self._attempt,
            retry,
            self._max_retries,
            wait,
            self._outcome(),
            self._status,
            error,
        )

    def __enter__(self) -> Call:
        """The call, its span started."""
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        """End the last attempt and the call, failed if ``exc`` ended them."""
        if exc is not None and not self._open:
            # Between attempts (the deadline ran out during a pause, a retry hook raised): the
            # call ends with it, not with the outcome of the attempt before.
            self._status, self._error = None, exc
            if _LOG.isEnabledFor(logging.INFO):
                following = self._attempt + 1
                _LOG.info("%s -> %s before attempt %d", self._line, self._outcome(), following)
        elif exc is not None and self._status is None and self._error is None:
            self.failed(exc)
        if self._open:
            if _LOG.isEnabledFor(logging.INFO):
                _LOG.info("%s", self._summary(), extra=self._extra())
            self._end_attempt()
        if self._tracing is not None and self._span is not None:
            self._tracing.end(self._span, self._status, self._error_type())

    # Helpers --------------------------------------------------------------------------------

    @functools.cached_property
    def _line(self) -> str:
        # Masking costs a regular expression: only for a line or an event.
        return request_line(self._request)

    @property
    def _url(self) -> str:
        return self._line.partition(" ")[2]

    def _end_attempt(self) -> None:
        self._open = False
        if self._tracing is not None and self._attempt_span is not None:
            self._tracing.end(self._attempt_span, self._status, self._error_type())
            self._attempt_span = None

    def _outcome(self) -> str:
        if self._error is None:
            return str(self._status)
        # The task was cancelled or the program interrupted mid-attempt (a plan sees that as
        # its closing, the first attempt as the exception itself).
        return "cancelled" if isinstance(self._error, _CANCELLED) else type(self._error).__name__

    def _error_type(self) -> str | None:
        # The conventions' error.type: the status of an error reply, else the exception's class.
        if self._error is None:
            return str(self._status) if self._status is not None and self._status >= 400 else None
        if isinstance(self._error, _CANCELLED):
            return "cancelled"
        kind = type(self._error)
        return f"{kind.__module__}.{kind.__qualname__}"

    def _summary(self) -> str:
        milliseconds = round(self._elapsed * 1000)
        return f"{self._line} -> {self._outcome()} (attempt {self._attempt}, {milliseconds} ms)"

    def _extra(self) -> dict[str, object]:
        # For structured log handlers: the line's parts as record attributes.
        return {
            "http_method": self._request.method,
            "http_url": self._url,
            "http_status": self._status,
            "attempt": self._attempt,
            "elapsed_ms": round(self._elapsed * 1000),
        }
