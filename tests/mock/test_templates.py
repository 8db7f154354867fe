"""Device templates in the mock: the list's paging, sorting and filters, the look-ups by guid and
by code, and what a create needs per template auth type."""

from __future__ import annotations

from typing import Any

import pytest

from .helpers import (
    TEST_CERTIFICATE,
    Session,
    create,
    first_template_and_entity,
    logged_in,
    make_app,
    params,
)


async def _templates(session: Session, **query: str) -> list[dict[str, Any]]:
    reply = await session.get("/device-template", params=query)
    if reply.status_code == 204:
        return []
    assert reply.status_code == 200, reply.text
    data: list[dict[str, Any]] = reply.json()["data"]
    return data


async def test_list_items_carry_what_real_clients_read(session: Session) -> None:
    reply = await session.get("/device-template")
    body = reply.json()
    assert body["count"] == len(body["data"]) == 3
    for item in body["data"]:
        # Avnet's own client reads these from every item (api-facts).
        assert {"guid", "code", "name", "isEdgeSupport", "isIotEdgeEnable", "authType"} <= set(item)
        assert {"tag", "messageVersion", "deviceCount"} <= set(item)
    by_code = {t["code"]: t for t in body["data"]}
    assert by_code["tempsensor"]["deviceCount"] == 4
    assert by_code["edgegw"]["deviceCount"] == 1
    assert by_code["edgegw"]["gatewaySupport"] is True


async def test_paging_sorting_and_filters(session: Session) -> None:
    names = [t["name"] for t in await _templates(session, sortBy="name asc")]
    assert names == sorted(names, key=str.casefold)
    assert [t["name"] for t in await _templates(session, sortBy="NAME desc")] == names[::-1]
    page = await session.get("/device-template", params={"pageSize": "2", "pageNumber": "2"})
    assert page.json()["count"] == 3  # the total, not the page
    assert len(page.json()["data"]) == 1
    assert (await session.get("/device-template", params={"pageNumber": "3"})).status_code == 204
    assert [t["code"] for t in await _templates(session, DeviceTemplateName="CAMERA")] == ["camera"]
    assert [t["code"] for t in await _templates(session, AuthType="2")] == ["edgegw"]
    assert [t["code"] for t in await _templates(session, EdgeSupport="true")] == ["edgegw"]
    assert len(await _templates(session, GatewaySupport="false")) == 2
    assert len(await _templates(session, MessageVersion="2.1")) == 3
    assert await _templates(session, MessageVersion="1.0") == []
    assert await _templates(session, isIotEdgeEnable="true") == []  # none in the mock


@pytest.mark.parametrize(
    ("query", "param"),
    [
        ({"pageNumber": "0"}, "pageNumber"),
        ({"sortBy": "authType asc"}, "sortBy"),
        ({"sortBy": "name"}, "sortBy"),
        ({"AuthType": "9"}, "AuthType"),
        ({"EdgeSupport": "maybe"}, "EdgeSupport"),
        ({"greenGrass": "true", "IsSphere": "x"}, "IsSphere"),  # every flag is checked
    ],
)
async def test_list_validation(session: Session, query: dict[str, str], param: str) -> None:
    reply = await session.get("/device-template", params=query)
    assert reply.status_code == 412
    assert params(reply.json()) == [param]


async def test_look_up_by_guid_and_by_code(session: Session) -> None:
    listed = {t["code"]: t for t in await _templates(session)}
    guid = listed["camera"]["guid"]
    by_guid = await session.get(f"/device-template/{guid.lower()}", params={"attrTree": "true"})
    assert by_guid.status_code == 200
    (detail,) = by_guid.json()["data"]
    assert (detail["guid"], detail["templateCode"], detail["authType"]) == (guid, "camera", 3)
    by_code = await session.get("/device-template/template-code/CAMERA")
    assert by_code.json()["data"] == [detail]

    unknown = await session.get("/device-template/template-code/nope")
    assert unknown.status_code == 409
    assert params(unknown.json()) == ["TemplateNotFound"]
    missing = await session.get("/device-template/00000000-0000-4000-8000-000000000000")
    assert missing.status_code == 409
    assert (await session.get("/device-template/not-a-guid")).status_code == 412


async def test_a_device_created_by_template_code(session: Session) -> None:
    """The two steps a façade takes: code to guid, then create."""
    detail = (await session.get("/device-template/template-code/tempsensor")).json()["data"][0]
    _, entity = await first_template_and_entity(session)
    reply = await session.post(
        "/Device",
        json={
            "uniqueId": "by-code-1",
            "displayName": "By code",
            "deviceTemplateGuid": detail["guid"],
            "entityGuid": entity,
            "templateCode": "tempsensor",
        },
    )
    assert reply.status_code == 200, reply.text


async def test_create_checks_the_sidewalk_object(session: Session) -> None:
    bad = await create(session, "sw-1", sidewalkDevice={"customDecoderGuid": 7})
    assert bad.status_code == 412
    assert params(bad.json()) == ["sidewalkDevice"]
    good = await create(session, "sw-1", sidewalkDevice={"customDecoderGuid": None})
    assert good.status_code == 200


@pytest.mark.parametrize(("value", "status"), [(3.0, 200), (3.5, 412), (2**31, 412), (True, 412)])
async def test_create_integers_are_int32(session: Session, value: object, status: int) -> None:
    # 3.0 is an integer in JSON Schema, so the spec allows it; 2**31 is past int32.
    reply = await create(session, "int-1", videoStreamType=value)
    assert reply.status_code == status, reply.text


async def _template_guid(session: Session, code: str) -> str:
    reply = await session.get(f"/device-template/template-code/{code}")
    guid: str = reply.json()["data"][0]["guid"]
    return guid


@pytest.mark.parametrize(
    ("extra", "missing"),
    [
        ({}, ["certificateText"]),
        ({"deviceCertificate": "TUlJQw=="}, ["deviceCertificatePassword"]),
        ({"isAutoGeneratedSelfSignCertificate": False}, ["certificateText"]),
    ],
)
async def test_self_signed_create_names_what_is_missing(
    session: Session, extra: dict[str, Any], missing: list[str]
) -> None:
    template = await _template_guid(session, "camera")
    reply = await create(session, "cam-1", deviceTemplateGuid=template, **extra)
    assert reply.status_code == 412
    assert params(reply.json()) == missing
    assert "auth type 3" in reply.json()["error"][0]["message"]


@pytest.mark.parametrize(
    "extra",
    [
        {"certificateText": TEST_CERTIFICATE},
        {"isAutoGeneratedSelfSignCertificate": True},
        {"deviceCertificate": "TUlJQw==", "deviceCertificatePassword": "pfx-pass"},
        {"deviceCertificateGuid": "4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8"},
    ],
)
async def test_self_signed_create_accepts_each_alternative(
    session: Session, extra: dict[str, Any]
) -> None:
    template = await _template_guid(session, "camera")
    reply = await create(session, "cam-2", deviceTemplateGuid=template, **extra)
    assert reply.status_code == 200, reply.text
    info = (await session.get("/Device/uniqueId/cam-2")).json()["data"][0]
    assert info["certificateGuid"] is not None


async def test_symmetric_key_on_azure_needs_keys_or_auto_generation() -> None:
    async with logged_in(make_app(platform="az")) as session:
        template = await _template_guid(session, "tempsensor")
        reply = await create(session, "key-1", deviceTemplateGuid=template, primaryKey="k1")
        assert reply.status_code == 412
        assert params(reply.json()) == ["secondaryKey"]
        keys = {"primaryKey": "k1", "secondaryKey": "k2"}
        assert (
            await create(session, "key-1", deviceTemplateGuid=template, **keys)
        ).status_code == 200
        generated = await create(session, "key-2", deviceTemplateGuid=template, autoGenerate=True)
        assert generated.status_code == 200
        # Azure spells the parent's unique id in camel case.
        assert "parentUniqueId" in generated.json()["data"][0]
