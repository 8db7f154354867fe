"""One exception tree for every failure of the library, sync and async alike.

    IoTConnectError
    ├── ConfigurationError     a setting given to the library is missing or wrong (a ValueError too)
    ├── AuthenticationError    credentials rejected, or a request rejected twice as unauthorized
    ├── DiscoveryError         the discovery service gave no usable base URLs
    ├── TokenStoreError        the token store cannot be used (a directory that cannot be written)
    ├── OnboardingError        onboard stopped (``device_created``: the device exists on the tenant)
    ├── UnknownTwinProperty    set_desired named properties the twin lacks; nothing was sent
    ├── TransportError         no usable reply: connection refused or dropped (method, host, path)
    │   └── Timeout            a connect/read/write/pool timeout, or the call's deadline
    ├── ReplyDrift             a reply unlike the spec, with check_replies="raise" (.replies)
    ├── DecodeError            a reply that cannot be decoded or does not fit the model
    │   └── ReplyTooLarge      a body over the session's ``max_body``, counted after decoding
    └── ApiError               the service answered with an error (status, message, errors)
        ├── NotFound           409 ``DeviceNotFound``...: the thing looked up (``key``) is not there
        ├── EndpointNotFound   404: no such endpoint (a wrong base URL or path), not a missing thing
        ├── Conflict           any other 409 (``UniqueIdAlreadyExists``, ``DeviceAlreadyActive``...)
        ├── ValidationFailed   412
        ├── ServiceUnavailable 502, 503, 504 that outlasted the retries
        ├── RateLimited        429 that outlasted the session's waits (``Retry-After``)
        └── UnexpectedStatus   a status the API does not use (1xx, 3xx, 520...)

The vendor's error envelope (``{"status", "message", "error": [{"param", "message"}] | {} | null}``)
is decoded in one place, :meth:`ApiError.from_reply`; a 2xx whose envelope carries an error
status raises the same way. No message ever carries a credential or token: messages are built
from status codes, methods, hosts and paths, and whatever text comes from a server (messages,
body excerpts, httpx errors quoting headers) has every secret the process knows masked first.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from http import HTTPStatus
from typing import Final, NamedTuple, Self

import httpx

from ._secrets import redact

__all__ = [
    "ApiError",
    "AuthenticationError",
    "ConfigurationError",
    "Conflict",
    "DecodeError",
    "DiscoveryError",
    "EndpointNotFound",
    "ErrorDetail",
    "IoTConnectError",
    "NotFound",
    "OnboardingError",
    "RateLimited",
    "ReplyTooLarge",
    "ServiceUnavailable",
    "Timeout",
    "TokenStoreError",
    "TransportError",
    "UnexpectedStatus",
    "UnknownTwinProperty",
    "ValidationFailed",
]

_EXCERPT: Final = 80


class IoTConnectError(Exception):
    """Root of every exception the library raises."""


class ConfigurationError(IoTConnectError, ValueError):
    """A setting given to the library is missing or wrong: an argument, a variable of
    :meth:`~iotconnect.IoTConnect.from_env`. A ``ValueError`` too, as Python's own are."""


class OnboardingError(IoTConnectError):
    """``devices.onboard`` stopped; ``device_created`` says whether the device exists on the
    tenant (the message names it then, and says no file was left)."""

    def __init__(self, message: str, *, device_created: bool = False) -> None:
        """``message`` says what happened and what exists where."""
        super().__init__(message)
        self.device_created = device_created


class UnknownTwinProperty(IoTConnectError):
    """``devices.set_desired`` named properties the device's twin does not have; nothing was
    sent."""

    def __init__(self, unique_id: str, names: list[str], known: list[str]) -> None:
        """Name the device, the unknown names and the names its twin has."""
        self.unique_id = unique_id
        self.names = names
        self.known = known
        super().__init__(
            f"device {unique_id!r} has no twin propert{'y' if len(names) == 1 else 'ies'} "
            f"{', '.join(map(repr, names))} (it has {', '.join(map(repr, known)) or 'none'})"
        )


class AuthenticationError(IoTConnectError):
    """The service rejected the credentials, or rejected a request twice as unauthorized."""


class DiscoveryError(IoTConnectError):
    """The discovery service could not resolve the base URLs for a solution and environment."""


class TokenStoreError(IoTConnectError):
    """The token store cannot be used, e.g. a :class:`~iotconnect.FileTokenStore` directory
    that cannot be created or written; raised before any login."""


class TransportError(IoTConnectError):
    """No usable reply came back: the connection was refused, dropped or timed out.

    ``method``, ``host`` and ``path`` name the request when known (None otherwise); the httpx
    error, with secrets masked, is the cause.
    """

    def __init__(
        self,
        message: str,
        *,
        method: str | None = None,
        host: str | None = None,
        path: str | None = None,
    ) -> None:
        """Create the error; ``message`` must hold no secret."""
        super().__init__(message)
        self.method = method
        self.host = host
        self.path = path

    @classmethod
    def on(cls, request: httpx.Request, message: str) -> Self:
        """The error for ``request``; ``message`` (masked here) says what went wrong."""
        return cls(
            redact(message),
            method=request.method,
            host=request.url.host,
            path=redact(request.url.path),
        )

    @classmethod
    def from_httpx(cls, request: httpx.Request, error: httpx.HTTPError) -> TransportError:
        """The error for ``error`` on ``request``: a :class:`Timeout` for httpx's timeouts."""
        kind = Timeout if isinstance(error, httpx.TimeoutException) else TransportError
        message = f"{type(error).__name__} on {request_line(request)}"
        # h11's complaints about what we sent quote header values: the class name says enough.
        detail = "" if isinstance(error, httpx.LocalProtocolError) else str(error)
        raised = kind.on(request, f"{message}: {detail}" if detail else message)
        raised.__cause__ = _scrubbed(error)
        return raised


class Timeout(TransportError):
    """A connect, read, write or pool timeout, or the call's overall deadline, ran out."""


class DecodeError(IoTConnectError):
    """A reply the library cannot use: not JSON, cut short, or not the shape of its model.

    ``status`` is the HTTP status, ``reason`` what is wrong, ``excerpt`` the start of the body
    (secrets masked, control characters escaped).
    """

    def __init__(self, status: int, reason: str, excerpt: str, *, request: str = "") -> None:
        """Create the error; ``request`` is e.g. ``"GET device.example.test/api/v2.1/Device"``."""
        super().__init__(status, reason, excerpt, request)
        self.status = status
        self.reason = reason
        self.excerpt = excerpt
        self.request = request

    def __str__(self) -> str:
        """``200 reply to GET host/path: not JSON; body starts '<html>...'``."""
        where = f" to {self.request}" if self.request else ""
        return f"{self.status} reply{where}: {self.reason}; body starts {self.excerpt!r}"

    @classmethod
    def of(cls, status: int, content: bytes, reason: str, request: str = "") -> DecodeError:
        """The error for a reply with ``status`` and body ``content``."""
        return cls(status, redact(reason), excerpt(content), request=request)


class ReplyTooLarge(DecodeError):
    """A reply body longer than ``limit`` bytes (the session's ``max_body``), counted after
    gzip, deflate or br decoding; reading stopped there, so nothing of the rest was kept."""

    def __init__(self, status: int, limit: int, *, request: str = "") -> None:
        """Create the error for a ``status`` reply to ``request`` that passed ``limit``."""
        reason = f"the body passes the limit of {limit:,} bytes (max_body), counted decoded"
        super().__init__(status, reason, "", request=request)
        self.args = (status, limit)  # what copy and pickle call the constructor with
        self.limit = limit

    def __str__(self) -> str:
        """``200 reply to GET host/path: the body passes the limit of ... bytes ...``."""
        where = f" to {self.request}" if self.request else ""
        return f"{self.status} reply{where}: {self.reason}"


class ErrorDetail(NamedTuple):
    """One entry of the vendor's ``error`` array: a machine code or field name, and a message."""

    param: str
    message: str


class ApiError(IoTConnectError):
    """The service answered with an error status.

    ``status`` is the status (the envelope's, for a 2xx reply that carries an error), ``message``
    the envelope's ``message`` and ``errors`` its ``error`` entries (empty when it sent none);
    ``request`` names the request when known, e.g. ``"GET device.example.test/api/v2.1/Device"``,
    and ``key`` the GUID or unique id it looked up, when its path names one.
    """

    def __init__(
        self,
        status: int,
        message: str,
        errors: tuple[ErrorDetail, ...] = (),
        *,
        request: str = "",
        key: str | None = None,
    ) -> None:
        """Create an error for ``status`` with the envelope's message and entries."""
        # args mirror the constructor so copy.copy() and pickle rebuild the same error.
        super().__init__(status, message, errors)
        self.status = status
        self.message = message
        self.errors = errors
        self.request = request
        self.key = key

    def __str__(self) -> str:
        """``409 Device not found [DeviceNotFound: ...] (GET host/path)``."""
        text = f"{self.status} {self.message}"
        if self.errors:
            text += " [" + "; ".join(f"{e.param}: {e.message}" for e in self.errors) + "]"
        if self.request:
            text += f" ({self.request})"
        return text

    @property
    def params(self) -> tuple[str, ...]:
        """The ``param`` of every entry, e.g. ``("UniqueIdAlreadyExists",)``."""
        return tuple(entry.param for entry in self.errors)

    @classmethod
    def from_reply(
        cls, status: int, content: bytes, *, request: str = "", key: str | None = None
    ) -> ApiError:
        """Decode the vendor envelope of an error reply into the most specific subclass.

        ``request`` and ``key`` name the request and the id it looked up.
        """
        message, errors = _decode_envelope(content)
        kind = _classify(status, errors)
        if not message:
            missing = kind is EndpointNotFound
            message = "no such endpoint; check the base URL" if missing else _reason(status)
        return kind(status, message, errors, request=request, key=key)


class NotFound(ApiError):
    """The thing looked up (``key``) does not exist: the service's 409 ``DeviceNotFound`` (or
    ``TemplateNotFound``...)."""

    def __str__(self) -> str:
        """The :class:`ApiError` text, naming the id that was looked up."""
        text = super().__str__()
        return f"{text}: no {self.key!r}" if self.key is not None else text


class EndpointNotFound(ApiError):
    """A 404: the URL names no endpoint (a wrong base URL or path), not a missing device."""


class Conflict(ApiError):
    """A 409 other than not-found, e.g. ``UniqueIdAlreadyExists`` or ``DeviceAlreadyActive``."""


class ValidationFailed(ApiError):
    """A 412: the service rejected a field or query parameter (see ``errors`` for which)."""


class ServiceUnavailable(ApiError):
    """A 502, 503 or 504 that outlasted the retries."""


class RateLimited(ApiError):
    """A 429 that outlasted the waits its ``Retry-After`` asked for (see ``_throttle``)."""


class UnexpectedStatus(ApiError):
    """A status the API does not use: informational, a redirect, or a non-standard one (520)."""


def raise_for_status(
    status: int, content: bytes, *, request: str = "", key: str | None = None
) -> None:
    """Raise what a reply with ``status`` and body ``content`` means, unless it is a success.

    A 401 that reaches this point was already renewed and replayed by the token flow, so it is
    an :class:`AuthenticationError`.
    """
    if 200 <= status < 300:
        return
    error = ApiError.from_reply(status, content, request=request, key=key)
    if status == HTTPStatus.UNAUTHORIZED:
        raise AuthenticationError(str(error))
    raise error


def excerpt(content: bytes) -> str:
    """The start of a body for a message: decoded leniently, secrets masked, at most 80 chars."""
    text = content[: _EXCERPT * 4].decode("utf-8", errors="replace")
    # The whole body is masked before it is cut, so no secret survives in part.
    return redact(text)[:_EXCERPT]


def request_line(request: httpx.Request) -> str:
    """``GET host/path``: how messages name a request; never the query, and secrets masked (the
    discovery path holds the solution key)."""
    return redact(f"{request.method} {request.url.netloc.decode()}{request.url.path}")


_NOT_FOUND_CODE: Final = "notfound"


def _classify(status: int, errors: tuple[ErrorDetail, ...]) -> type[ApiError]:
    if status == HTTPStatus.NOT_FOUND:
        return EndpointNotFound
    if status == HTTPStatus.CONFLICT:
        # The device service answers a missing thing with 409 and a code such as
        # `param: DeviceNotFound` (or TemplateNotFound).
        if any(entry.param.lower().endswith(_NOT_FOUND_CODE) for entry in errors):
            return NotFound
        return Conflict
    if status == HTTPStatus.PRECONDITION_FAILED:
        return ValidationFailed
    if status in (
        HTTPStatus.BAD_GATEWAY,
        HTTPStatus.SERVICE_UNAVAILABLE,
        HTTPStatus.GATEWAY_TIMEOUT,
    ):
        return ServiceUnavailable
    if status == HTTPStatus.TOO_MANY_REQUESTS:
        return RateLimited
    if _phrase(status) is None or status < 200 or 300 <= status < 400:
        return UnexpectedStatus
    return ApiError


def _reason(status: int) -> str:
    return _phrase(status) or "Unknown status"


def _phrase(status: int) -> str | None:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return None


def _decode_envelope(content: bytes) -> tuple[str, tuple[ErrorDetail, ...]]:
    try:
        body = json.loads(content) if content else None
    except ValueError:
        return "", ()
    if not isinstance(body, Mapping):
        return "", ()
    message = body.get("message")
    entries = body.get("error")
    errors = tuple(
        ErrorDetail(redact(str(entry.get("param", ""))), redact(str(entry.get("message", ""))))
        for entry in (entries if isinstance(entries, list) else [])
        if isinstance(entry, Mapping)
    )
    return (redact(message) if isinstance(message, str) else ""), errors


def _scrubbed(error: BaseException) -> BaseException:
    """``error`` with every message in its chain masked: tracebacks print the whole chain."""
    seen: set[int] = set()
    link: BaseException | None = error
    while link is not None and id(link) not in seen:
        seen.add(id(link))
        link.args = tuple(redact(a) if isinstance(a, str) else a for a in link.args)
        link = link.__cause__ or link.__context__
    return error
