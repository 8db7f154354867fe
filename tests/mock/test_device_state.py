"""The mock's device state: connection status, twin, children, acquire and release, and the
``/_mock/devices`` control that plays a device on the hub."""

from __future__ import annotations

from typing import Any

import httpx
import jwt
import pytest

from .helpers import TEST_CERTIFICATE, Session, first_template_and_entity

_JSON = {"Content-Type": "application/json"}


async def _create(s: Session, unique_id: str, **extra: Any) -> str:
    template, entity = await first_template_and_entity(s)
    body = {
        "uniqueId": unique_id,
        "displayName": unique_id,
        "deviceTemplateGuid": template,
        "entityGuid": entity,
        **extra,
    }
    reply = await s.post("/Device", json=body)
    assert reply.status_code == 200, reply.text
    return str(reply.json()["data"][0]["newid"])


async def _play(client: httpx.AsyncClient, guid: str, **body: Any) -> httpx.Response:
    return await client.post(f"/_mock/devices/{guid}", json=body, headers=_JSON)


def _param(reply: httpx.Response) -> str:
    return str(reply.json()["error"][0]["param"])


async def test_acquire_release_change_is_acquired_and_the_list_filter(session: Session) -> None:
    await _create(session, "state-1")
    acquired = {"Acquired": "acquired", "UniqueId": "state-1"}
    assert (await session.get("/Device", params=acquired)).status_code == 204
    reply = await session.put("/Device/state-1/acquire")
    assert reply.status_code == 200, reply.text
    listed = (await session.get("/Device", params=acquired)).json()["data"]
    assert [(d["uniqueId"], d["IsAcquired"]) for d in listed] == [("state-1", True)]
    assert (await session.get("/Device/uniqueId/state-1")).json()["data"][0]["isAcquired"] == 1
    again = await session.put("/Device/state-1/acquire", json={"isCloudDevice": False})
    assert (again.status_code, _param(again)) == (409, "DeviceAlreadyAcquired")
    assert (await session.put("/Device/state-1/release")).status_code == 200
    assert (await session.get("/Device", params=acquired)).status_code == 204
    released = {"Acquired": "released", "UniqueId": "state-1"}
    assert (await session.get("/Device", params=released)).json()["data"][0]["IsAcquired"] is False
    twice = await session.put("/Device/state-1/release")
    assert (twice.status_code, _param(twice)) == (409, "DeviceAlreadyReleased")


async def test_acquire_refuses_missing_inactive_and_child_devices(session: Session) -> None:
    missing = await session.put("/Device/no-such-device/acquire")
    assert (missing.status_code, _param(missing)) == (409, "DeviceNotFound")
    guid = await _create(session, "state-inactive")
    await session.put(f"/Device/{guid}/status", json={"isActive": False})
    inactive = await session.put("/Device/state-inactive/acquire")
    assert (inactive.status_code, _param(inactive)) == (409, "DeviceNotActive")
    parent = await _create(session, "state-gw")
    await _create(session, "state-child", parentDeviceGuid=parent)
    child = await session.put("/Device/state-child/acquire")
    assert (child.status_code, _param(child)) == (409, "ChildDeviceCannotBeAcquired")


async def test_a_device_connects_reports_and_disconnects(
    session: Session, client: httpx.AsyncClient
) -> None:
    guid = await _create(session, "state-2")
    status = {"uniqueId": "state-2"}
    reply = await session.get("/Device/connection-status", params=status)
    assert reply.json()["data"] == [{"isConnected": 0}]
    # Off the hub a device cannot connect.
    refused = await _play(client, guid, connected=True)
    assert (refused.status_code, _param(refused)) == (409, "DeviceNotAcquired")
    await session.put("/Device/state-2/acquire")
    await client.post("/_mock/clock/advance", json={"seconds": 60}, headers=_JSON)
    assert (await _play(client, guid, connected=True)).status_code == 200
    by_guid = await session.get("/Device/connection-status", params={"deviceGuid": guid.lower()})
    assert by_guid.json()["data"] == [{"isConnected": 1}]
    device = (await session.get(f"/Device/{guid}")).json()["data"][0]
    assert device["isConnected"] is True
    connected_at = device["lastActivityDate"]
    await client.post("/_mock/clock/advance", json={"seconds": 60}, headers=_JSON)
    reported = await _play(client, guid, reported={"reportingInterval": "60"})
    assert reported.status_code == 200, reported.text
    twin = (await session.get("/Device/state-2/twin")).json()["data"]
    interval = next(item for item in twin if item["localName"] == "reportingInterval")
    assert interval["reportedValue"] == "60"
    assert interval["reportedUpdatedDate"] is not None
    after = (await session.get(f"/Device/{guid}")).json()["data"][0]["lastActivityDate"]
    assert after > connected_at
    assert (await _play(client, guid, connected=False)).status_code == 200
    reply = await session.get("/Device/connection-status", params=status)
    assert reply.json()["data"] == [{"isConnected": 0}]
    offline = await _play(client, guid, reported={"reportingInterval": "5"})
    assert (offline.status_code, _param(offline)) == (409, "DeviceNotConnected")


async def test_the_control_checks_what_a_device_reports(
    session: Session, client: httpx.AsyncClient
) -> None:
    guid = await _create(session, "state-3")
    await session.put("/Device/state-3/acquire")
    bad = await _play(client, guid, connected=True, reported={"reportingInterval": "soon"})
    assert bad.status_code == 412
    unknown = await _play(client, guid, connected=True, reported={"noSuchSetting": "1"})
    assert unknown.status_code == 412
    missing = await _play(client, "0" * 8 + "-0000-0000-0000-" + "0" * 12, connected=True)
    assert missing.status_code == 404


async def test_release_disconnects(session: Session, client: httpx.AsyncClient) -> None:
    guid = await _create(session, "state-4")
    await session.put("/Device/state-4/acquire")
    await _play(client, guid, connected=True)
    await session.put("/Device/state-4/release")
    reply = await session.get("/Device/connection-status", params={"deviceGuid": guid})
    assert reply.json()["data"] == [{"isConnected": 0}]


async def test_connection_status_needs_a_device(session: Session) -> None:
    neither = await session.get("/Device/connection-status")
    assert (neither.status_code, _param(neither)) == (412, "deviceGuid")
    unknown = await session.get("/Device/connection-status", params={"uniqueId": "nope"})
    assert (unknown.status_code, _param(unknown)) == (409, "DeviceNotFound")
    guid = await _create(session, "state-5")
    await _create(session, "state-6")
    mismatch = await session.get(
        "/Device/connection-status", params={"deviceGuid": guid, "uniqueId": "state-6"}
    )
    assert mismatch.status_code == 409


async def test_the_desired_twin_is_versioned_and_reads_back(session: Session) -> None:
    await _create(session, "state-7")
    twin = (await session.get("/Device/state-7/twin")).json()["data"]
    assert {item["localName"] for item in twin} == {"reportingInterval", "firmwareChannel", "ledOn"}
    channel = next(item for item in twin if item["localName"] == "firmwareChannel")
    assert (channel["desiredValue"], channel["desiredVersion"]) == (None, "0")
    body = {
        "localName": "firmwareChannel",
        "desiredValue": "beta",
        "templateSettingGuid": channel["templateSettingGuid"],
    }
    not_acquired = await session.put("/Device/state-7/twin", json=body)
    assert (not_acquired.status_code, _param(not_acquired)) == (409, "DeviceNotAcquired")
    await session.put("/Device/state-7/acquire")
    for value in ("beta", "stable"):
        reply = await session.put("/Device/state-7/twin", json={**body, "desiredValue": value})
        assert reply.status_code == 200, reply.text
    twin = (await session.get("/Device/state-7/twin")).json()["data"]
    channel = next(item for item in twin if item["localName"] == "firmwareChannel")
    assert (channel["desiredValue"], channel["desiredVersion"]) == ("stable", "2")
    assert channel["desiredUpdatedDate"] is not None


@pytest.mark.parametrize(
    ("change", "param"),
    [
        ({"desiredValue": "not-a-number", "localName": "reportingInterval"}, "InvalidDesiredValue"),
        ({"desiredValue": "yes", "localName": "ledOn"}, "InvalidDesiredValue"),
        ({"localName": "noSuchSetting"}, "TemplateSettingNotFound"),
        (
            {"templateSettingGuid": "0E7C3B2A-4D5E-4F60-8172-93A4B5C6D7E8"},
            "TemplateSettingNotFound",
        ),
    ],
)
async def test_a_desired_value_must_fit_its_setting(
    session: Session, change: dict[str, str], param: str
) -> None:
    await _create(session, "state-8")
    await session.put("/Device/state-8/acquire")
    twin = (await session.get("/Device/state-8/twin")).json()["data"]
    setting = {item["localName"]: item["templateSettingGuid"] for item in twin}
    name = change.get("localName", "reportingInterval")
    body = {
        "localName": name,
        "desiredValue": "10",
        "templateSettingGuid": setting.get(name, setting["reportingInterval"]),
        **change,
    }
    reply = await session.put("/Device/state-8/twin", json=body)
    assert (reply.status_code, _param(reply)) == (409, param)


async def test_a_twin_update_needs_every_field(session: Session) -> None:
    await _create(session, "state-9")
    reply = await session.put("/Device/state-9/twin", json={"localName": "ledOn"})
    assert reply.status_code == 412
    assert {e["param"] for e in reply.json()["error"]} == {"desiredValue", "templateSettingGuid"}


async def test_children_follow_parent_device_guid(session: Session) -> None:
    gateway = await _create(session, "kids-gw")
    other = await _create(session, "kids-other-gw")
    for n in (3, 1, 2):
        await _create(session, f"kids-{n}", parentDeviceGuid=gateway)
    await _create(session, "kids-elsewhere", parentDeviceGuid=other)
    reply = await session.get(f"/Device/{gateway}/child-device", params={"sortBy": "uniqueId asc"})
    assert reply.status_code == 200
    body = reply.json()
    assert [d["uniqueId"] for d in body["data"]] == ["kids-1", "kids-2", "kids-3"]
    assert body["count"] == 3
    assert {d["reportingTo"] for d in body["data"]} == {"kids-gw"}
    page = await session.get(
        f"/Device/{gateway}/child-device",
        params={"sortBy": "uniqueId desc", "pageSize": 2, "pageNumber": 2},
    )
    assert [d["uniqueId"] for d in page.json()["data"]] == ["kids-1"]
    lonely = await _create(session, "kids-none")
    assert (await session.get(f"/Device/{lonely}/child-device")).status_code == 204
    bad_sort = await session.get(f"/Device/{gateway}/child-device", params={"sortBy": "guid asc"})
    assert (bad_sort.status_code, _param(bad_sort)) == (412, "sortBy")
    unknown = await session.get("/Device/0E7C3B2A-4D5E-4F60-8172-93A4B5C6D7E8/child-device")
    assert (unknown.status_code, _param(unknown)) == (409, "DeviceNotFound")


async def test_another_company_sees_none_of_it(session: Session, other_session: Session) -> None:
    gateway = await _create(session, "iso-gw")
    await session.put("/Device/iso-gw/acquire")
    for reply in (
        await other_session.get("/Device/connection-status", params={"deviceGuid": gateway}),
        await other_session.get("/Device/iso-gw/twin"),
        await other_session.put("/Device/iso-gw/release"),
        await other_session.get(f"/Device/{gateway}/child-device"),
    ):
        assert (reply.status_code, _param(reply)) == (409, "DeviceNotFound")


async def test_login_tokens_say_whether_the_instance_is_dedicated(
    client: httpx.AsyncClient, session: Session
) -> None:
    claims = jwt.decode(session.tokens["access_token"], options={"verify_signature": False})
    assert claims["user"]["isCpidOptional"] is False
    assert claims["user"]["cpId"]
    refreshed = await client.post(
        "/api/v2.1/Auth/refresh-token", json={"refreshtoken": session.tokens["refresh_token"]}
    )
    payload = jwt.decode(refreshed.json()["access_token"], options={"verify_signature": False})
    # Refreshed tokens lack it, as the real service's do (api-facts).
    assert "isCpidOptional" not in payload["user"]


async def _camera_template(s: Session) -> str:
    templates = (await s.get("/device-template")).json()["data"]
    return str(next(t["guid"] for t in templates if t["authType"] == 3))


async def test_a_certificate_device_keeps_a_parseable_certificate(
    session: Session, client: httpx.AsyncClient
) -> None:
    _, entity = await first_template_and_entity(session)
    body = {
        "uniqueId": "cam-1",
        "displayName": "Camera 1",
        "deviceTemplateGuid": await _camera_template(session),
        "entityGuid": entity,
    }
    # The markers alone are not a certificate.
    fake = "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----\n"
    refused = await session.post("/Device", json={**body, "certificateText": fake})
    assert (refused.status_code, _param(refused)) == (412, "certificateText")
    pem = TEST_CERTIFICATE
    created = await session.post("/Device", json={**body, "certificateText": pem})
    assert created.status_code == 200, created.text
    guid = created.json()["data"][0]["newid"]
    shown = (await client.get(f"/_mock/devices/{guid}")).json()["data"][0]
    assert shown["certificateText"] == pem
    device = (await session.get(f"/Device/{guid}")).json()["data"][0]
    assert device["certificateGuid"] is not None


@pytest.mark.parametrize("is_cloud_device", ["true", "false"])
async def test_release_accepts_is_cloud_device_and_ignores_it(
    session: Session, is_cloud_device: str
) -> None:
    # x-mock-ignored in the spec: the same answer as without it.
    await _create(session, "cloud-1")
    await _create(session, "cloud-2")
    for unique_id in ("cloud-1", "cloud-2"):
        await session.put(f"/Device/{unique_id}/acquire")
    plain = await session.put("/Device/cloud-1/release")
    flagged = await session.put(
        "/Device/cloud-2/release", params={"isCloudDevice": is_cloud_device}
    )
    assert (
        (plain.status_code, plain.json())
        == (flagged.status_code, flagged.json())
        == (
            200,
            {"data": [], "status": 200, "message": "Device released successfully", "count": None},
        )
    )


async def test_device_properties_list_and_set(session: Session, other_session: Session) -> None:
    listed = await session.get("/Device/property")
    assert listed.status_code == 200
    definitions = {item["name"]: item["guid"] for item in listed.json()["data"]}
    assert set(definitions) == {"floor", "serialNumber", "zone"}
    guid = await _create(session, "props-1")
    body = {"properties": [{"guid": definitions["floor"], "value": "3"}]}
    reply = await session.put(f"/Device/{guid}/properties", json=body)
    assert reply.status_code == 200, reply.text
    assert reply.json()["data"] == [{"value": "3", "uniqueId": "props-1"}]
    zone = {"properties": [{"guid": definitions["zone"].lower(), "value": "north"}]}
    assert (await session.put(f"/Device/{guid}/properties", json=zone)).status_code == 200
    device = (await session.get(f"/Device/{guid}")).json()["data"][0]
    assert {p["guid"]: p["value"] for p in device["properties"]} == {
        definitions["floor"]: "3",
        definitions["zone"]: "north",
    }
    unknown = {"properties": [{"guid": "0E7C3B2A-4D5E-4F60-8172-93A4B5C6D7E8", "value": "x"}]}
    refused = await session.put(f"/Device/{guid}/properties", json=unknown)
    assert (refused.status_code, _param(refused)) == (409, "PropertyNotFound")
    missing = await session.put(f"/Device/{guid}/properties", json={})
    assert (missing.status_code, _param(missing)) == (412, "properties")
    bad_item = await session.put(f"/Device/{guid}/properties", json={"properties": [1]})
    assert (bad_item.status_code, _param(bad_item)) == (412, "properties")
    elsewhere = await other_session.put(f"/Device/{guid}/properties", json=body)
    assert (elsewhere.status_code, _param(elsewhere)) == (409, "DeviceNotFound")
    # Another company's property GUIDs are not this one's.
    theirs = {
        i["name"]: i["guid"] for i in (await other_session.get("/Device/property")).json()["data"]
    }
    assert theirs["floor"] != definitions["floor"]
