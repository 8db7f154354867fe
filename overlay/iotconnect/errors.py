"""One exception tree for everything the overlay raises.

    IoTConnectError
    ├── AuthenticationError    credentials rejected, or a request rejected twice as unauthorized
    ├── DiscoveryError         the discovery service gave no usable base URLs
    ├── TransportError         the service could not be reached while getting a token
    └── ApiError               the service answered with an error status (status, message, errors)
        ├── NotFound           404, and the service's 409 with ``DeviceNotFound``
        ├── Conflict           any other 409 (``UniqueIdAlreadyExists``, ``DeviceAlreadyActive``...)
        ├── ValidationFailed   412
        └── ServiceUnavailable 502, 503, 504

The vendor's error envelope (``{"status", "message", "error": [{"param", "message"}] | {} | null}``)
is decoded in one place, :meth:`ApiError.from_reply`. :func:`unwrap` turns the ``Response`` of a
generated ``*_detailed`` function into its parsed data or the matching exception.

No message here ever carries a credential: the overlay builds every message itself from status
codes, server messages and exception class names, never from headers or request bodies.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from http import HTTPStatus
from typing import NamedTuple, Protocol, TypeVar

__all__ = [
    "ApiError",
    "AuthenticationError",
    "Conflict",
    "DetailedResponse",
    "DiscoveryError",
    "ErrorDetail",
    "IoTConnectError",
    "NotFound",
    "ServiceUnavailable",
    "TransportError",
    "ValidationFailed",
    "unwrap",
]

T_co = TypeVar("T_co", covariant=True)


class IoTConnectError(Exception):
    """Root of every exception the overlay raises."""


class AuthenticationError(IoTConnectError):
    """The service rejected the credentials, or rejected a request twice as unauthorized."""


class DiscoveryError(IoTConnectError):
    """The discovery service could not resolve the base URLs for a solution and environment."""


class TransportError(IoTConnectError):
    """A token request could not reach the service (connection error, timeout)."""


class ErrorDetail(NamedTuple):
    """One entry of the vendor's ``error`` array: a machine code or field name, and a message."""

    param: str
    message: str


class ApiError(IoTConnectError):
    """The service answered with an error status.

    ``status`` is the HTTP status, ``message`` the envelope's ``message`` and ``errors`` its
    ``error`` entries (empty when the service sent none).
    """

    def __init__(self, status: int, message: str, errors: tuple[ErrorDetail, ...] = ()) -> None:
        """Create an error for ``status`` with the envelope's message and entries."""
        # args mirror the constructor so copy.copy() and pickle rebuild the same error.
        super().__init__(status, message, errors)
        self.status = status
        self.message = message
        self.errors = errors

    def __str__(self) -> str:
        """``409 Device not found [DeviceNotFound: ...]``: status, message, then entries."""
        text = f"{self.status} {self.message}"
        if self.errors:
            text += " [" + "; ".join(f"{e.param}: {e.message}" for e in self.errors) + "]"
        return text

    @property
    def params(self) -> tuple[str, ...]:
        """The ``param`` of every entry, e.g. ``("UniqueIdAlreadyExists",)``."""
        return tuple(entry.param for entry in self.errors)

    @classmethod
    def from_reply(cls, status: int, content: bytes) -> ApiError:
        """Decode the vendor envelope of an error reply into the most specific subclass."""
        message, errors = _decode_envelope(content)
        if not message:
            message = _reason(status)
        kind = _classify(status, errors)
        return kind(status, message, errors)


class NotFound(ApiError):
    """The resource does not exist: a 404, or the device service's 409 ``DeviceNotFound``."""


class Conflict(ApiError):
    """A 409 other than not-found, e.g. ``UniqueIdAlreadyExists`` or ``DeviceAlreadyActive``."""


class ValidationFailed(ApiError):
    """A 412: the service rejected a field or query parameter (see ``errors`` for which)."""


class ServiceUnavailable(ApiError):
    """A 502, 503 or 504 that outlasted the retries."""


_NOT_FOUND_CODE = "devicenotfound"


def _classify(status: int, errors: tuple[ErrorDetail, ...]) -> type[ApiError]:
    if status == HTTPStatus.NOT_FOUND:
        return NotFound
    if status == HTTPStatus.CONFLICT:
        # The device service answers a missing device with 409 and `param: DeviceNotFound`.
        if any(entry.param.lower() == _NOT_FOUND_CODE for entry in errors):
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
    return ApiError


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown status"


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
        ErrorDetail(str(entry.get("param", "")), str(entry.get("message", "")))
        for entry in (entries if isinstance(entries, list) else [])
        if isinstance(entry, Mapping)
    )
    return (message if isinstance(message, str) else ""), errors


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


def unwrap(response: DetailedResponse[T_co]) -> T_co | None:
    """Return the parsed body of a 2xx reply, or raise the :class:`ApiError` subclass it means.

    ``None`` comes back for bodiless successes, such as the 204 of an empty device list.
    A 401 here means the token flow already renewed and replayed once, so it is an
    :class:`AuthenticationError` rather than an :class:`ApiError`.
    """
    status = int(response.status_code)
    if 200 <= status < 300:
        return response.parsed
    if status == HTTPStatus.UNAUTHORIZED:
        raise AuthenticationError(str(ApiError.from_reply(status, response.content)))
    raise ApiError.from_reply(status, response.content)
