"""The one reply checker of a session, with one switch: ``IoTConnect(check_replies=...)``.

Every parsed reply model is checked against its annotations (:func:`._models.mismatch`: the
generated parser copies values as they come, so ``"isActive": "yes"`` would otherwise reach a
``bool`` field); the error boundary raises :class:`~iotconnect.DecodeError` for one that does
not fit. That is all ``check_replies=None`` (the default) does.

Drift seen in live traffic: ``IoTConnect(check_replies="warn" | "raise")`` also puts a
:class:`CheckingTransport` around each of its transports, so every reply of every generated
function (and of the token requests) passes through :meth:`ReplyChecker.check` before the
generated code parses it. The checker finds the operation by method and path in the route table
(:mod:`iotconnect._routes`), validates the JSON body against that operation's schema for the
status, and describes each difference as a :class:`Drift`: operation, status, JSON pointer,
what the spec expects and what type was found. A drift never carries a value from the reply
(replies hold tokens and customer data), only types and the spec's own words.

"warn" logs each distinct drift once (logger ``iotconnect.replies``) and lets a model whose
values have other types than its annotations through (the drift reports them); "raise" raises
:class:`ReplyDrift` for every reply that drifts, so that a test or a staging job fails there.

What a later release of the service adds is no drift: a field the spec does not name (at any
depth, in list items too) and a value of the right type outside a field's ``enum`` are an
:class:`Addition`, logged once at INFO in either mode and listed in ``additions``, never raised:
the client passes them on (unknown fields in each model's ``additional_properties``, unknown
values as their JSON type).

Validation uses jsonschema-rs (the ``check-replies`` extra): schemas are compiled once per
session, for OpenAPI 3.1's dialect (JSON Schema 2020-12), and its errors are structured, so the
report is built from the error's kind and instance path, never from its message (which quotes
the value).
"""

from __future__ import annotations

import json
import logging
import re
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final, Literal, NamedTuple
from urllib.parse import quote

import httpx

from iotconnect_spec import resolve, spec_document

from ._models import mismatch
from ._routes import ROUTES, find
from .errors import ConfigurationError, IoTConnectError

__all__ = [
    "Addition",
    "CheckReplies",
    "CheckingTransport",
    "Drift",
    "ReplyChecker",
    "ReplyDrift",
    "describe_error",
]

CheckReplies = Literal["warn", "raise"]
"""What :class:`ReplyChecker` does with a drift: log it once, or raise :class:`ReplyDrift`."""

_LOG: Final = logging.getLogger("iotconnect.replies")
_SPEC_URI: Final = "urn:iotconnect:openapi"
_METHODS: Final = ("get", "put", "post", "delete", "patch")
_JSON_TYPES: Final = ((bool, "boolean"), (int, "integer"), (float, "number"), (str, "string"))
# Distinct additions kept per session: they name what a server sends, so a server that sends
# new names forever must not grow the list forever.
_MAX_ADDITIONS: Final = 1000
_CONTAINERS: Final = (dict, list)


class Drift(NamedTuple):
    """One way a reply differs from the spec. Never holds a value from the reply."""

    operation: str
    status: int
    pointer: str
    expected: str
    found: str

    def __str__(self) -> str:
        """``operation status pointer: expected X, found Y``."""
        return (
            f"{self.operation} {self.status} {self.pointer or '/'}: "
            f"expected {self.expected}, found {self.found}"
        )


class Addition(NamedTuple):
    """Something a reply carries that the spec does not know: a ``field`` it does not name, or
    a ``value`` outside a field's enum. Never holds a value from the reply."""

    operation: str
    status: int
    pointer: str
    kind: Literal["field", "value"]

    def __str__(self) -> str:
        """``operation status pointer: a field (or value) the spec does not name``."""
        return (
            f"{self.operation} {self.status} {self.pointer}: a {self.kind} the spec does not name"
        )


class ReplyDrift(IoTConnectError):
    """A reply does not match the spec (``check_replies="raise"``); ``drifts`` says how."""

    def __init__(self, drifts: Sequence[Drift]) -> None:
        """Create the error for the drifts of one reply."""
        super().__init__(tuple(drifts))
        self.drifts = tuple(drifts)

    def __str__(self) -> str:
        """One line per drift."""
        return "reply differs from openapi.yaml: " + "; ".join(map(str, self.drifts))


@dataclass(frozen=True)
class _Schemas:
    operation: str  # the spec's operationId
    validators: Mapping[str, Any]  # status -> compiled validator (None: no JSON body)
    schemas: Mapping[str, Any]  # status -> the reply's schema, to find additions


class ReplyChecker:
    """Checks parsed models, and with ``mode`` validates replies against ``spec`` (default:
    the installed ``openapi.json``).

    With a mode, compiles every reply schema once, at construction. Thread-safe: one checker
    serves the session's sync and async clients.
    """

    def __init__(
        self, mode: CheckReplies | None = None, spec: Mapping[str, Any] | None = None
    ) -> None:
        """Compile the reply schemas of every operation of ``spec`` when ``mode`` is given."""
        if mode not in (None, "warn", "raise"):
            raise ConfigurationError(f"check_replies must be 'warn' or 'raise', not {mode!r}")
        self.mode: CheckReplies | None = mode
        self._schemas: dict[str, _Schemas] = {}
        self._unnamed = _UnnamedFields({})
        if mode is not None:
            document = spec_document() if spec is None else spec
            self._schemas = _compile(document)
            self._unnamed = _UnnamedFields(document)
        self._seen: dict[Drift, None] = {}
        self._added: dict[Addition, None] = {}
        self._lock = threading.Lock()

    @property
    def validates(self) -> bool:
        """Whether replies are validated against the spec (``check_replies`` is given)."""
        return self.mode is not None

    def fits(self, parsed: object) -> str | None:
        """Where a parsed model departs from its annotations (None: it fits). With "warn", a
        departure is the drift's to report, not an error: None."""
        return None if self.mode == "warn" else mismatch(parsed)

    @property
    def drifts(self) -> tuple[Drift, ...]:
        """Every distinct drift seen so far, in the order first seen."""
        with self._lock:
            return tuple(self._seen)

    @property
    def additions(self) -> tuple[Addition, ...]:
        """Every distinct addition seen so far (the first 1000), in the order first seen."""
        with self._lock:
            return tuple(self._added)

    def examine(
        self, method: str, path: str, status: int, body: bytes
    ) -> tuple[list[Drift], list[Addition]]:
        """The drifts and additions of one reply, without logging, raising or keeping them;
        ``path`` is relative to the service's base URL. For tools that report on their own
        (``iotconnect proxy``)."""
        route = find(ROUTES, method, path)
        schemas = None if route is None else self._schemas.get(route.info.name)
        if schemas is None:
            return [], []
        return _findings(self._unnamed, schemas, status, body)

    def check(self, method: str, path: str, status: int, body: bytes) -> None:
        """Check one reply; ``path`` is relative to the service's base URL."""
        drifts, additions = self.examine(method, path, status, body)
        if not drifts and not additions:
            return
        with self._lock:
            new = [d for d in drifts if d not in self._seen]
            self._seen.update(dict.fromkeys(new))
            room = _MAX_ADDITIONS - len(self._added)
            added = [a for a in dict.fromkeys(additions) if a not in self._added][: max(room, 0)]
            self._added.update(dict.fromkeys(added))
        for addition in added:
            _LOG.info("reply addition: %s", addition)
        for drift in new:
            _LOG.warning("reply drift: %s", drift)
        if drifts and self.mode == "raise":
            raise ReplyDrift(drifts)


class CheckingTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Checks each reply of ``transport`` for a service whose base URL path is ``base_path``."""

    def __init__(
        self,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport,
        checker: ReplyChecker,
        base_path: str,
    ) -> None:
        """Wrap ``transport``; requests outside ``base_path`` pass unchecked."""
        self._transport = transport
        self._checker = checker
        self._base_path = base_path.rstrip("/")

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send, read the body (the generated client reads it anyway), check, return."""
        assert isinstance(self._transport, httpx.BaseTransport)
        response = self._transport.handle_request(request)
        path = self._relative(request)
        if path is not None:
            body = response.read()
            self._check(request, path, response, body)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send, read the body, check, return."""
        assert isinstance(self._transport, httpx.AsyncBaseTransport)
        response = await self._transport.handle_async_request(request)
        path = self._relative(request)
        if path is not None:
            body = await response.aread()
            self._check(request, path, response, body)
        return response

    def close(self) -> None:
        """Close the wrapped transport."""
        if isinstance(self._transport, httpx.BaseTransport):
            self._transport.close()

    async def aclose(self) -> None:
        """Close the wrapped transport."""
        if isinstance(self._transport, httpx.AsyncBaseTransport):
            await self._transport.aclose()

    def _relative(self, request: httpx.Request) -> str | None:
        path = request.url.path
        if not path.lower().startswith(self._base_path.lower()):
            return None
        return path[len(self._base_path) :] or "/"

    def _check(
        self, request: httpx.Request, path: str, response: httpx.Response, body: bytes
    ) -> None:
        try:
            self._checker.check(request.method, path, response.status_code, body)
        except ReplyDrift:
            response.close()
            raise


def _compile(spec: Mapping[str, Any]) -> dict[str, _Schemas]:
    """The reply schemas of each generated operation (by its name) that ``spec`` describes."""
    try:
        import jsonschema_rs
    except ImportError:  # pragma: no cover - depends on the install
        raise ImportError(
            "IoTConnect(check_replies=...) needs the 'check-replies' extra: "
            "pip install 'iotconnect-openapi[check-replies]'"
        ) from None
    # One registry holds the spec; each validator is a $ref into it, so shared components are
    # resolved in place, not copied into every schema (about 5 ms instead of 38 ms here).
    registry = jsonschema_rs.Registry([(_SPEC_URI, dict(spec))])
    described = {
        (method.upper(), _shape(path)): (path, method)
        for path, item in spec.get("paths", {}).items()
        for method in _METHODS
        if method in item
    }
    compiled = {}
    for route in ROUTES:
        found = described.get((route.info.method, _shape(route.info.path)))
        if found is None:
            continue
        path, method = found
        op = spec["paths"][path][method]
        validators: dict[str, Any] = {}
        schemas: dict[str, Any] = {}
        for status, reply in op.get("responses", {}).items():
            pointer = f"/paths/{_escape(path)}/{method}/responses/{status}"
            if "$ref" in reply:
                pointer = reply["$ref"].removeprefix("#")
            reply = resolve(spec, reply)
            schema = reply.get("content", {}).get("application/json", {}).get("schema")
            schemas[status] = schema
            ref = _SPEC_URI + "#" + quote(f"{pointer}/content/application~1json/schema")
            validators[status] = (
                None
                if schema is None
                else jsonschema_rs.validator_for(
                    {"$ref": ref}, registry=registry, validate_formats=True
                )
            )
        compiled[route.info.name] = _Schemas(op.get("operationId", path), validators, schemas)
    return compiled


def _shape(path: str) -> str:
    # The spec and the generated code name path parameters differently (deviceGuid, device_guid).
    return re.sub(r"\{[^/}]*\}", "{}", path)


def _findings(
    unnamed: _UnnamedFields, route: _Schemas, status: int, body: bytes
) -> tuple[list[Drift], list[Addition]]:
    key = str(status)
    if key not in route.validators:
        documented = ", ".join(sorted(route.validators))
        return [Drift(route.operation, status, "", f"a status in {documented}", str(status))], []
    validator = route.validators[key]
    if validator is None or not body.strip():
        return [], []
    try:
        document = json.loads(body)
    except ValueError:
        return [Drift(route.operation, status, "", "a JSON body", "text that is not JSON")], []
    drifts: dict[Drift, None] = {}
    additions: dict[Addition, None] = {}
    for error in validator.iter_errors(document):
        found = _describe(route.operation, status, error, document)
        if isinstance(found, Addition):
            additions[found] = None
        else:
            drifts[found] = None
    for pointer in unnamed.pointers(route.schemas[key], document):
        additions[Addition(route.operation, status, pointer, "field")] = None
    return list(drifts), list(additions)


@dataclass(frozen=True)
class _Shape:
    names: frozenset[str] | None  # the properties an object names; None: a free-form object
    nested: tuple[tuple[str, Any], ...]  # (property, schema) of those that may hold more
    items: Any  # an array's item schema, or None


class _UnnamedFields:
    """Finds the fields a reply carries that the spec does not name, at any depth.

    Walks the schema, not the value: the depth is the spec's, whatever a reply nests. Each
    schema's shape is worked out once; a property whose schema is a scalar is never entered,
    so a page costs a set look-up per field.
    """

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self._spec = spec
        self._shapes: dict[tuple[int, bool], _Shape] = {}

    def pointers(self, schema: Any, document: Any) -> list[str]:
        """JSON pointers (array positions as ``*``) of the unnamed fields in ``document``."""
        found: dict[str, None] = {}
        if isinstance(document, _CONTAINERS):
            self._walk(schema, document, "", found)
        return list(found)

    def _walk(self, schema: Any, value: Any, pointer: str, found: dict[str, None]) -> None:
        is_object = isinstance(value, dict)
        shape = self._shapes.get((id(schema), is_object))
        if shape is None:
            shape = self._shapes[(id(schema), is_object)] = self._shape(schema, is_object)
        if is_object:
            if shape.names is None:
                return
            for name in sorted(value.keys() - shape.names):
                found[f"{pointer}/{_escape(name)}"] = None
            for name, inner_schema in shape.nested:
                inner = value.get(name)
                if isinstance(inner, _CONTAINERS):
                    self._walk(inner_schema, inner, f"{pointer}/{_escape(name)}", found)
        elif shape.items is not None:
            # Array positions become `*`, as in drifts: the same field in every item is one.
            for inner in value:
                if isinstance(inner, _CONTAINERS):
                    self._walk(shape.items, inner, f"{pointer}/*", found)

    def _shape(self, schema: Any, is_object: bool) -> _Shape:
        node = self._branch(schema, "object" if is_object else "array")
        named = node.get("properties")
        items = node.get("items")
        if not isinstance(named, Mapping):
            return _Shape(None, (), items if isinstance(items, Mapping) else None)
        nested = tuple((name, sub) for name, sub in named.items() if not self._scalar(sub))
        return _Shape(frozenset(named), nested, None)

    def _branch(self, schema: Any, kind: str) -> Mapping[str, Any]:
        """``schema`` with its ``$ref`` followed and, of an ``anyOf``/``oneOf``, the branch for
        a value of JSON type ``kind`` (the spec's unions are a type and null)."""
        node = resolve(self._spec, schema) if isinstance(schema, Mapping) else {}
        branches = node.get("anyOf") or node.get("oneOf")
        if not branches:
            return node
        for branch in branches:
            resolved = resolve(self._spec, branch)
            types = resolved.get("type", "object" if "properties" in resolved else None)
            if kind == types or (isinstance(types, list) and kind in types):
                return resolved
        return {}

    def _scalar(self, schema: Any) -> bool:
        node = resolve(self._spec, schema) if isinstance(schema, Mapping) else {}
        types = node.get("type")
        kinds = {types} if isinstance(types, str) else set(types or ())
        return bool(kinds) and not kinds & {"object", "array"}


def _describe(operation: str, status: int, error: Any, document: Any) -> Drift | Addition:
    """A drift from a jsonschema-rs error; an enum value of the enum's own type is an
    addition, what a later release may send."""
    pointer, expected, found = describe_error(error, document)
    if error.kind.name == "enum":
        kinds = {_json_type(option) for option in error.kind.options}
        if _json_type(_at(document, list(error.instance_path))) in kinds:
            return Addition(operation, status, pointer, "value")
    return Drift(operation, status, pointer, expected, found)


def describe_error(error: Any, document: Any) -> tuple[str, str, str]:
    """The JSON pointer, what the spec expects and what was found, of a jsonschema-rs error in
    ``document``: from its kind and instance path, never its message, which quotes the value.
    Array positions become ``*``: a difference in every item of a page is one."""
    path = list(error.instance_path)
    kind = error.kind
    name = kind.name
    pointer = "".join("/*" if isinstance(p, int) else f"/{_escape(p)}" for p in path)
    if name == "required":
        return f"{pointer}/{_escape(kind.property)}", "present", "absent"
    found = _json_type(_at(document, path))
    if name == "type":
        return pointer, "|".join(sorted(kind.types)), found
    if name == "format":
        return pointer, f"string ({kind.format})", f"{found} (other)"
    if name == "enum":
        return pointer, "one of " + "|".join(map(json.dumps, kind.options)), f"{found} (other)"
    # Bounds, lengths, patterns: name the keyword and its limit, which are the spec's words.
    limit = kind.as_dict().get("limit")
    return pointer, (name if limit is None else f"{name} {limit}"), f"{found} (other)"


def _at(document: Any, path: Sequence[str | int]) -> Any:
    for part in path:
        document = document[part]
    return document


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, Mapping):
        return "object"
    if isinstance(value, list):
        return "array"
    return next((name for kind, name in _JSON_TYPES if isinstance(value, kind)), "unknown")


def _escape(part: str) -> str:
    return str(part).replace("~", "~0").replace("/", "~1")
