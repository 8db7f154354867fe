"""Request plumbing shared by the route modules: routes, JSON bodies and field checks."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import Any, Final

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .errors import FieldError, error_for_path

__all__ = [
    "Fields",
    "Handler",
    "endpoint",
    "invalid_unicode",
    "json_fields",
    "parse_guid",
    "path_regex",
]

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
    route.path_regex = path_regex(pattern)
    return route


def path_regex(pattern: str) -> re.Pattern[str]:
    """A Starlette path pattern as the mock matches it: ignoring case, with any character.

    A path parameter holds whatever the client percent-encoded, newlines included: Starlette's
    own ``.`` and ``$`` would stop at a newline, so a device whose unique id has one could be
    created but not read by it (404), or one ending in one read as another.
    """
    if pattern.endswith("$"):
        pattern = pattern[:-1] + r"\Z"
    return re.compile(pattern, re.IGNORECASE | re.DOTALL)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _json_object(raw: bytes) -> dict[str, Any] | str:
    # The object, or why the body is not one.
    if not raw.strip():
        return "The request body is empty; a JSON object is required"
    try:
        value = json.loads(raw.decode("utf-8"), parse_constant=_reject_constant)
    except (UnicodeDecodeError, ValueError, RecursionError):
        return "The request body is not valid JSON"
    if not isinstance(value, dict):
        return "The request body must be a JSON object"
    return value


def _shown(text: str) -> str:
    # A name fit for an error message even when it is not valid Unicode itself.
    return text.encode("utf-8", "backslashreplace").decode()


def invalid_unicode(value: Any) -> str | None:
    """Where in a decoded JSON value a string (key or value) is not valid Unicode, or ``None``.

    JSON's ``\\ud800`` escapes decode to lone surrogates, which UTF-8 cannot encode: stored, such
    a string would fail every reply that carries it. The answer is a path like
    ``properties[0].value``. The walk is iterative, as deep as the decoder allowed.
    """
    pending: list[tuple[str, Any]] = [("", value)]
    while pending:
        path, item = pending.pop()
        if isinstance(item, str):
            if not item.isascii() and not _encodable(item):
                return path or "body"
        elif isinstance(item, dict):
            for key, child in item.items():
                name = f"{path}.{_shown(key)}" if path else _shown(key)
                if not key.isascii() and not _encodable(key):
                    return name
                pending.append((name, child))
        elif isinstance(item, list):
            pending.extend((f"{path}[{index}]", child) for index, child in enumerate(item))
    return None


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


async def json_fields(request: Request, known: Iterable[str], *, optional: bool = False) -> Fields:
    """The body's JSON object as ``Fields`` of the ``known`` names (matched ignoring case).

    A body that is not one JSON object is a 400 in the error shape of the service that owns the
    path; a string anywhere in it that is not valid Unicode is a 412 naming where. The size
    limit is enforced while reading (``BodyTooLarge`` escapes from here). ``optional``: no body
    at all is no fields.
    """
    raw = await request.body()
    if optional and not raw.strip():
        return Fields({})
    body = _json_object(raw)
    if isinstance(body, str):
        raise error_for_path(request.url.path, 400, body, param="body")
    where = invalid_unicode(body)
    if where is not None:
        message = f"{where} is not valid Unicode (a lone surrogate)"
        raise error_for_path(request.url.path, 412, message, param=where)
    return Fields(canonical_keys(body.items(), known))


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

    def int32(self, name: str) -> int | None:
        """An optional 32-bit integer of a JSON body; 3.0 is the integer 3, as in JSON Schema."""
        value = self._values.get(name)
        if value is None:
            return None
        whole = isinstance(value, int) or (isinstance(value, float) and value.is_integer())
        if isinstance(value, bool) or not whole or not INT32[0] <= value <= INT32[1]:
            self.fail(name, f"{name} must be a 32-bit integer")
            return None
        return int(value)

    def json_boolean(self, name: str) -> bool | None:
        """An optional boolean of a JSON body: true or false, not the text a query carries."""
        if isinstance(self._values.get(name), str):
            self.fail(name, f"{name} must be true or false")
            return None
        return self.boolean(name)

    def number(self, name: str, *, default: float, minimum: float, maximum: float) -> float:
        """A JSON number within bounds; ``default`` when absent."""
        value = self._values.get(name)
        if value is None:
            return default
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not minimum <= value <= maximum
        ):
            self.fail(name, f"{name} must be a number from {minimum} to {maximum}")
            return default
        return float(value)

    def json_object(self, name: str) -> dict[str, Any] | None:
        """A JSON object; null or absent is ``None``."""
        value = self._values.get(name)
        if value is None or isinstance(value, dict):
            return value
        self.fail(name, f"{name} must be an object")
        return None

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


INT32: Final = (-2_147_483_648, 2_147_483_647)
"""The range of an int32 (the service's binder)."""


def parse_guid(value: str) -> str | None:
    """The upper-case canonical form of a GUID string, or ``None`` if it is not one."""
    # Strict 8-4-4-4-12: uuid.UUID would also take braces, URNs and bare hex, which the spec's
    # ``format: uuid`` does not.
    if not _GUID.fullmatch(value):
        return None
    return str(uuid.UUID(value)).upper()
