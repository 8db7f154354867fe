"""Each exchange against the spec: the operation, its request, and its reply.

The operation is found by method and path (literal segments before parameters, matched without
regard to case, as the service matches them). The request is checked against the operation's
parameters (path, query and header: present when required, of the spec's type and bounds, and
no query parameter the spec does not name), the credentials its security asks for, and its JSON
body. The reply is checked for a documented status, the documented content type, the schema of
that status (by :class:`iotconnect.replies.ReplyChecker`, the checker the client uses with
``check_replies``) and the envelope rules a schema cannot state: a ``status`` member equal to the
HTTP status, no body on a 204.

Every finding is described by kind, JSON pointer and the spec's own words; no value of the
traffic reaches it, so findings can be printed and written as they are.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final
from urllib.parse import parse_qsl, quote, unquote

from iotconnect.replies import Drift, ReplyChecker, describe_error
from iotconnect_spec import resolve, spec_document

from .findings import Finding

try:
    import jsonschema_rs
except ImportError:  # pragma: no cover - depends on the install
    raise ImportError(
        "iotconnect_proxy needs the 'proxy' extra: pip install 'iotconnect-openapi[proxy]'"
    ) from None

__all__ = ["Exchange", "ExchangeChecker", "SpecOperation"]

_SPEC_URI: Final = "urn:iotconnect:proxy"
_METHODS: Final = ("get", "put", "post", "delete", "patch")
_INTEGER: Final = re.compile(r"-?\d{1,30}")
_NUMBER: Final = re.compile(r"-?\d{1,30}(\.\d{1,30})?([eE][-+]?\d{1,5})?")


@dataclass(frozen=True)
class Exchange:
    """One request and its reply, as the proxy passed them on.

    ``path`` is below the service's base URL (or the discovery host's root), as sent
    (percent-encoded); ``query`` the raw query string; header names lower case.
    """

    method: str
    path: str
    query: str
    headers: Mapping[str, str]
    body: bytes
    status: int
    reply_headers: Mapping[str, str]
    reply_body: bytes


@dataclass(frozen=True)
class _Parameter:
    name: str
    where: str  # path, query or header
    required: bool
    schema: Mapping[str, Any]
    validator: Any


@dataclass(frozen=True)
class SpecOperation:
    """An operation of the spec, with what its requests and replies must be."""

    operation_id: str
    method: str
    path: str
    tag: str
    pattern: re.Pattern[str]
    literals: int
    parameters: tuple[_Parameter, ...]
    body: Any  # the compiled body validator, or None
    body_required: bool
    replies: Mapping[str, tuple[str, ...]]  # status -> documented media types
    security: tuple[frozenset[str], ...]  # alternatives, each a set of scheme names

    @property
    def writes(self) -> bool:
        """Whether the operation may change the tenant: anything but a read or a token request
        (login and refresh issue tokens and change nothing a tenant holds)."""
        return self.method not in ("GET", "HEAD", "OPTIONS") and self.tag != "auth"


class ExchangeChecker:
    """Checks exchanges against ``spec`` (default: the installed ``openapi.json``)."""

    def __init__(self, spec: Mapping[str, Any] | None = None) -> None:
        """Compile the spec's request and reply schemas once."""
        self._spec = spec_document() if spec is None else spec
        self._replies = ReplyChecker("warn", self._spec)
        self._schemes: Mapping[str, Any] = self._spec.get("components", {}).get(
            "securitySchemes", {}
        )
        self.operations = _operations(self._spec)

    def find(self, method: str, path: str) -> SpecOperation | None:
        """The operation of a ``method`` request to ``path`` (below its base URL), if any."""
        method = method.upper()
        return next(
            (op for op in self.operations if op.method == method and op.pattern.fullmatch(path)),
            None,
        )

    def check(self, exchange: Exchange, *, credentials: bool = True) -> tuple[str, list[Finding]]:
        """The operation's id (or ``METHOD`` alone for a path the spec lacks) and findings;
        without ``credentials``, those the security asks for are not looked for (a recording
        has had them removed)."""
        return self.check_operation(
            self.find(exchange.method, exchange.path), exchange, credentials=credentials
        )

    def check_operation(
        self, op: SpecOperation | None, exchange: Exchange, *, credentials: bool = True
    ) -> tuple[str, list[Finding]]:
        """:meth:`check` for an exchange whose operation :meth:`find` has already named, so
        that the proxy looks it up once per exchange."""
        if op is None:
            name = exchange.method.upper()
            return name, [
                Finding(name, "operation", "", "an operation of the spec", "a path it lacks")
            ]
        return op.operation_id, self.request(op, exchange, credentials) + self.reply(op, exchange)

    def request(
        self, op: SpecOperation, exchange: Exchange, credentials: bool = True
    ) -> list[Finding]:
        """Findings in the request: parameters, credentials, body."""
        found: list[Finding] = []
        values = _request_values(op, exchange)
        known = {p.name.lower() for p in op.parameters if p.where == "query"}
        for name, _ in parse_qsl(exchange.query, keep_blank_values=True):
            if name.lower() not in known:
                found.append(
                    _request(op, f"/query/{name}", "a parameter the spec names", "unknown")
                )
        for param in op.parameters:
            pointer = f"/{param.where}/{param.name}"
            value = values.get((param.where, param.name.lower()))
            if value is None:
                if param.required:
                    found.append(_request(op, pointer, "present", "absent"))
                continue
            document = _coerce(value, param.schema)
            for error in param.validator.iter_errors(document):
                inner, expected, kind = describe_error(error, document)
                found.append(_request(op, pointer + inner, expected, kind))
        if credentials:
            found += self._credentials(op, exchange)
        found += _body(op, exchange)
        return found

    def reply(self, op: SpecOperation, exchange: Exchange) -> list[Finding]:
        """Findings in the reply: status, content type, schema, envelope."""
        status = str(exchange.status)
        name = op.operation_id
        if status not in op.replies and "default" not in op.replies:
            documented = ", ".join(sorted(op.replies))
            return [Finding(name, "status", "", f"a status in {documented}", status)]
        media = op.replies.get(status, op.replies.get("default", ()))
        body = exchange.reply_body
        if not media:
            if body.strip():
                return [Finding(name, "envelope", "", f"no body with {status}", "a body")]
            return []
        sent = exchange.reply_headers.get("content-type", "").split(";")[0].strip().lower()
        if sent not in media:
            shown = sent if re.fullmatch(r"[\w.+-]{1,40}/[\w.+-]{1,60}", sent) else "other"
            return [Finding(name, "content-type", "", " or ".join(media), shown or "none")]
        drifts, _additions = self._replies.examine(
            exchange.method, exchange.path, exchange.status, body
        )
        found = [_schema(drift) for drift in drifts]
        return found + _envelope(op, exchange)

    def _credentials(self, op: SpecOperation, exchange: Exchange) -> list[Finding]:
        if not op.security:
            return []
        missing = [
            sorted(name for name in alternative if not self._carries(exchange, name))
            for alternative in op.security
        ]
        if any(not names for names in missing):
            return []
        expected = " or ".join("+".join(sorted(a)) for a in op.security)
        return [_request(op, "/header/Authorization", f"credentials: {expected}", "absent")]

    def _carries(self, exchange: Exchange, scheme_name: str) -> bool:
        scheme = self._schemes.get(scheme_name, {})
        if scheme.get("type") == "apiKey":
            return bool(exchange.headers.get(str(scheme.get("name", "")).lower()))
        kind, _, credential = exchange.headers.get("authorization", "").partition(" ")
        return kind.lower() == str(scheme.get("scheme", "")).lower() and bool(credential.strip())


def _request_values(op: SpecOperation, exchange: Exchange) -> dict[tuple[str, str], str]:
    """Each parameter's value by (where, lower-case name): the path's, the query's (first
    value; the service reads names without regard to case) and the headers'."""
    values: dict[tuple[str, str], str] = {}
    found = op.pattern.fullmatch(exchange.path)
    if found is not None:
        for name, value in found.groupdict().items():
            values[("path", name.lower())] = unquote(value)
    for name, value in parse_qsl(exchange.query, keep_blank_values=True):
        values.setdefault(("query", name.lower()), value)
    for name, value in exchange.headers.items():
        values[("header", name.lower())] = value
    return values


def _body(op: SpecOperation, exchange: Exchange) -> list[Finding]:
    if op.body is None:
        return []
    if not exchange.body.strip():
        return [_request(op, "/body", "a JSON body", "none")] if op.body_required else []
    try:
        document = json.loads(exchange.body)
    except (ValueError, RecursionError):
        return [_request(op, "/body", "a JSON body", "text that is not JSON")]
    found = []
    for error in op.body.iter_errors(document):
        pointer, expected, kind = describe_error(error, document)
        found.append(_request(op, "/body" + pointer, expected, kind))
    return found


def _envelope(op: SpecOperation, exchange: Exchange) -> list[Finding]:
    try:
        document = json.loads(exchange.reply_body)
    except (ValueError, RecursionError):
        return []  # the schema check has said so
    if not isinstance(document, dict) or "status" not in document:
        return []
    status = document["status"]
    if isinstance(status, int) and not isinstance(status, bool) and status != exchange.status:
        found = "another status" if 100 <= status <= 599 else "a number that is no status"
        expected = f"the HTTP status ({exchange.status})"
        return [Finding(op.operation_id, "envelope", "/status", expected, found)]
    return []


def _schema(drift: Drift) -> Finding:
    return Finding(drift.operation, "schema", drift.pointer, drift.expected, drift.found)


def _request(op: SpecOperation, pointer: str, expected: str, found: str) -> Finding:
    return Finding(op.operation_id, "request", pointer, expected, found)


def _coerce(text: str, schema: Mapping[str, Any]) -> Any:
    """A parameter's text as the JSON value it stands for, by the schema's type: a value the
    type cannot read stays text, and the validator names the type it lacks."""
    types = schema.get("type", ())
    kinds = {types} if isinstance(types, str) else set(types)
    if "integer" in kinds and _INTEGER.fullmatch(text):
        return int(text)
    if "number" in kinds and _NUMBER.fullmatch(text):
        return float(text)
    if "boolean" in kinds and text.lower() in ("true", "false"):
        return text.lower() == "true"
    return text


def _escape(part: str) -> str:
    return str(part).replace("~", "~0").replace("/", "~1")


def _operations(spec: Mapping[str, Any]) -> tuple[SpecOperation, ...]:
    registry = jsonschema_rs.Registry([(_SPEC_URI, dict(spec))])

    def compiled(pointer: str) -> Any:
        ref = _SPEC_URI + "#" + quote(pointer)
        return jsonschema_rs.validator_for({"$ref": ref}, registry=registry, validate_formats=True)

    found = []
    for path, item in spec.get("paths", {}).items():
        for method in _METHODS:
            if method not in item:
                continue
            op = item[method]
            base = f"/paths/{_escape(path)}/{method}"
            params = []
            for where, index, raw in [
                *(
                    (f"/paths/{_escape(path)}/parameters", i, p)
                    for i, p in enumerate(item.get("parameters", []))
                ),
                *((f"{base}/parameters", i, p) for i, p in enumerate(op.get("parameters", []))),
            ]:
                pointer = raw["$ref"].removeprefix("#") if "$ref" in raw else f"{where}/{index}"
                param = resolve(spec, raw)
                params.append(
                    _Parameter(
                        str(param["name"]),
                        str(param["in"]),
                        bool(param.get("required")),
                        resolve(spec, param.get("schema", {})),
                        compiled(f"{pointer}/schema"),
                    )
                )
            body, body_required = None, False
            if "requestBody" in op:
                raw = op["requestBody"]
                pointer = raw["$ref"].removeprefix("#") if "$ref" in raw else f"{base}/requestBody"
                request_body = resolve(spec, raw)
                if "application/json" in request_body.get("content", {}):
                    body = compiled(f"{pointer}/content/application~1json/schema")
                    body_required = bool(request_body.get("required"))
            replies = {
                str(status): tuple(resolve(spec, reply).get("content", {}))
                for status, reply in op.get("responses", {}).items()
            }
            security = tuple(
                frozenset(alt) for alt in op.get("security", spec.get("security", [])) or ()
            )
            parts = path.strip("/").split("/")
            pattern = "/" + "/".join(
                f"(?P<{_group(part)}>[^/]+)" if part.startswith("{") else re.escape(part)
                for part in parts
            )
            found.append(
                SpecOperation(
                    str(op.get("operationId", f"{method.upper()} {path}")),
                    method.upper(),
                    path,
                    str(op.get("tags", ["-"])[0]),
                    re.compile(pattern, re.IGNORECASE),
                    sum(not part.startswith("{") for part in parts),
                    tuple(params),
                    body,
                    body_required,
                    replies,
                    security,
                )
            )
    # A literal segment wins over a parameter (`/Device/count` before `/Device/{deviceGuid}`).
    return tuple(sorted(found, key=lambda op: -op.literals))


def _group(part: str) -> str:
    return re.sub(r"\W", "_", part.strip("{}"))
