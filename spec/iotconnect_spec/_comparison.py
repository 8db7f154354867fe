"""The walk behind :func:`iotconnect_spec.vendor_diff.compare`: both documents, operation by
operation, reduced to what reaches the wire (see that module's docstring for the rules)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from . import resolve

__all__ = ["Difference", "VendorDocument", "Walk", "walk"]

_METHODS: Final = ("get", "put", "post", "delete", "patch", "head", "options")
_FORMATS: Final = frozenset({"uuid", "date-time", "date", "byte", "binary", "uri", "email"})
_VERSION_PREFIX: Final = re.compile(r"^/api/v(\d+(?:\.\d+)?)(?=/)", re.IGNORECASE)
_PLATFORMS: Final = {"2.1": "aws", "2": "azure", "2.0": "azure"}
# The vendor's files are named for their service (avnet-iotconnect-user-aws-prod-swagger...), as
# are its hosts (awspocdevice.iotconnect.io); the spec's operations name theirs by their first tag.
_SERVICE_IN_NAME: Final = re.compile(r"(auth|device|user)", re.IGNORECASE)


@dataclass(frozen=True, order=True)
class Difference:
    """One way the spec and a vendor document disagree (values are descriptions, never data)."""

    platform: str
    operation: str
    kind: str
    where: str
    spec: str
    vendor: str

    def line(self) -> str:
        """One line, as the report prints it."""
        return (
            f"{self.platform:<6} {self.operation:<22} {self.kind:<17} {self.where}: "
            f"spec {self.spec}, vendor {self.vendor}"
        )


@dataclass(frozen=True)
class VendorDocument:
    """A vendor Swagger 2.0 document and the name it goes by in the report."""

    name: str
    document: Mapping[str, Any]

    @property
    def platform(self) -> str:
        """``aws`` or ``azure``, from the version prefix of the paths (else ``info.version``)."""
        for path in self.document.get("paths", {}):
            found = _VERSION_PREFIX.match(path)
            if found:
                return _PLATFORMS.get(found.group(1), f"v{found.group(1)}")
        version = str(self.document.get("info", {}).get("version", "?"))
        return _PLATFORMS.get(version, f"v{version}")

    @property
    def service(self) -> str | None:
        """The service the document describes (``auth``, ``device``, ``user``), when its name
        (a file's or a host's) says; each host has its own paths (the device host's
        ``/entity/{guid}/device`` is no operation of the user host's ``/Entity``), so a document
        is compared with the spec operations of its service only."""
        found = _SERVICE_IN_NAME.search(self.name)
        return found.group(1).lower() if found else None


@dataclass
class Walk:
    """What :func:`walk` found: the differences, the unmodelled vendor operations per document
    and tag, and the spec operations no vendor document covers."""

    differences: list[Difference] = field(default_factory=list)
    unmodelled: dict[str, Counter[str]] = field(default_factory=dict)
    not_covered: list[str] = field(default_factory=list)


def walk(spec: Mapping[str, Any], vendors: Iterable[VendorDocument]) -> Walk:
    """Every difference between ``spec`` (OpenAPI 3.1) and each vendor document (Swagger 2.0)."""
    ours = _Spec(spec)
    report = Walk()
    covered: set[str] = set()
    for vendor in vendors:
        doc = _Vendor(vendor)
        service = vendor.service or ours.most_shared_service(doc.operations)
        modelled: set[tuple[str, str]] = set()
        for key, (op_id, operation, path_item) in ours.operations.items():
            if ours.service(operation) != service:
                continue
            found = doc.operations.get(key)
            if found is None:
                if key[1].split("/")[1] in doc.first_segments:
                    covered.add(op_id)
                    report.differences.append(
                        Difference(
                            doc.platform,
                            op_id,
                            "operation-extra",
                            key[0].upper(),
                            "models",
                            "absent",
                        )
                    )
                continue
            covered.add(op_id)
            modelled.add(key)
            _Comparison(ours, doc, op_id, report.differences).operation(operation, path_item, found)
        tags = Counter(
            (op.get("tags") or ["(untagged)"])[0]
            for key, op in doc.operations.items()
            if key not in modelled
        )
        report.unmodelled[vendor.name] = tags
    report.not_covered = sorted(
        op_id for op_id, _, _ in ours.operations.values() if op_id not in covered
    )
    report.differences.sort()
    return report


class _Spec:
    """The spec's operations keyed by (method, normalised path), and its $ref resolver."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self.operations: dict[tuple[str, str], tuple[str, dict[str, Any], dict[str, Any]]] = {}
        for path, item in document.get("paths", {}).items():
            for method in _METHODS:
                if method in item:
                    op = item[method]
                    self.operations[(method, _normal_path(path))] = (
                        op.get("operationId", f"{method.upper()} {path}"),
                        op,
                        item,
                    )

    def resolve(self, node: Mapping[str, Any]) -> Mapping[str, Any]:
        return resolve(self.document, node)

    @staticmethod
    def service(operation: Mapping[str, Any]) -> str | None:
        tags = operation.get("tags") or [None]
        return None if tags[0] is None else str(tags[0]).lower()

    def most_shared_service(self, keys: Iterable[tuple[str, str]]) -> str | None:
        """The service of most spec operations among ``keys`` (a document named by nothing)."""
        shared = Counter(
            self.service(self.operations[key][1]) for key in keys if key in self.operations
        )
        return shared.most_common(1)[0][0] if shared else None


class _Vendor:
    """A vendor document's operations keyed like the spec's, and its $ref resolver."""

    def __init__(self, vendor: VendorDocument) -> None:
        self.document = vendor.document
        self.platform = vendor.platform
        self.operations: dict[tuple[str, str], dict[str, Any]] = {}
        self.first_segments: set[str] = set()
        for raw_path, item in self.document.get("paths", {}).items():
            path = _normal_path(_VERSION_PREFIX.sub("", raw_path))
            self.first_segments.add(path.split("/")[1])
            for method in _METHODS:
                if method in item:
                    self.operations[(method, path)] = item[method]

    def resolve(self, node: Mapping[str, Any]) -> Mapping[str, Any]:
        return resolve(self.document, node)


@dataclass
class _Shape:
    """A schema reduced to what the comparison looks at, on either side."""

    types: frozenset[str]
    format: str | None
    enum: tuple[Any, ...] | None
    properties: dict[str, Mapping[str, Any]]
    required: frozenset[str] | None
    items: Mapping[str, Any] | None

    @property
    def type_text(self) -> str:
        return "|".join(sorted(self.types)) or "any"


class _Comparison:
    """Compares one operation; appends each difference to ``out``."""

    def __init__(self, spec: _Spec, vendor: _Vendor, op_id: str, out: list[Difference]) -> None:
        self.spec = spec
        self.vendor = vendor
        self.op_id = op_id
        self.out = out

    def add(self, kind: str, where: str, spec: str, vendor: str) -> None:
        self.out.append(Difference(self.vendor.platform, self.op_id, kind, where, spec, vendor))

    def operation(
        self, ours: Mapping[str, Any], path_item: Mapping[str, Any], theirs: Mapping[str, Any]
    ) -> None:
        if "responses" not in theirs:
            self.add("operation-stubbed", "*", "models", "no details (an excerpt)")
            return
        self.parameters(ours, path_item, theirs)
        self.request_body(ours, theirs)
        self.replies(ours.get("responses", {}), theirs.get("responses", {}))

    def parameters(
        self, ours: Mapping[str, Any], path_item: Mapping[str, Any], theirs: Mapping[str, Any]
    ) -> None:
        spec_params = self._spec_parameters(ours, path_item)
        vendor_params = {
            (p["in"], p["name"]): p
            for p in map(self.vendor.resolve, theirs.get("parameters", []))
            if p["in"] in ("query", "header", "path") and p["name"].lower() != "authorization"
        }
        # Path parameters pair by position: their names never reach the wire.
        spec_path = [k for k in spec_params if k[0] == "path"]
        vendor_path = [k for k in vendor_params if k[0] == "path"]
        for spec_key, vendor_key in zip(spec_path, vendor_path, strict=False):
            self.parameter(
                f"path {spec_key[1]}", spec_params.pop(spec_key), vendor_params.pop(vendor_key)
            )
        for key, theirs_param in vendor_params.items():
            ours_key = _case_match(key, spec_params)
            where = f"{key[0]} {key[1]}"
            if ours_key is None:
                self.add("parameter-missing", where, "absent", _param_text(theirs_param))
                continue
            ours_param = spec_params.pop(ours_key)
            if ours_key != key:
                self.add("name-case", where, ours_key[1], key[1])
            self.parameter(where, ours_param, theirs_param)
        for key, ours_param in spec_params.items():
            platforms = ours_param.get("x-platforms")
            if platforms is None or self.vendor.platform in platforms:
                self.add(
                    "parameter-extra",
                    f"{key[0]} {key[1]}",
                    _param_text(ours_param, self.spec.resolve(ours_param.get("schema", {}))),
                    "absent",
                )

    def _spec_parameters(
        self, ours: Mapping[str, Any], path_item: Mapping[str, Any]
    ) -> dict[tuple[str, str], Mapping[str, Any]]:
        params: dict[tuple[str, str], Mapping[str, Any]] = {}
        for raw in [*path_item.get("parameters", []), *ours.get("parameters", [])]:
            p = self.spec.resolve(raw)
            if p["in"] in ("query", "header", "path"):
                params[(p["in"], p["name"])] = p
        schemes = self.spec.document.get("components", {}).get("securitySchemes", {})
        for requirement in ours.get("security", []):
            for name in requirement:
                scheme = schemes.get(name, {})
                if scheme.get("type") == "apiKey" and scheme.get("in") == "header":
                    params[("header", scheme["name"])] = {
                        "in": "header",
                        "name": scheme["name"],
                        "required": True,
                        "schema": {"type": "string"},
                    }
        return params

    def parameter(self, where: str, ours: Mapping[str, Any], theirs: Mapping[str, Any]) -> None:
        platforms = ours.get("x-platforms")
        if platforms is not None and self.vendor.platform not in platforms:
            self.add("platforms", where, f"only {', '.join(platforms)}", "present")
        if bool(ours.get("required")) != bool(theirs.get("required")):
            self.add("required", where, _required_text(ours), _required_text(theirs))
        self.values(where, self._spec_shape(ours.get("schema", {})), self._vendor_shape(theirs))

    def request_body(self, ours: Mapping[str, Any], theirs: Mapping[str, Any]) -> None:
        body = self.spec.resolve(ours.get("requestBody", {}))
        ours_schema = body.get("content", {}).get("application/json", {}).get("schema")
        theirs_schema = next(
            (p.get("schema") for p in theirs.get("parameters", []) if p.get("in") == "body"), None
        )
        if ours_schema is None and theirs_schema is None:
            return
        if ours_schema is None or theirs_schema is None:
            self.add(
                "body",
                "body",
                "JSON" if ours_schema else "none",
                "JSON" if theirs_schema else "none",
            )
            return
        self.schema("body ", ours_schema, theirs_schema)

    def replies(self, ours: Mapping[str, Any], theirs: Mapping[str, Any]) -> None:
        for status in sorted(set(ours) | set(theirs)):
            if status == "default":
                continue
            if status not in ours:
                self.add("status-missing", status, "absent", "declared")
                continue
            if status not in theirs:
                self.add("status-extra", status, "declared", "absent")
                continue
            theirs_schema = theirs[status].get("schema")
            if theirs_schema is None:
                continue  # The vendor declares nothing about this body.
            reply = self.spec.resolve(ours[status])
            ours_schema = reply.get("content", {}).get("application/json", {}).get("schema")
            if ours_schema is None:
                vendor_name = theirs_schema.get("$ref", "JSON").rsplit("/", 1)[-1]
                self.add("body", status, "no body", vendor_name)
                continue
            self.schema(f"{status} ", ours_schema, theirs_schema)

    def schema(self, where: str, ours: Mapping[str, Any], theirs: Mapping[str, Any]) -> None:
        self._schema(where, "", ours, theirs, set())

    def _schema(
        self,
        where: str,
        pointer: str,
        ours: Mapping[str, Any],
        theirs: Mapping[str, Any],
        seen: set[tuple[int, int]],
    ) -> None:
        # A recursive model (a template's attributes of attributes) is compared once per pair.
        key = (id(self.spec.resolve(ours)), id(self.vendor.resolve(theirs)))
        if key in seen:
            return
        seen = seen | {key}
        spec_shape = self._spec_shape(ours)
        vendor_shape = self._vendor_shape(theirs)
        here = where + (pointer or "/")
        self.values(here, spec_shape, vendor_shape)
        if spec_shape.items is not None and vendor_shape.items is not None:
            self._schema(where, pointer + "/*", spec_shape.items, vendor_shape.items, seen)
        if not (spec_shape.properties or vendor_shape.properties):
            return
        remaining = dict(spec_shape.properties)
        for name, theirs_prop in vendor_shape.properties.items():
            at = f"{where}{pointer}/{name}"
            ours_name = _case_match(name, remaining)
            if ours_name is None:
                if spec_shape.types and "object" in spec_shape.types:
                    self.add(
                        "field-missing", at, "absent", self._vendor_shape(theirs_prop).type_text
                    )
                continue
            ours_prop = remaining.pop(ours_name)
            if ours_name != name:
                self.add("name-case", at, ours_name, name)
            platforms = ours_prop.get("x-platforms")
            if platforms is not None and self.vendor.platform not in platforms:
                self.add("platforms", at, f"only {', '.join(platforms)}", "present")
            if vendor_shape.required is not None:
                ours_required = ours_name in (spec_shape.required or ())
                if ours_required != (name in vendor_shape.required):
                    self.add(
                        "required",
                        at,
                        "required" if ours_required else "optional",
                        "optional" if ours_required else "required",
                    )
            self._schema(where, f"{pointer}/{name}", ours_prop, theirs_prop, seen)
        if vendor_shape.types and "object" not in vendor_shape.types:
            return  # A type difference already says it all.
        for name, ours_prop in remaining.items():
            platforms = ours_prop.get("x-platforms")
            if platforms is not None and self.vendor.platform not in platforms:
                continue
            text = self._spec_shape(ours_prop).type_text
            if name in (spec_shape.required or ()):
                text += ", required"
            self.add("field-extra", f"{where}{pointer}/{name}", text, "absent")

    def values(self, where: str, ours: _Shape, theirs: _Shape) -> None:
        """Type, format and enum of one value."""
        if ours.types != theirs.types:
            self.add("type", where, ours.type_text, theirs.type_text)
            return
        if ours.format in _FORMATS and ours.format != theirs.format:
            self.add("format", where, ours.format or "none", theirs.format or "none")
        if ours.enum is not None and (
            theirs.enum is None or set(map(str, ours.enum)) != set(map(str, theirs.enum))
        ):
            self.add("enum", where, _enum_text(ours.enum), _enum_text(theirs.enum))

    def _spec_shape(self, node: Mapping[str, Any]) -> _Shape:
        schema = self.spec.resolve(node)
        branches = schema.get("anyOf") or schema.get("oneOf")
        if branches:
            shapes = [self._spec_shape(b) for b in branches]
            merged = _Shape(frozenset(), None, None, {}, None, None)
            for s in shapes:
                merged.types |= s.types
                merged.properties.update(s.properties)
                merged.items = merged.items or s.items
            merged.types -= {"null"}
            return merged
        raw = schema.get("type")
        types = set(raw if isinstance(raw, list) else [raw] if raw else [])
        types.discard("null")
        if not types and "properties" in schema:
            types.add("object")
        return _Shape(
            types=frozenset(types),
            format=schema.get("format"),
            enum=tuple(v for v in schema["enum"] if v is not None) if "enum" in schema else None,
            properties=dict(schema.get("properties", {})),
            required=frozenset(required)
            if isinstance(required := schema.get("required"), list)
            else None,
            items=schema.get("items"),
        )

    def _vendor_shape(self, node: Mapping[str, Any]) -> _Shape:
        schema = self.vendor.resolve(node)
        raw = schema.get("type")
        types = {raw} if raw else set()
        if not types and "properties" in schema:
            types.add("object")
        required = schema.get("required")  # A parameter's own flag is a bool, not a list.
        return _Shape(
            types=frozenset(types),
            format=schema.get("format"),
            enum=tuple(schema["enum"]) if "enum" in schema else None,
            properties=dict(schema.get("properties", {})),
            required=frozenset(required) if isinstance(required, list) else None,
            items=schema.get("items"),
        )


def _normal_path(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path.rstrip("/") or "/").lower()


def _case_match(key: Any, candidates: Mapping[Any, Any]) -> Any:
    """``key`` itself if present, else a candidate equal to it up to case, else None."""
    if key in candidates:
        return key
    folded = str(key).lower()
    return next((c for c in candidates if str(c).lower() == folded), None)


def _param_text(param: Mapping[str, Any], schema: Mapping[str, Any] | None = None) -> str:
    source = schema if schema is not None else param
    raw = source.get("type", "any")
    types = [t for t in (raw if isinstance(raw, list) else [raw]) if t != "null"]
    text = "|".join(types)
    if param.get("required"):
        text += ", required"
    return text


def _required_text(param: Mapping[str, Any]) -> str:
    return "required" if param.get("required") else "optional"


def _enum_text(values: tuple[Any, ...] | None) -> str:
    if values is None:
        return "any value"
    return "one of " + "|".join(sorted(map(str, values)))
