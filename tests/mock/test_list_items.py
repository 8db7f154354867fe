"""Stored list items and positions: after every kind of write, pages equal an independent model.

The device list serves each device's list item as stored text, picked by its dense position in
its company (default order) or by SQL filters and sorts. These tests keep their own model of
every device written (a plain Python list in insertion order) and check, after each kind of
write and after random ones, that every page holds the model's devices in the model's order,
and that each stored item equals ``render.list_item`` of the device as read now.
"""

from __future__ import annotations

import json
import random
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pytest

from iotconnect_mock import MockSettings, render
from iotconnect_mock.records import (
    Company,
    DeviceFilter,
    DuplicateUniqueId,
    Entity,
    NewDevice,
    Template,
    new_guid,
)
from iotconnect_mock.seed import seed_store
from iotconnect_mock.store import Store

from .helpers import OTHER_KEY, OTHER_PASSWORD, OTHER_USER

V2_DUMP = Path(__file__).parent / "data" / "store_v2.sql"


@dataclass
class Model:
    """What the tests wrote, per company in insertion order: the oracle for every page."""

    store: Store
    companies: list[Company]
    templates: dict[str, Template]
    devices: dict[str, list[NewDevice]] = field(default_factory=dict)

    def add(self, company: Company, *new: NewDevice) -> None:
        self.store.insert_devices(company.guid, new)
        self.devices.setdefault(company.guid, []).extend(new)

    def find(self, guid: str) -> tuple[str, int]:
        for company, devices in self.devices.items():
            for index, device in enumerate(devices):
                if device.guid == guid:
                    return company, index
        raise KeyError(guid)

    def change(self, guid: str, **changes: Any) -> None:
        company, index = self.find(guid)
        self.devices[company][index] = replace(self.devices[company][index], **changes)

    def delete(self, guid: str) -> None:
        company, index = self.find(guid)
        assert self.store.delete_device(company, guid) is not None
        del self.devices[company][index]
        for n, device in enumerate(self.devices[company]):
            if device.parent_guid == guid:
                self.devices[company][n] = replace(device, parent_guid=None)

    def matches(self, d: NewDevice, f: DeviceFilter) -> bool:
        template = self.templates[d.template_guid]
        checks = (
            f.unique_id is None or f.unique_id.lower() in d.unique_id.lower(),
            f.is_active is None or f.is_active == d.is_active,
            f.acquired is None or f.acquired == d.acquired,
            f.template_guid is None or f.template_guid == d.template_guid,
            f.entity_guid is None or f.entity_guid == d.entity_guid,
            f.is_edge is None or f.is_edge == template.is_edge_support,
            f.is_gateway is None or f.is_gateway == template.is_gateway,
            f.wireless is None or f.wireless == d.wireless,
            f.name is None or f.name.lower() in d.display_name.lower(),
            f.template_name is None or f.template_name.lower() in template.name.lower(),
            f.auth_type is None or f.auth_type == template.auth_type,
            f.certificate_guid is None or f.certificate_guid == d.certificate_guid,
            f.property_value is None
            or any(f.property_value.lower() in str(p["value"]).lower() for p in d.properties),
            not f.nothing,
        )
        return all(checks)

    def page(self, company: str, f: DeviceFilter) -> tuple[list[str], int]:
        """The guids a page should hold, and the number of matches."""
        ordered = list(enumerate(self.devices.get(company, [])))  # index = insertion order
        if f.sort is not None:
            name, descending = f.sort
            if name == "uniqueId":
                ordered.sort(key=lambda p: (p[1].unique_id.lower(), p[0]), reverse=descending)
            else:
                column = (
                    "last_connection_ms" if name == "lastConnection" else "last_communication_ms"
                )

                def key(p: tuple[int, NewDevice]) -> tuple[bool, int, int]:
                    stamp = getattr(p[1], column)
                    # Never seen last, both ways; ties in insertion order, both ways.
                    return (
                        stamp is None,
                        0 if stamp is None else (-stamp if descending else stamp),
                        p[0],
                    )

                ordered.sort(key=key)
        matching = [d.guid for _, d in ordered if self.matches(d, f)]
        first = (f.page_number - 1) * f.page_size
        return matching[first : first + f.page_size], len(matching)

    def children(self, guid: str) -> int:
        return sum(d.parent_guid == guid for ds in self.devices.values() for d in ds)

    def check(self, *queries: DeviceFilter) -> None:
        """Every page of the default order (and of ``queries``) and the counts, as the model."""
        for company in self.companies:
            self.check_counts(company.guid)
            size = 4
            pages = len(self.devices.get(company.guid, [])) // size + 2  # one past the end
            default = [DeviceFilter(page_number=n, page_size=size) for n in range(1, pages + 1)]
            for query in (*default, *queries):
                self.check_page(company.guid, query)

    def check_counts(self, company: str) -> None:
        """The store's running counts (``device_counts``) against the model, every combination."""
        devices = self.devices.get(company, [])
        for is_active in (None, True, False):
            for template in (None, *self.templates):
                expected = sum(
                    (is_active is None or d.is_active == is_active)
                    and (template is None or d.template_guid == template)
                    for d in devices
                )
                assert self.store.count_devices(company, is_active, template) == expected

    def check_page(self, company: str, query: DeviceFilter) -> None:
        items, total = self.store.list_devices_json(company, query, with_total=True)
        expected, matches = self.page(company, query)
        shown = [json.loads(item) for item in items]
        assert [item["guid"] for item in shown] == expected, query
        assert total == matches
        for item in shown:
            record = self.store.device(company, item["guid"])
            assert record is not None
            assert item == render.list_item(record)
            assert item["childDeviceCount"] == self.children(item["guid"])


def _devices(
    company: Company, templates: list[Template], count: int, rng: random.Random
) -> Iterator[NewDevice]:
    for n in range(count):
        seen = rng.choice([None, rng.randrange(10**6), 5])  # ties and never-seen included
        yield NewDevice(
            unique_id=f"{rng.choice('abc')}{n:03d}",
            display_name=f"Device {n}",
            template_guid=rng.choice(templates).guid,
            entity_guid=company.root_entity_guid,
            created_ms=n,
            tag=rng.choice([None, "roof", "Basement"]),
            is_active=rng.random() < 0.7,
            is_connected=seen is not None,
            acquired=rng.choice(("acquired", "released", "inprogress")),
            wireless=rng.random() < 0.5,
            last_connection_ms=seen,
            last_communication_ms=None if seen is None else seen + rng.randrange(3),
        )


def _model(path: Path | None = None, devices: int = 30) -> Model:
    settings = MockSettings(seed=False, tenants={OTHER_KEY: (f"{OTHER_USER}:{OTHER_PASSWORD}",)})
    store = Store(None if path is None else str(path), list_cache_pages=0)
    seed_store(store, settings, now_ms=0)
    companies = []
    for key in (settings.solution_key, OTHER_KEY):
        company = store.company_by_key(key)
        assert company is not None
        companies.append(company)
    templates = {c.guid: store.templates(c.guid) for c in companies}
    model = Model(store, companies, {t.guid: t for ts in templates.values() for t in ts})
    rng = random.Random(3)
    batches = {c.guid: list(_devices(c, templates[c.guid], devices, rng)) for c in companies}
    # Half each, twice, so the companies' devices interleave in insertion order.
    for half in (slice(None, devices // 2), slice(devices // 2, None)):
        for company in companies:
            model.add(company, *batches[company.guid][half])
    return model


FILTERS = [
    DeviceFilter(sort=("uniqueId", True), page_size=7, page_number=2),
    DeviceFilter(sort=("uniqueId", False), page_size=50),
    DeviceFilter(sort=("lastConnection", False), page_size=9, page_number=2),
    DeviceFilter(sort=("lastConnection", True), page_size=50),
    DeviceFilter(sort=("lastCommunication", True), page_size=9),
    DeviceFilter(is_active=False, page_size=4, page_number=2),
    DeviceFilter(unique_id="B0", page_size=3, page_number=2),
    DeviceFilter(is_edge=True, wireless=True, page_size=5),
    DeviceFilter(is_gateway=False, acquired="acquired", page_size=50),
    DeviceFilter(name="DEVICE 1", page_size=50),
    DeviceFilter(name="device 1", sort=("uniqueId", False), page_size=50),
    DeviceFilter(template_name="SENSOR", auth_type=5, page_size=50),
]


def test_inserted_devices_match_the_model() -> None:
    _model().check(*FILTERS)


@pytest.mark.parametrize("query", FILTERS, ids=str)
def test_filtered_and_sorted_pages_match_the_model(query: DeviceFilter) -> None:
    model = _model()
    model.delete(model.devices[model.companies[0].guid][3].guid)
    for company in model.companies:
        model.check_page(company.guid, query)
        assert model.page(company.guid, query)[0], "the query should match something"


def test_every_kind_of_device_write_keeps_items_in_sync() -> None:
    model = _model()
    store, company = model.store, model.companies[0]
    mine = store.templates(company.guid)[0]
    parent = model.devices[company.guid][0].guid

    # A child raises its parent's childDeviceCount.
    child = NewDevice(
        "child-1", "Child", mine.guid, company.root_entity_guid, 1, parent_guid=parent
    )
    store.create_device(company.guid, child)
    model.devices[company.guid].append(child)
    model.check()

    # A failed insert (duplicate unique id) changes nothing.
    with pytest.raises(DuplicateUniqueId):
        store.create_device(
            company.guid, NewDevice("CHILD-1", "Dup", mine.guid, company.root_entity_guid, 1)
        )
    model.check()

    plant = Entity(guid=new_guid(), name="Plant B", parent_guid=company.root_entity_guid)
    store.add_entity(company.guid, plant)
    assert store.update_device(
        company.guid,
        child.guid,
        display_name="Renamed",
        entity_guid=plant.guid,
        note="n",
        properties=[{"guid": new_guid(), "value": "v"}],
        now_ms=5,
    )
    model.change(child.guid, display_name="Renamed", entity_guid=plant.guid)
    model.check(DeviceFilter(entity_guid=plant.guid))
    assert store.set_active(company.guid, child.guid, False, now_ms=6) == "changed"
    model.change(child.guid, is_active=False)
    model.check(DeviceFilter(is_active=False, page_size=100))

    # Deleting a child lowers the count; deleting a parent orphans its children; deleting from
    # the middle shifts the later positions.
    model.delete(child.guid)
    model.check()
    second = NewDevice(
        "child-2", "Child 2", mine.guid, company.root_entity_guid, 9, parent_guid=parent
    )
    store.create_device(company.guid, second)
    model.devices[company.guid].append(second)
    model.delete(parent)
    model.check()
    model.delete(model.devices[company.guid][7].guid)
    model.check(*FILTERS)


def test_random_writes_keep_every_page_equal_to_the_model() -> None:
    model = _model(devices=40)
    store = model.store
    rng = random.Random(7)
    for step in range(120):
        company = rng.choice(model.companies)
        guids = [d.guid for d in model.devices[company.guid]]
        action = rng.random()
        if action < 0.45 or not guids:
            template = rng.choice(store.templates(company.guid)).guid
            parent = rng.choice(guids) if guids and rng.random() < 0.3 else None
            new = NewDevice(
                f"r-{step}",
                f"R {step}",
                template,
                company.root_entity_guid,
                step,
                parent_guid=parent,
            )
            store.create_device(company.guid, new)
            model.devices[company.guid].append(new)
        elif action < 0.75:
            model.delete(rng.choice(guids))
        elif action < 0.9:
            guid, active = rng.choice(guids), rng.random() < 0.5
            store.set_active(company.guid, guid, active, now_ms=step)
            model.change(guid, is_active=active)
        else:
            guid = rng.choice(guids)
            name = f"U {step}"
            store.update_device(
                company.guid,
                guid,
                display_name=name,
                entity_guid=company.root_entity_guid,
                note=None,
                properties=None,
                now_ms=step,
            )
            model.change(guid, display_name=name, entity_guid=company.root_entity_guid)
        if step % 20 == 19:
            model.check(*FILTERS[:3])
    model.check(*FILTERS)


def test_wipe_and_reseed_rebuild_the_items() -> None:
    model = _model()
    model.store.wipe()
    assert model.store.company_by_key(model.companies[0].solution_key) is None
    seed_store(model.store, MockSettings(demo_devices=12), now_ms=0)
    company = model.store.company_by_key(model.companies[0].solution_key)
    assert company is not None
    items, total = model.store.list_devices_json(
        company.guid, DeviceFilter(page_size=100), with_total=True
    )
    assert total == len(items) == 12
    for item in items:
        record = model.store.device(company.guid, json.loads(item)["guid"])
        assert record is not None
        assert json.loads(item) == render.list_item(record)


# -- files written by earlier versions -------------------------------------------------------


def _pages(store: Store, company: str) -> list[tuple[list[dict[str, Any]], int | None]]:
    return [
        ([json.loads(i) for i in items], total)
        for query in (DeviceFilter(page_size=100), DeviceFilter(page_size=2, page_number=2))
        for items, total in [store.list_devices_json(company, query, with_total=True)]
    ]


def _v2_file(path: Path) -> Path:
    with closing(sqlite3.connect(path)) as conn:
        conn.executescript(V2_DUMP.read_text())
    return path


def _sql(path: Path, *statements: str) -> list[tuple[Any, ...]]:
    # Another process's view of a --db file, as sqlite3 gives it to anyone.
    with closing(sqlite3.connect(path)) as conn, conn:
        return [row for sql in statements for row in conn.execute(sql).fetchall()]


def _check_upgraded(path: Path) -> None:
    store = Store(str(path), list_cache_pages=0)
    company = store.company_by_key(MockSettings().solution_key)
    assert company is not None
    pages = _pages(store, company.guid)
    (all_items, total), (second_page, _) = pages
    # Nothing lost, in the same order: the five devices left and the child, parent counted.
    assert [i["uniqueId"] for i in all_items] == [
        "demo-gw-01",
        "demo-sensor-02",
        "demo-sensor-04",
        "demo-sensor-05",
        "demo-gw-06",
        "child-1",
    ]
    assert total == 6
    # The running counts are rebuilt from the devices the file holds.
    active = sum(item["isActive"] for item in all_items)
    assert store.count_devices(company.guid, None) == 6
    assert store.count_devices(company.guid, True) == active
    assert [i["uniqueId"] for i in second_page] == ["demo-sensor-04", "demo-sensor-05"]
    assert all_items[0]["childDeviceCount"] == 1
    for item in all_items:
        record = store.device(company.guid, item["guid"])
        assert record is not None
        assert item == render.list_item(record)
    # Positions work for writes after the upgrade too.
    store.delete_device(company.guid, all_items[1]["guid"])
    template = store.templates(company.guid)[0].guid
    store.create_device(
        company.guid, NewDevice("after", "After", template, company.root_entity_guid, created_ms=1)
    )
    ids = [i["uniqueId"] for i in _pages(store, company.guid)[0][0]]
    assert ids == [
        "demo-gw-01",
        "demo-sensor-04",
        "demo-sensor-05",
        "demo-gw-06",
        "child-1",
        "after",
    ]
    store.close()
    names = {row[0] for row in _sql(path, "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert names == {
        "devices_keep_identity",
        "device_counts_delete",
        "device_counts_update",
    }, "the triggers that rendered JSON in SQL are gone"


def test_a_version_2_file_is_upgraded(tmp_path: Path) -> None:
    path = _v2_file(tmp_path / "v2.sqlite")
    # What the version 2 file served, items rendered by SQLite: the same after the upgrade.
    items = "SELECT item FROM device_list_items ORDER BY seq"
    before = [json.loads(row[0]) for row in _sql(path, items)]
    _check_upgraded(path)
    after = [json.loads(row[0]) for row in _sql(path, items)]
    assert after[:-1] == [item for item in before if item["uniqueId"] != "demo-sensor-02"]


def test_a_version_0_file_is_upgraded(tmp_path: Path) -> None:
    # What versions before the stored items wrote: no position column, items, triggers.
    path = _v2_file(tmp_path / "v0.sqlite")
    triggers = _sql(path, "SELECT name FROM sqlite_master WHERE type = 'trigger'")
    _sql(
        path,
        *(f"DROP TRIGGER {name}" for (name,) in triggers),
        "DROP INDEX devices_by_position",
        "DROP TABLE device_list_items",
        "ALTER TABLE devices DROP COLUMN position",
        "PRAGMA user_version = 0",
    )
    _check_upgraded(path)


def test_items_of_another_renderer_are_rendered_again(tmp_path: Path) -> None:
    path = _v2_file(tmp_path / "renderer.sqlite")
    Store(str(path)).close()
    # As if an earlier list_item had written them: other text, another fingerprint.
    _sql(
        path,
        "UPDATE device_list_items SET item = '{}'",
        "UPDATE list_item_renderer SET fingerprint = 'an older list_item'",
    )
    _check_upgraded(path)


def test_a_device_keeps_its_guid_and_company(tmp_path: Path) -> None:
    path = _v2_file(tmp_path / "identity.sqlite")
    Store(str(path)).close()
    for sql in (
        "UPDATE devices SET company_guid = 'elsewhere' WHERE seq = 1",
        "UPDATE devices SET guid = 'another' WHERE seq = 1",
    ):
        with pytest.raises(sqlite3.IntegrityError, match="keeps its guid"):
            _sql(path, sql)
