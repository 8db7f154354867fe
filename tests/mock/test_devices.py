"""The Device service: CRUD, the 409 and 412 codes, paging, sorting, filters and tenancy."""

from __future__ import annotations

import re

import httpx
import pytest

from .helpers import Session, create, first_template_and_entity, login, make_app, params

GUID = re.compile(r"^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$")
STAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")
UNKNOWN = "6F0E2A47-5E8B-4C1D-9A3F-2B7C8D9E0F11"


async def test_create_answers_200_with_newid(session: Session) -> None:
    reply = await create(session, "sensor-new", note="a note", tag="t")
    assert reply.status_code == 200
    body = reply.json()
    assert body["status"] == 200
    assert body["count"] is None
    (created,) = body["data"]
    assert GUID.match(created["newid"])
    assert created["uniqueId"] == "sensor-new"
    assert created["ParentUniqueId"] is None  # AWS's spelling; the mock serves AWS by default
    # Five seeded devices, a quarter of them inactive (device 4).
    assert created["activeDeviceCount"] == 5
    assert created["inActiveDeviceCount"] == 1

    got = await session.get(f"/Device/{created['newid'].lower()}")
    assert got.status_code == 200
    (info,) = got.json()["data"]
    assert info["guid"] == created["newid"]
    assert info["note"] == "a note"
    assert info["tag"] == "t"
    assert info["isActive"] is True
    assert info["isAcquired"] == 0
    assert STAMP.match(info["createdDate"])
    for key in ("lastActivityDate", "firmwareUpgradeGuid", "isParentAcquired", "cpId"):
        assert key in info

    by_unique = await session.get("/Device/uniqueId/SENSOR-NEW")
    assert by_unique.status_code == 200
    assert by_unique.json()["data"][0]["guid"] == created["newid"]


async def test_create_with_parent_reports_parent_unique_id(session: Session) -> None:
    parent = (await create(session, "parent-1")).json()["data"][0]["newid"]
    child = await create(session, "child-1", parentDeviceGuid=parent)
    assert child.json()["data"][0]["ParentUniqueId"] == "parent-1"
    # Read as the gateway's child: the gateway named must be the parent.
    by_parent = "/Device/uniqueId/child-1"
    found = await session.get(by_parent, params={"parentDeviceUniqueId": "PARENT-1"})
    assert found.json()["data"][0]["parentDeviceUniqueId"] == "parent-1"
    other = await session.get(by_parent, params={"parentDeviceUniqueId": "child-1"})
    assert other.status_code == 409
    empty = await session.get(by_parent, params={"parentDeviceUniqueId": ""})
    assert empty.status_code == 412
    listed = await session.get("/Device", params={"UniqueId": "parent-1"})
    assert listed.json()["data"][0]["childDeviceCount"] == 1


async def test_duplicate_unique_id_is_409(session: Session) -> None:
    assert (await create(session, "dup-1")).status_code == 200
    for unique_id in ("dup-1", "DUP-1"):
        again = await create(session, unique_id)
        assert again.status_code == 409
        body = again.json()
        assert body["status"] == 409
        assert body["error"][0]["param"] == "UniqueIdAlreadyExists"


async def test_validation_names_every_offending_field(session: Session) -> None:
    reply = await session.post(
        "/Device",
        json={
            "uniqueId": "",
            "deviceTemplateGuid": "not-a-guid",
            "displayName": "x" * 101,
            "note": "n" * 501,
            "properties": [{"guid": "nope"}],
        },
    )
    assert reply.status_code == 412
    body = reply.json()
    assert body["status"] == 412
    assert params(body) == [
        "uniqueId",
        "deviceTemplateGuid",
        "displayName",
        "entityGuid",
        "note",
        "properties",
    ]


async def test_unknown_template_and_entity_are_412(session: Session) -> None:
    reply = await session.post(
        "/Device",
        json={
            "uniqueId": "u1",
            "deviceTemplateGuid": UNKNOWN,
            "displayName": "d",
            "entityGuid": UNKNOWN,
            "parentDeviceGuid": UNKNOWN,
        },
    )
    assert reply.status_code == 412
    assert params(reply.json()) == ["deviceTemplateGuid", "entityGuid", "parentDeviceGuid"]


async def test_certificate_devices_limit_unique_id_to_31(session: Session) -> None:
    templates = (await session.get("/device-template")).json()["data"]
    ca = next(t["guid"] for t in templates if t["authType"] == 2)
    _, entity = await first_template_and_entity(session)
    body = {"deviceTemplateGuid": ca, "displayName": "gw", "entityGuid": entity}
    too_long = await session.post("/Device", json={**body, "uniqueId": "g" * 32})
    assert too_long.status_code == 412
    assert params(too_long.json()) == ["uniqueId"]
    assert (await session.post("/Device", json={**body, "uniqueId": "g" * 31})).status_code == 200


@pytest.mark.parametrize(
    "content", [b"{not json", b"[1, 2]", b'"text"', b"", b'{"a": NaN}'], ids=str
)
async def test_malformed_json_is_400(session: Session, content: bytes) -> None:
    reply = await session.post(
        "/Device", content=content, headers={"Content-Type": "application/json"}
    )
    assert reply.status_code == 400
    body = reply.json()
    assert body["status"] == 400
    assert params(body) == ["body"]


async def test_json_property_names_match_case_insensitively(session: Session) -> None:
    template, entity = await first_template_and_entity(session)
    reply = await session.post(
        "/Device",
        json={
            "UniqueID": "ci-1",
            "DeviceTemplateGuid": template.lower(),
            "DISPLAYNAME": "ci",
            "entityguid": entity,
        },
    )
    assert reply.status_code == 200, reply.text


async def test_unknown_device_is_409_everywhere(session: Session) -> None:
    replies = [
        await session.get(f"/Device/{UNKNOWN}"),
        await session.get("/Device/uniqueId/no-such-device"),
        await session.put(f"/Device/{UNKNOWN}", json={"displayName": "x", "entityGuid": UNKNOWN}),
        await session.put(f"/Device/{UNKNOWN}/status", json={"isActive": False}),
        await session.delete(f"/Device/{UNKNOWN}"),
    ]
    for reply in replies:
        assert reply.status_code == 409, reply.request.url
        assert reply.json()["error"][0]["param"] == "DeviceNotFound"


async def test_malformed_device_guid_is_412(session: Session) -> None:
    reply = await session.get("/Device/not-a-guid")
    assert reply.status_code == 412
    assert params(reply.json()) == ["deviceGuid"]


async def test_update(session: Session) -> None:
    guid = (await create(session, "upd-1")).json()["data"][0]["newid"]
    _, entity = await first_template_and_entity(session)
    prop = {"guid": UNKNOWN, "value": "42"}
    reply = await session.put(
        f"/Device/{guid}",
        json={"displayName": "Renamed", "entityGuid": entity, "note": "n", "properties": [prop]},
    )
    assert reply.status_code == 200
    assert reply.json() == {
        "data": [],
        "status": 200,
        "message": "Device updated successfully",
        "count": None,
    }
    info = (await session.get(f"/Device/{guid}")).json()["data"][0]
    assert info["displayName"] == "Renamed"
    assert info["note"] == "n"
    assert info["properties"] == [prop]
    invalid = await session.put(f"/Device/{guid}", json={"displayName": ""})
    assert invalid.status_code == 412
    assert params(invalid.json()) == ["displayName", "entityGuid"]
    foreign_entity = await session.put(
        f"/Device/{guid}", json={"displayName": "x", "entityGuid": UNKNOWN}
    )
    assert foreign_entity.status_code == 412
    assert params(foreign_entity.json()) == ["entityGuid"]


async def test_status_changes_and_409_when_already_so(session: Session) -> None:
    guid = (await create(session, "st-1")).json()["data"][0]["newid"]
    already = await session.put(f"/Device/{guid}/status", json={"isActive": True})
    assert already.status_code == 409
    assert already.json()["error"][0]["param"] == "DeviceAlreadyActive"
    off = await session.put(f"/Device/{guid}/status", json={"isActive": False})
    assert off.status_code == 200
    assert off.json()["data"] == []
    assert (await session.get(f"/Device/{guid}")).json()["data"][0]["isActive"] is False
    again = await session.put(f"/Device/{guid}/status", json={"isActive": False})
    assert again.json()["error"][0]["param"] == "DeviceAlreadyInactive"
    bad = await session.put(f"/Device/{guid}/status", json={"isActive": "yes"})
    assert bad.status_code == 412
    assert params(bad.json()) == ["isActive"]


async def test_delete(session: Session) -> None:
    created = (await create(session, "del-1")).json()["data"][0]
    reply = await session.delete(f"/Device/{created['newid']}")
    assert reply.status_code == 200
    assert reply.json()["data"] == [
        {
            "guid": created["newid"],
            "status": True,
            "uniqueId": "del-1",
            "entityGuid": created["entityGuid"],
        }
    ]
    assert (await session.delete(f"/Device/{created['newid']}")).status_code == 409
    assert (await session.get(f"/Device/{created['newid']}")).status_code == 409


async def test_count(session: Session) -> None:
    def count(reply: httpx.Response) -> int:
        assert reply.status_code == 200
        return int(reply.json()["data"][0]["deviceCount"])

    assert count(await session.get("/Device/count")) == 5
    assert count(await session.get("/Device/count", params={"status": "active"})) == 4
    assert count(await session.get("/Device/count", params={"status": "inactive"})) == 1
    bad = await session.get("/Device/count", params={"status": "sleeping"})
    assert bad.status_code == 412
    assert params(bad.json()) == ["status"]


async def test_list_item_has_the_service_casing(session: Session) -> None:
    item = (await session.get("/Device")).json()["data"][0]
    assert set(item) == {
        "guid",
        "uniqueId",
        "displayName",
        "isActive",
        "isConnected",
        "deviceTemplateGuid",
        "deviceTemplateName",
        "entityName",
        "authType",
        "messageVersion",
        "lastConnection",
        "lastCommunication",
        "lastactivityDate",
        "firmwareupgradeGuid",
        "deviceStatus",
        "childDeviceCount",
        "solutionGuid",
        "IsAcquired",
    }
    assert item["IsAcquired"] in (True, False)  # a boolean in lists, 0/1 in single reads


@pytest.mark.parametrize(("platform", "count"), [("aws", -1), ("az", 23)])
async def test_paging_and_count_per_platform(platform: str, count: int) -> None:
    app = make_app(platform=platform, demo_devices=23)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://t"
    ) as client:
        s = Session(client, (await login(client)).json())
        seen: list[str] = []
        for page in range(1, 10):  # bounded: a list that never ends fails instead of hanging
            reply = await s.get("/Device", params={"pageNumber": page, "pageSize": 10})
            if reply.status_code == 204:
                assert reply.content == b""
                break
            body = reply.json()
            assert body["count"] == count
            seen += [d["uniqueId"] for d in body["data"]]
        assert page == 4  # pages of 10, 10, 3, then 204
        assert len(seen) == len(set(seen)) == 23
        default = await s.get("/Device")
        assert len(default.json()["data"]) == 10


async def test_list_validation_names_every_bad_parameter(session: Session) -> None:
    reply = await session.get(
        "/Device",
        params={
            "pageNumber": "0",
            "pageSize": "1001",
            "sortBy": "displayName asc",
            "Status": "on",
            "Acquired": "maybe",
            "TemplateGuid": "x",
            "EntityGuid": "y",
            "isEdge": "perhaps",
            "isGateway": "1",
            "wireless": "",
        },
    )
    assert reply.status_code == 412
    assert params(reply.json()) == [
        "pageNumber",
        "pageSize",
        "sortBy",
        "Status",
        "Acquired",
        "TemplateGuid",
        "EntityGuid",
        "isEdge",
        "isGateway",
        "wireless",
    ]


@pytest.mark.parametrize("sort_by", ["uniqueId", "guid asc", "uniqueId up", "uniqueId asc x"])
async def test_unsupported_sort_is_412(session: Session, sort_by: str) -> None:
    reply = await session.get("/Device", params={"sortBy": sort_by})
    assert reply.status_code == 412
    assert params(reply.json()) == ["sortBy"]


async def test_sorting(session: Session) -> None:
    async def ids(sort_by: str) -> list[str]:
        reply = await session.get("/Device", params={"sortBy": sort_by, "pageSize": 100})
        return [d["uniqueId"] for d in reply.json()["data"]]

    ascending = await ids("uniqueId asc")
    assert ascending == sorted(ascending, key=str.lower)
    assert await ids("uniqueId desc") == ascending[::-1]

    async def stamps(sort_by: str) -> list[str | None]:
        reply = await session.get("/Device", params={"sortBy": sort_by, "pageSize": 100})
        return [d["lastConnection"] for d in reply.json()["data"]]

    newest_first = await stamps("lastConnection desc")
    known = [s for s in newest_first if s is not None]
    assert known == sorted(known, reverse=True)
    assert newest_first[len(known) :] == [None] * (len(newest_first) - len(known))
    oldest_first = await stamps("lastCommunication asc")
    assert oldest_first[0] is not None


async def test_filters(session: Session) -> None:
    async def ids(**query: str) -> set[str]:
        reply = await session.get("/Device", params={**query, "pageSize": "100"})
        if reply.status_code == 204:
            return set()
        assert reply.status_code == 200, reply.text
        return {d["uniqueId"] for d in reply.json()["data"]}

    everything = await ids()
    assert everything == {
        "demo-gw-01",
        "demo-sensor-02",
        "demo-sensor-03",
        "demo-sensor-04",
        "demo-sensor-05",
    }
    assert await ids(UniqueId="SENSOR-0") == everything - {"demo-gw-01"}
    assert await ids(uniqueid="gw") == {"demo-gw-01"}  # parameter names ignore case too
    assert await ids(Status="inactive") == {"demo-sensor-04"}
    assert await ids(Status="active") == everything - {"demo-sensor-04"}
    assert await ids(Acquired="acquired") == {"demo-sensor-03"}
    assert await ids(Acquired="released") == {"demo-gw-01", "demo-sensor-04"}
    assert await ids(Acquired="inprogress") == {"demo-sensor-02", "demo-sensor-05"}
    assert await ids(isGateway="true") == {"demo-gw-01"}
    assert await ids(isEdge="false") == everything - {"demo-gw-01"}
    assert await ids(wireless="true") == {"demo-gw-01", "demo-sensor-03", "demo-sensor-05"}
    template, root = await first_template_and_entity(session)
    assert await ids(TemplateGuid=template.lower()) == everything - {"demo-gw-01"}
    assert await ids(EntityGuid=root) == {"demo-gw-01", "demo-sensor-03", "demo-sensor-05"}
    assert await ids(Name="Sensor 2") == {"demo-sensor-02"}
    assert await ids(TemplateName="GATEWAY") == {"demo-gw-01"}
    assert await ids(AuthType="2") == {"demo-gw-01"}
    assert await ids(greenGrass="true") == set()  # the mock holds no Greengrass devices
    assert await ids(isLowBandwidth="false") == everything
    assert await ids(UniqueId="nothing-like-this") == set()


async def test_tenants_never_see_each_other(session: Session, other_session: Session) -> None:
    mine = (await create(session, "tenant-a-1")).json()["data"][0]["newid"]
    assert (await other_session.get("/Device")).status_code == 204
    assert (await other_session.get("/Device/count")).json()["data"][0]["deviceCount"] == 0
    assert (await other_session.get(f"/Device/{mine}")).status_code == 409
    assert (await other_session.get("/Device/uniqueId/tenant-a-1")).status_code == 409
    assert (await other_session.delete(f"/Device/{mine}")).status_code == 409
    assert (
        await other_session.put(f"/Device/{mine}/status", json={"isActive": False})
    ).status_code == 409
    # The other company may reuse the unique id: uniqueness is per company.
    theirs = await create(other_session, "tenant-a-1")
    assert theirs.status_code == 200
    # ...but not the first company's template or entity.
    template, entity = await first_template_and_entity(session)
    borrowed = await other_session.post(
        "/Device",
        json={
            "uniqueId": "x",
            "deviceTemplateGuid": template,
            "displayName": "x",
            "entityGuid": entity,
        },
    )
    assert borrowed.status_code == 412
    assert params(borrowed.json()) == ["deviceTemplateGuid", "entityGuid"]
    assert (await session.get(f"/Device/{mine}")).status_code == 200


async def test_list_items_agree_with_device_details(session: Session) -> None:
    # Both shapes come from one renderer, lists from stored texts: the shared facts must agree.
    parent = (await create(session, "agree-parent")).json()["data"][0]["newid"]
    await create(session, "agree-child", parentDeviceGuid=parent)
    items = (await session.get("/Device", params={"pageSize": 100})).json()["data"]
    assert len(items) == 7
    for item in items:
        info = (await session.get(f"/Device/{item['guid']}")).json()["data"][0]
        for key in ("uniqueId", "displayName", "isActive", "isConnected", "deviceTemplateGuid"):
            assert item[key] == info[key], key
        for key in ("deviceTemplateName", "entityName", "authType", "messageVersion"):
            assert item[key] == info[key], key
        assert item["lastactivityDate"] == info["lastActivityDate"]
        assert item["firmwareupgradeGuid"] == info["firmwareUpgradeGuid"]
        assert item["IsAcquired"] is (info["isAcquired"] == 1)
        assert item["deviceStatus"] == ("active" if info["isActive"] else "inactive")
        assert item["childDeviceCount"] == (1 if item["guid"] == parent else 0)
        for stamp in ("lastConnection", "lastCommunication", "lastactivityDate"):
            assert item[stamp] is None or STAMP.match(item[stamp])
