"""The transport under every client of a session: retries, the body, deadlines and httpx errors.

:class:`Boundary` wraps the network transport. Per request it

* reads the whole body before returning, so that a connection dropped while the body arrives
  is retried like one dropped before the headers (the generated functions read every body
  anyway), and decodes it as it arrives within the call's ``max_body`` (gzip, deflate and br
  counted decoded), refusing JSON nested too deep (unless the error boundary parses the 2xx
  reply and bounds its depth itself: :data:`DEPTH_CHECKED`) and oversized header values (see
  :mod:`._limits`): a bomb or an endless body costs at most that much memory, and a typed error;
* retries idempotent methods on connection errors, timeouts and 502/503/504, and POST and
  PATCH only on errors that prove the request never reached the server (connect failures and
  pool waits), since a refresh token sent twice is a spent token. Backoff is exponential with
  full jitter, ``Retry-After`` is honoured (capped), attempts and total sleep are bounded;
* waits at the session's 429 gate (:mod:`._throttle`) before each attempt, and retries any
  method on a 429 after closing the gate for every worker of the session;
* enforces an optional overall deadline for the call, retries and a trickling body included,
  by capping each timeout to the time left;
* turns httpx's errors into :class:`~iotconnect.errors.TransportError` (a
  :class:`~iotconnect.errors.Timeout` for timeouts) naming method, host and path, with every
  secret masked. The token requests' transport leaves them as they are: the token flow handles
  httpx errors itself, to keep a still-valid token when a renewal cannot get through.

Per-call settings travel with the request as a :class:`CallOptions` extension. The retry loop
is a plan (see :mod:`._plans`): one generator for both the sync and the async driver. It reports
each call and attempt to the session's :class:`~iotconnect._observe.Observer` (log lines,
spans, hooks), and names the library in the ``User-Agent`` of requests that name only httpx.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import re
import threading
import time
from collections.abc import AsyncIterator, Callable, Generator, Iterator
from dataclasses import dataclass
from typing import Any, Final, Generic, TypeVar, cast

import httpx
from httpx_retries import Retry

from iotconnect_client import types

from ._limits import MAX_BODY, MAX_DEPTH, MAX_HEADER_VALUE, fits_header, too_deep
from ._observe import Call, Observer
from ._plans import arun, run
from ._secrets import remember
from ._throttle import MAX_THROTTLED, MIN_HOLD, NO_RETRY_AFTER, Throttle
from ._user_agent import is_httpx_default
from .errors import DecodeError, ReplyTooLarge, Timeout, TransportError, request_line
from .hooks import Event

__all__ = [
    "DEPTH_CHECKED",
    "EXPECTED",
    "OPTIONS",
    "PARSED",
    "Boundary",
    "CallOptions",
    "Network",
    "aread_body",
    "as_timeout",
    "async_part",
    "check_depth",
    "read_body",
    "sync_part",
]

OPTIONS: Final = "iotconnect.options"
"""Request extension: the :class:`CallOptions` of the call the request belongs to."""
EXPECTED: Final = "iotconnect.expected"
"""Request extension: the generated operation and the model the caller expects its reply to be;
the error boundary leaves the checked model in the reply's :data:`PARSED` extension."""
DEPTH_CHECKED: Final = "iotconnect.depth_checked"
"""Request extension: the error boundary parses a 2xx reply to the request itself and bounds
its JSON depth there (msgspec's validated decoding cannot nest deeper, anything else is scanned:
see :func:`~iotconnect._results.parse`), so :func:`read_body` leaves such a body unscanned."""
PARSED: Final = types.PARSED
"""Response extension: the reply as the checked model its request's :data:`EXPECTED` names (or
its route's operation documents), which the generated functions and the session's resources take
out of the reply and return (the reply must not keep it alive: see ``types.PARSED``)."""

V = TypeVar("V")
M = TypeVar("M")

_DEADLINE: Final = "iotconnect.deadline"
_IDEMPOTENT: Final = ("GET", "HEAD", "OPTIONS", "PUT", "DELETE")
_UNAVAILABLE: Final = (502, 503, 504)
_TOO_MANY: Final = 429
_NEVER_SENT: Final = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_MAX_SINGLE_WAIT: Final = 30.0
_MAX_TOTAL_WAIT: Final = 60.0
_TIMEOUTS: Final = ("connect", "read", "write", "pool")
# Decoding one slice of this many compressed bytes yields about a MiB at most (deflate expands
# 1,032 times at most), so the cap is checked before a bomb can grow far past it.
_SLICE: Final = 1024
_JSON_START: Final = re.compile(rb"\s*[\[{]")
# What fits_header accepts, in a header value as sent (bytes): deleting these leaves nothing.
_SENDABLE: Final = bytes([ord("\t"), *range(0x20, 0x7F)])


def as_timeout(timeout: float | httpx.Timeout) -> httpx.Timeout:
    """``timeout`` as httpx's ``Timeout``: seconds (every phase alike) or one already."""
    return timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)


@dataclass(frozen=True)
class CallOptions:
    """Settings for one call, overriding the session's: see ``IoTConnect.with_options``.

    ``timeout`` applies to each request; ``max_retries`` bounds the retries; ``deadline`` is
    the most seconds the whole call may take, retries and backoff included; ``max_body`` is
    the most bytes a reply body may hold, counted after decoding; ``max_items`` the most items
    one listing may yield. None keeps the session's setting.
    """

    timeout: httpx.Timeout | None = None
    max_retries: int | None = None
    deadline: float | None = None
    max_body: int | None = None
    max_items: int | None = None

    def merged(self, other: CallOptions) -> CallOptions:
        """These options with every setting ``other`` makes replacing this one's."""
        changes = {
            name: value for name in _OPTION_NAMES if (value := getattr(other, name)) is not None
        }
        # Every call of a resource names its options, mostly none: no copy for those.
        return dataclasses.replace(self, **changes) if changes else self


# Read once: every request merges its call's options into the session's.
_OPTION_NAMES: Final = tuple(field.name for field in dataclasses.fields(CallOptions))


@dataclass(frozen=True)
class _Send:
    request: httpx.Request
    deadline: float | None
    max_body: int


@dataclass(frozen=True)
class _Pause:
    seconds: float


@dataclass(frozen=True)
class _Notify:
    event: Event


class Network:
    """The transports that reach the network, shared by a session's boundaries.

    ``transport`` (tests pass ``httpx.MockTransport``) or else httpx's own, made on first use:
    each costs a TLS context, and a blocking session never needs the async one. ``throttle``
    is the session's 429 gate, shared by its boundaries as they share the connections.
    """

    def __init__(
        self, sync: httpx.BaseTransport | None, async_: httpx.AsyncBaseTransport | None
    ) -> None:
        """Keep the given transports; make nothing yet."""
        self._sync = _Lazy(sync, httpx.HTTPTransport)
        self._async = _Lazy(async_, httpx.AsyncHTTPTransport)
        self.throttle = Throttle()

    def sync(self) -> httpx.BaseTransport:
        """The blocking transport."""
        return self._sync.get()

    def async_(self) -> httpx.AsyncBaseTransport:
        """The async transport."""
        return self._async.get()

    def close(self) -> None:
        """Close the blocking transport if this object made it (a given one is its owner's)."""
        if self._sync.made is not None:
            self._sync.made.close()

    async def aclose(self) -> None:
        """Close every transport this object made."""
        self.close()
        if self._async.made is not None:
            await self._async.made.aclose()


class _Lazy(Generic[V, M]):
    """``given``, or else what ``make`` returns when first asked (kept as ``made``)."""

    def __init__(self, given: V | None, make: Callable[[], M]) -> None:
        self._given = given
        self._make = make
        self.made: M | None = None
        self._lock = threading.Lock()

    def get(self) -> V | M:
        if self._given is not None:
            return self._given
        if self.made is None:
            with self._lock:
                if self.made is None:
                    self.made = self._make()
        return self.made


class Boundary(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Retries, whole bodies, deadlines and typed errors over ``network``.

    ``defaults`` holds the session's settings (each request's :data:`OPTIONS` extension
    overrides them); ``backoff`` is the backoff factor in seconds. ``map_errors=False`` leaves
    httpx's errors as they are, for the token flow. ``observer`` sees every call and attempt;
    ``user_agent`` replaces httpx's own. Closing is the network's owner's business.
    """

    def __init__(
        self,
        network: Network,
        *,
        defaults: CallOptions,
        backoff: float,
        observer: Observer,
        user_agent: str,
        map_errors: bool = True,
    ) -> None:
        """Wrap ``network``; nothing is sent."""
        self._network = network
        self._defaults = defaults
        self._observer = observer
        self._user_agent = user_agent
        self._map_errors = map_errors
        policy = Retry(
            backoff_factor=backoff, backoff_jitter=1.0, max_backoff_wait=_MAX_SINGLE_WAIT
        )
        self._idempotent = policy.copy_with(status_forcelist=_UNAVAILABLE)
        # Any reply means the server saw the request: only failures to send are retried.
        self._unsafe = policy.copy_with(retry_on_exceptions=_NEVER_SENT)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` (blocking) as the class docstring says."""
        attempts = self._attempts(request)
        with attempts.call as call:
            if self._network.throttle.wait() > 0:  # the gate is closed: the plan waits at it
                return run(self._plan(attempts, None), self._answer, (Exception,))
            _cap_timeouts(request, attempts.send.deadline)
            event = call.attempt()
            if event is not None:
                self._observer.notify(event)
            outcome: httpx.Response | httpx.HTTPError
            try:
                outcome = response = self._receive(attempts.send)
            except httpx.HTTPError as exc:
                outcome = exc
            else:
                answered = call.answered(response)
                if answered is not None:
                    self._observer.notify(answered)
                if not attempts.may_retry(response):
                    return response
            return run(self._plan(attempts, outcome), self._answer, (Exception,))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` without blocking the event loop."""
        attempts = self._attempts(request)
        with attempts.call as call:
            if self._network.throttle.wait() > 0:  # the gate is closed: the plan waits at it
                return await arun(self._plan(attempts, None), self._aanswer, (Exception,))
            _cap_timeouts(request, attempts.send.deadline)
            event = call.attempt()
            if event is not None:
                await self._observer.anotify(event)
            outcome: httpx.Response | httpx.HTTPError
            try:
                outcome = response = await self._areceive(attempts.send)
            except httpx.HTTPError as exc:
                outcome = exc
            else:
                answered = call.answered(response)
                if answered is not None:
                    await self._observer.anotify(answered)
                if not attempts.may_retry(response):
                    return response
            return await arun(self._plan(attempts, outcome), self._aanswer, (Exception,))

    # The first attempt is sent without a plan; the plan takes over from its outcome, if that
    # is a failure or a reply that may be retried, or from the start at a closed gate ---------

    def _attempts(self, request: httpx.Request) -> _Attempts:
        given: CallOptions | None = request.extensions.get(OPTIONS)
        options = self._defaults if given is None else self._defaults.merged(given)
        # A replay after a 401 is the same request object: it keeps the call's deadline.
        deadline: float | None = request.extensions.get(_DEADLINE)
        if deadline is None and options.deadline is not None:
            deadline = request.extensions[_DEADLINE] = time.monotonic() + options.deadline
        _check_headers(request)
        _remember_credentials(request)
        # A request built without a client (discovery's) has none: it gets the library's too.
        agent = request.headers.get("User-Agent")
        if agent is None or is_httpx_default(agent):
            request.headers["User-Agent"] = self._user_agent
        idempotent = request.method.upper() in _IDEMPOTENT
        retries = options.max_retries or 0
        return _Attempts(
            _Send(request, deadline, options.max_body or MAX_BODY),
            self._observer.call(request, retries),
            idempotent,
            self._idempotent if idempotent else self._unsafe,
            retries,
            throttled=options.max_retries != 0,
        )

    def _plan(
        self, attempts: _Attempts, outcome: httpx.Response | httpx.HTTPError | None
    ) -> Generator[_Send | _Pause | _Notify, Any, httpx.Response]:
        """The call from ``outcome``, what its first attempt got (None: not sent yet), on."""
        request, call, deadline = attempts.send.request, attempts.call, attempts.send.deadline
        retry = attempts.policy.copy_with(total=attempts.retries)
        slept = throttled = 0.0
        while True:
            if isinstance(outcome, httpx.HTTPError):
                call.failed(outcome)
                if retry.is_exhausted() or not retry.is_retryable_exception(outcome):
                    if self._map_errors:
                        raise TransportError.from_httpx(request, outcome) from outcome
                    raise outcome
            if (
                isinstance(outcome, httpx.Response)
                and outcome.status_code == _TOO_MANY
                and attempts.throttled
                and throttled < MAX_THROTTLED
            ):
                asked = max(_retry_after(retry, outcome, NO_RETRY_AFTER), MIN_HOLD)
                throttled += asked
                self._network.throttle.hold(asked)
                retrying = call.retrying(asked)
                if retrying is not None:
                    yield _Notify(retrying)
            elif outcome is not None:
                failed = outcome if isinstance(outcome, httpx.Response) else None
                if failed is not None:
                    retryable = attempts.idempotent and retry.is_retryable_status_code(
                        failed.status_code
                    )
                    if retry.is_exhausted() or not retryable:
                        return failed
                retry = retry.increment()
                pause = _pause(retry, failed, deadline, _MAX_TOTAL_WAIT - slept)
                slept += pause
                retrying = call.retrying(pause)
                if retrying is not None:
                    yield _Notify(retrying)
                yield _Pause(pause)
            gate = _until_deadline(self._network.throttle.wait(), deadline)
            if gate > 0:
                yield _Pause(gate)
            _cap_timeouts(request, deadline)
            event = call.attempt()
            if event is not None:
                yield _Notify(event)
            try:
                response: httpx.Response = yield attempts.send
            except httpx.HTTPError as exc:
                outcome = exc
            else:
                outcome = response
                answered = call.answered(response)
                if answered is not None:
                    yield _Notify(answered)

    # The two drivers' I/O ----------------------------------------------------------------

    def _answer(self, step: _Send | _Pause | _Notify) -> httpx.Response | None:
        if isinstance(step, _Notify):
            self._observer.notify(step.event)
            return None
        if isinstance(step, _Pause):
            time.sleep(step.seconds)
            return None
        return self._receive(step)

    async def _aanswer(self, step: _Send | _Pause | _Notify) -> httpx.Response | None:
        if isinstance(step, _Notify):
            await self._observer.anotify(step.event)
            return None
        if isinstance(step, _Pause):
            await asyncio.sleep(step.seconds)
            return None
        return await self._areceive(step)

    def _receive(self, send: _Send) -> httpx.Response:
        raw = self._network.sync().handle_request(send.request)
        return read_body(raw, send.request, send.max_body, send.deadline)

    async def _areceive(self, send: _Send) -> httpx.Response:
        raw = await self._network.async_().handle_async_request(send.request)
        return await aread_body(raw, send.request, send.max_body, send.deadline)


@dataclass(frozen=True, slots=True)
class _Attempts:
    """One call of the boundary: what every attempt of it shares."""

    send: _Send
    call: Call
    idempotent: bool
    #: The session's policy for this method, copied only when the call is retried.
    policy: Retry
    retries: int
    #: Whether a 429 is waited out and retried (any max_retries but 0).
    throttled: bool

    def may_retry(self, first: httpx.Response) -> bool:
        """Whether the plan must look at ``first``, the first attempt's reply."""
        status = first.status_code
        if status == _TOO_MANY:
            return self.throttled
        return self.idempotent and self.retries > 0 and self.policy.is_retryable_status_code(status)


def read_body(
    raw: httpx.Response,
    request: httpx.Request,
    limit: int = MAX_BODY,
    deadline: float | None = None,
) -> httpx.Response:
    """``raw`` (a reply as a network transport returns it) read whole and decoded, within
    ``limit`` bytes and the ``deadline``; raises :class:`~iotconnect.errors.DecodeError` (a
    :class:`~iotconnect.errors.ReplyTooLarge` past the limit) instead of holding more."""
    try:
        body = _Body(request, raw, limit, deadline)
        try:
            body.read()
        except httpx.DecodingError:
            raise body.broken() from None
    finally:
        raw.close()
    return body.response()


async def aread_body(
    raw: httpx.Response,
    request: httpx.Request,
    limit: int = MAX_BODY,
    deadline: float | None = None,
) -> httpx.Response:
    """The async :func:`read_body`."""
    try:
        body = _Body(request, raw, limit, deadline)
        try:
            await body.aread()
        except httpx.DecodingError:
            raise body.broken() from None
    finally:
        await raw.aclose()
    return body.response()


class _Body:
    """One reply's body, decoded as it arrives: raw bytes are counted against ``limit`` (a
    compressed body is no longer than its content) and fed to httpx's decoder in slices, the
    decoded ones collected up to ``limit``. A body without a content encoding is read by the
    network's response itself, through a stream that counts it: the everyday reply is then read
    in one pass, into the response the network made (no second response object)."""

    def __init__(
        self, request: httpx.Request, raw: httpx.Response, limit: int, deadline: float | None
    ) -> None:
        self._request = request
        self._raw = raw
        self._limit = limit
        self._deadline = deadline
        self._received = 0
        # The decoded pieces, joined once at the end.
        self._pieces: list[bytes] = []
        self._size = 0
        length, encoded = _reply_headers(request, raw)
        if length.isdigit() and int(length) > limit:
            raise self._too_large()
        self._slice = _SLICE if encoded not in (b"", b"identity") else 0
        # httpx's decoder only for an encoded body; a reply built in memory (tests,
        # MockTransport) holds its decoded body already.
        self._in_memory = raw.is_stream_consumed
        self._decoding: httpx.Response | None = None
        if self._in_memory:
            pass
        elif self._slice:
            arriving = _Arriving(self, raw.stream)
            self._decoding = httpx.Response(raw.status_code, headers=raw.headers, stream=arriving)
        else:
            raw.stream = _Arriving(self, raw.stream)

    def read(self) -> None:
        """Read the body whole as it arrives (blocking)."""
        if self._decoding is not None:
            for piece in self._decoding.iter_bytes():
                self._add(piece)
        elif not self._in_memory:
            self._raw.read()

    async def aread(self) -> None:
        """Read the body whole as it arrives."""
        if self._decoding is not None:
            async for piece in self._decoding.aiter_bytes():
                self._add(piece)
        elif not self._in_memory:
            await self._raw.aread()

    def arrived(self, chunk: bytes) -> list[bytes]:
        """Count ``chunk`` as it came off the network; the slices to decode."""
        self._received += len(chunk)
        if self._received > self._limit:
            raise self._too_large()
        _check_deadline(self._request, self._deadline)
        if not self._slice:
            return [chunk]
        return [chunk[at : at + self._slice] for at in range(0, len(chunk), self._slice)]

    def response(self) -> httpx.Response:
        """The reply with the decoded body, which it then describes (no Content-Encoding)."""
        raw = self._raw
        if self._decoding is None:
            return _checked(self._request, raw, raw.content, self._limit)
        headers = httpx.Headers(raw.headers)
        for name in ("Content-Encoding", "Content-Length"):
            headers.pop(name, None)
        response = httpx.Response(
            raw.status_code,
            headers=headers,
            content=b"".join(self._pieces),
            extensions=raw.extensions,
            request=self._request,
        )
        return _checked(self._request, response, response.content, self._limit)

    def broken(self) -> DecodeError:
        encoding = self._raw.headers.get("Content-Encoding", "")
        return DecodeError.of(
            self._raw.status_code,
            self._head(),
            f"the {encoding!r} content encoding is broken",
            request_line(self._request),
        )

    def _add(self, decoded: bytes) -> None:
        if self._size + len(decoded) > self._limit:
            raise self._too_large()
        self._pieces.append(decoded)
        self._size += len(decoded)

    def _head(self) -> bytes:
        head = b""
        for piece in self._pieces:
            if len(head) >= _SLICE:
                break
            head += piece[: _SLICE - len(head)]
        return head

    def _too_large(self) -> ReplyTooLarge:
        request = self._request
        return ReplyTooLarge(self._raw.status_code, self._limit, request=request_line(request))


class _Arriving(httpx.SyncByteStream, httpx.AsyncByteStream):
    """The network's stream of a body, counted and sliced by ``body`` as it arrives; closing
    it closes the network's."""

    def __init__(self, body: _Body, network: httpx.SyncByteStream | httpx.AsyncByteStream) -> None:
        self._body = body
        self._network = network

    def __iter__(self) -> Iterator[bytes]:
        for chunk in cast(httpx.SyncByteStream, self._network):
            yield from self._body.arrived(chunk)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in cast(httpx.AsyncByteStream, self._network):
            for piece in self._body.arrived(chunk):
                yield piece

    def close(self) -> None:
        cast(httpx.SyncByteStream, self._network).close()

    async def aclose(self) -> None:
        await cast(httpx.AsyncByteStream, self._network).aclose()


def _checked(
    request: httpx.Request, response: httpx.Response, body: bytes, limit: int
) -> httpx.Response:
    status = response.status_code
    if len(body) > limit:
        raise ReplyTooLarge(status, limit, request=request_line(request))
    if not (200 <= status < 300 and request.extensions.get(DEPTH_CHECKED)):
        check_depth(status, body, request)
    return response


def check_depth(status: int, body: bytes, request: httpx.Request) -> None:
    """Raise :class:`~iotconnect.errors.DecodeError` if ``body`` is JSON nested deeper than
    :data:`~iotconnect._limits.MAX_DEPTH` levels, before a parser that would recurse reads it."""
    if _JSON_START.match(body) and too_deep(body):
        reason = f"JSON nested deeper than {MAX_DEPTH} levels"
        raise DecodeError.of(status, body, reason, request_line(request))


def sync_part(
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None,
) -> httpx.BaseTransport | None:
    """``transport`` if it can send sync requests, else None (httpx's default)."""
    return transport if isinstance(transport, httpx.BaseTransport) else None


def async_part(
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None,
) -> httpx.AsyncBaseTransport | None:
    """``transport`` if it can send async requests, else None (httpx's default)."""
    return transport if isinstance(transport, httpx.AsyncBaseTransport) else None


def _pause(
    retry: Retry, failed: httpx.Response | None, deadline: float | None, budget: float
) -> float:
    seconds = retry.backoff_strategy()
    if failed is not None:
        seconds = _retry_after(retry, failed, seconds)
    return _until_deadline(min(seconds, budget), deadline)


def _retry_after(retry: Retry, failed: httpx.Response, otherwise: float) -> float:
    # An unreadable Retry-After leaves ``otherwise`` in charge.
    header = failed.headers.get("Retry-After", "")
    if header:
        with contextlib.suppress(ValueError):
            return min(retry.parse_retry_after(header), _MAX_SINGLE_WAIT)
    return otherwise


def _until_deadline(seconds: float, deadline: float | None) -> float:
    if deadline is not None:
        seconds = min(seconds, deadline - time.monotonic())
    return max(0.0, seconds)


def _cap_timeouts(request: httpx.Request, deadline: float | None) -> None:
    if deadline is None:
        return
    left = deadline - time.monotonic()
    if left <= 0:
        raise Timeout.on(
            request,
            f"the call's deadline passed before {request_line(request)} could be sent",
        )
    timeouts = request.extensions.get("timeout") or dict.fromkeys(_TIMEOUTS)
    request.extensions["timeout"] = {
        name: left if value is None else min(value, left) for name, value in timeouts.items()
    }


def _check_deadline(request: httpx.Request, deadline: float | None) -> None:
    if deadline is not None and time.monotonic() > deadline:
        raise Timeout.on(
            request,
            f"the call's deadline passed while the reply to {request_line(request)} arrived",
        )


def _check_headers(request: httpx.Request) -> None:
    # h11 would refuse these too, quoting the value, which here is a token or a key. The raw
    # values joined by a tab (which a value may hold), less every sendable byte, are empty
    # unless one is unsendable (a pass in C); only then is each one named.
    values = [value for _, value in request.headers.raw]
    if max(map(len, values), default=0) <= MAX_HEADER_VALUE and not b"\t".join(values).translate(
        None, _SENDABLE
    ):
        return
    for name, value in request.headers.items():
        if not fits_header(value):
            raise TransportError.on(
                request,
                f"cannot send {request_line(request)}: its {name!r} header holds a line break "
                f"or control character (a token or key with a trailing newline?), or is longer "
                f"than {MAX_HEADER_VALUE:,} characters",
            )


def _reply_headers(request: httpx.Request, raw: httpx.Response) -> tuple[bytes, bytes]:
    """The reply's Content-Length and Content-Encoding (stripped, lower case; values that
    repeat joined as httpx joins them), every header's length checked on the same pass."""
    lengths: list[bytes] = []
    encodings: list[bytes] = []
    for name, value in raw.headers.raw:
        if len(value) > MAX_HEADER_VALUE:
            header = name.decode("latin-1")
            raise DecodeError(
                raw.status_code,
                f"its {header!r} header is longer than {MAX_HEADER_VALUE:,} bytes",
                "",
                request=request_line(request),
            )
        lowered = name.lower()
        if lowered == b"content-length":
            lengths.append(value)
        elif lowered == b"content-encoding":
            encodings.append(value)
    return b", ".join(lengths), b", ".join(encodings).strip().lower()


def _remember_credentials(request: httpx.Request) -> None:
    # Tokens another process saved in a shared store reach this process only this way.
    _, _, credential = request.headers.get("Authorization", "").partition(" ")
    if credential:
        remember(credential)
