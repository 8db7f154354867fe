"""The repository: every query of the mock's state (companies, users, templates, devices, tokens).

One connection (``schema.open_database``), one lock. Every call holds the lock for its whole
statement or transaction and commits before it returns, so a reply is only sent for a write
that is already in the database: no acknowledged write is lost however many clients write at
once.

Device writes keep the list's derived data current in the same transaction: a device's dense
position in its company, and its stored list item rendered by ``render`` (``device_queries``).
Device-list pages are kept between writes (``page_cache``): every write that can change a page
empties the cache before the lock is released, and a commit by another connection to the same
file is seen through ``PRAGMA data_version`` before any page is served.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Literal, TypeVar

from .device_queries import child_records, device_records, select_page, store_items
from .page_cache import DEFAULT_LIST_CACHE_PAGES, Page, PageCache
from .records import (
    CommandSent,
    Company,
    CreatedDevice,
    DeletedDevice,
    DeviceFilter,
    DeviceRecord,
    DuplicateUniqueId,
    Entity,
    NewDevice,
    Template,
    TemplateAttribute,
    TemplateCommand,
    User,
)
from .schema import open_database
from .twin import TwinValue

__all__ = ["Store"]


_Record = TypeVar("_Record", Company, User, Entity, Template)
# These records name their fields like their columns; SQLite keeps booleans as 0 and 1.
_COLUMNS: dict[type[Any], tuple[tuple[str, bool], ...]] = {
    cls: tuple((f.name, f.type in ("bool", bool)) for f in dataclasses.fields(cls))
    for cls in (Company, User, Entity, Template)
}


def _from_row(cls: type[_Record], row: sqlite3.Row) -> _Record:
    values: dict[str, Any] = {
        name: bool(row[name]) if flag else row[name] for name, flag in _COLUMNS[cls]
    }
    return cls(**values)


class Store:
    """The repository: thread-safe queries and writes of the mock's SQLite database."""

    def __init__(
        self, path: str | None = None, *, list_cache_pages: int = DEFAULT_LIST_CACHE_PAGES
    ) -> None:
        """Open ``path`` (created if missing) or, with ``None``, a private in-memory database.

        ``list_cache_pages`` device-list pages are kept until the next write (0: none).
        """
        self.path = path
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = None
        self._pages = PageCache(list_cache_pages)
        self._db()

    def _db(self) -> sqlite3.Connection:
        # Called with the lock held (or from __init__). A file store closed at shutdown reopens
        # on next use, so an app object can be served, stopped and served again.
        if self._conn is None:
            self._conn = open_database(self.path)
            self._pages.clear()
        return self._conn

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
                    self._pages.clear()
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
            for table in (
                "refresh_tokens",
                "device_twin",
                "device_list_items",
                "device_counts",
                "devices",
                "command_history",
                "template_attributes",
                "template_commands",
                "templates",
                "users",
                "entities",
                "companies",
                "meta",
            ):
                conn.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed table names

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
        return None if row is None else _from_row(Company, row)

    def company(self, guid: str) -> Company | None:
        """A company by GUID."""
        row = self._one("SELECT * FROM companies WHERE guid = ?", (guid,))
        return None if row is None else _from_row(Company, row)

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
        return None if row is None else _from_row(User, row)

    def user_credentials(self, company_guid: str, email: str) -> tuple[User, str, str] | None:
        """A user of a company by email (case-insensitive), with salt and password hash."""
        row = self._one(
            "SELECT * FROM users WHERE company_guid = ? AND email = ?", (company_guid, email)
        )
        if row is None:
            return None
        return _from_row(User, row), str(row["salt"]), str(row["password_hash"])

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
        return _from_row(Entity, row)

    def entities(self, company_guid: str) -> list[tuple[Entity, int, int]]:
        """A company's entities, root first then by name, each with its device and user counts."""
        rows = self._all(
            "SELECT e.guid, e.name, e.parent_guid,"
            " (SELECT COUNT(*) FROM devices d WHERE d.company_guid = e.company_guid"
            "  AND d.entity_guid = e.guid) AS devices,"
            " (SELECT COUNT(*) FROM users u WHERE u.company_guid = e.company_guid"
            "  AND u.entity_guid = e.guid) AS users"
            " FROM entities e WHERE e.company_guid = ?"
            " ORDER BY e.parent_guid IS NOT NULL, e.name COLLATE NOCASE, e.guid",
            (company_guid,),
        )
        return [
            (Entity(row["guid"], row["name"], row["parent_guid"]), row["devices"], row["users"])
            for row in rows
        ]

    def add_template(
        self,
        company_guid: str,
        template: Template,
        attributes: Sequence[TemplateAttribute] = (),
        commands: Sequence[TemplateCommand] = (),
    ) -> None:
        """Add a device template to a company, with its attributes and commands, in order."""
        with self._write() as conn:
            conn.executemany(
                "INSERT INTO template_attributes (guid, company_guid, template_guid, sequence,"
                " name, data_type, description, unit) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        a.guid,
                        company_guid,
                        template.guid,
                        n,
                        a.name,
                        a.data_type,
                        a.description,
                        a.unit,
                    )
                    for n, a in enumerate(attributes, 1)
                ],
            )
            conn.executemany(
                "INSERT INTO template_commands (guid, company_guid, template_guid, sequence, name,"
                " command, required_param, required_ack, is_ota)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        c.guid,
                        company_guid,
                        template.guid,
                        n,
                        c.name,
                        c.command,
                        int(c.required_param),
                        int(c.required_ack),
                        int(c.is_ota),
                    )
                    for n, c in enumerate(commands, 1)
                ],
            )
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
        return [_from_row(Template, row) for row in rows]

    def template(self, company_guid: str, guid: str) -> Template | None:
        """A template of this company."""
        row = self._one(
            "SELECT * FROM templates WHERE company_guid = ? AND guid = ?", (company_guid, guid)
        )
        return None if row is None else _from_row(Template, row)

    def template_attributes(self, company_guid: str, template_guid: str) -> list[TemplateAttribute]:
        """A template's attributes, by sequence."""
        rows = self._all(
            "SELECT guid, name, data_type, description, unit FROM template_attributes"
            " WHERE company_guid = ? AND template_guid = ? ORDER BY sequence",
            (company_guid, template_guid),
        )
        return [TemplateAttribute(*row) for row in rows]

    def template_commands(self, company_guid: str, template_guid: str) -> list[TemplateCommand]:
        """A template's commands, by sequence."""
        rows = self._all(
            "SELECT guid, name, command, required_param, required_ack, is_ota"
            " FROM template_commands WHERE company_guid = ? AND template_guid = ?"
            " ORDER BY sequence",
            (company_guid, template_guid),
        )
        return [TemplateCommand(r[0], r[1], r[2], bool(r[3]), bool(r[4]), bool(r[5])) for r in rows]

    def template_part_counts(self, company_guid: str) -> dict[str, tuple[int, int]]:
        """Per template of the company: how many attributes and commands it has."""
        rows = self._all(
            "SELECT t.guid,"
            " (SELECT COUNT(*) FROM template_attributes a WHERE a.company_guid = t.company_guid"
            "  AND a.template_guid = t.guid),"
            " (SELECT COUNT(*) FROM template_commands c WHERE c.company_guid = t.company_guid"
            "  AND c.template_guid = t.guid)"
            " FROM templates t WHERE t.company_guid = ?",
            (company_guid,),
        )
        return {row[0]: (row[1], row[2]) for row in rows}

    def delete_template(self, company_guid: str, guid: str) -> bool:
        """Delete a template of this company that no device uses, with its attributes and
        commands; False when there is no such template. The caller checks the devices."""
        with self._write(changes_devices=False) as conn:
            gone = conn.execute(
                "DELETE FROM templates WHERE company_guid = ? AND guid = ?", (company_guid, guid)
            ).rowcount
            for table in ("template_attributes", "template_commands"):
                conn.execute(
                    f"DELETE FROM {table} WHERE company_guid = ? AND template_guid = ?",  # noqa: S608 - fixed names
                    (company_guid, guid),
                )
            return gone == 1

    def template_command(self, company_guid: str, guid: str) -> tuple[str, TemplateCommand] | None:
        """A command of one of the company's templates by GUID, with its template's GUID."""
        row = self._one(
            "SELECT template_guid, guid, name, command, required_param, required_ack, is_ota"
            " FROM template_commands WHERE company_guid = ? AND guid = ?",
            (company_guid, guid),
        )
        if row is None:
            return None
        flags = (bool(row[4]), bool(row[5]), bool(row[6]))
        return row[0], TemplateCommand(row[1], row[2], row[3], *flags)

    def template_devices(self, company_guid: str, template_guid: str) -> list[tuple[str, str, str]]:
        """The GUID, unique id and entity of every device of a template."""
        rows = self._all(
            "SELECT guid, unique_id, entity_guid FROM devices"
            " WHERE company_guid = ? AND template_guid = ? ORDER BY seq",
            (company_guid, template_guid),
        )
        return [(row[0], row[1], row[2]) for row in rows]

    # -- command history ---------------------------------------------------------------------

    def add_commands(self, company_guid: str, sent: Sequence[CommandSent]) -> None:
        """Append commands sent to the history."""
        with self._write(changes_devices=False) as conn:
            conn.executemany(
                "INSERT INTO command_history (guid, company_guid, device_guid, unique_id,"
                " command_guid, cmd_text, requires_ack, status, status_ms, created_by)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        c.guid,
                        company_guid,
                        c.device_guid,
                        c.unique_id,
                        c.command_guid,
                        c.cmd_text,
                        int(c.requires_ack),
                        c.status,
                        c.status_ms,
                        c.created_by,
                    )
                    for c in sent
                ],
            )

    def command_history(self, company_guid: str, device_guid: str | None) -> list[CommandSent]:
        """The company's command history (or one device's), newest first."""
        rows = self._all(
            "SELECT guid, device_guid, unique_id, command_guid, cmd_text, requires_ack, status,"
            " status_ms, created_by, resend_count FROM command_history"
            " WHERE company_guid = ? AND (? IS NULL OR device_guid = ?) ORDER BY seq DESC",
            (company_guid, device_guid, device_guid),
        )
        return [
            CommandSent(
                row[0], row[1], row[2], row[3], row[4], bool(row[5]), row[6], row[7], row[8], row[9]
            )
            for row in rows
        ]

    def command_status(
        self, company_guid: str | None, guid: str, status: str, now_ms: int, *, resend: bool
    ) -> bool:
        """Set a history entry's status (and count a resend); False when there is none (in
        this company, unless ``company_guid`` is None: a device acknowledging)."""
        with self._write(changes_devices=False) as conn:
            cursor = conn.execute(
                "UPDATE command_history SET status = CASE WHEN requires_ack = 1 THEN ? ELSE"
                " 'Sent' END, status_ms = ?, resend_count = resend_count + ?"
                " WHERE guid = ? AND (? IS NULL OR company_guid = ?)",
                (status, now_ms, int(resend), guid, company_guid, company_guid),
            )
            return cursor.rowcount == 1

    # -- devices -----------------------------------------------------------------------------

    def _counts(self, conn: sqlite3.Connection, company_guid: str) -> tuple[int, int]:
        # From the triggers' running counts (schema), not a count of the company's devices.
        row = conn.execute(
            "SELECT coalesce(sum(n * is_active), 0), coalesce(sum(n), 0) FROM device_counts"
            " WHERE company_guid = ?",
            (company_guid,),
        ).fetchone()
        active, total = int(row[0]), int(row[1])
        return active, total - active

    def insert_devices(self, company_guid: str, devices: Sequence[NewDevice]) -> None:
        """Insert many devices in one transaction (seeding); duplicates raise."""
        with self._write() as conn:
            self._insert(conn, company_guid, devices)

    def _insert(
        self, conn: sqlite3.Connection, company_guid: str, new: Sequence[NewDevice]
    ) -> None:
        # AUTOINCREMENT: every row inserted here gets a seq above the largest one before.
        before = int(conn.execute("SELECT coalesce(max(seq), 0) FROM devices").fetchone()[0])
        # Positions follow on from the company's last one: read once, not once per row (seeding
        # 100,000 devices).
        last = conn.execute(
            "SELECT coalesce(max(position), 0) FROM devices WHERE company_guid = ?",
            (company_guid,),
        ).fetchone()[0]
        for position, d in enumerate(new, start=int(last) + 1):
            try:
                conn.execute(
                    "INSERT INTO devices (guid, company_guid, unique_id, display_name,"
                    " template_guid, entity_guid, is_active, is_connected, acquired, wireless,"
                    " note, tag, parent_guid, firmware_upgrade_guid, certificate_guid,"
                    " certificate_text, properties, created_ms, last_connection_ms,"
                    " last_communication_ms, last_activity_ms, position)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
                        d.certificate_text,
                        json.dumps(list(d.properties)) if d.properties else "[]",
                        d.created_ms,
                        d.last_connection_ms,
                        d.last_communication_ms,
                        d.last_activity_ms,
                        position,
                    ),
                )
            except sqlite3.IntegrityError as exc:
                if "unique_id" in str(exc):
                    raise DuplicateUniqueId(d.unique_id) from None
                raise
        # The running counts (schema), once for the batch. NOT INDEXED keeps SQLite on the
        # rowid range of the new rows: for the GROUP BY it would walk a whole index instead.
        conn.execute(
            "INSERT INTO device_counts (company_guid, template_guid, is_active, n)"
            " SELECT company_guid, template_guid, is_active, count(*) FROM devices NOT INDEXED"
            " WHERE seq > ?"
            " GROUP BY company_guid, template_guid, is_active"
            " ON CONFLICT DO UPDATE SET n = n + excluded.n",
            (before,),
        )
        # The new devices, then their parents, whose childDeviceCount went up.
        store_items(conn, "d.seq > ?", (before,))
        store_items(conn, "d.guid IN (SELECT parent_guid FROM devices WHERE seq > ?)", (before,))

    def create_device(self, company_guid: str, device: NewDevice) -> CreatedDevice:
        """Insert one device; raise ``DuplicateUniqueId`` if the company already has its id."""
        with self._write() as conn:
            self._insert(conn, company_guid, (device,))
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
            found = device_records(
                self._db(), "d.company_guid = ? AND d.guid = ?", (company_guid, guid)
            )
        return found[0] if found else None

    def device_by_unique_id(self, company_guid: str, unique_id: str) -> DeviceRecord | None:
        """A device of this company by unique id (case-insensitive)."""
        with self._lock:
            found = device_records(
                self._db(), "d.company_guid = ? AND d.unique_id = ?", (company_guid, unique_id)
            )
        return found[0] if found else None

    def list_devices_json(
        self, company_guid: str, query: DeviceFilter, *, with_total: bool
    ) -> Page:
        """One page of a company's devices as list-item JSON texts, and the total if asked."""
        key = (company_guid, query, with_total)
        with self._lock:
            conn = self._db()
            self._pages.check(int(conn.execute("PRAGMA data_version").fetchone()[0]))
            page = self._pages.get(key)
            if page is None:
                page = select_page(conn, company_guid, query, with_total=with_total)
                self._pages.put(key, page)
            return page

    def count_devices(
        self, company_guid: str, is_active: bool | None, template_guid: str | None = None
    ) -> int:
        """How many devices a company has: only active or inactive ones, of one template."""
        row = self._one(
            "SELECT coalesce(sum(n), 0) FROM device_counts WHERE company_guid = ?"
            " AND (? IS NULL OR is_active = ?) AND (? IS NULL OR template_guid = ?)",
            (company_guid, is_active, is_active, template_guid, template_guid),
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
        future_setting: tuple[str | None] | None = None,
    ) -> bool:
        """Change a device's name, entity, note and (when given) properties and future setting
        (``(value,)``: future mode's field, see ``future``); ``False`` if absent."""
        with self._write() as conn:
            cursor = conn.execute(
                "UPDATE devices SET display_name = ?, entity_guid = ?, note = ?,"
                " properties = coalesce(?, properties),"
                " future_setting = CASE WHEN ? THEN ? ELSE future_setting END,"
                " last_activity_ms = ? WHERE company_guid = ? AND guid = ?",
                (
                    display_name,
                    entity_guid,
                    note,
                    None if properties is None else json.dumps(list(properties)),
                    future_setting is not None,
                    None if future_setting is None else future_setting[0],
                    now_ms,
                    company_guid,
                    guid,
                ),
            )
            if cursor.rowcount != 1:
                return False
            store_items(conn, "d.guid = ?", (guid,))
            return True

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
            store_items(conn, "d.guid = ?", (guid,))
            return "changed"

    def delete_device(self, company_guid: str, guid: str) -> DeletedDevice | None:
        """Delete a device (its children lose their parent); ``None`` if absent."""
        with self._write() as conn:
            row = conn.execute(
                "SELECT seq, unique_id, entity_guid, parent_guid, position FROM devices"
                " WHERE company_guid = ? AND guid = ?",
                (company_guid, guid),
            ).fetchone()
            if row is None:
                return None
            # The children's own items are unchanged: a list item shows no parent.
            conn.execute("UPDATE devices SET parent_guid = NULL WHERE parent_guid = ?", (guid,))
            conn.execute("DELETE FROM devices WHERE seq = ?", (row["seq"],))
            conn.execute("DELETE FROM device_list_items WHERE seq = ?", (row["seq"],))
            # Keep positions dense: O(devices after it) for one delete.
            conn.execute(
                "UPDATE devices SET position = position - 1"
                " WHERE company_guid = ? AND position > ?",
                (company_guid, row["position"]),
            )
            store_items(conn, "d.guid = ?", (row["parent_guid"],))
        return DeletedDevice(guid=guid, unique_id=row["unique_id"], entity_guid=row["entity_guid"])

    # -- device state: hub registration, session, twin, children ---------------------------

    def device_anywhere(self, guid: str) -> DeviceRecord | None:
        """A device of any company by GUID (the ``/_mock`` controls, which have no tenant)."""
        with self._lock:
            found = device_records(self._db(), "d.guid = ?", (guid,))
        return found[0] if found else None

    def certificate_text(self, guid: str) -> str | None:
        """The PEM certificate a device was created with, if any."""
        row = self._one("SELECT certificate_text FROM devices WHERE guid = ?", (guid,))
        return None if row is None else row["certificate_text"]

    def change_acquired(
        self, company_guid: str, unique_id: str, *, acquire: bool, now_ms: int
    ) -> Literal["changed", "missing", "inactive", "child", "already", "in-progress"]:
        """Acquire or release a device by unique id, in one transaction; says what happened.

        Releasing takes the device off the hub, so it is disconnected too.
        """
        with self._write() as conn:
            row = conn.execute(
                "SELECT guid, is_active, acquired, parent_guid FROM devices"
                " WHERE company_guid = ? AND unique_id = ?",
                (company_guid, unique_id),
            ).fetchone()
            if row is None:
                return "missing"
            if not row["is_active"]:
                return "inactive"
            if acquire and row["parent_guid"] is not None:
                return "child"
            if row["acquired"] == ("acquired" if acquire else "released"):
                return "already"
            if acquire and row["acquired"] == "inprogress":
                return "in-progress"
            conn.execute(
                "UPDATE devices SET acquired = ?, last_activity_ms = ?,"
                " is_connected = CASE WHEN ? THEN is_connected ELSE 0 END WHERE guid = ?",
                ("acquired" if acquire else "released", now_ms, acquire, row["guid"]),
            )
            store_items(conn, "d.guid = ?", (row["guid"],))
            return "changed"

    def set_properties(
        self, company_guid: str, guid: str, values: dict[str, str | None], now_ms: int
    ) -> bool:
        """Set some custom property values of a device (by property GUID), keeping the rest;
        ``False`` if the device is not there."""
        with self._write() as conn:
            row = conn.execute(
                "SELECT properties FROM devices WHERE company_guid = ? AND guid = ?",
                (company_guid, guid),
            ).fetchone()
            if row is None:
                return False
            current = {item["guid"]: item for item in json.loads(row["properties"])}
            for property_guid, value in values.items():
                current[property_guid] = {"guid": property_guid, "value": value}
            conn.execute(
                "UPDATE devices SET properties = ?, last_activity_ms = ? WHERE guid = ?",
                (json.dumps(list(current.values())), now_ms, guid),
            )
            store_items(conn, "d.guid = ?", (guid,))
            return True

    def twin_values(self, device_guid: str) -> dict[str, TwinValue]:
        """A device's stored twin values by local name (settings never set are absent)."""
        rows = self._all("SELECT * FROM device_twin WHERE device_guid = ?", (device_guid,))
        return {
            row["local_name"]: TwinValue(
                desired=row["desired_value"],
                desired_version=row["desired_version"],
                desired_ms=row["desired_ms"],
                reported=row["reported_value"],
                reported_ms=row["reported_ms"],
            )
            for row in rows
        }

    def set_desired(
        self, device_guid: str, local_name: str, value: str, now_ms: int
    ) -> int | Literal["missing", "not-acquired"]:
        """Set a desired twin value of an acquired device; its new version, or why not."""
        with self._write(changes_devices=False) as conn:
            row = conn.execute(
                "SELECT acquired FROM devices WHERE guid = ?", (device_guid,)
            ).fetchone()
            if row is None:
                return "missing"
            if row["acquired"] != "acquired":
                return "not-acquired"
            version = conn.execute(
                "INSERT INTO device_twin (device_guid, local_name, desired_value,"
                " desired_version, desired_ms) VALUES (?, ?, ?, 1, ?)"
                " ON CONFLICT DO UPDATE SET desired_value = excluded.desired_value,"
                " desired_version = desired_version + 1, desired_ms = excluded.desired_ms"
                " RETURNING desired_version",
                (device_guid, local_name, value, now_ms),
            ).fetchone()[0]
            return int(version)

    def play_device(
        self, guid: str, *, connected: bool | None, reported: dict[str, str], now_ms: int
    ) -> Literal["changed", "missing", "not-acquired", "not-connected"]:
        """What a device does on the hub (the ``/_mock`` controls): connect or disconnect, and
        report twin values (only while connected); every change is activity."""
        with self._write() as conn:
            row = conn.execute(
                "SELECT acquired, is_connected FROM devices WHERE guid = ?", (guid,)
            ).fetchone()
            if row is None:
                return "missing"
            if connected and row["acquired"] != "acquired":
                return "not-acquired"
            now_connected = bool(row["is_connected"]) if connected is None else connected
            if reported and not now_connected:
                return "not-connected"
            conn.execute(
                "UPDATE devices SET is_connected = ?, last_activity_ms = ?,"
                " last_connection_ms = CASE WHEN ? THEN ? ELSE last_connection_ms END,"
                " last_communication_ms = CASE WHEN ? THEN ? ELSE last_communication_ms END"
                " WHERE guid = ?",
                (int(now_connected), now_ms, bool(connected), now_ms, bool(reported), now_ms, guid),
            )
            conn.executemany(
                "INSERT INTO device_twin (device_guid, local_name, reported_value, reported_ms)"
                " VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET"
                " reported_value = excluded.reported_value, reported_ms = excluded.reported_ms",
                [(guid, name, value, now_ms) for name, value in reported.items()],
            )
            store_items(conn, "d.guid = ?", (guid,))
            return "changed"

    def children(
        self,
        company_guid: str,
        parent_guid: str,
        *,
        sort: tuple[str, bool] | None,
        page_number: int,
        page_size: int,
    ) -> tuple[list[DeviceRecord], int]:
        """One page of a gateway's child devices, and how many it has."""
        with self._lock:
            conn = self._db()
            records = child_records(
                conn, company_guid, parent_guid, sort, page_size, (page_number - 1) * page_size
            )
            total = conn.execute(
                "SELECT count(*) FROM devices WHERE company_guid = ? AND parent_guid = ?",
                (company_guid, parent_guid),
            ).fetchone()[0]
        return records, int(total)

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
