"""A write run against a tenant that holds devices it did not create leaves them untouched.

The target holds several pages of devices before the run (seeded ones, and some made through
the API: a parent with a child, one with a note, one inactive). A full write run, as a tenant,
must leave every one of them byte-identical read by GUID, by unique id and in the list, and must
not even send a state-changing request that names one.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.types import Scope

import iotconnect_mock
from iotconnect_conformance import Options, run
from iotconnect_conformance.devices import guids_in

from .conftest import PEER_TENANT, deviating, json_body, served

pytestmark = pytest.mark.slow

_SEEDED = 30
_PAGE = 10  # the service's default page size: the tenant holds several pages


def _walk(http: httpx.Client, path: str = "/Device") -> dict[str, dict[str, Any]]:
    """Every item of the tenant's list at ``path``, by GUID (pages of the default size)."""
    items: dict[str, dict[str, Any]] = {}
    for number in range(1, 1000):
        reply = http.get(path, params={"pageNumber": number, "pageSize": _PAGE})
        page = reply.json()["data"] if reply.status_code == 200 else []
        for item in page:
            items[item["guid"].upper()] = item
        if len(page) < _PAGE:
            return items
    raise AssertionError("the list never ended")


def _snapshot(http: httpx.Client) -> dict[str, tuple[bytes, bytes, dict[str, Any]]]:
    """Per device: its bytes by GUID, its bytes by unique id, its list item."""
    listed = _walk(http)
    return {
        guid: (
            http.get(f"/Device/{guid}").content,
            http.get(f"/Device/uniqueId/{item['uniqueId']}").content,
            item,
        )
        for guid, item in listed.items()
    }


def _seed_more(http: httpx.Client, entity: str, template: str) -> None:
    """A parent and its child, a device with a note, an inactive one: state a run could upset."""

    def create(unique_id: str, **extra: Any) -> str:
        body = {
            "uniqueId": unique_id,
            "displayName": f"pre-existing {unique_id}",
            "entityGuid": entity,
            "deviceTemplateGuid": template,
            **extra,
        }
        reply = http.post("/Device", json=body)
        assert reply.status_code == 200, reply.text
        return str(reply.json()["data"][0]["newid"])

    parent = create("plant-parent")
    create("plant-child", parentDeviceGuid=parent)
    create("plant-noted", note="calibrated 2024-03-01")
    inactive = create("plant-off")
    assert http.put(f"/Device/{inactive}/status", json={"isActive": False}).status_code == 200


def test_a_write_run_leaves_every_pre_existing_device_untouched(tmp_path: Path) -> None:
    sent: list[tuple[str, str, Any]] = []

    def note(scope: Scope, body: bytes) -> tuple[Scope, bytes]:
        sent.append((scope["method"], scope["path"], json_body(body)))
        return scope, body

    app = deviating(
        iotconnect_mock.create_app(demo_devices=_SEEDED, tenants=PEER_TENANT), adjust=note
    )
    with served(app, peer=True) as target, target.session() as owner:
        http = owner.device.get_httpx_client()
        templates = http.get("/device-template").json()["data"]
        entity = str(owner.claims.entity_guid)
        _seed_more(http, entity, templates[0]["guid"])
        before = _snapshot(http)
        assert len(before) > 3 * _PAGE
        templates_before = _walk(http, "/device-template")

        out = io.StringIO()
        options = Options(report=tmp_path / "c.xml", allow_writes=True, max_examples=25)
        first = len(sent)
        outcome = run(target, options, out=out)
        during = sent[first:]
        after = _snapshot(http)
        templates_after = _walk(http, "/device-template")

    printed = out.getvalue()
    assert outcome.status == 0, printed
    # Every pre-existing device reads back byte for byte: by GUID, by unique id, in the list.
    for guid, (by_guid, by_unique_id, listed) in before.items():
        assert guid in after, f"{guid} is gone"
        assert after[guid][0] == by_guid, guid
        assert after[guid][1] == by_unique_id, guid
        assert after[guid][2] == listed, guid
    # What the run created, it deleted: the tenant holds exactly what it held before, templates
    # included (it made one for every template delete it sent, and many of those were refused).
    assert set(after) == set(before)
    assert templates_after == templates_before
    template_deletes = [s for s in during if s[0] == "DELETE" and "/device-template/" in s[1]]
    assert len(template_deletes) > 20
    # No state-changing request even named a pre-existing device...
    pre_existing = set(before)
    for method, path, body in during:
        if method in ("GET", "HEAD", "OPTIONS"):
            continue
        named = set(guids_in(path))
        if isinstance(body, dict):
            named |= set(guids_in(body.get("parentDeviceGuid")))
        assert not named & pre_existing, (method, path, body)
    # ...although the run wrote a lot, and had the pre-existing GUIDs in hand (it read them).
    writes = [s for s in during if s[0] in ("PUT", "DELETE")]
    assert len(writes) > 20
    read = {guid for method, path, _ in during if method == "GET" for guid in guids_in(path)}
    assert read & pre_existing
    # It says what it touched: only devices it created, every one named with its prefix.
    assert outcome.touched
    for device in outcome.touched:
        assert device.created
        assert device.guid not in pre_existing
        assert device.unique_id is not None
        assert device.unique_id.startswith("conformance-")
        assert f"  {device.guid}  {device.unique_id}" in printed
