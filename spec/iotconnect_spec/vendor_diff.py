"""openapi.yaml against the vendor's own Swagger 2.0 documents: what differs, and is it deliberate?

For every operation the spec models and a vendor document also describes, both directions:
parameters (name, spelling, type, format, enum, required), the request body and every reply
(status codes, fields, types, formats, enums, required flags). One :class:`Difference` per finding;
an allow-list (TOML, ``vendor/allowed.toml``) explains the deliberate ones, each with its reason.
Vendor operations the spec does not model are counted per tag.

Rules that keep the comparison about the wire, not about the two formats:

- Paths match without the version prefix (``/api/v2.1``, ``/api/v2``) and without case (the
  service matches paths case-insensitively); path parameters pair by position, since their names
  never reach the wire. The prefix names the platform: ``v2.1`` is AWS, ``v2`` is Azure.
- Swagger 2.0 cannot say "nullable", so a spec type that also allows ``null`` is no difference.
- A vendor schema without a ``required`` list declares nothing about required fields (Swashbuckle
  never writes one for replies), so required flags are compared only where the vendor gives one.
- A reply for which the vendor gives no schema declares nothing about its body.
- ``additionalProperties: false`` is Swashbuckle's default for every model; real replies carry more
  fields, so it is not compared. Nor are lengths and ranges, which the vendor never states.
- Formats are compared where the spec states one (a stricter spec breaks clients; a looser one
  does not): ``uuid``, ``date-time``, ``date``, ``byte``, ``binary``, ``uri``, ``email``.
- A spec field or parameter with ``x-platforms: [aws]`` (or ``[azure]``) exists on those platforms
  only: it is not expected in the other platform's document.
- The ``Authorization`` header is the security schemes' business and is not compared; a spec
  ``apiKey`` scheme in a header counts as a required header parameter.

Standard library only: the base install carries it.
"""

from __future__ import annotations

import json
import re
import sys
import tomllib
import urllib.parse
import urllib.request
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any, Final, TextIO

from ._comparison import Difference, VendorDocument, walk

__all__ = [
    "KINDS",
    "Allowance",
    "Difference",
    "Report",
    "VendorDocument",
    "bundled_allow_list",
    "bundled_vendor_documents",
    "compare",
    "load_allow_list",
    "load_vendor_document",
    "main",
]

KINDS: Final = (
    "operation-extra",
    "operation-stubbed",
    "parameter-missing",
    "parameter-extra",
    "field-missing",
    "field-extra",
    "name-case",
    "platforms",
    "type",
    "format",
    "enum",
    "required",
    "status-missing",
    "status-extra",
    "body",
)
"""Every kind of difference, in the order the summary lists them."""

SWAGGER_PATH: Final = "/swagger/v2.1/swagger.json"
"""Where a service host publishes its Swagger document (appended to a bare host URL)."""
_VENDOR_DIR: Final = "vendor"
_ALLOW_FILE: Final = "allowed.toml"
# Kinds whose spec/vendor values say what changed: an allowance must pin them, or a further
# change of the same field would pass as the difference that was allowed.
_PINNED_KINDS: Final = frozenset({"type", "format", "enum"})


@dataclass(frozen=True)
class Allowance:
    """An allow-list entry: a pattern of differences (``*`` matches anything) and why we differ."""

    kind: str
    operation: str
    where: str
    reason: str
    platform: str = "*"
    spec: str = "*"
    vendor: str = "*"

    def matches(self, difference: Difference) -> bool:
        """Whether this entry explains ``difference``."""
        return all(
            _glob(pattern).fullmatch(value) is not None
            for pattern, value in (
                (self.kind, difference.kind),
                (self.operation, difference.operation),
                (self.where, difference.where),
                (self.platform, difference.platform),
                (self.spec, difference.spec),
                (self.vendor, difference.vendor),
            )
        )


@dataclass
class Report:
    """The outcome of :func:`compare` against an allow-list."""

    differences: list[Difference]
    allowances: list[Allowance]
    unmodelled: dict[str, Counter[str]] = field(default_factory=dict)
    not_covered: list[str] = field(default_factory=list)

    def allowance_for(self, difference: Difference) -> Allowance | None:
        """The first allow-list entry that explains ``difference``, if any."""
        return next((a for a in self.allowances if a.matches(difference)), None)

    @property
    def unexplained(self) -> list[Difference]:
        """Differences no allow-list entry explains: each fails the check."""
        return [d for d in self.differences if self.allowance_for(d) is None]

    @property
    def stale(self) -> list[Allowance]:
        """Allow-list entries that explain nothing (the vendor or the spec moved on)."""
        return [a for a in self.allowances if not any(a.matches(d) for d in self.differences)]

    def write(self, out: TextIO, *, reasons: bool = False) -> None:
        """One line per difference, then the summary and the unmodelled vendor operations."""
        for difference in self.differences:
            allowance = self.allowance_for(difference)
            mark = "allowed" if allowance else "NEW    "
            out.write(f"{mark} {difference.line()}\n")
            if reasons and allowance:
                out.write(f"          reason: {allowance.reason}\n")
        out.write("\n" + "\n".join(self.summary()) + "\n")

    def summary(self) -> list[str]:
        """The counts per kind (allowed and new), unmodelled operations, stale entries."""
        new = Counter(d.kind for d in self.unexplained)
        every = Counter(d.kind for d in self.differences)
        lines = [
            f"{len(self.differences)} differences: {len(self.differences) - sum(new.values())} "
            f"allowed, {sum(new.values())} not in the allow-list"
        ]
        lines += [
            f"  {kind:<17} {every[kind]:>4}" + (f"  ({new[kind]} new)" if new[kind] else "")
            for kind in KINDS
            if every[kind]
        ]
        for name, tags in sorted(self.unmodelled.items()):
            counted = ", ".join(f"{tag} {n}" for tag, n in sorted(tags.items()))
            lines.append(
                f"vendor operations not modelled in {name}: {sum(tags.values())} ({counted})"
            )
        if self.not_covered:
            lines.append(
                f"spec operations no vendor document covers: {', '.join(self.not_covered)}"
            )
        lines += [
            f"stale allow-list entry (matches nothing): {a.kind} {a.operation} {a.where}"
            for a in self.stale
        ]
        return lines


def compare(spec: Mapping[str, Any], vendors: Iterable[VendorDocument]) -> Report:
    """Every difference between ``spec`` (OpenAPI 3.1) and each vendor document (Swagger 2.0)."""
    found = walk(spec, vendors)
    return Report(found.differences, [], found.unmodelled, found.not_covered)


def _glob(pattern: str) -> re.Pattern[str]:
    """``*`` matches any text; everything else is literal (paths and enums carry ``[``, ``|``)."""
    return re.compile(".*".join(map(re.escape, pattern.split("*"))), re.DOTALL)


def load_vendor_document(source: str, *, timeout: float = 30.0) -> VendorDocument:
    """A vendor document from a file, a URL, or a service host (``SWAGGER_PATH`` appended)."""
    if source.startswith(("http://", "https://")):
        url = urllib.parse.urlsplit(source)
        if url.path in ("", "/"):
            url = url._replace(path=SWAGGER_PATH)
        # Only http(s) gets here (checked above), so urllib's file: and custom schemes cannot.
        request = urllib.request.Request(url.geturl(), headers={"Accept": "application/json"})  # noqa: S310
        with urllib.request.urlopen(request, timeout=timeout) as reply:  # noqa: S310
            return VendorDocument(url.netloc, json.loads(reply.read()))
    path = Path(source)
    return VendorDocument(path.name, json.loads(path.read_bytes()))


def bundled_vendor_documents() -> list[VendorDocument]:
    """The copies of the vendor's documents that ship in this package (see vendor/PROVENANCE.md).

    A further excerpt of a document (``<name>.more.json`` beside ``<name>.json``) is merged into
    it: its operations replace the ``{"tags": [...]}`` stubs of the same method and path, its
    definitions join the others (an excerpt's objects are the original's, value for value).
    """
    folder = files(__package__).joinpath(_VENDOR_DIR)
    loaded = {
        entry.name: json.loads(entry.read_bytes())
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".json")
    }
    documents: dict[str, Any] = {}
    for name, document in loaded.items():
        stem, _, rest = name.partition(".")
        base = f"{stem}.json"
        if rest != "json" and base in loaded:
            _merge(loaded[base], document)
        else:
            documents[name] = document
    return [VendorDocument(name, document) for name, document in documents.items()]


def _merge(base: dict[str, Any], excerpt: Mapping[str, Any]) -> None:
    paths = base.setdefault("paths", {})
    for path, item in excerpt.get("paths", {}).items():
        paths.setdefault(path, {}).update(item)
    definitions = base.setdefault("definitions", {})
    for name, schema in excerpt.get("definitions", {}).items():
        definitions.setdefault(name, schema)


def load_allow_list(text: str) -> list[Allowance]:
    """The ``[[allow]]`` entries of an allow-list; each needs a kind, where, operation, reason."""
    entries = tomllib.loads(text).get("allow", [])
    allowances = []
    for number, entry in enumerate(entries, 1):
        unknown = set(entry) - {
            "kind",
            "operation",
            "where",
            "reason",
            "platform",
            "spec",
            "vendor",
        }
        missing = {"kind", "operation", "where", "reason"} - set(entry)
        if unknown or missing or not str(entry.get("reason", "")).strip():
            raise ValueError(
                f"allow-list entry {number}: missing {sorted(missing)}, unknown {sorted(unknown)}"
                " (every entry needs kind, operation, where and a reason)"
            )
        if entry["kind"] not in KINDS:
            raise ValueError(f"allow-list entry {number}: unknown kind {entry['kind']!r}")
        if entry["kind"] in _PINNED_KINDS and not {"spec", "vendor"} <= set(entry):
            raise ValueError(
                f"allow-list entry {number}: a {entry['kind']} entry pins spec and vendor"
            )
        allowances.append(Allowance(**{k: str(v) for k, v in entry.items()}))
    return allowances


def bundled_allow_list() -> str:
    """The text of the allow-list that ships with the spec (``vendor/allowed.toml``)."""
    return files(__package__).joinpath(_VENDOR_DIR, _ALLOW_FILE).read_text()


def main(
    spec: Mapping[str, Any],
    sources: list[str],
    *,
    allow_list: str | None = None,
    strict: bool = False,
    reasons: bool = False,
    out: TextIO | None = None,
) -> int:
    """Compare, print the report and return the exit status.

    0 when every difference is in the allow-list; 1 when one is not (or, with ``strict``, when
    an entry matches nothing).
    """
    vendors = [load_vendor_document(s) for s in sources] if sources else bundled_vendor_documents()
    report = compare(spec, vendors)
    report.allowances = load_allow_list(
        allow_list if allow_list is not None else bundled_allow_list()
    )
    report.write(out or sys.stdout, reasons=reasons)
    failed = bool(report.unexplained) or (strict and bool(report.stale))
    return 1 if failed else 0
