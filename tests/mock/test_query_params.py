"""Every query parameter of the spec changes the mock's answer, or the spec declares it accepted
and ignored (``x-mock-ignored`` with the reason): a spec edit cannot leave the mock behind."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import jwt
import pytest

from iotconnect_mock import DEMO_SOLUTION_KEY
from iotconnect_spec import spec_document

from .helpers import Session

SPEC = spec_document()
METHODS = ("get", "put", "post", "delete")
NOWHERE = str(uuid.UUID(int=1)).upper()

# (operationId, parameter) -> (path, query A, query B): the mock must answer A and B
# differently. "{template}", "{entity}" and "{company}" stand for the session's own GUIDs.
Probe = tuple[str, dict[str, str], dict[str, str]]
PAGE = {"pageSize": "2"}
# A gateway with two children (the seed has none), made for the probe.
CHILDREN = "/Device/{gateway}/child-device"
CHILD_PAGE = {"pageSize": "1"}
CHANGES: dict[tuple[str, str], Probe] = {
    ("discoverServices", "pf"): ("discovery", {"pf": "aws"}, {"pf": "az"}),
    ("discoverServices", "version"): ("discovery", {"version": "2.1"}, {"version": "2"}),
    ("listDevices", "pageNumber"): ("/Device", PAGE, {**PAGE, "pageNumber": "2"}),
    ("listDevices", "pageSize"): ("/Device", {"pageSize": "1"}, PAGE),
    ("listDevices", "sortBy"): ("/Device", {"sortBy": "uniqueId asc"}, {"sortBy": "uniqueId desc"}),
    ("listDevices", "UniqueId"): ("/Device", {}, {"UniqueId": "gw"}),
    ("listDevices", "Status"): ("/Device", {}, {"Status": "inactive"}),
    ("listDevices", "Acquired"): ("/Device", {}, {"Acquired": "acquired"}),
    ("listDevices", "TemplateGuid"): ("/Device", {}, {"TemplateGuid": "{template}"}),
    ("listDevices", "EntityGuid"): ("/Device", {}, {"EntityGuid": "{entity}"}),
    ("listDevices", "isEdge"): ("/Device", {"isEdge": "true"}, {"isEdge": "false"}),
    ("listDevices", "isGateway"): ("/Device", {"isGateway": "true"}, {"isGateway": "false"}),
    ("listDevices", "wireless"): ("/Device", {"wireless": "true"}, {"wireless": "false"}),
    ("listDevices", "customField"): ("/Device", {"customField": "false"}, {"customField": "true"}),
    ("listDevices", "Name"): ("/Device", {}, {"Name": "Sensor 2"}),
    ("listDevices", "TemplateName"): ("/Device", {}, {"TemplateName": "gateway"}),
    ("listDevices", "EntityName"): ("/Device", {}, {"EntityName": "no such entity"}),
    ("listDevices", "Value"): ("/Device", {}, {"Value": "no such value"}),
    ("listDevices", "isLowBandwidth"): (
        "/Device",
        {"isLowBandwidth": "false"},
        {"isLowBandwidth": "true"},
    ),
    ("listDevices", "certificateGuid"): ("/Device", {}, {"certificateGuid": NOWHERE}),
    ("listDevices", "greenGrass"): ("/Device", {"greenGrass": "false"}, {"greenGrass": "true"}),
    ("listDevices", "AuthType"): ("/Device", {}, {"AuthType": "2"}),
    ("listDevices", "isSphere"): ("/Device", {"isSphere": "false"}, {"isSphere": "true"}),
    ("listDevices", "isIotEdgeEnable"): (
        "/Device",
        {"isIotEdgeEnable": "false"},
        {"isIotEdgeEnable": "true"},
    ),
    ("countDevices", "status"): ("/Device/count", {}, {"status": "inactive"}),
    ("countDevices", "companyguid"): (
        "/Device/count",
        {"companyguid": "{company}"},
        {"companyguid": NOWHERE},
    ),
    ("getDeviceByUniqueId", "parentDeviceUniqueId"): (
        "/Device/uniqueId/demo-sensor-02",
        {},
        {"parentDeviceUniqueId": "no-such-gateway"},
    ),
    ("getDeviceConnectionStatus", "deviceGuid"): (
        "/Device/connection-status",
        {"uniqueId": "demo-sensor-02"},
        {"uniqueId": "demo-sensor-02", "deviceGuid": NOWHERE},
    ),
    ("getDeviceConnectionStatus", "uniqueId"): (
        "/Device/connection-status",
        {"uniqueId": "demo-sensor-02"},
        {"uniqueId": "demo-sensor-03"},
    ),
    ("getDeviceTwin", "recentlyReported"): (
        "/Device/demo-sensor-02/twin",
        {"recentlyReported": "false"},
        {"recentlyReported": "true"},
    ),
    ("listChildDevices", "pageNumber"): (
        CHILDREN,
        {"pageSize": "1"},
        {**CHILD_PAGE, "pageNumber": "2"},
    ),
    ("listChildDevices", "pageSize"): (CHILDREN, {"pageSize": "1"}, {"pageSize": "2"}),
    ("listChildDevices", "sortBy"): (
        CHILDREN,
        {"sortBy": "uniqueId asc"},
        {"sortBy": "uniqueId desc"},
    ),
    ("listDeviceTemplates", "pageNumber"): ("/device-template", PAGE, {**PAGE, "pageNumber": "2"}),
    ("listDeviceTemplates", "pageSize"): ("/device-template", {"pageSize": "1"}, PAGE),
    ("listDeviceTemplates", "sortBy"): (
        "/device-template",
        {"sortBy": "name asc"},
        {"sortBy": "name desc"},
    ),
    ("listDeviceTemplates", "DeviceTemplateName"): (
        "/device-template",
        {},
        {"DeviceTemplateName": "camera"},
    ),
    ("listDeviceTemplates", "AuthType"): ("/device-template", {}, {"AuthType": "2"}),
    ("listDeviceTemplates", "EdgeSupport"): (
        "/device-template",
        {"EdgeSupport": "true"},
        {"EdgeSupport": "false"},
    ),
    ("listDeviceTemplates", "GatewaySupport"): (
        "/device-template",
        {"GatewaySupport": "true"},
        {"GatewaySupport": "false"},
    ),
    ("listDeviceTemplates", "MessageVersion"): ("/device-template", {}, {"MessageVersion": "1.0"}),
}
for _flag in ("IsLowBandwidth", "greenGrass", "wireless", "isIotEdgeEnable", "IsSphere"):
    CHANGES[("listDeviceTemplates", _flag)] = (
        "/device-template",
        {_flag: "false"},
        {_flag: "true"},
    )
for _count, _value in (("DeviceCount", "4"), ("AttributeCount", "2"), ("CommandCount", "2")):
    CHANGES[("listDeviceTemplates", _count)] = ("/device-template", {}, {_count: _value})
for _count in ("RuleCount", "TwinPropertyCount", "BytesCommandCnt", "DirectMethodCount"):
    CHANGES[("listDeviceTemplates", _count)] = ("/device-template", {_count: "0"}, {_count: "1"})
# "{sensor}": the seeded template with two attributes and two commands.
_ATTRIBUTES = "/template-attribute/{sensor}"
_COMMANDS = "/template-command/{sensor}"
CHANGES |= {
    ("listTemplateAttributes", "pageNumber"): (
        _ATTRIBUTES,
        {"pageSize": "1"},
        {"pageSize": "1", "pageNumber": "2"},
    ),
    ("listTemplateAttributes", "pageSize"): (_ATTRIBUTES, {"pageSize": "1"}, {}),
    ("listTemplateAttributes", "searchtext"): (_ATTRIBUTES, {}, {"searchtext": "HUMID"}),
    ("listTemplateAttributes", "sortBy"): (
        _ATTRIBUTES,
        {"sortBy": "sequence"},
        {"sortBy": "sequence desc"},
    ),
    ("listTemplateCommands", "pageNumber"): (
        _COMMANDS,
        {"pageSize": "1"},
        {"pageSize": "1", "pageNumber": "2"},
    ),
    ("listTemplateCommands", "pageSize"): (_COMMANDS, {"pageSize": "1"}, {}),
    ("listTemplateCommands", "searchText"): (_COMMANDS, {}, {"searchText": "reboot"}),
    ("listTemplateCommands", "sortBy"): (
        _COMMANDS,
        {"sortBy": "name asc"},
        {"sortBy": "name desc"},
    ),
}
_HISTORY = "/template-command/history"
CHANGES |= {
    ("listCommandHistory", "deviceGuid"): (_HISTORY, {}, {"deviceGuid": NOWHERE}),
    ("listCommandHistory", "pageNumber"): (
        _HISTORY,
        {"pageSize": "1"},
        {"pageSize": "1", "pageNumber": "2"},
    ),
    ("listCommandHistory", "pageSize"): (_HISTORY, {"pageSize": "1"}, {}),
    ("listCommandHistory", "searchText"): (_HISTORY, {}, {"searchText": "reboot"}),
    ("listCommandHistory", "sortBy"): (_HISTORY, {}, {"sortBy": "uniqueId asc"}),
}
# Accepted and ignored, per the spec's x-mock-ignored: (path, a value to send).
IGNORED_PROBES: dict[tuple[str, str], tuple[str, str]] = {
    ("listDevices", "Property"): ("/Device", "floor"),
    ("listDevices", "IncludeRecentValue"): ("/Device", "true"),
    ("getDeviceTemplate", "attrTree"): ("/device-template/{template}", "true"),
    ("listTemplateAttributes", "tag"): (_ATTRIBUTES, "child"),
    ("listTemplateAttributes", "localNameAsDisplayName"): (_ATTRIBUTES, "true"),
    **{
        ("listCommandHistory", flag): (_HISTORY, "true")
        for flag in ("isEdge", "isGateway", "isLowBandwidth", "greenGrass", "wireless")
    },
}
# Ignored, and probed by a test of their own (a PUT that changes state cannot be sent twice
# alike): releaseDevice.isCloudDevice in test_device_state.py.
IGNORED_ELSEWHERE = {("releaseDevice", "isCloudDevice")}


def _query_parameters() -> dict[tuple[str, str], dict[str, Any]]:
    found = {}
    for item in SPEC["paths"].values():
        for method in METHODS:
            op = item.get(method)
            for param in [*item.get("parameters", []), *(op or {}).get("parameters", [])]:
                if op is not None and param.get("in") == "query":
                    found[(op["operationId"], param["name"])] = param
    return found


PARAMETERS = _query_parameters()
IGNORED = {key for key, param in PARAMETERS.items() if param.get("x-mock-ignored")}


def test_every_query_parameter_is_acted_on_or_declared_ignored() -> None:
    assert set(CHANGES).isdisjoint(IGNORED)
    assert set(PARAMETERS) == set(CHANGES) | IGNORED, (
        "a query parameter of the spec is neither probed here nor marked x-mock-ignored"
    )
    assert set(IGNORED_PROBES) | IGNORED_ELSEWHERE == IGNORED
    for key in IGNORED:
        assert str(PARAMETERS[key]["x-mock-ignored"]).strip(), f"{key}: say why it is ignored"


async def _gateway_with_children(session: Session) -> str:
    gateway = (await session.get("/Device/uniqueId/demo-gw-01")).json()["data"][0]
    for n in (1, 2):
        body = {
            "uniqueId": f"probe-child-{n}",
            "displayName": f"Child {n}",
            "deviceTemplateGuid": gateway["deviceTemplateGuid"],
            "entityGuid": gateway["entityGuid"],
            "parentDeviceGuid": gateway["guid"],
        }
        # The probe asks twice; the second create finds the children there (409).
        assert (await session.post("/Device", json=body)).status_code in (200, 409)
    return str(gateway["guid"])


async def _fill(session: Session, text: str) -> str:
    if "{" not in text:
        return text
    templates = (await session.get("/device-template")).json()["data"]
    claims = jwt.decode(session.tokens["access_token"], options={"verify_signature": False})
    company = claims["user"]["companyId"]
    sensor = next(t["guid"] for t in templates if t["code"] == "tempsensor")
    gateway = await _gateway_with_children(session) if "{gateway}" in text else ""
    return text.format(
        template=templates[0]["guid"],
        sensor=sensor,
        entity=claims["user"]["entityGuid"],
        company=company,
        gateway=gateway,
    )


async def _answer(session: Session, path: str, query: dict[str, str]) -> tuple[int, bytes]:
    filled = {name: await _fill(session, value) for name, value in query.items()}
    if path == "discovery":
        reply: httpx.Response = await session.client.get(
            f"/api/uisdk/solutionkey/{DEMO_SOLUTION_KEY}/env/poc", params=filled
        )
    else:
        reply = await session.get(await _fill(session, path), params=filled)
    assert reply.status_code < 500, reply.text
    return reply.status_code, reply.content


@pytest.mark.parametrize("key", sorted(CHANGES), ids="{0[0]}.{0[1]}".format)
async def test_the_parameter_changes_the_answer(session: Session, key: tuple[str, str]) -> None:
    path, first, second = CHANGES[key]
    assert key[1] in first or key[1] in second
    assert await _answer(session, path, first) != await _answer(session, path, second)


@pytest.mark.parametrize("key", sorted(IGNORED_PROBES), ids="{0[0]}.{0[1]}".format)
async def test_an_ignored_parameter_is_accepted(session: Session, key: tuple[str, str]) -> None:
    path, value = IGNORED_PROBES[key]
    without = await _answer(session, path, {})
    assert without[0] == 200
    assert await _answer(session, path, {key[1]: value}) == without


async def test_an_ignored_flag_still_refuses_what_is_no_boolean(session: Session) -> None:
    # Ignored changes nothing in the answer, not the validation: schemathesis sends "null".
    reply = await session.get(
        await _fill(session, _ATTRIBUTES), params={"localNameAsDisplayName": "null"}
    )
    assert reply.status_code == 412, reply.text
    assert [e["param"] for e in reply.json()["error"]] == ["localNameAsDisplayName"]
