"""The reply side of the error boundary: statuses, bodies and envelopes become typed results.

:class:`ReplyBoundary` wraps a session's token flow, so it sees the final reply of every request
a session client sends, after any renewal and replay. An error status raises the matching
:class:`~iotconnect.errors.ApiError`; a 2xx reply to an operation of the route table
(:mod:`._routes`) is parsed with its generated ``parse_response`` and checked by the session's
:class:`~iotconnect.replies.ReplyChecker`, so that the plain generated ``.sync()``/``.asyncio()``
functions either return a well-formed model or raise. A request that names the model it expects
(:data:`~iotconnect._transport.EXPECTED`, as the resources' do) gets the checked model back in
its reply's :data:`~iotconnect._transport.PARSED` extension, parsed once. Such a 2xx reply's
JSON depth is bounded here rather than by a scan of every body in the transport
(:data:`~iotconnect._transport.DEPTH_CHECKED`): a reply msgspec validated cannot nest deeper
than the limit, and only one it refused, which the generated ``from_dict`` parses, is scanned.

:func:`unwrap` does the same for a ``Response`` of a generated ``*_detailed`` function.
"""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator, Generator
from typing import Final, Protocol, TypeVar

import httpx

from iotconnect_client import types

from ._models import empty
from ._routes import DECODING, SESSION_ROUTES, Operation, Route, find
from ._transport import DEPTH_CHECKED, EXPECTED, PARSED, check_depth
from .errors import DecodeError, UnexpectedStatus, raise_for_status, request_line
from .replies import ReplyChecker

__all__ = ["DetailedResponse", "ReplyBoundary", "expect", "parse", "unwrap"]

M = TypeVar("M")
T_co = TypeVar("T_co", covariant=True)


class DetailedResponse(Protocol[T_co]):
    """What :func:`unwrap` needs from a generated ``iotconnect_client.types.Response``."""

    @property
    def status_code(self) -> int:
        """The HTTP status."""

    @property
    def content(self) -> bytes:
        """The raw body."""

    @property
    def parsed(self) -> T_co | None:
        """The body as the generated model, or None."""


def unwrap(response: DetailedResponse[object], model: type[M]) -> M:
    """The reply's ``model``, or the :class:`~iotconnect.IoTConnectError` it means.

    ``unwrap(list_devices.sync_detailed(client=iot.device), DeviceListResponse)`` is typed as
    a ``DeviceListResponse``; a 204 (no matching device) is an empty page, never None.
    """
    status, content = int(response.status_code), response.content
    raise_for_status(status, content)
    return expect(model, response.parsed, status, content)


def parse(operation: Operation, response: httpx.Response) -> object:
    """The generated parse of a 2xx ``response``; None only for a 204.

    Unless msgspec validated the body (whose mirror structs and bounded free-form values keep
    it within the depth limit), a body nested too deep is a :class:`DecodeError`, also when the
    generated ``from_dict`` or ``json.loads`` gave out on it first (a ``RecursionError``).
    """
    status, request = response.status_code, response.request
    try:
        parsed = operation.parse_response(response)
    except (*DECODING, RecursionError) as exc:
        check_depth(status, response.content, request)
        raise DecodeError.of(status, response.content, _why(exc), request_line(request)) from None
    if not types.validated(response, parsed):
        check_depth(status, response.content, request)
    if parsed is None and status != httpx.codes.NO_CONTENT:
        raise UnexpectedStatus(
            status,
            "not a status this operation answers with",
            request=request_line(response.request),
        )
    return parsed


_STRICT: Final = ReplyChecker()


def expect(
    model: type[M],
    parsed: object,
    status: int,
    content: bytes,
    request: httpx.Request | None = None,
    *,
    checker: ReplyChecker = _STRICT,
    validated: bool = False,
) -> M:
    """``parsed`` if it is a ``model`` that ``checker`` finds well-formed (by default: every
    value of the annotated type) and whose envelope reports no error.

    A 204's None becomes an empty page of ``model``. ``validated``: msgspec built ``parsed``
    from a body it validated against the model's types, so the checker has nothing to find.
    ``request`` names the call in an error; masking its line costs a regular expression, so it
    is built only on the way to one.
    """

    def line() -> str:
        return "" if request is None else request_line(request)

    if parsed is None and status == httpx.codes.NO_CONTENT:
        parsed = empty(model)
    if not isinstance(parsed, model):
        raise DecodeError.of(status, content, f"not a {model.__name__}", line())
    problem = None if validated else checker.fits(parsed)
    if problem is not None:
        raise DecodeError.of(status, content, f"not a valid {model.__name__}: {problem}", line())
    envelope = getattr(parsed, "status", None)
    if isinstance(envelope, int) and not isinstance(envelope, bool) and not 200 <= envelope < 300:
        raise_for_status(envelope, content, request=f"{line()}, in a {status} reply".lstrip(", "))
    return parsed


class ReplyBoundary(httpx.Auth):
    """``inner`` (the token flow), then the checks above on the final reply.

    ``base_url`` is the client's base URL: paths below it identify the operation;
    ``checker`` is the session's.
    """

    def __init__(self, inner: httpx.Auth, base_url: str, checker: ReplyChecker) -> None:
        """Wrap ``inner`` for a client bound to ``base_url``."""
        self._inner = inner
        self._checker = checker
        self._base_path = httpx.URL(base_url).path.rstrip("/")
        self.requires_request_body = inner.requires_request_body
        self.requires_response_body = inner.requires_response_body

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        """The token flow's requests; the last reply is checked."""
        target = self._target(request)
        flow = self._inner.sync_auth_flow(request)
        try:
            step = next(flow)
            while True:
                response = yield step
                try:
                    step = flow.send(response)
                except StopIteration:
                    break
        finally:
            flow.close()
        self._check(request, response, target)

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """The token flow's requests; the last reply is checked."""
        target = self._target(request)
        flow = self._inner.async_auth_flow(request)
        try:
            step = await anext(flow)
            while True:
                response = yield step
                try:
                    step = await flow.asend(response)
                except StopAsyncIteration:
                    break
        finally:
            await flow.aclose()
        self._check(request, response, target)

    def _target(self, request: httpx.Request) -> tuple[Operation, type | None] | None:
        """The operation whose parse a 2xx reply to ``request`` gets here, and the model the
        caller expects (None: what the operation parses); None for a request of no operation,
        whose reply the transport then scans for depth as any other."""
        target: tuple[Operation, type | None] | None = request.extensions.get(EXPECTED)
        if target is None:
            route = self._route(request)[0]
            if route is None:
                return None
            target = (route.operation, None)
        request.extensions[DEPTH_CHECKED] = True
        return target

    def _route(self, request: httpx.Request) -> tuple[Route | None, str]:
        path = request.url.path
        if path.lower().startswith(self._base_path.lower()):
            path = path[len(self._base_path) :]
        return find(SESSION_ROUTES, request.method, path), path

    def _check(
        self,
        request: httpx.Request,
        response: httpx.Response,
        target: tuple[Operation, type | None] | None,
    ) -> None:
        status = response.status_code
        if not 200 <= status < 300:
            route, path = self._route(request)
            key = route.key(path) if route is not None else None
            raise_for_status(status, response.content, request=request_line(request), key=key)
        if target is None:
            return
        operation, model = target
        parsed = parse(operation, response)
        if model is None and parsed is None:
            return  # a 204 to a plain generated call: its None is the answer
        checked: object = expect(
            model or type(parsed),
            parsed,
            status,
            response.content,
            request,
            checker=self._checker,
            validated=types.validated(response, parsed),
        )
        response.extensions[PARSED] = checked


def _why(error: Exception) -> str:
    if isinstance(error, json.JSONDecodeError | UnicodeDecodeError):
        return "not JSON (cut short, or another format)"
    if isinstance(error, KeyError):
        return f"a required field is missing: {error}"
    return f"does not fit the model ({type(error).__name__}: {error})"
