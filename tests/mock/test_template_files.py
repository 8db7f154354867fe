"""Templates from a file in the mock: the multipart upload, its validation (412 naming what is
wrong, 409 for a code the company has), delete (409 while devices use it), and a template's
attributes and commands (409 for a template with none)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from .helpers import TEST_CERTIFICATE, Session, create, logged_in, make_app, params

FILE: dict[str, Any] = {
    "code": "boiler1",
    "name": "Boiler",
    "authType": 5,
    "messageVersion": "2.1",
    "attributes": [
        {"name": "pressure", "type": "DECIMAL", "description": "bar", "unit": "bar"},
        {"name": "burning", "type": "BOOLEAN"},
    ],
    "commands": [
        {"name": "Purge", "command": "purge", "requiredParam": False, "requiredAck": True},
        {"name": "Set point", "command": "set-point", "requiredParam": True},
    ],
    "properties": {"description": None, "dataFrequency": 60, "fileSupport": False},
    "greenGrass": "0",
    "wireless": "0",
    "_meta": {"exportedBy": "web UI"},
}


async def _upload(session: Session, document: object, part: str = "file") -> Any:
    text = document if isinstance(document, str) else json.dumps(document)
    files = {part: ("template.json", text.encode(), "application/json")}
    return await session.post("/device-template/quick", files=files)


async def test_a_file_becomes_a_template_with_its_attributes_and_commands(
    session: Session,
) -> None:
    reply = await _upload(session, FILE)
    assert reply.status_code == 200, reply.text
    guid = reply.json()["data"][0]["deviceTemplateGuid"]
    assert guid == guid.lower()  # as the service has sent it
    detail = (await session.get(f"/device-template/{guid}")).json()["data"][0]
    assert (detail["templateCode"], detail["templateName"], detail["authType"]) == (
        "boiler1",
        "Boiler",
        5,
    )
    assert [c["command"] for c in detail["commands"]] == ["purge", "set-point"]
    attributes = (await session.get(f"/template-attribute/{guid}")).json()
    assert [(a["localName"], a["dataTypeName"]) for a in attributes["data"]] == [
        ("pressure", "DECIMAL"),
        ("burning", "BOOLEAN"),
    ]
    commands = (await session.get(f"/template-command/{guid}", params={"sortBy": "name"})).json()
    assert [(c["name"], c["requiredAck"]) for c in commands["data"]] == [
        ("Purge", True),
        ("Set point", False),
    ]
    listed = (await session.get("/device-template", params={"CommandCount": "2"})).json()["data"]
    assert "boiler1" in {t["code"] for t in listed}
    item = next(t for t in listed if t["code"] == "boiler1")
    assert (item["attributeCount"], item["commandCount"], item["deviceCount"]) == (2, 2, 0)
    # The same code again (any case) is the service's 409.
    again = await _upload(session, {**FILE, "code": "BOILER1", "name": "Other"})
    assert again.status_code == 409
    assert again.json()["error"][0]["param"] == "TemplateCodeAlreadyExists"


@pytest.mark.parametrize(
    ("change", "param"),
    [
        ({"code": "too-long-code"}, "code"),
        ({"code": "a b"}, "code"),
        ({"code": ""}, "code"),
        ({"name": None}, "name"),
        ({"authType": 9}, "authType"),
        ({"authType": 6}, "authType"),
        ({"authType": "5"}, "authType"),
        ({"attributes": [{"name": "x", "type": "COLOUR"}]}, "attributes[0].type"),
        ({"attributes": [{"type": "STRING"}]}, "attributes[0].name"),
        (
            {"attributes": [{"name": "x", "type": "STRING"}, {"name": "X", "type": "LONG"}]},
            "attributes[1].name",
        ),
        ({"attributes": {"name": "x"}}, "attributes"),
        ({"commands": [{"name": "Go"}]}, "commands[0].command"),
        (
            {"commands": [{"name": "Go", "command": "go", "requiredAck": "yes"}]},
            "commands[0].requiredAck",
        ),
        ({"commands": ["go"]}, "commands[0]"),
        ({"wireless": 1}, "wireless"),
    ],
)
async def test_a_bad_file_is_a_412_naming_what_is_wrong(
    session: Session, change: dict[str, Any], param: str
) -> None:
    reply = await _upload(session, {**FILE, **change})
    assert reply.status_code == 412, reply.text
    assert [e["param"] for e in reply.json()["error"]] == [param]
    assert (await session.get("/device-template", params={"pageSize": "100"})).json()["count"] == 3


async def test_a_body_that_is_no_template_file(session: Session) -> None:
    not_json = await _upload(session, "{not json")
    assert not_json.status_code == 412
    assert not_json.json()["error"][0]["param"] == "file"
    no_part = await _upload(session, FILE, part="other")
    assert no_part.status_code == 412
    assert no_part.json()["error"][0]["param"] == "file"
    plain = await session.post("/device-template/quick", json=FILE)
    assert plain.status_code == 400
    # The part's name is matched without case, as the service reads form names.
    assert (await _upload(session, FILE, part="File")).status_code == 200


async def test_delete_is_409_while_devices_use_the_template(session: Session) -> None:
    guid = (await _upload(session, FILE)).json()["data"][0]["deviceTemplateGuid"]
    device = await create(session, "boiler-7", deviceTemplateGuid=guid.upper())
    assert device.status_code == 200, device.text
    in_use = await session.delete(f"/device-template/{guid}")
    assert in_use.status_code == 409
    assert in_use.json()["error"][0]["param"] == "TemplateInUse"
    await session.delete(f"/Device/{device.json()['data'][0]['newid']}")
    gone = await session.delete(f"/device-template/{guid}")
    assert gone.status_code == 200, gone.text
    assert gone.json()["data"] == []
    again = await session.delete(f"/device-template/{guid}")
    assert again.status_code == 409
    assert again.json()["error"][0]["param"] == "TemplateNotFound"
    assert (await session.get(f"/template-command/{guid}")).json()["error"][0]["param"] == (
        "TemplateNotFound"
    )


async def test_a_template_without_commands_or_attributes_answers_409(session: Session) -> None:
    templates = (await session.get("/device-template")).json()["data"]
    camera = next(t["guid"] for t in templates if t["code"] == "camera")
    for path, param in (
        ("template-command", "TemplateCommandNotFound"),
        ("template-attribute", "TemplateAttributeNotFound"),
    ):
        reply = await session.get(f"/{path}/{camera}")
        assert reply.status_code == 409
        assert reply.json()["error"][0]["param"] == param


async def test_another_tenant_cannot_see_or_delete_the_template(
    session: Session, other_session: Session
) -> None:
    guid = (await _upload(session, FILE)).json()["data"][0]["deviceTemplateGuid"]
    for reply in (
        await other_session.get(f"/template-command/{guid}"),
        await other_session.delete(f"/device-template/{guid}"),
    ):
        assert reply.status_code == 409
        assert reply.json()["error"][0]["param"] == "TemplateNotFound"
    # Codes are unique per company: the other tenant may use the same one.
    assert (await _upload(other_session, FILE)).status_code == 200


@pytest.mark.parametrize("platform", ["aws", "az"])
async def test_a_ca_signed_individual_template_and_its_devices(platform: str) -> None:
    # Auth type 7: a template file may name it, and each of its devices is created with a
    # certificate of its own (a PEM or a PFX with its password), a unique id of 31 at most.
    async with logged_in(make_app(platform=platform)) as session:
        upload = await _upload(session, {**FILE, "code": "ind7", "authType": 7})
        assert upload.status_code == 200, upload.text
        guid = upload.json()["data"][0]["deviceTemplateGuid"].upper()
        listed = await session.get("/device-template", params={"AuthType": "7"})
        assert [t["guid"] for t in listed.json()["data"]] == [guid]
        bare = await create(session, "ind-1", deviceTemplateGuid=guid)
        assert bare.status_code == 412, bare.text
        assert params(bare.json()) == ["certificateText"]
        assert "auth type 7" in bare.json()["error"][0]["message"]
        long_id = await create(
            session, "i" * 32, deviceTemplateGuid=guid, certificateText=TEST_CERTIFICATE
        )
        assert params(long_id.json()) == ["uniqueId"]
        made = await create(
            session, "ind-1", deviceTemplateGuid=guid, certificateText=TEST_CERTIFICATE
        )
        assert made.status_code == 200, made.text
        pfx = await create(
            session,
            "ind-2",
            deviceTemplateGuid=guid,
            deviceCertificate="MIIB",
            deviceCertificatePassword="pfx-password",
        )
        assert pfx.status_code == 200, pfx.text
        device = (await session.get("/Device/uniqueId/ind-1")).json()["data"][0]
        assert (device["deviceTemplateAuthType"], device["certificateGuid"] is not None) == (
            7,
            True,
        )


async def test_the_auth_type_filter_takes_the_listed_types_only(session: Session) -> None:
    for path in ("/device-template", "/Device"):
        unlisted = await session.get(path, params={"AuthType": "6"})
        assert unlisted.status_code == 412, unlisted.text
        assert params(unlisted.json()) == ["AuthType"]
        assert (await session.get(path, params={"AuthType": "7"})).status_code == 204
