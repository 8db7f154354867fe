"""The mock's state in SQLite (stdlib ``sqlite3``): companies, users, templates, devices, tokens.

One connection, one lock. Every call holds the lock for its whole statement or transaction and
commits before it returns, so a reply is only sent for a write that is already in the database:
no acknowledged write is lost however many clients write at once. With a file, the journal is
WAL with ``synchronous=FULL`` (a commit survives a crash of the process or the machine) and a
busy timeout, so a second process opening the same file waits instead of failing.

Device-list pages are kept between writes (``list_cache_pages``): every committed write that
can change a page empties the cache before its lock is released, and a commit by another
connection to the same file is seen through ``PRAGMA data_version`` before any page is served.
A page therefore never shows state older than the last acknowledged write.

A cache miss is cheap too: each device's rendered list item and its dense position in its
company are stored beside it and kept current by SQLite triggers (``_DERIVED_SCHEMA``), so the
default page (no filter, insertion order) is a range seek plus a concatenation of stored texts.
Filtered and sorted pages still pick their rows with ``OFFSET``, then read the stored items.
Files written before these existed are upgraded when opened (``PRAGMA user_version``).
"""

from __future__ import annotations

import json
import sqlite3
import threading
import uuid
from collections import OrderedDict
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = [
    "Company",
    "CreatedDevice",
    "DeletedDevice",
    "DeviceFilter",
    "DeviceRecord",
    "DuplicateUniqueId",
    "Entity",
    "NewDevice",
    "Store",
    "Template",
    "User",
    "new_guid",
]

AcquiredState = Literal["acquired", "released", "inprogress"]
SortField = Literal["uniqueId", "lastConnection", "lastCommunication"]

#: Pages of the device list kept between writes by default (0 turns the cache off).
DEFAULT_LIST_CACHE_PAGES = 256
# Pages can be up to 1000 devices (~0.5 MB); the byte budget bounds memory whatever is asked.
_LIST_CACHE_CHARS = 32 * 1024 * 1024

_PageKey = tuple[str, "DeviceFilter", bool]
_Page = tuple[tuple[str, ...], int | None]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS companies (
    guid TEXT PRIMARY KEY,
    solution_key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    cp_id TEXT NOT NULL,
    solution_guid TEXT NOT NULL,
    root_entity_guid TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS users (
    guid TEXT PRIMARY KEY,
    company_guid TEXT NOT NULL REFERENCES companies(guid),
    email TEXT NOT NULL COLLATE NOCASE,
    salt TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    role_guid TEXT NOT NULL,
    role_name TEXT NOT NULL,
    entity_guid TEXT NOT NULL,
    UNIQUE (company_guid, email)
);
CREATE TABLE IF NOT EXISTS entities (
    guid TEXT PRIMARY KEY,
    company_guid TEXT NOT NULL REFERENCES companies(guid),
    name TEXT NOT NULL,
    parent_guid TEXT
);
CREATE TABLE IF NOT EXISTS templates (
    guid TEXT PRIMARY KEY,
    company_guid TEXT NOT NULL REFERENCES companies(guid),
    name TEXT NOT NULL,
    code TEXT NOT NULL,
    auth_type INTEGER NOT NULL,
    message_version TEXT NOT NULL,
    is_edge_support INTEGER NOT NULL,
    is_gateway INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS devices (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    guid TEXT NOT NULL UNIQUE,
    company_guid TEXT NOT NULL REFERENCES companies(guid),
    unique_id TEXT NOT NULL COLLATE NOCASE,
    display_name TEXT NOT NULL,
    template_guid TEXT NOT NULL,
    entity_guid TEXT NOT NULL,
    is_active INTEGER NOT NULL DEFAULT 1,
    is_connected INTEGER NOT NULL DEFAULT 0,
    acquired TEXT NOT NULL DEFAULT 'released',
    wireless INTEGER NOT NULL DEFAULT 0,
    note TEXT,
    tag TEXT,
    parent_guid TEXT,
    firmware_upgrade_guid TEXT,
    certificate_guid TEXT,
    properties TEXT NOT NULL DEFAULT '[]',
    created_ms INTEGER NOT NULL,
    last_connection_ms INTEGER,
    last_communication_ms INTEGER,
    last_activity_ms INTEGER,
    position INTEGER,
    UNIQUE (company_guid, unique_id)
);
CREATE INDEX IF NOT EXISTS devices_by_company ON devices (company_guid, seq);
CREATE INDEX IF NOT EXISTS devices_by_parent ON devices (parent_guid);
CREATE TABLE IF NOT EXISTS device_list_items (
    seq INTEGER PRIMARY KEY,
    item TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS refresh_tokens (
    token_hash TEXT PRIMARY KEY,
    user_guid TEXT NOT NULL,
    expires_ms INTEGER NOT NULL,
    spent INTEGER NOT NULL DEFAULT 0
);
"""

_DEVICE_SELECT = """
SELECT d.*, t.name AS template_name, t.auth_type, t.message_version, t.is_edge_support,
       e.name AS entity_name, c.solution_guid, c.cp_id,
       (SELECT COUNT(*) FROM devices k WHERE k.parent_guid = d.guid) AS child_count,
       p.acquired AS parent_acquired, p.unique_id AS parent_unique_id
FROM devices d
JOIN templates t ON t.guid = d.template_guid
JOIN entities e ON e.guid = d.entity_guid
JOIN companies c ON c.guid = d.company_guid
LEFT JOIN devices p ON p.guid = d.parent_guid
"""

_STAMP = "strftime('%Y-%m-%dT%H:%M:%fZ', {} / 1000.0, 'unixepoch')"
# One device-list item, with the service's odd casing, rendered by SQLite itself (in C). This is
# the only definition of a list item: the triggers below store it per device, and the tests
# compare the stored texts with a fresh render.
_LIST_ITEM_JSON = f"""json_object(
    'guid', d.guid,
    'uniqueId', d.unique_id,
    'displayName', d.display_name,
    'isActive', json(CASE WHEN d.is_active THEN 'true' ELSE 'false' END),
    'isConnected', json(CASE WHEN d.is_connected THEN 'true' ELSE 'false' END),
    'deviceTemplateGuid', d.template_guid,
    'deviceTemplateName', t.name,
    'entityName', e.name,
    'authType', t.auth_type,
    'messageVersion', t.message_version,
    'lastConnection', {_STAMP.format("d.last_connection_ms")},
    'lastCommunication', {_STAMP.format("d.last_communication_ms")},
    'lastactivityDate', {_STAMP.format("d.last_activity_ms")},
    'firmwareupgradeGuid', d.firmware_upgrade_guid,
    'deviceStatus', CASE WHEN d.is_active THEN 'active' ELSE 'inactive' END,
    'childDeviceCount', (SELECT COUNT(*) FROM devices k WHERE k.parent_guid = d.guid),
    'solutionGuid', c.solution_guid,
    'IsAcquired', CASE WHEN d.acquired = 'acquired' THEN 1 ELSE 0 END
)"""  # noqa: S608 - built from constant fragments only
_LIST_ITEM_FROM = """FROM devices d
JOIN templates t ON t.guid = d.template_guid
JOIN entities e ON e.guid = d.entity_guid
JOIN companies c ON c.guid = d.company_guid"""
#: A device's list item rendered from scratch (the reference the stored items must equal).
_LIST_ITEM_RENDER = f"SELECT d.seq, {_LIST_ITEM_JSON} {_LIST_ITEM_FROM}"
_STORE_ITEMS = f"INSERT OR REPLACE INTO device_list_items (seq, item) {_LIST_ITEM_RENDER}"

# Bumped whenever the derived data below (positions, stored items, their triggers) changes
# shape; a file with an older PRAGMA user_version gets them rebuilt when it is opened.
_DERIVED_VERSION = 2

# The device list's hot path reads precomputed data, kept current by triggers so that no write
# path (nor another process on the same file) can forget it:
# - ``position``: a device's 1-based place in its company in insertion order, dense, so the
#   default page k is the range ((k-1)*size, k*size] of an index instead of an OFFSET walk.
#   A delete shifts the later positions down (O(devices after it) for one delete);
# - ``device_list_items``: each device's rendered list item, so a page is a concatenation of
#   stored texts. Everything an item shows is covered: the device's own columns, its
#   template, entity and company, and its child count (a child's insert, delete or re-parent
#   re-renders the parent).
# The four timestamp indexes match the _ORDER clauses term for term (one per direction, as the
# NULLs-last term keeps its direction), so those sorts walk an index instead of sorting the
# whole company for every page.
_DERIVED_SCHEMA = f"""
CREATE INDEX IF NOT EXISTS devices_by_position ON devices (company_guid, position);
CREATE INDEX IF NOT EXISTS devices_by_last_connection
    ON devices (company_guid, last_connection_ms IS NULL, last_connection_ms, seq);
CREATE INDEX IF NOT EXISTS devices_by_last_connection_desc
    ON devices (company_guid, last_connection_ms IS NULL, last_connection_ms DESC, seq);
CREATE INDEX IF NOT EXISTS devices_by_last_communication
    ON devices (company_guid, last_communication_ms IS NULL, last_communication_ms, seq);
CREATE INDEX IF NOT EXISTS devices_by_last_communication_desc
    ON devices (company_guid, last_communication_ms IS NULL, last_communication_ms DESC, seq);
DROP TRIGGER IF EXISTS devices_keep_identity;
CREATE TRIGGER devices_keep_identity BEFORE UPDATE OF guid, company_guid ON devices
WHEN OLD.guid IS NOT NEW.guid OR OLD.company_guid IS NOT NEW.company_guid
BEGIN
    SELECT RAISE(ABORT, 'a device keeps its guid and company');
END;
DROP TRIGGER IF EXISTS devices_list_insert;
CREATE TRIGGER devices_list_insert AFTER INSERT ON devices
BEGIN
    UPDATE devices SET position = (
        SELECT coalesce(max(position), 0) + 1 FROM devices WHERE company_guid = NEW.company_guid
    ) WHERE seq = NEW.seq;
    {_STORE_ITEMS} WHERE d.seq = NEW.seq;
    {_STORE_ITEMS} WHERE d.guid = NEW.parent_guid;
END;
DROP TRIGGER IF EXISTS devices_list_update;
CREATE TRIGGER devices_list_update AFTER UPDATE OF unique_id, display_name, template_guid,
    entity_guid, is_active, is_connected, acquired, firmware_upgrade_guid, last_connection_ms,
    last_communication_ms, last_activity_ms ON devices
BEGIN
    {_STORE_ITEMS} WHERE d.seq = NEW.seq;
END;
DROP TRIGGER IF EXISTS devices_list_reparent;
CREATE TRIGGER devices_list_reparent AFTER UPDATE OF parent_guid ON devices
WHEN OLD.parent_guid IS NOT NEW.parent_guid
BEGIN
    {_STORE_ITEMS} WHERE d.guid = OLD.parent_guid;
    {_STORE_ITEMS} WHERE d.guid = NEW.parent_guid;
END;
DROP TRIGGER IF EXISTS devices_list_delete;
CREATE TRIGGER devices_list_delete AFTER DELETE ON devices
BEGIN
    DELETE FROM device_list_items WHERE seq = OLD.seq;
    UPDATE devices SET position = position - 1
    WHERE company_guid = OLD.company_guid AND position > OLD.position;
    {_STORE_ITEMS} WHERE d.guid = OLD.parent_guid;
END;
DROP TRIGGER IF EXISTS templates_list_update;
CREATE TRIGGER templates_list_update AFTER UPDATE OF name, auth_type, message_version
ON templates
BEGIN
    {_STORE_ITEMS} WHERE d.template_guid = NEW.guid;
END;
DROP TRIGGER IF EXISTS entities_list_update;
CREATE TRIGGER entities_list_update AFTER UPDATE OF name ON entities
BEGIN
    {_STORE_ITEMS} WHERE d.entity_guid = NEW.guid;
END;
DROP TRIGGER IF EXISTS companies_list_update;
CREATE TRIGGER companies_list_update AFTER UPDATE OF solution_guid ON companies
BEGIN
    {_STORE_ITEMS} WHERE d.company_guid = NEW.guid;
END;
"""  # noqa: S608 - built from constant fragments only

# Rebuilds the derived data from the base tables (a fresh file, or one an older version wrote).
_REBUILD_DERIVED = f"""
UPDATE devices SET position = ranked.position
FROM (
    SELECT seq, row_number() OVER (PARTITION BY company_guid ORDER BY seq) AS position
    FROM devices
) AS ranked
WHERE devices.seq = ranked.seq;
DELETE FROM device_list_items;
{_STORE_ITEMS};
"""  # noqa: S608 - built from constant fragments only

_ORDER = {
    None: "d.seq ASC",
    ("uniqueId", False): "d.unique_id ASC, d.seq ASC",
    ("uniqueId", True): "d.unique_id DESC, d.seq DESC",
    # The service never said where devices that never connected go; last, both ways, reads best.
    ("lastConnection", False): "d.last_connection_ms IS NULL, d.last_connection_ms ASC, d.seq ASC",
    ("lastConnection", True): "d.last_connection_ms IS NULL, d.last_connection_ms DESC, d.seq ASC",
    ("lastCommunication", False): (
        "d.last_communication_ms IS NULL, d.last_communication_ms ASC, d.seq ASC"
    ),
    ("lastCommunication", True): (
        "d.last_communication_ms IS NULL, d.last_communication_ms DESC, d.seq ASC"
    ),
}


def new_guid() -> str:
    """A fresh GUID in the service's upper-case spelling."""
    return str(uuid.uuid4()).upper()


@dataclass(frozen=True, slots=True)
class Company:
    """A tenant: one solution key, one company, one root entity."""

    guid: str
    solution_key: str
    name: str
    cp_id: str
    solution_guid: str
    root_entity_guid: str


@dataclass(frozen=True, slots=True)
class User:
    """A login of one company (the password hash stays in the store)."""

    guid: str
    company_guid: str
    email: str
    role_guid: str
    role_name: str
    entity_guid: str


@dataclass(frozen=True, slots=True)
class Entity:
    """A node of a company's entity tree."""

    guid: str
    name: str
    parent_guid: str | None


@dataclass(frozen=True, slots=True)
class Template:
    """A device template."""

    guid: str
    name: str
    code: str
    auth_type: int
    message_version: str
    is_edge_support: bool
    is_gateway: bool


@dataclass(frozen=True, slots=True)
class NewDevice:
    """What a create request stores (already validated)."""

    unique_id: str
    display_name: str
    template_guid: str
    entity_guid: str
    created_ms: int
    note: str | None = None
    tag: str | None = None
    parent_guid: str | None = None
    firmware_upgrade_guid: str | None = None
    certificate_guid: str | None = None
    properties: Sequence[dict[str, Any]] = ()
    guid: str = field(default_factory=new_guid)
    is_active: bool = True
    is_connected: bool = False
    acquired: AcquiredState = "released"
    wireless: bool = False
    last_connection_ms: int | None = None
    last_communication_ms: int | None = None
    last_activity_ms: int | None = None


@dataclass(slots=True)  # not frozen: built 50 at a time per list page, and never shared
class DeviceRecord:
    """A device with what replies need from its template, entity, company and parent."""

    guid: str
    unique_id: str
    display_name: str
    template_guid: str
    template_name: str
    auth_type: int
    message_version: str
    is_edge_support: bool
    entity_guid: str
    entity_name: str
    solution_guid: str
    cp_id: str
    is_active: bool
    is_connected: bool
    acquired: str
    note: str | None
    tag: str | None
    parent_guid: str | None
    parent_unique_id: str | None
    parent_acquired: str | None
    firmware_upgrade_guid: str | None
    certificate_guid: str | None
    properties: list[dict[str, Any]]
    child_count: int
    created_ms: int
    last_connection_ms: int | None
    last_communication_ms: int | None
    last_activity_ms: int | None


@dataclass(frozen=True, slots=True)
class DeviceFilter:
    """The device list's filters, sort and page, already validated."""

    unique_id: str | None = None
    is_active: bool | None = None
    acquired: AcquiredState | None = None
    template_guid: str | None = None
    entity_guid: str | None = None
    is_edge: bool | None = None
    is_gateway: bool | None = None
    wireless: bool | None = None
    custom_field: str | None = None
    sort: tuple[SortField, bool] | None = None
    page_number: int = 1
    page_size: int = 10


@dataclass(frozen=True, slots=True)
class CreatedDevice:
    """The facts a create reply reports."""

    guid: str
    entity_guid: str
    unique_id: str
    parent_unique_id: str | None
    active_count: int
    inactive_count: int


@dataclass(frozen=True, slots=True)
class DeletedDevice:
    """The facts a delete reply reports."""

    guid: str
    unique_id: str
    entity_guid: str


class DuplicateUniqueId(Exception):
    """The company already has a device with this unique id."""


def _properties(text: str) -> list[dict[str, Any]]:
    if text == "[]":
        return []
    loaded: list[dict[str, Any]] = json.loads(text)
    return loaded


def _records(cursor: sqlite3.Cursor) -> list[DeviceRecord]:
    # Plain dicts by column name: sqlite3.Row's name lookup is a linear, case-folding scan,
    # which dominated the cost of a page of 50 devices.
    names = [column[0] for column in cursor.description]
    cursor.row_factory = None
    return [_record(dict(zip(names, row, strict=True))) for row in cursor.fetchall()]


def _record(row: Mapping[str, Any]) -> DeviceRecord:
    return DeviceRecord(
        guid=row["guid"],
        unique_id=row["unique_id"],
        display_name=row["display_name"],
        template_guid=row["template_guid"],
        template_name=row["template_name"],
        auth_type=row["auth_type"],
        message_version=row["message_version"],
        is_edge_support=bool(row["is_edge_support"]),
        entity_guid=row["entity_guid"],
        entity_name=row["entity_name"],
        solution_guid=row["solution_guid"],
        cp_id=row["cp_id"],
        is_active=bool(row["is_active"]),
        is_connected=bool(row["is_connected"]),
        acquired=row["acquired"],
        note=row["note"],
        tag=row["tag"],
        parent_guid=row["parent_guid"],
        parent_unique_id=row["parent_unique_id"],
        parent_acquired=row["parent_acquired"],
        firmware_upgrade_guid=row["firmware_upgrade_guid"],
        certificate_guid=row["certificate_guid"],
        properties=_properties(row["properties"]),
        child_count=row["child_count"],
        created_ms=row["created_ms"],
        last_connection_ms=row["last_connection_ms"],
        last_communication_ms=row["last_communication_ms"],
        last_activity_ms=row["last_activity_ms"],
    )


def _company(row: sqlite3.Row) -> Company:
    return Company(
        guid=row["guid"],
        solution_key=row["solution_key"],
        name=row["name"],
        cp_id=row["cp_id"],
        solution_guid=row["solution_guid"],
        root_entity_guid=row["root_entity_guid"],
    )


def _user(row: sqlite3.Row) -> User:
    return User(
        guid=row["guid"],
        company_guid=row["company_guid"],
        email=row["email"],
        role_guid=row["role_guid"],
        role_name=row["role_name"],
        entity_guid=row["entity_guid"],
    )


def _template(row: sqlite3.Row) -> Template:
    return Template(
        guid=row["guid"],
        name=row["name"],
        code=row["code"],
        auth_type=row["auth_type"],
        message_version=row["message_version"],
        is_edge_support=bool(row["is_edge_support"]),
        is_gateway=bool(row["is_gateway"]),
    )


def _where(company_guid: str, f: DeviceFilter) -> tuple[str, list[Any]]:
    clauses = ["d.company_guid = ?"]
    params: list[Any] = [company_guid]
    if f.unique_id:
        clauses.append("instr(lower(d.unique_id), lower(?)) > 0")
        params.append(f.unique_id)
    if f.is_active is not None:
        clauses.append("d.is_active = ?")
        params.append(int(f.is_active))
    if f.acquired is not None:
        clauses.append("d.acquired = ?")
        params.append(f.acquired)
    if f.template_guid is not None:
        clauses.append("d.template_guid = ?")
        params.append(f.template_guid)
    if f.entity_guid is not None:
        clauses.append("d.entity_guid = ?")
        params.append(f.entity_guid)
    if f.is_edge is not None:
        clauses.append("t.is_edge_support = ?")
        params.append(int(f.is_edge))
    if f.is_gateway is not None:
        clauses.append("t.is_gateway = ?")
        params.append(int(f.is_gateway))
    if f.wireless is not None:
        clauses.append("d.wireless = ?")
        params.append(int(f.wireless))
    if f.custom_field:
        clauses.append(
            "(instr(lower(d.display_name), lower(?)) > 0"
            " OR instr(lower(coalesce(d.tag, '')), lower(?)) > 0)"
        )
        params.extend([f.custom_field, f.custom_field])
    return " AND ".join(clauses), params


def _upgrade_derived(conn: sqlite3.Connection) -> None:
    # Files written by a version before the stored list items lack the position column, the
    # items and their triggers: add them and compute them from the devices, once. Two processes
    # opening an old file at once both get here; the write lock and the re-check serialise them.
    if int(conn.execute("PRAGMA user_version").fetchone()[0]) == _DERIVED_VERSION:
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        if int(conn.execute("PRAGMA user_version").fetchone()[0]) != _DERIVED_VERSION:
            columns = {str(row[1]) for row in conn.execute("PRAGMA table_info(devices)")}
            if "position" not in columns:
                conn.execute("ALTER TABLE devices ADD COLUMN position INTEGER")
            for statement in _statements(_DERIVED_SCHEMA + _REBUILD_DERIVED):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {_DERIVED_VERSION}")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _statements(script: str) -> list[str]:
    # executescript would commit the open transaction first; split on complete statements
    # instead, so the whole upgrade is one transaction.
    statements: list[str] = []
    current = ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    return [statement for statement in statements if statement]


class Store:
    """Thread-safe access to the mock's SQLite database."""

    def __init__(
        self, path: str | None = None, *, list_cache_pages: int = DEFAULT_LIST_CACHE_PAGES
    ) -> None:
        """Open ``path`` (created if missing) or, with ``None``, a private in-memory database.

        ``list_cache_pages`` device-list pages are kept until the next write (0: none).
        """
        self.path = path
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = None
        self._list_cache_pages = max(0, list_cache_pages)
        self._pages: OrderedDict[_PageKey, _Page] = OrderedDict()
        self._page_chars = 0
        self._data_version: int | None = None
        self._db()

    def _db(self) -> sqlite3.Connection:
        # Called with the lock held (or from __init__). A file store closed at shutdown reopens
        # on next use, so an app object can be served, stopped and served again.
        if self._conn is None:
            # One connection shared by every thread; the lock, not sqlite3, serialises access.
            conn = sqlite3.connect(
                self.path or ":memory:",
                check_same_thread=False,
                isolation_level=None,
                timeout=10.0,
            )
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA foreign_keys = ON")
            if self.path is not None:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = FULL")
                conn.execute("PRAGMA busy_timeout = 10000")
            conn.executescript(_SCHEMA)
            _upgrade_derived(conn)
            self._conn = conn
            self._forget_pages()
        return self._conn

    def _forget_pages(self) -> None:
        # Called with the lock held.
        self._pages.clear()
        self._page_chars = 0
        self._data_version = None

    def _pages_still_valid(self, conn: sqlite3.Connection) -> None:
        # data_version moves when another connection (another process on the same file)
        # commits; our own commits empty the cache in _write instead.
        version = int(conn.execute("PRAGMA data_version").fetchone()[0])
        if version != self._data_version:
            self._forget_pages()
            self._data_version = version

    def _remember_page(self, key: _PageKey, page: _Page) -> None:
        size = sum(len(item) for item in page[0])
        if self._list_cache_pages == 0 or size > _LIST_CACHE_CHARS:
            return
        self._pages[key] = page
        self._page_chars += size
        while len(self._pages) > self._list_cache_pages or self._page_chars > _LIST_CACHE_CHARS:
            _, dropped = self._pages.popitem(last=False)
            self._page_chars -= sum(len(item) for item in dropped[0])

    def close(self) -> None:
        """Close the connection of a file store (it reopens on next use).

        An in-memory store stays open: closing it would throw its data away.
        """
        with self._lock:
            if self.path is not None and self._conn is not None:
                self._conn.close()
                self._conn = None

    @contextmanager
    def _write(self, *, changes_devices: bool = True) -> Iterator[sqlite3.Connection]:
        # ``changes_devices=False`` only for tables no device-list page reads (meta, users,
        # refresh tokens), so logins do not empty the page cache.
        with self._lock:
            # IMMEDIATE takes the write lock up front, so another process cannot make us fail
            # half-way with SQLITE_BUSY after we have read.
            conn = self._db()
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            finally:
                # Even a failed write may have run statements; the lock is still held, so no
                # reader can cache a page between the change and this line.
                if changes_devices:
                    self._forget_pages()
            conn.execute("COMMIT")

    def _one(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Row | None:
        with self._lock:
            row: sqlite3.Row | None = self._db().execute(sql, params).fetchone()
            return row

    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._db().execute(sql, params).fetchall()

    # -- meta and lifecycle ------------------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        """A value kept beside the data (the token signing key), or ``None``."""
        row = self._one("SELECT value FROM meta WHERE key = ?", (key,))
        return None if row is None else str(row["value"])

    def set_meta(self, key: str, value: str) -> None:
        """Keep ``value`` under ``key``."""
        with self._write(changes_devices=False) as conn:
            conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def wipe(self) -> None:
        """Delete every row of every table (``/_mock/reset``)."""
        with self._write() as conn:
            # Without positions the delete trigger has nothing to shift: deleting every device
            # stays linear instead of renumbering the rest after each row.
            conn.execute("UPDATE devices SET position = NULL")
            for table in ("refresh_tokens", "devices", "templates", "users", "entities"):
                conn.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed table names
            conn.execute("DELETE FROM companies")
            conn.execute("DELETE FROM meta")

    # -- tenants -----------------------------------------------------------------------------

    def add_company(self, company: Company, root_entity_name: str) -> None:
        """Create a company with its root entity."""
        with self._write() as conn:
            conn.execute(
                "INSERT INTO companies (guid, solution_key, name, cp_id, solution_guid,"
                " root_entity_guid) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    company.guid,
                    company.solution_key,
                    company.name,
                    company.cp_id,
                    company.solution_guid,
                    company.root_entity_guid,
                ),
            )
            conn.execute(
                "INSERT INTO entities (guid, company_guid, name, parent_guid) VALUES (?, ?, ?, ?)",
                (company.root_entity_guid, company.guid, root_entity_name, None),
            )

    def company_by_key(self, solution_key: str) -> Company | None:
        """The company a solution key belongs to."""
        row = self._one("SELECT * FROM companies WHERE solution_key = ?", (solution_key,))
        return None if row is None else _company(row)

    def company(self, guid: str) -> Company | None:
        """A company by GUID."""
        row = self._one("SELECT * FROM companies WHERE guid = ?", (guid,))
        return None if row is None else _company(row)

    def put_user(self, user: User, salt: str, password_hash: str) -> None:
        """Create a user, or update the password and role of an existing one with that email."""
        with self._write(changes_devices=False) as conn:
            conn.execute(
                "INSERT INTO users (guid, company_guid, email, salt, password_hash, role_guid,"
                " role_name, entity_guid) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT(company_guid, email) DO UPDATE SET salt = excluded.salt,"
                " password_hash = excluded.password_hash",
                (
                    user.guid,
                    user.company_guid,
                    user.email,
                    salt,
                    password_hash,
                    user.role_guid,
                    user.role_name,
                    user.entity_guid,
                ),
            )

    def user(self, guid: str) -> User | None:
        """A user by GUID."""
        row = self._one("SELECT * FROM users WHERE guid = ?", (guid,))
        return None if row is None else _user(row)

    def user_credentials(self, company_guid: str, email: str) -> tuple[User, str, str] | None:
        """A user of a company by email (case-insensitive), with salt and password hash."""
        row = self._one(
            "SELECT * FROM users WHERE company_guid = ? AND email = ?", (company_guid, email)
        )
        if row is None:
            return None
        return _user(row), str(row["salt"]), str(row["password_hash"])

    def add_entity(self, company_guid: str, entity: Entity) -> None:
        """Add an entity under a company."""
        with self._write() as conn:
            conn.execute(
                "INSERT INTO entities (guid, company_guid, name, parent_guid) VALUES (?, ?, ?, ?)",
                (entity.guid, company_guid, entity.name, entity.parent_guid),
            )

    def entity(self, company_guid: str, guid: str) -> Entity | None:
        """An entity of this company."""
        row = self._one(
            "SELECT * FROM entities WHERE company_guid = ? AND guid = ?", (company_guid, guid)
        )
        if row is None:
            return None
        return Entity(guid=row["guid"], name=row["name"], parent_guid=row["parent_guid"])

    def add_template(self, company_guid: str, template: Template) -> None:
        """Add a device template to a company."""
        with self._write() as conn:
            conn.execute(
                "INSERT INTO templates (guid, company_guid, name, code, auth_type,"
                " message_version, is_edge_support, is_gateway) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    template.guid,
                    company_guid,
                    template.name,
                    template.code,
                    template.auth_type,
                    template.message_version,
                    int(template.is_edge_support),
                    int(template.is_gateway),
                ),
            )

    def templates(self, company_guid: str) -> list[Template]:
        """A company's templates, by name."""
        rows = self._all(
            "SELECT * FROM templates WHERE company_guid = ? ORDER BY name, guid", (company_guid,)
        )
        return [_template(row) for row in rows]

    def template(self, company_guid: str, guid: str) -> Template | None:
        """A template of this company."""
        row = self._one(
            "SELECT * FROM templates WHERE company_guid = ? AND guid = ?", (company_guid, guid)
        )
        return None if row is None else _template(row)

    # -- devices -----------------------------------------------------------------------------

    def _counts(self, conn: sqlite3.Connection, company_guid: str) -> tuple[int, int]:
        row = conn.execute(
            "SELECT coalesce(sum(is_active), 0), count(*) FROM devices WHERE company_guid = ?",
            (company_guid,),
        ).fetchone()
        active, total = int(row[0]), int(row[1])
        return active, total - active

    def insert_devices(self, company_guid: str, devices: Sequence[NewDevice]) -> None:
        """Insert many devices in one transaction (seeding); duplicates raise."""
        with self._write() as conn:
            for device in devices:
                self._insert(conn, company_guid, device)

    def _insert(self, conn: sqlite3.Connection, company_guid: str, d: NewDevice) -> None:
        try:
            conn.execute(
                "INSERT INTO devices (guid, company_guid, unique_id, display_name, template_guid,"
                " entity_guid, is_active, is_connected, acquired, wireless, note, tag,"
                " parent_guid, firmware_upgrade_guid, certificate_guid, properties, created_ms,"
                " last_connection_ms, last_communication_ms, last_activity_ms)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    d.guid,
                    company_guid,
                    d.unique_id,
                    d.display_name,
                    d.template_guid,
                    d.entity_guid,
                    int(d.is_active),
                    int(d.is_connected),
                    d.acquired,
                    int(d.wireless),
                    d.note,
                    d.tag,
                    d.parent_guid,
                    d.firmware_upgrade_guid,
                    d.certificate_guid,
                    json.dumps(list(d.properties)),
                    d.created_ms,
                    d.last_connection_ms,
                    d.last_communication_ms,
                    d.last_activity_ms,
                ),
            )
        except sqlite3.IntegrityError as exc:
            if "unique_id" in str(exc):
                raise DuplicateUniqueId(d.unique_id) from None
            raise

    def create_device(self, company_guid: str, device: NewDevice) -> CreatedDevice:
        """Insert one device; raise ``DuplicateUniqueId`` if the company already has its id."""
        with self._write() as conn:
            self._insert(conn, company_guid, device)
            parent_unique_id = None
            if device.parent_guid is not None:
                row = conn.execute(
                    "SELECT unique_id FROM devices WHERE guid = ?", (device.parent_guid,)
                ).fetchone()
                parent_unique_id = None if row is None else str(row[0])
            active, inactive = self._counts(conn, company_guid)
        return CreatedDevice(
            guid=device.guid,
            entity_guid=device.entity_guid,
            unique_id=device.unique_id,
            parent_unique_id=parent_unique_id,
            active_count=active,
            inactive_count=inactive,
        )

    def device(self, company_guid: str, guid: str) -> DeviceRecord | None:
        """A device of this company by GUID."""
        with self._lock:
            cursor = self._db().execute(
                _DEVICE_SELECT + " WHERE d.company_guid = ? AND d.guid = ?", (company_guid, guid)
            )
            found = _records(cursor)
        return found[0] if found else None

    def device_by_unique_id(self, company_guid: str, unique_id: str) -> DeviceRecord | None:
        """A device of this company by unique id (case-insensitive)."""
        with self._lock:
            cursor = self._db().execute(
                _DEVICE_SELECT + " WHERE d.company_guid = ? AND d.unique_id = ?",
                (company_guid, unique_id),
            )
            found = _records(cursor)
        return found[0] if found else None

    def list_devices_json(
        self, company_guid: str, query: DeviceFilter, *, with_total: bool
    ) -> tuple[Sequence[str], int | None]:
        """One page of a company's devices as list-item JSON texts, and the total if asked."""
        key: _PageKey = (company_guid, query, with_total)
        with self._lock:
            self._pages_still_valid(self._db())
            cached = self._pages.get(key)
            if cached is not None:
                self._pages.move_to_end(key)
                return cached
            page = self._query_page(company_guid, query, with_total=with_total)
            self._remember_page(key, page)
            return page

    def _query_page(self, company_guid: str, query: DeviceFilter, *, with_total: bool) -> _Page:
        if query.sort is None and query == DeviceFilter(
            page_number=query.page_number, page_size=query.page_size
        ):
            return self._default_page(company_guid, query, with_total=with_total)
        where, params = _where(company_guid, query)
        order = _ORDER[query.sort]
        offset = (query.page_number - 1) * query.page_size
        needs_template = query.is_edge is not None or query.is_gateway is not None
        source = (
            "devices d JOIN templates t ON t.guid = d.template_guid"
            if needs_template
            else "devices d"
        )
        # Filters and sorts keep the general path: pick the page's rows from the devices table
        # (and its indexes) alone, so a deep OFFSET skips index entries, then fetch only those
        # rows' stored items.
        page_sql = f"SELECT d.seq FROM {source} WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?"  # noqa: S608
        sql = (
            "SELECT i.item FROM devices d JOIN device_list_items i ON i.seq = d.seq"  # noqa: S608
            f" WHERE d.seq IN ({page_sql}) ORDER BY {order}"
        )
        count_sql = f"SELECT count(*) FROM {source} WHERE {where}"  # noqa: S608
        with self._lock:
            cursor = self._db().execute(sql, [*params, query.page_size, offset])
            cursor.row_factory = None
            items = tuple(row[0] for row in cursor.fetchall())
            total = None
            if with_total:
                total = int(self._db().execute(count_sql, params).fetchone()[0])
        return items, total

    def _default_page(self, company_guid: str, query: DeviceFilter, *, with_total: bool) -> _Page:
        # No filter, insertion order: positions are dense, so the page is a range seek on
        # devices_by_position, and the total is the last position.
        first = (query.page_number - 1) * query.page_size
        with self._lock:
            conn = self._db()
            cursor = conn.execute(
                "SELECT i.item FROM devices d JOIN device_list_items i ON i.seq = d.seq"
                " WHERE d.company_guid = ? AND d.position > ? AND d.position <= ?"
                " ORDER BY d.position",
                (company_guid, first, first + query.page_size),
            )
            cursor.row_factory = None
            items = tuple(row[0] for row in cursor.fetchall())
            total = None
            if with_total:
                row = conn.execute(
                    "SELECT coalesce(max(position), 0) FROM devices WHERE company_guid = ?",
                    (company_guid,),
                ).fetchone()
                total = int(row[0])
        return items, total

    def count_devices(self, company_guid: str, is_active: bool | None) -> int:
        """How many devices a company has, optionally only active or inactive ones."""
        if is_active is None:
            row = self._one("SELECT count(*) FROM devices WHERE company_guid = ?", (company_guid,))
        else:
            row = self._one(
                "SELECT count(*) FROM devices WHERE company_guid = ? AND is_active = ?",
                (company_guid, int(is_active)),
            )
        return 0 if row is None else int(row[0])

    def update_device(
        self,
        company_guid: str,
        guid: str,
        *,
        display_name: str,
        entity_guid: str,
        note: str | None,
        properties: Sequence[dict[str, Any]] | None,
        now_ms: int,
    ) -> bool:
        """Change a device's name, entity, note and (when given) properties; ``False`` if absent."""
        with self._write() as conn:
            cursor = conn.execute(
                "UPDATE devices SET display_name = ?, entity_guid = ?, note = ?,"
                " properties = coalesce(?, properties), last_activity_ms = ?"
                " WHERE company_guid = ? AND guid = ?",
                (
                    display_name,
                    entity_guid,
                    note,
                    None if properties is None else json.dumps(list(properties)),
                    now_ms,
                    company_guid,
                    guid,
                ),
            )
            return cursor.rowcount == 1

    def set_active(
        self, company_guid: str, guid: str, is_active: bool, now_ms: int
    ) -> Literal["changed", "unchanged", "missing"]:
        """Activate or deactivate; says whether it changed, was already so, or is missing."""
        with self._write() as conn:
            row = conn.execute(
                "SELECT is_active FROM devices WHERE company_guid = ? AND guid = ?",
                (company_guid, guid),
            ).fetchone()
            if row is None:
                return "missing"
            if bool(row[0]) == is_active:
                return "unchanged"
            conn.execute(
                "UPDATE devices SET is_active = ?, last_activity_ms = ? WHERE guid = ?",
                (int(is_active), now_ms, guid),
            )
            return "changed"

    def delete_device(self, company_guid: str, guid: str) -> DeletedDevice | None:
        """Delete a device (its children lose their parent); ``None`` if absent."""
        with self._write() as conn:
            row = conn.execute(
                "SELECT guid, unique_id, entity_guid FROM devices"
                " WHERE company_guid = ? AND guid = ?",
                (company_guid, guid),
            ).fetchone()
            if row is None:
                return None
            conn.execute("UPDATE devices SET parent_guid = NULL WHERE parent_guid = ?", (guid,))
            conn.execute("DELETE FROM devices WHERE guid = ?", (guid,))
        return DeletedDevice(guid=row[0], unique_id=row[1], entity_guid=row[2])

    # -- refresh tokens ----------------------------------------------------------------------

    def add_refresh_token(self, token_hash: str, user_guid: str, expires_ms: int) -> None:
        """Remember a refresh token (by hash) until it is spent or expires."""
        with self._write(changes_devices=False) as conn:
            conn.execute(
                "INSERT INTO refresh_tokens (token_hash, user_guid, expires_ms) VALUES (?, ?, ?)",
                (token_hash, user_guid, expires_ms),
            )

    def spend_refresh_token(self, token_hash: str, now_ms: int) -> str | None:
        """Mark a live refresh token spent and return its user; ``None`` if unknown/spent/expired.

        The check and the update are one statement, so two concurrent refreshes with the same
        token cannot both win.
        """
        with self._write(changes_devices=False) as conn:
            cursor = conn.execute(
                "UPDATE refresh_tokens SET spent = 1"
                " WHERE token_hash = ? AND spent = 0 AND expires_ms > ?",
                (token_hash, now_ms),
            )
            if cursor.rowcount != 1:
                return None
            row = conn.execute(
                "SELECT user_guid FROM refresh_tokens WHERE token_hash = ?", (token_hash,)
            ).fetchone()
            # Spent and expired tokens are dead weight; trimming here keeps the table small.
            conn.execute(
                "DELETE FROM refresh_tokens WHERE expires_ms <= ? AND spent = 1", (now_ms,)
            )
            return str(row[0])
