"""Request plumbing shared by the route modules: routes, JSON bodies and field checks."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .errors import FieldError

__all__ = ["Fields", "Handler", "endpoint", "read_json_object"]

_GUID = re.compile(r"[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}")

_EVERY_METHOD = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT")

Handler = Callable[[Request], Awaitable[Response]]


def endpoint(path: str, handlers: Mapping[str, Handler]) -> Route:
    """One route per path holding every method, so a 405 ``Allow`` names them all.

    The path matches case-insensitively and with an optional trailing slash: the service
    treats ``/device`` and ``/Device/`` as ``/Device``.
    """
    table = dict(handlers)
    allow = ", ".join(sorted({*table, "HEAD"} if "GET" in table else table))

    async def dispatch(request: Request) -> Response:
        method = "GET" if request.method == "HEAD" else request.method
        handler = table.get(method)
        if handler is None:
            raise HTTPException(405, headers={"Allow": allow})
        return await handler(request)

    # The route takes every method and answers 405 itself. Were it to declare its methods,
    # Starlette would go on to a later templated route for any other method, so PUT
    # /Device/count would reach PUT /Device/{deviceGuid}. OpenAPI says the concrete path wins.
    route = Route(path, dispatch, methods=_EVERY_METHOD, name=f"{'+'.join(table)} {path}")
    pattern = route.path_regex.pattern
    if path != "/" and pattern.endswith("$"):
        pattern = pattern[:-1] + "/?$"
    route.path_regex = re.compile(pattern, re.IGNORECASE)
    return route


class MalformedBody(Exception):
    """The body is not a JSON object; ``reason`` says why."""

    def __init__(self, reason: str) -> None:
        """Keep the reason for the 400 reply."""
        super().__init__(reason)
        self.reason = reason


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


async def read_json_object(request: Request) -> dict[str, Any]:
    """Parse the body as one JSON object, or raise ``MalformedBody``.

    The size limit is enforced while reading (``BodyTooLarge`` escapes from here).
    """
    raw = await request.body()
    if not raw.strip():
        raise MalformedBody("The request body is empty; a JSON object is required")
    try:
        value = json.loads(raw.decode("utf-8"), parse_constant=_reject_constant)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise MalformedBody("The request body is not valid JSON") from None
    if not isinstance(value, dict):
        raise MalformedBody("The request body must be a JSON object")
    return value


def canonical_keys(source: Iterable[tuple[str, Any]], known: Iterable[str]) -> dict[str, Any]:
    """Map names to their canonical spelling, ignoring case as the service does on input."""
    by_lower = {name.lower(): name for name in known}
    exact: dict[str, Any] = {}
    loose: dict[str, Any] = {}
    for key, value in source:
        canonical = by_lower.get(key.lower())
        if canonical is not None:
            (exact if key == canonical else loose)[canonical] = value
    # The exact spelling wins, so an unrelated extra key that differs only in case (which the
    # spec allows) cannot replace a field.
    return {**loose, **exact}


class Fields:
    """Reads named values from a JSON object or a query string, collecting every failure.

    The service answers 412 naming each offending field, so checks never stop at the first one:
    call the readers, then ``errors`` holds one ``FieldError`` per bad field.
    """

    def __init__(self, values: Mapping[str, Any]) -> None:
        """Wrap values already keyed by canonical name (see ``canonical_keys``)."""
        self._values = values
        self.errors: list[FieldError] = []

    def fail(self, name: str, message: str) -> None:
        """Record a failure for ``name``."""
        self.errors.append(FieldError(name, message))

    def present(self, name: str) -> bool:
        """Whether ``name`` was sent with a non-null value."""
        return self._values.get(name) is not None

    def raw(self, name: str) -> Any:
        """The value as sent, or ``None``."""
        return self._values.get(name)

    def string(
        self, name: str, *, required: bool = False, min_len: int = 0, max_len: int | None = None
    ) -> str | None:
        """A string with optional length bounds; null or absent is ``None``."""
        value = self._values.get(name)
        if value is None:
            if required:
                self.fail(name, f"{name} is required")
            return None
        if not isinstance(value, str):
            self.fail(name, f"{name} must be a string")
            return None
        if len(value) < max(min_len, 1 if required else 0):
            self.fail(name, f"{name} must not be empty")
            return None
        if max_len is not None and len(value) > max_len:
            self.fail(name, f"{name} must be at most {max_len} characters")
            return None
        return value

    def guid(self, name: str, *, required: bool = False) -> str | None:
        """A GUID, returned upper-case (the service's spelling); matched case-insensitively."""
        value = self.string(name, required=required)
        if value is None:
            return None
        parsed = parse_guid(value)
        if parsed is None:
            self.fail(name, f"{name} must be a GUID")
        return parsed

    def boolean(self, name: str, *, required: bool = False) -> bool | None:
        """A JSON boolean, or in a query string ``true``/``false`` (any case)."""
        value = self._values.get(name)
        if value is None:
            if required:
                self.fail(name, f"{name} is required")
            return None
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in ("true", "false"):
            return value.lower() == "true"
        self.fail(name, f"{name} must be true or false")
        return None

    def integer(self, name: str, *, default: int, minimum: int, maximum: int) -> int:
        """An integer within bounds (query strings send digits); ``default`` when absent."""
        value = self._values.get(name)
        if value is None:
            return default
        number: int | None = None
        if isinstance(value, int) and not isinstance(value, bool):
            number = value
        elif isinstance(value, str) and re.fullmatch(r"[+-]?\d{1,19}", value.strip()):
            number = int(value.strip())
        if number is None:
            self.fail(name, f"{name} must be an integer")
            return default
        if not minimum <= number <= maximum:
            self.fail(name, f"{name} must be between {minimum} and {maximum}")
            return default
        return number

    def choice(self, name: str, options: Iterable[str]) -> str | None:
        """One of ``options`` (compared case-insensitively), returned in its canonical spelling."""
        value = self._values.get(name)
        if value is None:
            return None
        allowed = {option.lower(): option for option in options}
        if isinstance(value, str) and value.strip().lower() in allowed:
            return allowed[value.strip().lower()]
        self.fail(name, f"{name} must be one of: {', '.join(allowed.values())}")
        return None


def parse_guid(value: str) -> str | None:
    """The upper-case canonical form of a GUID string, or ``None`` if it is not one."""
    # Strict 8-4-4-4-12: uuid.UUID would also take braces, URNs and bare hex, which the spec's
    # ``format: uuid`` does not.
    if not _GUID.fullmatch(value):
        return None
    return str(uuid.UUID(value)).upper()
