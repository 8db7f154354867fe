"""The device-list page cache: a page never shows state older than the last committed write."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import iotconnect_mock
from iotconnect_mock import MockSettings
from iotconnect_mock.page_cache import PageCache
from iotconnect_mock.records import DeviceFilter, DuplicateUniqueId, NewDevice
from iotconnect_mock.seed import seed_store
from iotconnect_mock.store import Store

from .helpers import Session, create, logged_in, make_app


def _store(path: Path | None = None, **options: Any) -> tuple[Store, str, str, str]:
    store = Store(None if path is None else str(path), **options)
    seed_store(store, MockSettings(demo_devices=12), now_ms=0)
    company = store.company_by_key(iotconnect_mock.DEMO_SOLUTION_KEY)
    assert company is not None
    template = store.templates(company.guid)[0].guid
    return store, company.guid, template, company.root_entity_guid


def _unique_ids(store: Store, company: str, **query: Any) -> list[str]:
    items, _ = store.list_devices_json(company, DeviceFilter(**query), with_total=False)
    return [item.split('"uniqueId":"', 1)[1].split('"', 1)[0] for item in items]


@pytest.mark.parametrize("pages", [0, 1, 256])
def test_pages_follow_every_kind_of_write(pages: int) -> None:
    store, company, template, entity = _store(list_cache_pages=pages)
    first = _unique_ids(store, company, page_size=100)
    inactive = _unique_ids(store, company, is_active=False, page_size=100)
    assert len(first) == 12
    store.create_device(company, NewDevice("cache-new", "New", template, entity, created_ms=1))
    assert _unique_ids(store, company, page_size=100)[-1] == "cache-new"
    record = store.device_by_unique_id(company, "cache-new")
    assert record is not None
    store.update_device(
        company,
        record.guid,
        display_name="Renamed",
        entity_guid=entity,
        note=None,
        properties=None,
        now_ms=2,
    )
    items, _ = store.list_devices_json(company, DeviceFilter(page_size=100), with_total=False)
    assert '"displayName":"Renamed"' in items[-1]
    store.set_active(company, record.guid, False, now_ms=3)
    assert _unique_ids(store, company, is_active=False, page_size=100) == [*inactive, "cache-new"]
    store.delete_device(company, record.guid)
    assert _unique_ids(store, company, page_size=100) == first
    assert _unique_ids(store, company, is_active=False, page_size=100) == inactive


def test_a_failed_write_leaves_no_stale_page() -> None:
    store, company, template, entity = _store()
    before = _unique_ids(store, company, page_size=100)
    with pytest.raises(DuplicateUniqueId):
        store.create_device(company, NewDevice(before[0], "Dup", template, entity, created_ms=1))
    assert _unique_ids(store, company, page_size=100) == before


def test_another_connection_on_the_same_file_is_seen(tmp_path: Path) -> None:
    # Two processes may share a --db file; the second store stands in for the other process.
    db = tmp_path / "shared.sqlite"
    reader, company, template, entity = _store(db)
    writer = Store(str(db))
    assert "from-writer" not in _unique_ids(reader, company, page_size=100)
    writer.create_device(company, NewDevice("from-writer", "W", template, entity, created_ms=1))
    assert _unique_ids(reader, company, page_size=100)[-1] == "from-writer"
    writer.close()
    reader.close()


def test_the_cache_is_bounded_in_pages_and_characters() -> None:
    cache = PageCache(3, max_chars=100)
    for n in range(6):
        cache.put(n, (("x" * 10,), None))
    assert len(cache) == 3
    assert [n for n in range(6) if cache.get(n) is not None] == [3, 4, 5]
    cache.get(3)  # now the most recently used: 4 goes first
    cache.put("big", (("y" * 80,), 1))
    assert [n for n in (3, 4, 5, "big") if cache.get(n) is not None] == [3, 5, "big"]
    cache.put("too big", (("z" * 101,), None))
    assert cache.get("too big") is None
    off = PageCache(0)
    off.put("page", (("item",), None))
    assert off.get("page") is None


def test_another_connections_commit_empties_the_cache() -> None:
    cache = PageCache(3)
    cache.check(data_version=1)
    cache.put("page", (("item",), None))
    cache.check(data_version=1)
    assert cache.get("page") is not None
    cache.check(data_version=2)
    assert len(cache) == 0


def test_cached_and_uncached_pages_are_identical() -> None:
    cached, company, _, _ = _store(list_cache_pages=256)
    plain, _, _, _ = _store(list_cache_pages=0)
    for query in (
        DeviceFilter(page_size=5),
        DeviceFilter(page_number=2, page_size=5),
        DeviceFilter(sort=("uniqueId", True), page_size=7),
        DeviceFilter(unique_id="01", page_size=50),
    ):
        for _ in range(2):  # the second round is served from the cache
            assert cached.list_devices_json(company, query, with_total=True) == (
                plain.list_devices_json(company, query, with_total=True)
            )


async def test_a_list_after_a_write_over_http_shows_it() -> None:
    async with logged_in(make_app()) as s:
        await _list_twice(s)
        guid = (await create(s, "http-new")).json()["data"][0]["newid"]
        assert guid in {d["guid"] for d in await _list_twice(s)}
        await s.delete(f"/Device/{guid}")
        assert guid not in {d["guid"] for d in await _list_twice(s)}


async def _list_twice(s: Session) -> list[dict[str, Any]]:
    replies = [await s.get("/Device", params={"pageSize": 100}) for _ in range(2)]
    assert replies[0].content == replies[1].content
    data: list[dict[str, Any]] = replies[0].json()["data"]
    return data
