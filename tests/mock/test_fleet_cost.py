"""At fleet size a request's cost grows with its page, not with the company's devices.

Timing would be flaky here (``benchmarks/fleet.py`` times the growth from 1,000 to 100,000
devices); SQLite's virtual-machine steps are not. The store's connection counts them (a
progress handler), and each request is sent to a mock of 100 and one of 2,000 devices: a scan
of the company (counting its devices, sorting it, skipping through it) takes 20 times the steps
on the larger one; an index seek takes about the same.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest

from iotconnect_mock import schema, store

from .helpers import first_template_and_entity, logged_in, make_app

_SMALL, _LARGE = 100, 2000
# A step counted per this many virtual-machine instructions.
_GRAIN = 10


class _Steps:
    """Virtual-machine instructions the store's connection ran, in units of ``_GRAIN``."""

    def __init__(self) -> None:
        self.count = 0

    def tick(self) -> int:
        self.count += 1
        return 0  # carry on


@contextmanager
def _counted(monkeypatch: pytest.MonkeyPatch) -> Iterator[_Steps]:
    steps = _Steps()

    def open_counted(path: str | None) -> sqlite3.Connection:
        conn = schema.open_database(path)
        conn.set_progress_handler(steps.tick, _GRAIN)
        return conn

    with monkeypatch.context() as patch:
        patch.setattr(store, "open_database", open_counted)
        yield steps


async def _steps(monkeypatch: pytest.MonkeyPatch, devices: int, request: str) -> int:
    with _counted(monkeypatch) as steps:
        app = make_app(demo_devices=devices, list_cache_pages=0)
        async with logged_in(app) as s:
            template, entity = await first_template_and_entity(s)
            method, _, rest = request.partition(" ")
            path = rest.format(
                template=template, entity=entity, last=f"{devices:0{len(str(devices))}d}"
            )
            before = steps.count
            if method == "POST":
                body = {
                    "uniqueId": "fleet-new-1",
                    "displayName": "New",
                    "deviceTemplateGuid": template,
                    "entityGuid": entity,
                }
                reply: httpx.Response = await s.post(path, json=body)
            else:
                reply = await s.get(path)
            assert reply.status_code == 200, (request, reply.text)
            return steps.count - before


@pytest.mark.parametrize(
    "request_",
    [
        "GET /Device?pageSize=10&pageNumber=8",
        "GET /Device?pageSize=10&Status=inactive",
        "GET /Device?pageSize=10&TemplateGuid={template}",
        "GET /Device?pageSize=10&EntityGuid={entity}",
        "GET /Device?pageSize=10&sortBy=uniqueId%20desc",
        "GET /Device?pageSize=10&sortBy=lastConnection%20asc",
        "GET /Device/count",
        "GET /Device/count?status=active",
        "GET /Device/uniqueId/demo-sensor-{last}",
        "GET /device-template",
        "POST /Device",
    ],
)
async def test_cost_grows_with_the_page_not_the_fleet(
    monkeypatch: pytest.MonkeyPatch, request_: str
) -> None:
    small = await _steps(monkeypatch, _SMALL, request_)
    large = await _steps(monkeypatch, _LARGE, request_)
    # 20 times the devices; a scan shows as about 20 times the steps, a seek as 1-1.5.
    assert large <= 1.5 * small + 10, (request_, small, large)
