"""Stored list items and positions: after every kind of write they equal a from-scratch render.

The device list reads each device's rendered item and its dense per-company position, both kept
by triggers. These tests compare them, after each write, with the list rendered from the base
tables the slow way (joins, ``json_object`` and ``OFFSET``), which is how pages were built
before.
"""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path
from typing import Any

import pytest

import iotconnect_mock
from iotconnect_mock import MockSettings
from iotconnect_mock.seed import seed_store
from iotconnect_mock.store import (
    _LIST_ITEM_FROM,
    _LIST_ITEM_RENDER,
    _ORDER,
    Company,
    DeviceFilter,
    Entity,
    NewDevice,
    Store,
    _where,
    new_guid,
)

from .helpers import OTHER_KEY, OTHER_PASSWORD, OTHER_USER


def _store(path: Path | None = None, devices: int = 30) -> tuple[Store, Company, Company]:
    settings = MockSettings(
        demo_devices=devices, tenants={OTHER_KEY: (f"{OTHER_USER}:{OTHER_PASSWORD}",)}
    )
    store = Store(None if path is None else str(path), list_cache_pages=0)
    seed_store(store, settings, now_ms=1_000_000_000)
    main = store.company_by_key(iotconnect_mock.DEMO_SOLUTION_KEY)
    other = store.company_by_key(OTHER_KEY)
    assert main is not None
    assert other is not None
    # The second tenant gets devices too, interleaved in seq order with the first's later ones.
    template = store.templates(other.guid)[0].guid
    store.insert_devices(
        other.guid,
        [
            NewDevice(f"other-{n}", f"Other {n}", template, other.root_entity_guid, created_ms=n)
            for n in range(5)
        ],
    )
    return store, main, other


def _sql(store: Store, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    with store._lock:
        cursor = store._db().execute(sql, params)
        cursor.row_factory = None
        return cursor.fetchall()


def _assert_in_sync(store: Store) -> None:
    stored = dict(_sql(store, "SELECT seq, item FROM device_list_items"))
    fresh = dict(_sql(store, _LIST_ITEM_RENDER))
    assert stored == fresh
    for (company,) in _sql(store, "SELECT guid FROM companies"):
        positions = [
            row[0]
            for row in _sql(
                store,
                "SELECT position FROM devices WHERE company_guid = ? ORDER BY seq",
                (company,),
            )
        ]
        assert positions == list(range(1, len(positions) + 1))


def _reference_page(store: Store, company: str, page: int, size: int) -> tuple[str, ...]:
    rows = _sql(
        store,
        f"{_LIST_ITEM_RENDER} WHERE d.company_guid = ? ORDER BY d.seq LIMIT ? OFFSET ?",
        (company, size, (page - 1) * size),
    )
    return tuple(row[1] for row in rows)


def _assert_pages(store: Store, company: str, size: int) -> None:
    total = _sql(store, "SELECT count(*) FROM devices WHERE company_guid = ?", (company,))[0][0]
    for page in range(1, total // size + 3):  # one empty page past the end
        items, count = store.list_devices_json(
            company, DeviceFilter(page_number=page, page_size=size), with_total=True
        )
        assert tuple(items) == _reference_page(store, company, page, size)
        assert count == total


def _guid_of(store: Store, company: str, unique_id: str) -> str:
    record = store.device_by_unique_id(company, unique_id)
    assert record is not None
    return record.guid


def test_seeded_items_and_positions_match_a_fresh_render() -> None:
    store, main, other = _store()
    _assert_in_sync(store)
    for company in (main, other):
        for size in (1, 7, 50):
            _assert_pages(store, company.guid, size)


def test_every_kind_of_device_write_keeps_items_in_sync() -> None:
    store, main, _ = _store()
    company = main.guid
    template = store.templates(company)[0].guid
    entity = main.root_entity_guid
    parent = _guid_of(store, company, "demo-gw-01")

    # A child raises its parent's childDeviceCount.
    child = NewDevice(
        "child-1", "Child", template, entity, created_ms=1, parent_guid=parent, tag="t"
    )
    store.create_device(company, child)
    _assert_in_sync(store)
    assert (
        '"childDeviceCount":1'
        in _sql(
            store,
            "SELECT item FROM device_list_items i JOIN devices d ON d.seq = i.seq WHERE d.guid = ?",
            (parent,),
        )[0][0]
    )

    # A failed insert (duplicate unique id) changes nothing.
    with pytest.raises(iotconnect_mock.store.DuplicateUniqueId):
        store.create_device(company, NewDevice("child-1", "Dup", template, entity, created_ms=1))
    _assert_in_sync(store)

    plant = Entity(guid=new_guid(), name="Plant B", parent_guid=entity)
    store.add_entity(company, plant)
    store.update_device(
        company,
        child.guid,
        display_name="Renamed",
        entity_guid=plant.guid,
        note="n",
        properties=[{"guid": new_guid(), "value": "v"}],
        now_ms=5,
    )
    _assert_in_sync(store)
    store.set_active(company, child.guid, False, now_ms=6)
    _assert_in_sync(store)

    # Columns no endpoint writes today still re-render (a future simulator might).
    with store._write() as conn:
        conn.execute(
            "UPDATE devices SET is_connected = 1, acquired = 'acquired', last_connection_ms = 7,"
            " last_communication_ms = 8, firmware_upgrade_guid = ? WHERE guid = ?",
            (new_guid(), child.guid),
        )
    _assert_in_sync(store)

    # Re-parenting moves the count from one parent to the other.
    other_parent = _guid_of(store, company, "demo-gw-06")
    with store._write() as conn:
        conn.execute(
            "UPDATE devices SET parent_guid = ? WHERE guid = ?", (other_parent, child.guid)
        )
    _assert_in_sync(store)

    # Deleting a child lowers the count; deleting a parent orphans its children; deleting from
    # the middle shifts the later positions.
    store.delete_device(company, child.guid)
    _assert_in_sync(store)
    store.create_device(
        company,
        NewDevice("child-2", "Child 2", template, entity, created_ms=9, parent_guid=parent),
    )
    store.delete_device(company, parent)
    _assert_in_sync(store)
    store.delete_device(company, _guid_of(store, company, "demo-sensor-15"))
    _assert_in_sync(store)
    _assert_pages(store, company, 7)


def test_renames_of_templates_entities_and_solutions_re_render() -> None:
    # No endpoint renames these today; the triggers keep items right if one ever does.
    store, main, _ = _store()
    template = store.templates(main.guid)[0]
    with store._write() as conn:
        conn.execute(
            "UPDATE templates SET name = 'Renamed template', auth_type = 5,"
            " message_version = '9.9' WHERE guid = ?",
            (template.guid,),
        )
    _assert_in_sync(store)
    with store._write() as conn:
        conn.execute(
            "UPDATE entities SET name = 'Renamed HQ' WHERE guid = ?", (main.root_entity_guid,)
        )
    _assert_in_sync(store)
    with store._write() as conn:
        conn.execute(
            "UPDATE companies SET solution_guid = ? WHERE guid = ?", (new_guid(), main.guid)
        )
    _assert_in_sync(store)


def test_a_device_keeps_its_guid_and_company() -> None:
    store, main, other = _store()
    guid = _guid_of(store, main.guid, "demo-gw-01")
    for sql, value in (
        ("UPDATE devices SET company_guid = ? WHERE guid = ?", other.guid),
        ("UPDATE devices SET guid = ? WHERE guid = ?", new_guid()),
    ):
        with (
            pytest.raises(sqlite3.IntegrityError, match="keeps its guid"),
            store._write() as conn,
        ):
            conn.execute(sql, (value, guid))
    _assert_in_sync(store)


def test_random_writes_keep_every_page_equal_to_the_reference() -> None:
    store, main, other = _store(devices=40)
    rng = random.Random(7)
    templates = {c.guid: store.templates(c.guid)[0].guid for c in (main, other)}
    for step in range(120):
        company = rng.choice((main, other))
        guids = [
            row[0]
            for row in _sql(
                store, "SELECT guid FROM devices WHERE company_guid = ?", (company.guid,)
            )
        ]
        action = rng.random()
        if action < 0.45 or not guids:
            parent = rng.choice(guids) if guids and rng.random() < 0.3 else None
            store.create_device(
                company.guid,
                NewDevice(
                    f"r-{step}",
                    f"R {step}",
                    templates[company.guid],
                    company.root_entity_guid,
                    created_ms=step,
                    parent_guid=parent,
                ),
            )
        elif action < 0.75:
            store.delete_device(company.guid, rng.choice(guids))
        elif action < 0.9:
            store.set_active(company.guid, rng.choice(guids), rng.random() < 0.5, now_ms=step)
        else:
            store.update_device(
                company.guid,
                rng.choice(guids),
                display_name=f"U {step}",
                entity_guid=company.root_entity_guid,
                note=None,
                properties=None,
                now_ms=step,
            )
        if step % 20 == 19:
            _assert_in_sync(store)
            for c in (main, other):
                _assert_pages(store, c.guid, 6)
    _assert_in_sync(store)


def test_wipe_and_reseed_rebuild_the_items() -> None:
    store, _, _ = _store()
    store.wipe()
    assert _sql(store, "SELECT count(*) FROM device_list_items") == [(0,)]
    seed_store(store, MockSettings(demo_devices=12), now_ms=0)
    _assert_in_sync(store)


def test_a_file_from_before_the_stored_items_is_upgraded(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite"
    store, main, _ = _store(db)
    expected = store.list_devices_json(main.guid, DeviceFilter(page_size=100), with_total=True)
    store.close()
    # Turn the file back into what the previous version wrote: no position column, no stored
    # items, no triggers, user_version 0.
    conn = sqlite3.connect(db)
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("DROP INDEX devices_by_position")
    conn.execute("DROP TABLE device_list_items")
    conn.execute("ALTER TABLE devices DROP COLUMN position")
    conn.execute("PRAGMA user_version = 0")
    conn.commit()
    conn.close()

    upgraded = Store(str(db), list_cache_pages=0)
    assert _sql(upgraded, "PRAGMA user_version")[0][0] >= 1
    indexes = {
        row[0] for row in _sql(upgraded, "SELECT name FROM sqlite_master WHERE type = 'index'")
    }
    assert {"devices_by_position", "devices_by_last_connection_desc"} <= indexes
    _assert_in_sync(upgraded)
    assert (
        upgraded.list_devices_json(main.guid, DeviceFilter(page_size=100), with_total=True)
        == expected
    )
    upgraded.close()


@pytest.mark.parametrize(
    "query",
    [
        DeviceFilter(sort=("uniqueId", True), page_size=7, page_number=2),
        DeviceFilter(sort=("lastConnection", False), page_size=9, page_number=3),
        DeviceFilter(sort=("lastCommunication", True), page_size=9),
        DeviceFilter(is_active=False, page_size=4, page_number=2),
        DeviceFilter(unique_id="GW", page_size=3, page_number=2),
        DeviceFilter(is_edge=True, wireless=True, page_size=5),
        DeviceFilter(is_gateway=False, acquired="acquired", page_size=5),
        DeviceFilter(custom_field="sensor 1", page_size=50),
    ],
)
def test_filtered_and_sorted_pages_match_a_fresh_render(query: DeviceFilter) -> None:
    store, main, _ = _store()
    store.delete_device(main.guid, _guid_of(store, main.guid, "demo-sensor-03"))
    where, params = _where(main.guid, query)
    reference = _sql(
        store,
        f"{_LIST_ITEM_RENDER} WHERE {where} ORDER BY {_ORDER[query.sort]} LIMIT ? OFFSET ?",
        (*params, query.page_size, (query.page_number - 1) * query.page_size),
    )
    total = _sql(store, f"SELECT count(*) {_LIST_ITEM_FROM} WHERE {where}", tuple(params))[0][0]
    items, count = store.list_devices_json(main.guid, query, with_total=True)
    assert items == tuple(row[1] for row in reference)
    assert items
    assert count == total
