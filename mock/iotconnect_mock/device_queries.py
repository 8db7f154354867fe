"""Device SQL beyond plain rows: the joined record, the stored list items, and list pages.

Every reply about a device is rendered (``render``) from one ``DeviceRecord``, read by
``device_records`` with one query joining its template, entity, company and parent. The list
is served from stored texts: ``store_items`` renders the list item of the devices a write
touched and stores it, in the writer's transaction, and ``select_page`` picks a page of stored
items. The functions take the connection of the caller, which holds the store's lock (and,
for writes, its transaction).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence
from typing import Any

from .page_cache import Page
from .records import DeviceFilter, DeviceRecord
from .render import list_item_json

__all__ = ["child_records", "device_records", "select_page", "store_items"]

# A device with its template, entity, company, parent and child count; append a WHERE on ``d``.
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


def _rows(conn: sqlite3.Connection, where: str, params: Sequence[Any]) -> list[dict[str, Any]]:
    cursor = conn.execute(f"{_DEVICE_SELECT} WHERE {where}", params)
    # Plain dicts by column name: sqlite3.Row's name lookup is a linear, case-folding scan,
    # which dominated the cost of rendering many devices.
    names = [column[0] for column in cursor.description]
    cursor.row_factory = None
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _record(row: Mapping[str, Any]) -> DeviceRecord:
    properties = row["properties"]
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
        properties=[] if properties == "[]" else json.loads(properties),
        child_count=row["child_count"],
        created_ms=row["created_ms"],
        last_connection_ms=row["last_connection_ms"],
        last_communication_ms=row["last_communication_ms"],
        last_activity_ms=row["last_activity_ms"],
        future_setting=row["future_setting"],
    )


def device_records(
    conn: sqlite3.Connection, where: str, params: Sequence[Any] = ()
) -> list[DeviceRecord]:
    """The devices matching ``where`` (SQL on alias ``d``, fixed text with ``?`` parameters)."""
    return [_record(row) for row in _rows(conn, where, params)]


_CHILD_ORDER = {
    None: "d.seq ASC",
    ("uniqueId", False): "d.unique_id ASC, d.seq ASC",
    ("uniqueId", True): "d.unique_id DESC, d.seq DESC",
    ("displayName", False): "d.display_name ASC, d.seq ASC",
    ("displayName", True): "d.display_name DESC, d.seq DESC",
}


def child_records(
    conn: sqlite3.Connection,
    company_guid: str,
    parent_guid: str,
    sort: tuple[str, bool] | None,
    limit: int,
    offset: int,
) -> list[DeviceRecord]:
    """One page of the devices whose parent is ``parent_guid``, in ``sort`` order."""
    where = (
        f"d.company_guid = ? AND d.parent_guid = ? ORDER BY {_CHILD_ORDER[sort]} LIMIT ? OFFSET ?"
    )
    return device_records(conn, where, (company_guid, parent_guid, limit, offset))


def store_items(conn: sqlite3.Connection, where: str, params: Sequence[Any] = ()) -> None:
    """Render and store the list items of the devices matching ``where`` (as ``device_records``).

    Every write that changes what a list item shows calls this for the devices it touched:
    the device itself, and its old and new parent (``childDeviceCount``).
    """
    conn.executemany(
        "INSERT OR REPLACE INTO device_list_items (seq, item) VALUES (?, ?)",
        [(row["seq"], list_item_json(_record(row))) for row in _rows(conn, where, params)],
    )


def _where(company_guid: str, f: DeviceFilter) -> tuple[str, list[Any]]:
    clauses = ["d.company_guid = ?"]
    params: list[Any] = [company_guid]
    if f.unique_id:
        clauses.append("instr(lower(d.unique_id), lower(?)) > 0")
        params.append(f.unique_id)
    equal: tuple[tuple[str, object], ...] = (
        ("d.is_active", f.is_active),
        ("d.acquired", f.acquired),
        ("d.template_guid", f.template_guid),
        ("d.entity_guid", f.entity_guid),
        ("t.is_edge_support", f.is_edge),
        ("t.is_gateway", f.is_gateway),
        ("d.wireless", f.wireless),
        ("d.certificate_guid", f.certificate_guid),
        ("t.auth_type", f.auth_type),
    )
    for column, value in equal:
        if value is not None:
            clauses.append(f"{column} = ?")
            params.append(int(value) if isinstance(value, bool) else value)
    for column, text in (
        ("d.display_name", f.name),
        ("t.name", f.template_name),
        ("e.name", f.entity_name),
    ):
        if text:
            clauses.append(f"instr(lower({column}), lower(?)) > 0")
            params.append(text)
    if f.property_value:
        clauses.append(
            "EXISTS (SELECT 1 FROM json_each(d.properties) p"
            " WHERE instr(lower(coalesce(json_extract(p.value, '$.value'), '')), lower(?)) > 0)"
        )
        params.append(f.property_value)
    if f.nothing:
        clauses.append("0")
    return " AND ".join(clauses), params


def _texts(cursor: sqlite3.Cursor) -> tuple[str, ...]:
    cursor.row_factory = None
    return tuple(row[0] for row in cursor.fetchall())


def select_page(
    conn: sqlite3.Connection, company_guid: str, query: DeviceFilter, *, with_total: bool
) -> Page:
    """One page of a company's stored list items, and the number of matches if asked."""
    if query.is_default_order():
        # Positions are dense, so the page is a range seek on devices_by_position, and the
        # total is the last position.
        first = (query.page_number - 1) * query.page_size
        items = _texts(
            conn.execute(
                "SELECT i.item FROM devices d JOIN device_list_items i ON i.seq = d.seq"
                " WHERE d.company_guid = ? AND d.position > ? AND d.position <= ?"
                " ORDER BY d.position",
                (company_guid, first, first + query.page_size),
            )
        )
        if not with_total:
            return items, None
        row = conn.execute(
            "SELECT coalesce(max(position), 0) FROM devices WHERE company_guid = ?",
            (company_guid,),
        ).fetchone()
        return items, int(row[0])
    where, params = _where(company_guid, query)
    order = _ORDER[query.sort]
    offset = (query.page_number - 1) * query.page_size
    source = "devices d"
    by_template = (query.is_edge, query.is_gateway, query.template_name, query.auth_type)
    if any(value is not None for value in by_template):
        source += " JOIN templates t ON t.guid = d.template_guid"
    if query.entity_name:
        source += " JOIN entities e ON e.guid = d.entity_guid"
    # customField=true: the stored item plus the device's properties, added on the way out.
    item = "json_set(i.item, '$.properties', json(d.properties))"
    item = item if query.with_properties else "i.item"
    # Filters and sorts pick the page's rows from the devices table (and its indexes) alone, so
    # a deep OFFSET skips index entries, then fetch only those rows' stored items.
    page_sql = f"SELECT d.seq FROM {source} WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?"  # noqa: S608
    items = _texts(
        conn.execute(
            f"SELECT {item} FROM devices d JOIN device_list_items i ON i.seq = d.seq"  # noqa: S608
            f" WHERE d.seq IN ({page_sql}) ORDER BY {order}",
            [*params, query.page_size, offset],
        )
    )
    if not with_total:
        return items, None
    count_sql = f"SELECT count(*) FROM {source} WHERE {where}"  # noqa: S608
    return items, int(conn.execute(count_sql, params).fetchone()[0])
