"""Error bodies, and the one handler table that turns every failure into them.

The service has two error shapes and discovery a third; which one a failure gets depends on
the service that owns the path::

    ApiError                  status, message, optional headers
    ├── DeviceError           {"status", "message", "error": [{"param", "message"}]}
    ├── AuthError             {"status", "message", "error": null, "data": null}
    └── DiscoveryError        {"status", "message", "data": null}

Nothing else reaches the wire: routing errors (404, 405), oversized bodies (413) and bugs (500)
are mapped here, and a reply never carries a stack trace.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ._json import JsonResponse

__all__ = [
    "ApiError",
    "AuthError",
    "BodyLimitMiddleware",
    "BodyTooLarge",
    "CatchAllMiddleware",
    "DeviceError",
    "DiscoveryError",
    "FieldError",
    "error_for_path",
    "exception_handlers",
]

_log = logging.getLogger("iotconnect_mock")

_VERSION_PREFIX = re.compile(r"^/api/v(?:2\.1|2|1\.1)(?=/|$)", re.IGNORECASE)

_REASONS = {
    400: "Malformed request",
    401: "Unauthorized",
    404: "Resource not found",
    405: "Method not allowed",
    409: "Conflict",
    412: "Validation failed",
    413: "Request body too large",
    415: "Unsupported media type",
    421: "Misdirected request",
    500: "Internal server error",
    503: "Service unavailable",
}


@dataclass(frozen=True, slots=True)
class FieldError:
    """One ``error[]`` entry of the device service: a machine code or field name, and why."""

    param: str
    message: str


class ApiError(Exception):
    """A failure the mock answers with a documented body; subclasses pick the shape."""

    def __init__(
        self,
        status: int,
        message: str | None = None,
        *,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        """Carry the HTTP status, the human message and any extra reply headers."""
        self.status = status
        self.message = message or _REASONS.get(status, "Error")
        self.headers = dict(headers or {})
        super().__init__(f"{status}: {self.message}")

    def body(self) -> dict[str, Any]:
        """The JSON body for this failure."""
        raise NotImplementedError

    def response(self) -> Response:
        """The full reply: body, status and headers."""
        return JsonResponse(self.body(), status_code=self.status, headers=self.headers)


class DeviceError(ApiError):
    """Device-service failure: ``error`` lists one entry per machine code or offending field."""

    def __init__(
        self,
        status: int,
        message: str | None = None,
        errors: Sequence[FieldError] = (),
        *,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        """Build with the ``error[]`` entries (empty for 401, 404, 405, 500)."""
        super().__init__(status, message, headers=headers)
        self.errors = list(errors)

    @classmethod
    def code(cls, status: int, param: str, message: str) -> DeviceError:
        """A failure with one machine code, e.g. 409 ``UniqueIdAlreadyExists``."""
        return cls(status, message, [FieldError(param, message)])

    @classmethod
    def invalid(cls, errors: Sequence[FieldError]) -> DeviceError:
        """A 412 naming every offending field, as the service's validation answers."""
        return cls(412, "Validation failed", errors)

    def body(self) -> dict[str, Any]:
        """``{"status", "message", "error": [{"param", "message"}]}``."""
        return {
            "status": self.status,
            "message": self.message,
            "error": [{"param": e.param, "message": e.message} for e in self.errors],
        }


class AuthError(ApiError):
    """Auth-service failure (login, refresh): ``error`` and ``data`` are null."""

    def body(self) -> dict[str, Any]:
        """``{"status", "message", "error": null, "data": null}``."""
        return {"status": self.status, "message": self.message, "error": None, "data": None}


class DiscoveryError(ApiError):
    """Discovery failure, e.g. an unknown solution key."""

    def body(self) -> dict[str, Any]:
        """``{"status", "message", "data": null}``."""
        return {"status": self.status, "message": self.message, "data": None}


def error_for_path(
    path: str,
    status: int,
    message: str | None = None,
    *,
    param: str | None = None,
    headers: Mapping[str, str] | None = None,
) -> ApiError:
    """The error in the shape of the service that owns ``path`` (routing, size and bug errors)."""
    rest = _VERSION_PREFIX.sub("", path, count=1)
    lowered = rest.lower()
    if rest != path and (lowered == "/auth" or lowered.startswith("/auth/")):
        return AuthError(status, message, headers=headers)
    if rest == path and lowered.startswith("/api/uisdk"):
        return DiscoveryError(status, message, headers=headers)
    reason = message or _REASONS.get(status, "Error")
    entries = [FieldError(param, reason)] if param else []
    return DeviceError(status, reason, entries, headers=headers)


class BodyTooLarge(Exception):
    """Raised while reading a request body that outgrows the limit of ``limit`` bytes."""

    def __init__(self, limit: int) -> None:
        """Keep the limit for the reply."""
        super().__init__(f"request body over {limit} bytes")
        self.limit = limit


def _too_large(path: str, limit: int) -> ApiError:
    message = f"Request body too large (limit {limit} bytes)"
    return error_for_path(path, 413, message, param="body")


async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return exc.response()


async def _http_exception(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    headers = dict(exc.headers or {})
    if "Allow" in headers:
        # Starlette joins a set; a stable order reads better and diffs cleanly.
        methods = sorted({m.strip() for m in headers["Allow"].split(",") if m.strip()})
        headers["Allow"] = ", ".join(methods)
    message = _REASONS.get(exc.status_code) or exc.detail
    return error_for_path(request.url.path, exc.status_code, message, headers=headers).response()


async def _body_too_large(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, BodyTooLarge)
    return _too_large(request.url.path, exc.limit).response()


def exception_handlers() -> dict[Any, Any]:
    """The handler table given to Starlette: documented errors, routing errors, body size."""
    return {
        ApiError: _api_error,
        HTTPException: _http_exception,
        BodyTooLarge: _body_too_large,
    }


class CatchAllMiddleware:
    """Turn any unexpected exception into the documented 500 body, logging the trace instead.

    Starlette's own 500 handler re-raises after replying; with ``httpx.ASGITransport`` that
    would surface a mock bug as a client exception rather than the 500 the service sends.
    """

    def __init__(self, app: ASGIApp) -> None:
        """Wrap ``app``."""
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Run the app; on an unexpected error before the reply started, send a 500 body."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except ClientDisconnect:
            # The client left, or its framing broke mid-body (the server then drops it): there
            # is nobody to answer and nothing went wrong here.
            return
        except Exception:
            if started:
                # Half a reply is out: the only honest thing left is to drop the connection.
                raise
            _log.exception("unhandled error on %s %s", scope.get("method"), scope.get("path"))
            reply = error_for_path(scope.get("path", "/"), 500).response()
            await reply(scope, receive, send)


class BodyLimitMiddleware:
    """Answer 413 to bodies over the limit: at once when Content-Length says so, else mid-read."""

    def __init__(self, app: ASGIApp, max_body_bytes: int) -> None:
        """Wrap ``app`` with a limit of ``max_body_bytes``."""
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Check the declared length, then count the bytes actually received."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = 0
                if declared > self.max_body_bytes:
                    error = _too_large(scope.get("path", "/"), self.max_body_bytes)
                    await error.response()(scope, receive, send)
                    return
        received = 0

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body_bytes:
                    raise BodyTooLarge(self.max_body_bytes)
            return message

        await self.app(scope, counting_receive, send)
