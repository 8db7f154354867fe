"""The mock's SQLite schema, opening a database, and upgrading files written by older versions.

Base tables hold what the API writes. Two derived things make the device list fast and are
rebuilt from the base tables whenever they may be out of date:

- ``devices.position``: a device's dense 1-based place in its company in insertion order, so
  the default page k is a range seek on ``devices_by_position`` instead of an ``OFFSET`` walk;
- ``device_list_items``: each device's list item as JSON text, rendered by ``render``, so a
  page is a concatenation of stored strings;
- ``device_counts``: how many devices each company has per template and status, so a count, a
  create's reply and a template's device count read a few rows instead of counting the company
  (at 100,000 devices that was 5-30 ms per request). Triggers keep it through updates and
  deletes; inserts add to it once per batch (``store``), since a trigger's upsert per row made
  seeding 100,000 devices 40 % slower.

The store keeps both current on every write (``device_queries``). A file is upgraded when it
is opened if its ``PRAGMA user_version`` is not ``SCHEMA_VERSION`` or its items were rendered
by another ``list_item`` (``render.LIST_ITEM_FINGERPRINT``): version 0 files lack positions and
items, version 2 files kept them with SQL triggers that rendered JSON in SQLite, version 3 files
lack the counts and the filter indexes, version 4 files ``devices.future_setting`` (future mode),
version 5 files counted inserts with a trigger, version 6 files lack
``devices.certificate_text``. ``device_twin`` holds each device's desired and reported twin
values (created when missing; a device's rows go with it).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3

from .device_queries import store_items
from .render import LIST_ITEM_FINGERPRINT

__all__ = ["SCHEMA_VERSION", "make_private", "open_database"]

#: Bumped whenever the derived data (columns, indexes, triggers) changes shape, or a column is
#: added (5: ``devices.future_setting``, the field of future mode; 6: inserts counted per batch;
#: 7: ``devices.certificate_text``, the certificate a device was created with).
SCHEMA_VERSION = 7

_TABLES = """
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
    future_setting TEXT,
    certificate_text TEXT,
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
CREATE TABLE IF NOT EXISTS device_counts (
    company_guid TEXT NOT NULL,
    template_guid TEXT NOT NULL,
    is_active INTEGER NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (company_guid, template_guid, is_active)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS list_item_renderer (
    fingerprint TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS template_attributes (
    guid TEXT PRIMARY KEY,
    company_guid TEXT NOT NULL,
    template_guid TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    name TEXT NOT NULL,
    data_type TEXT NOT NULL,
    description TEXT,
    unit TEXT
);
CREATE INDEX IF NOT EXISTS template_attributes_by_template
    ON template_attributes (company_guid, template_guid, sequence);
CREATE TABLE IF NOT EXISTS template_commands (
    guid TEXT PRIMARY KEY,
    company_guid TEXT NOT NULL,
    template_guid TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    name TEXT NOT NULL,
    command TEXT NOT NULL,
    required_param INTEGER NOT NULL,
    required_ack INTEGER NOT NULL,
    is_ota INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS template_commands_by_template
    ON template_commands (company_guid, template_guid, sequence);
CREATE TABLE IF NOT EXISTS device_twin (
    device_guid TEXT NOT NULL REFERENCES devices(guid) ON DELETE CASCADE,
    local_name TEXT NOT NULL,
    desired_value TEXT,
    desired_version INTEGER NOT NULL DEFAULT 0,
    desired_ms INTEGER,
    reported_value TEXT,
    reported_ms INTEGER,
    PRIMARY KEY (device_guid, local_name)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS command_history (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    guid TEXT NOT NULL UNIQUE,
    company_guid TEXT NOT NULL,
    device_guid TEXT NOT NULL,
    unique_id TEXT NOT NULL,
    command_guid TEXT NOT NULL,
    cmd_text TEXT NOT NULL,
    requires_ack INTEGER NOT NULL,
    status TEXT NOT NULL,
    status_ms INTEGER NOT NULL,
    created_by TEXT NOT NULL,
    resend_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS command_history_by_device
    ON command_history (company_guid, device_guid, seq);
CREATE TABLE IF NOT EXISTS refresh_tokens (
    token_hash TEXT PRIMARY KEY,
    user_guid TEXT NOT NULL,
    expires_ms INTEGER NOT NULL,
    spent INTEGER NOT NULL DEFAULT 0
);
"""

# Version 2 kept the list items with these triggers, rendering JSON in SQLite.
_RETIRED_TRIGGERS = (
    "devices_list_insert",
    "devices_list_update",
    "devices_list_reparent",
    "devices_list_delete",
    "templates_list_update",
    "entities_list_update",
    "companies_list_update",
)

# The four timestamp indexes match device_queries' ORDER BY clauses term for term (one per
# direction, as the NULLs-last term keeps its direction), so those sorts walk an index instead
# of sorting the whole company for every page. Positions are per company: the trigger keeps a
# device there for good.
_DERIVED = """
CREATE INDEX IF NOT EXISTS devices_by_position ON devices (company_guid, position);
CREATE INDEX IF NOT EXISTS devices_by_last_connection
    ON devices (company_guid, last_connection_ms IS NULL, last_connection_ms, seq);
CREATE INDEX IF NOT EXISTS devices_by_last_connection_desc
    ON devices (company_guid, last_connection_ms IS NULL, last_connection_ms DESC, seq);
CREATE INDEX IF NOT EXISTS devices_by_last_communication
    ON devices (company_guid, last_communication_ms IS NULL, last_communication_ms, seq);
CREATE INDEX IF NOT EXISTS devices_by_last_communication_desc
    ON devices (company_guid, last_communication_ms IS NULL, last_communication_ms DESC, seq);
CREATE INDEX IF NOT EXISTS devices_by_status ON devices (company_guid, is_active, seq);
CREATE INDEX IF NOT EXISTS devices_by_template ON devices (company_guid, template_guid, seq);
CREATE INDEX IF NOT EXISTS devices_by_entity ON devices (company_guid, entity_guid, seq);
DROP TRIGGER IF EXISTS devices_keep_identity;
CREATE TRIGGER devices_keep_identity BEFORE UPDATE OF guid, company_guid ON devices
WHEN OLD.guid IS NOT NEW.guid OR OLD.company_guid IS NOT NEW.company_guid
BEGIN
    SELECT RAISE(ABORT, 'a device keeps its guid and company');
END;
UPDATE devices SET position = ranked.position
FROM (
    SELECT seq, row_number() OVER (PARTITION BY company_guid ORDER BY seq) AS position
    FROM devices
) AS ranked
WHERE devices.seq = ranked.seq;
DELETE FROM device_list_items;
DELETE FROM list_item_renderer;
DROP TRIGGER IF EXISTS device_counts_insert;
DROP TRIGGER IF EXISTS device_counts_delete;
CREATE TRIGGER device_counts_delete AFTER DELETE ON devices
BEGIN
    UPDATE device_counts SET n = n - 1 WHERE company_guid = OLD.company_guid
        AND template_guid = OLD.template_guid AND is_active = OLD.is_active;
END;
DROP TRIGGER IF EXISTS device_counts_update;
CREATE TRIGGER device_counts_update AFTER UPDATE OF template_guid, is_active ON devices
WHEN OLD.template_guid IS NOT NEW.template_guid OR OLD.is_active IS NOT NEW.is_active
BEGIN
    UPDATE device_counts SET n = n - 1 WHERE company_guid = OLD.company_guid
        AND template_guid = OLD.template_guid AND is_active = OLD.is_active;
    INSERT INTO device_counts (company_guid, template_guid, is_active, n)
    VALUES (NEW.company_guid, NEW.template_guid, NEW.is_active, 1)
    ON CONFLICT DO UPDATE SET n = n + 1;
END;
DELETE FROM device_counts;
INSERT INTO device_counts (company_guid, template_guid, is_active, n)
SELECT company_guid, template_guid, is_active, count(*) FROM devices
GROUP BY company_guid, template_guid, is_active;
"""


def open_database(path: str | None) -> sqlite3.Connection:
    """Open (or create) the database at ``path``, or a private in-memory one, upgraded.

    One connection in autocommit mode, shared by every thread of the store (whose lock, not
    sqlite3, serialises access). A file gets a WAL journal with ``synchronous=FULL`` (a commit
    survives a crash of the process or the machine) and a busy timeout, so a second process
    opening the same file waits instead of failing. The file is the user's alone (see
    ``make_private``). Text that is not valid UTF-8 reads as U+FFFD, so no stored value can
    make a read fail.
    """
    if path and path != ":memory:":
        make_private(path)
    conn = sqlite3.connect(
        path or ":memory:", check_same_thread=False, isolation_level=None, timeout=10.0
    )
    conn.text_factory = _text
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    if path is not None:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA busy_timeout = 10000")
    conn.executescript(_TABLES)
    _upgrade(conn)
    return conn


def make_private(path: str) -> None:
    """Create the database file, and its directory if missing, readable by the user only.

    The file holds the token signing key and password hashes. A missing directory is made with
    mode 0700; the file (even one an older version made world-readable) gets 0600, and so do its
    WAL and shared-memory files, which SQLite creates with the database file's mode. An
    existing directory keeps its mode: it may be the user's project or a shared one.
    """
    directory = os.path.dirname(os.path.abspath(path))
    os.makedirs(directory, mode=0o700, exist_ok=True)
    descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        os.fchmod(descriptor, 0o600)
    finally:
        os.close(descriptor)
    for side in (f"{path}-wal", f"{path}-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.chmod(side, 0o600)


def _text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def _is_current(conn: sqlite3.Connection) -> bool:
    if int(conn.execute("PRAGMA user_version").fetchone()[0]) != SCHEMA_VERSION:
        return False
    row = conn.execute("SELECT fingerprint FROM list_item_renderer").fetchone()
    return row is not None and row[0] == LIST_ITEM_FINGERPRINT


def _upgrade(conn: sqlite3.Connection) -> None:
    # Rebuild the derived data from the base tables, in one transaction. Two processes opening
    # an old file at once both get here; the write lock and the re-check serialise them.
    if _is_current(conn):
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        if not _is_current(conn):
            columns = {str(row[1]) for row in conn.execute("PRAGMA table_info(devices)")}
            if "position" not in columns:
                conn.execute("ALTER TABLE devices ADD COLUMN position INTEGER")
            if "future_setting" not in columns:
                conn.execute("ALTER TABLE devices ADD COLUMN future_setting TEXT")
            if "certificate_text" not in columns:
                conn.execute("ALTER TABLE devices ADD COLUMN certificate_text TEXT")
            for name in _RETIRED_TRIGGERS:
                conn.execute(f"DROP TRIGGER IF EXISTS {name}")
            for statement in _statements(_DERIVED):
                conn.execute(statement)
            store_items(conn, "1", ())
            conn.execute(
                "INSERT INTO list_item_renderer (fingerprint) VALUES (?)", (LIST_ITEM_FINGERPRINT,)
            )
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
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
