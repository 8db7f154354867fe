"""Bulk import and export of devices: ``iot.devices.import_rows`` and ``iot.devices.export``.

**Import.** Rows (mappings, or the lines of a CSV or JSON Lines file, :func:`read_rows`) name a
device each in the columns of :data:`COLUMNS`: ``uniqueId``, ``displayName``, ``template`` (a
code or GUID), ``entity`` (a GUID, a name, or empty for the importing user's entity), ``note``,
``tag`` and ``parent`` (the unique id or GUID of a device in the rows or in the tenant). Other
columns are ignored. Then:

1. every row is checked before anything is sent (lengths, duplicates, templates, entities and
   parents looked up, parent cycles); any problem raises :class:`ImportRejected` listing every
   bad row with its line and reason, and nothing is created;
2. the devices are created with ``POST /Device``, at most ``concurrency`` at a time, parents
   before their children; a 429 slows every worker down (the session's gate, ``_throttle``);
3. a device whose unique id exists already is read back: identical (display name, template,
   entity, note, tag, parent) counts as ``unchanged``, anything else is reported as
   ``different`` with the fields, and left as it is: an import creates, it never changes or
   deletes a device;
4. with a ``journal`` file, each outcome is appended as it happens; a second run with the same
   journal skips the rows it records as created or unchanged, as they were then (a digest of
   each row), without a request, so an interrupted import resumes where it stopped (a create
   whose reply was lost is found by its unique id and counted as unchanged) and an edited row
   is checked again.

The vendor's batch import (``POST /import-batch``, in ``vendor/*.more.json``) is not used: it
takes a file in a format the Swagger leaves to "the sample in your account", one template and
one entity per batch, runs asynchronously (its result is polled from
``GET /import-batch/{guid}``), says nothing of duplicates or a re-run, and is neither in
``openapi.yaml`` nor checkable against the mock. The summary says which path was used
(:data:`IMPORT_PATH`).

**Export.** Every device (or those matching the listing's filters), streamed page by page to a
CSV or JSON Lines file with the chosen fields: the import's columns by default, so that
importing an export reproduces the fleet, or any field of the list items and of
``GET /Device/{guid}``. Fields that only the single-device reply carries (``note``, ``tag``,
``parent``, ``entity``...) cost one request per device, sent ``concurrency`` at a time; memory
stays bounded by a page. ``entity`` is written empty for the exporting user's own entity, so
that the rows import into another tenant's.

Both are blocking (``iot.devices``; the async resources have no twin): their concurrency is a
pool of threads sharing the session. A file that cannot be read or written raises
:class:`BulkFileError`.
"""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import io
import json
import os
import re
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, Literal, Protocol
from uuid import UUID

from iotconnect_client.models import (
    DeviceCreated,
    DeviceInformation,
    DeviceListItem,
    DeviceTemplate,
)
from iotconnect_client.types import Unset
from iotconnect_spec import spec_document

from ._bulk_columns import COLUMNS
from .errors import ConfigurationError, Conflict, IoTConnectError

__all__ = [
    "COLUMNS",
    "IMPORT_PATH",
    "BulkFileError",
    "ExportFormat",
    "ImportRejected",
    "ImportSummary",
    "RowProblem",
    "SourceRow",
    "TenantAccess",
    "read_rows",
]

IMPORT_PATH: Final = "POST /Device, one request per row"
"""How the import creates devices (see the module docstring for the vendor's batch import)."""

ExportFormat = Literal["csv", "jsonl"]

# The description of DeviceCreate.uniqueId in the spec: 31 for certificate-authenticated ones.
_MAX_CERTIFICATE_UNIQUE_ID: Final = 31
_LIMITED: Final = ("uniqueId", "displayName", "note", "tag")
_DUPLICATE: Final = "uniqueidalreadyexists"
_JOURNAL_HEADER: Final = {"journal": "iotconnect devices import", "version": 1}
_DONE: Final = ("created", "unchanged")
_DETAIL_COLUMNS: Final = frozenset({"entity", "note", "tag", "parent"})
# Rows scheduled ahead of the workers: enough to keep them busy, few enough to bound memory.
_AHEAD_PER_WORKER: Final = 4
_LIST_PAGE: Final = 1000
_ENTITY_SEARCH_PAGES: Final = 3


class _Fleet(Protocol):
    """What the import and the export need of ``iot.devices`` (``Devices`` provides it)."""

    def create(
        self,
        *,
        unique_id: str,
        display_name: str,
        template: UUID | str,
        entity: UUID | str | None = None,
        note: str | None = None,
        tag: str | None = None,
        parent_device_guid: UUID | None = None,
    ) -> DeviceCreated: ...

    def get(self, guid: UUID | str) -> DeviceInformation: ...

    def find(self, unique_id: str) -> DeviceInformation | None: ...


@dataclass(frozen=True)
class TenantAccess:
    """What the import and the export use of a session: ``iot.devices`` builds it."""

    devices: _Fleet
    #: ``iot.devices.list`` with these filters.
    listing: Callable[[Mapping[str, Any]], Iterable[DeviceListItem]]
    #: Every template of the tenant.
    templates: Callable[[], Iterable[DeviceTemplate]]
    #: The entity GUID of the token's user.
    entity: Callable[[], UUID]


@dataclass(frozen=True)
class SourceRow:
    """One row to import: its line (in the file, or its place among the rows) and columns.

    ``problem`` is set when the line could not be read as a row at all (broken JSON...).
    """

    line: int
    values: Mapping[str, object]
    problem: str | None = None


@dataclass(frozen=True)
class RowProblem:
    """Why a row cannot be imported (or failed): its line, unique id and the reason."""

    line: int
    unique_id: str
    reason: str

    def as_json(self) -> dict[str, object]:
        """The problem as the summary writes it."""
        return {"line": self.line, "uniqueId": self.unique_id, "reason": self.reason}


class BulkFileError(IoTConnectError):
    """A file of an import or export (the rows, the journal, the export) cannot be used."""


@contextmanager
def _file(path: Path, doing: str) -> Iterator[None]:
    try:
        yield
    except OSError as exc:
        raise BulkFileError(f"cannot {doing} {path}: {exc.strerror or exc}") from None


class ImportRejected(IoTConnectError):
    """Rows failed the checks made before anything was sent: ``problems`` lists every one."""

    def __init__(self, problems: Sequence[RowProblem]) -> None:
        """Keep ``problems``; the message shows the first few."""
        self.problems = tuple(problems)
        shown = "; ".join(f"line {p.line}: {p.reason}" for p in self.problems[:5])
        more = len(self.problems) - 5
        tail = f"; and {more} more" if more > 0 else ""
        super().__init__(f"{len(self.problems)} bad row(s), nothing was imported: {shown}{tail}")


@dataclass
class ImportSummary:
    """What an import did: counts, every failure and difference, and how it sent the rows."""

    rows: int
    concurrency: int
    created: int = 0
    unchanged: int = 0
    #: Rows a journal recorded as created or unchanged by an earlier run: no request sent.
    done_before: int = 0
    different: list[dict[str, object]] = field(default_factory=list)
    failed: list[RowProblem] = field(default_factory=list)
    seconds: float = 0.0
    journal: str | None = None
    path: str = IMPORT_PATH

    @property
    def complete(self) -> bool:
        """Whether every row's device is on the tenant as the row describes it."""
        return not self.failed and not self.different

    def as_json(self) -> dict[str, object]:
        """The summary as ``iotconnect devices import`` writes it."""
        return {
            "rows": self.rows,
            "created": self.created,
            "unchanged": self.unchanged,
            "doneBefore": self.done_before,
            "different": self.different,
            "failed": [problem.as_json() for problem in self.failed],
            "complete": self.complete,
            "concurrency": self.concurrency,
            "seconds": round(self.seconds, 3),
            "journal": self.journal,
            "path": self.path,
        }


# Reading rows -------------------------------------------------------------------------------


def read_rows(path: str | os.PathLike[str]) -> Iterator[SourceRow]:
    """The rows of a CSV file (a header line first) or a JSON Lines file (``.jsonl``,
    ``.ndjson``: one object per line), numbered by line; lines that cannot be read come with
    their ``problem``. Blank lines are skipped."""
    source = Path(path)
    with _file(source, "read"):
        handle = source.open(encoding="utf-8-sig", newline="")
    with handle, _file(source, "read"):
        try:
            if source.suffix.lower() in (".jsonl", ".ndjson"):
                yield from _json_lines(handle)
            else:
                yield from _csv_rows(handle)
        except UnicodeDecodeError as exc:
            yield SourceRow(0, {}, f"the file is not UTF-8 text ({exc.reason})")


def _json_lines(handle: io.TextIOBase) -> Iterator[SourceRow]:
    for number, line in enumerate(handle, start=1):
        if not line.strip():
            continue
        try:
            values = json.loads(line)
        except (json.JSONDecodeError, RecursionError):
            yield SourceRow(number, {}, "not a JSON object")
            continue
        if not isinstance(values, dict):
            yield SourceRow(number, {}, "not a JSON object")
            continue
        yield SourceRow(number, values)


def _csv_rows(handle: io.TextIOBase) -> Iterator[SourceRow]:
    reader = csv.DictReader(handle, restkey="\0extra")
    try:
        for values in reader:
            if not any(
                (value or "").strip() for value in values.values() if isinstance(value, str)
            ):
                continue
            if "\0extra" in values:
                yield SourceRow(reader.line_num, {}, "more fields than the header names")
                continue
            yield SourceRow(reader.line_num, {k: v for k, v in values.items() if k is not None})
    except csv.Error as exc:
        yield SourceRow(reader.line_num, {}, f"broken CSV: {exc}")


# Checking rows ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Row:
    line: int
    unique_id: str
    display_name: str
    template: UUID
    entity: UUID | None
    note: str | None
    tag: str | None
    parent: str | None  # a unique id in the rows, or the GUID of a device already there
    parent_guid: UUID | None

    def digest(self) -> str:
        """What the row asks for, in 16 hex digits: the journal's test of an edited row."""
        fields: list[object] = [self.unique_id, self.display_name, self.template, self.entity]
        fields += [self.note, self.tag, self.parent, self.parent_guid]
        text = json.dumps([None if value is None else str(value) for value in fields])
        return hashlib.sha256(text.encode()).hexdigest()[:16]


def _text(values: Mapping[str, object], name: str) -> str | None:
    value = values.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"{name} must be text")
    return value.strip() or None


class _Checker:
    """Turns source rows into rows ready to send, or problems; reads the tenant, never writes."""

    def __init__(self, tenant: TenantAccess) -> None:
        self._tenant = tenant
        self._fleet = tenant.devices
        self._templates: dict[str, DeviceTemplate] = {}
        for template in tenant.templates():
            self._templates[str(template.guid).lower()] = template
            if isinstance(template.code, str):
                self._templates.setdefault(template.code.lower(), template)
        self._entities: dict[str, UUID | None] = {}
        self._existing_parents: dict[str, UUID | None] = {}
        self.problems: list[RowProblem] = []
        # The rules of DeviceCreate, from the spec the service is described by (one source).
        create = spec_document()["components"]["schemas"]["DeviceCreate"]
        fields = create["properties"]
        self._certificate_auth_types = frozenset(create["x-certificate-auth-types"])
        self._limits = {name: int(fields[name]["maxLength"]) for name in _LIMITED}
        self._unique_id = re.compile(fields["uniqueId"]["pattern"])

    def check(self, rows: Iterable[SourceRow | Mapping[str, object]]) -> list[_Row]:
        checked: list[_Row] = []
        seen: dict[str, int] = {}
        for index, raw in enumerate(rows, start=1):
            source = raw if isinstance(raw, SourceRow) else SourceRow(index, raw)
            row = self._row(source, seen)
            if row is not None:
                checked.append(row)
        self._check_parents(checked, seen)
        return checked

    def _fail(self, line: int, unique_id: str, reason: str) -> None:
        self.problems.append(RowProblem(line, unique_id, reason))

    def _row(self, source: SourceRow, seen: dict[str, int]) -> _Row | None:
        values, line = source.values, source.line
        uid_value = values.get("uniqueId")
        shown_id = uid_value.strip() if isinstance(uid_value, str) else ""
        if source.problem is not None:
            self._fail(line, shown_id, source.problem)
            return None
        reasons: list[str] = []
        texts: dict[str, str | None] = {}
        for name in COLUMNS:
            try:
                texts[name] = _text(values, name)
            except ValueError as exc:
                reasons.append(str(exc))
                texts[name] = None
        unique_id, display_name = texts["uniqueId"], texts["displayName"]
        if unique_id is None:
            reasons.append("uniqueId is required")
        elif len(unique_id) > self._limits["uniqueId"]:
            reasons.append(f"uniqueId is longer than {self._limits['uniqueId']} characters")
        elif not self._unique_id.fullmatch(unique_id):
            reasons.append(
                "uniqueId may hold only letters, digits, '-', '_', '~' and '.', and must not "
                "start with '.' (the service reads a device by its unique id in a URL path)"
            )
        elif unique_id.lower() in seen:
            reasons.append(f"uniqueId {unique_id!r} is on line {seen[unique_id.lower()]} already")
        if display_name is None:
            reasons.append("displayName is required")
        for name in ("displayName", "note", "tag"):
            if len(texts[name] or "") > self._limits[name]:
                reasons.append(f"{name} is longer than {self._limits[name]} characters")
        template = self._template(texts["template"], reasons)
        if (
            template is not None
            and unique_id is not None
            and template.auth_type in self._certificate_auth_types
            and len(unique_id) > _MAX_CERTIFICATE_UNIQUE_ID
        ):
            reasons.append(
                f"uniqueId is longer than {_MAX_CERTIFICATE_UNIQUE_ID} characters, the most a "
                f"certificate template ({template.code or template.guid}) allows"
            )
        entity = self._entity(texts["entity"], reasons)
        if unique_id is not None and unique_id.lower() not in seen:
            seen[unique_id.lower()] = line
        if reasons or unique_id is None or display_name is None or template is None:
            for reason in reasons:
                self._fail(line, shown_id, reason)
            return None
        return _Row(
            line=line,
            unique_id=unique_id,
            display_name=display_name,
            template=template.guid,
            entity=entity,
            note=texts["note"],
            tag=texts["tag"],
            parent=texts["parent"],
            parent_guid=None,
        )

    def _template(self, given: str | None, reasons: list[str]) -> DeviceTemplate | None:
        if given is None:
            reasons.append("template is required (a template code or GUID)")
            return None
        found = self._templates.get(given.lower())
        if found is None:
            reasons.append(f"no template with the code or GUID {given!r}")
        return found

    def _entity(self, given: str | None, reasons: list[str]) -> UUID | None:
        if given is None:
            return None
        guid = _guid(given)
        if guid is not None:
            return guid  # the service checks it: a GUID of no entity fails that row
        if given not in self._entities:
            self._entities[given] = self._entity_by_name(given)
        found = self._entities[given]
        if found is None:
            reasons.append(
                f"no entity named {given!r} holds a device (the device service finds entities "
                "by name only through their devices: give its GUID)"
            )
        return found

    def _entity_by_name(self, name: str) -> UUID | None:
        pages = self._tenant.listing({"entity_name": name, "page_size": _LIST_PAGE})
        for seen, item in enumerate(pages):
            if seen >= _ENTITY_SEARCH_PAGES * _LIST_PAGE:
                break
            if isinstance(item.entity_name, str) and item.entity_name == name:
                return self._fleet.get(item.guid).entity_guid
        return None

    def _check_parents(self, rows: list[_Row], seen: dict[str, int]) -> None:
        by_id = {row.unique_id.lower(): row for row in rows}
        for index, row in enumerate(rows):
            if row.parent is None:
                continue
            key = row.parent.lower()
            if key == row.unique_id.lower():
                self._fail(row.line, row.unique_id, "a device cannot be its own parent")
            elif key in seen:
                if key not in by_id:
                    self._fail(row.line, row.unique_id, f"its parent {row.parent!r} is a bad row")
                elif self._in_cycle(row, by_id):
                    self._fail(row.line, row.unique_id, "its parents form a cycle")
            else:
                guid = self._existing_parent(row.parent)
                if guid is None:
                    self._fail(
                        row.line,
                        row.unique_id,
                        f"its parent {row.parent!r} is neither in the rows nor in the tenant",
                    )
                else:
                    rows[index] = _replace_parent(row, guid)

    def _in_cycle(self, row: _Row, by_id: Mapping[str, _Row]) -> bool:
        current: _Row | None = row
        for _ in range(len(by_id) + 1):
            if current is None or current.parent is None:
                return False
            current = by_id.get(current.parent.lower())
            if current is row:
                return True
        return True

    def _existing_parent(self, parent: str) -> UUID | None:
        if parent not in self._existing_parents:
            guid = _guid(parent)
            device = self._fleet.get(guid) if guid is not None else self._fleet.find(parent)
            self._existing_parents[parent] = None if device is None else device.guid
        return self._existing_parents[parent]


def _replace_parent(row: _Row, guid: UUID) -> _Row:
    return dataclasses.replace(row, parent=None, parent_guid=guid)


def _guid(text: str) -> UUID | None:
    try:
        return UUID(text)
    except ValueError:
        return None


# Importing ----------------------------------------------------------------------------------


class _Journal:
    """Outcomes appended as they happen (JSON Lines); what an earlier run finished."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        #: Unique id (lower case) -> the row's digest and the device's GUID, as a run finished it.
        self.done: dict[str, tuple[str, UUID]] = {}
        self._lock = threading.Lock()
        self._handle: io.TextIOWrapper | None = None
        if path is None:
            return
        with _file(path, "use the journal"):
            if path.exists():
                self._read(path)
            self._handle = path.open("a", encoding="utf-8")
            if path.stat().st_size == 0:
                self._write(_JOURNAL_HEADER)

    def _read(self, path: Path) -> None:
        with path.open(encoding="utf-8", errors="replace") as handle:
            for line in handle:
                try:
                    entry = json.loads(line)
                except (json.JSONDecodeError, RecursionError):
                    continue  # the line a killed run was writing
                if not isinstance(entry, dict) or entry.get("outcome") not in _DONE:
                    continue
                guid = _guid(str(entry.get("guid")))
                unique_id, digest = entry.get("uniqueId"), entry.get("digest")
                if isinstance(unique_id, str) and isinstance(digest, str) and guid is not None:
                    self.done[unique_id.lower()] = (digest, guid)

    def record(self, row: _Row, outcome: str, guid: UUID | None, reason: str = "") -> None:
        entry: dict[str, object] = {"line": row.line, "uniqueId": row.unique_id}
        entry |= {"outcome": outcome, "guid": None if guid is None else str(guid)}
        entry["digest"] = row.digest()
        if reason:
            entry["reason"] = reason
        self._write(entry)

    def _write(self, entry: Mapping[str, object]) -> None:
        if self._handle is None or self.path is None:
            return
        with self._lock, _file(self.path, "write the journal"):
            # One write and a flush per outcome: a killed run loses at most the line in flight.
            self._handle.write(json.dumps(entry) + "\n")
            self._handle.flush()

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()


Progress = Callable[[int, int], None]
"""Called as rows finish: ``progress(done, total)``."""


def import_rows(
    tenant: TenantAccess,
    rows: Iterable[SourceRow | Mapping[str, object]],
    *,
    concurrency: int,
    journal: str | os.PathLike[str] | None,
    progress: Progress | None,
) -> ImportSummary:
    """The import the module docstring describes (``iot.devices.import_rows`` calls it)."""
    if not 1 <= concurrency <= 256:
        raise ConfigurationError("concurrency must be from 1 to 256")
    started = time.monotonic()
    checker = _Checker(tenant)
    checked = checker.check(rows)
    if checker.problems:
        raise ImportRejected(sorted(checker.problems, key=lambda p: p.line))
    summary = ImportSummary(rows=len(checked), concurrency=concurrency)
    book = _Journal(None if journal is None else Path(journal))
    summary.journal = None if book.path is None else str(book.path)
    try:
        _Run(tenant.devices, tenant.entity, book, summary, progress).all(checked)
    finally:
        book.close()
        summary.seconds = time.monotonic() - started
    return summary


class _Run:
    """One import's sending: levels of parents before children, a bounded pool of workers."""

    def __init__(
        self,
        fleet: _Fleet,
        token_entity: Callable[[], UUID],
        book: _Journal,
        summary: ImportSummary,
        progress: Progress | None,
    ) -> None:
        self._fleet = fleet
        self._token_entity = token_entity
        self._book = book
        self._summary = summary
        self._progress = progress
        self._guids: dict[str, UUID | None] = {}  # unique id (lower) -> GUID; None: failed
        self._lock = threading.Lock()
        self._finished = 0

    def all(self, rows: list[_Row]) -> None:
        pending = rows
        with ThreadPoolExecutor(self._summary.concurrency, "iotconnect-import") as pool:
            while pending:
                # Parents first: a row is ready once its parent in the rows has an outcome.
                ready: list[_Row] = []
                waiting: list[_Row] = []
                for row in pending:
                    done = row.parent is None or row.parent.lower() in self._guids
                    (ready if done else waiting).append(row)
                if not ready:  # cannot happen after the checks; never loop on it
                    for row in waiting:
                        self._fail(row, f"its parent {row.parent!r} was never imported")
                    return
                self._level(pool, ready)
                pending = waiting

    def _level(self, pool: ThreadPoolExecutor, rows: Sequence[_Row]) -> None:
        window = self._summary.concurrency * _AHEAD_PER_WORKER
        in_flight: list[Future[None]] = []
        try:
            for row in rows:
                if len(in_flight) >= window:
                    in_flight.pop(0).result()
                in_flight.append(pool.submit(self._one, row))
            for future in in_flight:
                future.result()
        except BaseException:
            # Interrupted: rows not started yet stay for the next run (the journal knows).
            for future in in_flight:
                future.cancel()
            raise

    def _one(self, row: _Row) -> None:
        done = self._book.done.get(row.unique_id.lower())
        # Only a row as it was when a run finished it: an edited one is checked again.
        if done is not None and done[0] == row.digest():
            self._finish(row, "done", done[1])
            return
        parent = row.parent_guid
        if row.parent is not None:
            parent = self._guids.get(row.parent.lower())
            if parent is None:
                self._fail(row, f"its parent {row.parent!r} was not imported")
                return
        try:
            created = self._fleet.create(
                unique_id=row.unique_id,
                display_name=row.display_name,
                template=row.template,
                entity=row.entity,
                note=row.note,
                tag=row.tag,
                parent_device_guid=parent,
            )
        except Conflict as exc:
            if not any(e.param.lower() == _DUPLICATE for e in exc.errors):
                self._fail(row, str(exc))
                return
            self._compare(row, parent)
        except IoTConnectError as exc:
            self._fail(row, str(exc))
        else:
            self._finish(row, "created", created.newid)

    def _compare(self, row: _Row, parent: UUID | None) -> None:
        try:
            existing = self._fleet.find(row.unique_id)
            entity = row.entity or self._token_entity()
        except IoTConnectError as exc:
            self._fail(row, f"exists already, and reading it back failed: {exc}")
            return
        if existing is None:
            self._fail(row, "the service said it exists, then that it does not")
            return
        wanted: dict[str, tuple[object, object]] = {
            "displayName": (row.display_name, existing.display_name),
            "template": (row.template, _value(existing.device_template_guid)),
            "entity": (entity, existing.entity_guid),
            "note": (row.note, _value(existing.note) or None),
            "tag": (row.tag, _value(existing.tag) or None),
            "parent": (parent, _value(existing.parent_device_guid)),
        }
        differs = {
            name: {"row": _shown(mine), "tenant": _shown(theirs)}
            for name, (mine, theirs) in wanted.items()
            if mine != theirs
        }
        if differs:
            with self._lock:
                self._summary.different.append(
                    {"line": row.line, "uniqueId": row.unique_id, "fields": differs}
                )
            self._finish(row, "different", existing.guid)
        else:
            self._finish(row, "unchanged", existing.guid)

    def _fail(self, row: _Row, reason: str) -> None:
        with self._lock:
            self._summary.failed.append(RowProblem(row.line, row.unique_id, reason))
        self._finish(row, "failed", None, reason)

    def _finish(self, row: _Row, outcome: str, guid: UUID | None, reason: str = "") -> None:
        if outcome != "done":
            self._book.record(row, outcome, guid, reason)
        with self._lock:
            self._guids[row.unique_id.lower()] = guid
            summary = self._summary
            if outcome == "created":
                summary.created += 1
            elif outcome == "unchanged":
                summary.unchanged += 1
            elif outcome == "done":
                summary.done_before += 1
            self._finished += 1
            finished = self._finished
        if self._progress is not None:
            self._progress(finished, summary.rows)


def _value(value: object) -> object:
    return None if isinstance(value, Unset) else value


def _shown(value: object) -> object:
    return None if value is None else str(value)


# Exporting ----------------------------------------------------------------------------------


def export(
    tenant: TenantAccess,
    path: str | os.PathLike[str],
    *,
    format: ExportFormat,
    fields: Sequence[str],
    concurrency: int,
    filters: Mapping[str, Any],
    progress: Progress | None,
) -> int:
    """Write every device to ``path`` (see the module docstring); returns how many."""
    if format not in ("csv", "jsonl"):
        raise ConfigurationError("format must be 'csv' or 'jsonl'")
    if not fields:
        raise ConfigurationError("name at least one field")
    if not 1 <= concurrency <= 256:
        raise ConfigurationError("concurrency must be from 1 to 256")
    codes = {t.guid: t.code if isinstance(t.code, str) else str(t.guid) for t in tenant.templates()}
    own_entity = tenant.entity() if "entity" in fields else None
    fleet = tenant.devices
    writer = _Writer(Path(path), format, fields)
    written = 0
    try:
        with ThreadPoolExecutor(concurrency, "iotconnect-export") as pool:
            page: list[DeviceListItem] = []
            for item in tenant.listing({"page_size": _LIST_PAGE, **filters}):
                page.append(item)
                if len(page) == _LIST_PAGE:
                    written += _write_page(fleet, pool, page, writer, codes, own_entity)
                    page = []
                    if progress is not None:
                        progress(written, -1)
            written += _write_page(fleet, pool, page, writer, codes, own_entity)
    finally:
        writer.close()
    if progress is not None:
        progress(written, written)
    return written


class _Writer:
    def __init__(self, path: Path, format: ExportFormat, fields: Sequence[str]) -> None:
        self.path = path
        self.fields = list(fields)
        with _file(path, "write"):
            self._handle = path.open("w", encoding="utf-8", newline="")
        self._csv: Any = None
        if format == "csv":
            self._csv = csv.writer(self._handle)
            self.write_row(self.fields)

    def write(self, record: Mapping[str, object]) -> None:
        values = [record.get(name) for name in self.fields]
        if self._csv is not None:
            self.write_row(["" if value is None else _cell(value) for value in values])
        else:
            with _file(self.path, "write"):
                self._handle.write(json.dumps(dict(zip(self.fields, values, strict=True))) + "\n")

    def write_row(self, cells: Sequence[str]) -> None:
        with _file(self.path, "write"):
            self._csv.writerow(cells)

    def close(self) -> None:
        with _file(self.path, "write"):
            self._handle.close()


def _cell(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        return json.dumps(value)
    return str(value)


def _write_page(
    fleet: _Fleet,
    pool: ThreadPoolExecutor,
    page: Sequence[DeviceListItem],
    writer: _Writer,
    codes: Mapping[UUID, str],
    own_entity: UUID | None,
) -> int:
    if not page:
        return 0
    listed = [item.to_dict() for item in page]
    fields = writer.fields
    detail = any(
        name in _DETAIL_COLUMNS or (name not in COLUMNS and name not in listed[0])
        for name in fields
    )
    details: list[DeviceInformation | None] = (
        list(pool.map(lambda item: fleet.get(item.guid), page)) if detail else [None] * len(page)
    )
    for item, shown, information in zip(page, listed, details, strict=True):
        writer.write(_record(item, shown, information, codes, own_entity))
    return len(page)


def _record(
    item: DeviceListItem,
    listed: Mapping[str, object],
    information: DeviceInformation | None,
    codes: Mapping[UUID, str],
    own_entity: UUID | None,
) -> dict[str, object]:
    record: dict[str, object] = dict(listed)
    template = _value(item.device_template_guid)
    record["template"] = codes.get(template, str(template)) if isinstance(template, UUID) else None
    if information is not None:
        record = {**information.to_dict(), **record}
        parent = _value(information.parent_device_unique_id) or _value(
            information.parent_device_guid
        )
        record["parent"] = None if parent is None else str(parent)
        record["note"] = _value(information.note)
        record["tag"] = _value(information.tag)
        entity = information.entity_guid
        record["entity"] = None if entity == own_entity else _entity_cell(information)
    return record


def _entity_cell(information: DeviceInformation) -> str:
    # Another tenant's entities have other GUIDs: the name travels, where there is one.
    name = _value(information.entity_name)
    return name if isinstance(name, str) and name else str(information.entity_guid)
