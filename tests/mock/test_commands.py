"""Commands in the mock: sent to a device by GUID or unique id, or to a template's devices; the
history (pending until acknowledged where the command requires it), re-send, and the control
that acknowledges as a device would."""

from __future__ import annotations

from typing import Any

from .helpers import Session


async def _sensor(session: Session) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """A sensor device and its template's commands by machine name."""
    device = (await session.get("/Device/uniqueId/demo-sensor-02")).json()["data"][0]
    template = device["deviceTemplateGuid"]
    commands = (await session.get(f"/template-command/{template}")).json()["data"]
    return device, {c["command"]: c for c in commands}


async def _history(session: Session, **query: str) -> list[dict[str, Any]]:
    reply = await session.get("/template-command/history", params=query)
    if reply.status_code == 204:
        return []
    assert reply.status_code == 200, reply.text
    data: list[dict[str, Any]] = reply.json()["data"]
    return data


async def test_a_command_is_pending_until_the_device_acknowledges(session: Session) -> None:
    device, commands = await _sensor(session)
    reply = await session.post(
        f"/template-command/device/{device['guid']}/send",
        json={"commandGuid": commands["reboot"]["guid"], "parameterValue": ""},
    )
    assert reply.status_code == 200, reply.text
    (entry,) = await _history(session, deviceGuid=device["guid"])
    assert (entry["uniqueId"], entry["cmdText"], entry["status"]) == (
        "demo-sensor-02",
        "reboot",
        "Pending",
    )
    ack = await session.client.post(f"/_mock/commands/{entry['commandHistoryGuid']}/ack", json={})
    assert ack.status_code == 200, ack.text
    (entry,) = await _history(session, deviceGuid=device["guid"])
    assert entry["status"] == "Acknowledged"
    resent = await session.put(f"/template-command/history/{entry['commandHistoryGuid']}/re-send")
    assert resent.status_code == 200
    (entry,) = await _history(session, deviceGuid=device["guid"])
    assert (entry["status"], entry["isResend"], entry["resendHistory"]["resendCount"]) == (
        "Pending",
        True,
        1,
    )


async def test_by_unique_id_with_the_parameter_it_requires(session: Session) -> None:
    missing = await session.post(
        "/device-command/demo-sensor-02/send", json={"commandName": "set-interval"}
    )
    assert missing.status_code == 412
    assert missing.json()["error"][0]["param"] == "parameterValue"
    sent = await session.post(
        "/device-command/DEMO-SENSOR-02/send",
        json={"commandName": "SET-INTERVAL", "parameterValue": "60"},
    )
    assert sent.status_code == 200, sent.text
    device, _ = await _sensor(session)
    (entry,) = await _history(session, deviceGuid=device["guid"])
    assert (entry["cmdText"], entry["status"]) == ("set-interval 60", "Sent")  # no ack asked
    # The demo tenant's history starts with a command to demo-sensor-03 and one to -04.
    seeded = await _history(session, searchText="INTERVAL")
    assert [e["uniqueId"] for e in seeded] == ["demo-sensor-02", "demo-sensor-04"]
    other = await session.post(
        "/device-command/demo-sensor-02/send", json={"commandName": "restart"}
    )
    assert other.status_code == 409  # the gateway's command, not the sensor's
    assert other.json()["error"][0]["param"] == "CommandNotFound"
    nobody = await session.post("/device-command/nobody/send", json={"commandName": "reboot"})
    assert nobody.json()["error"][0]["param"] == "DeviceNotFound"


async def test_to_every_device_of_a_template(session: Session) -> None:
    _, commands = await _sensor(session)
    root = next(
        e for e in (await session.get("/Entity")).json()["data"] if e["parentEntityGuid"] is None
    )
    body = {"commandGuid": commands["reboot"]["guid"], "applyTo": 1, "entityGuid": root["guid"]}
    seeded = len(await _history(session, pageSize="100"))
    only_root = await session.post("/template-command/send", json=body)
    assert only_root.status_code == 200, only_root.text
    at_root = {e["uniqueId"] for e in (await _history(session, pageSize="100"))[:-seeded]}
    await session.post("/template-command/send", json={**body, "isRecursive": True})
    everywhere = [
        e["uniqueId"] for e in (await _history(session, pageSize="100"))[: -seeded - len(at_root)]
    ]
    sensors = {
        d["uniqueId"]
        for d in (await session.get("/Device", params={"pageSize": "100"})).json()["data"]
        if d["uniqueId"].startswith("demo-sensor")
    }
    assert at_root < sensors  # the root entity holds only some of them
    assert set(everywhere) == sensors
    assert len(everywhere) == len(sensors)
    bad = await session.post("/template-command/send", json={**body, "applyTo": 3})
    assert bad.status_code == 412


async def test_another_tenant_sees_no_history_and_cannot_resend(
    session: Session, other_session: Session
) -> None:
    device, commands = await _sensor(session)
    await session.post(
        f"/template-command/device/{device['guid']}/send",
        json={"commandGuid": commands["reboot"]["guid"]},
    )
    (entry,) = await _history(session, deviceGuid=device["guid"])
    assert await _history(other_session) == []
    refused = await other_session.put(
        f"/template-command/history/{entry['commandHistoryGuid']}/re-send"
    )
    assert refused.status_code == 409
    assert refused.json()["error"][0]["param"] == "CommandHistoryNotFound"
    foreign = await other_session.post(
        f"/template-command/device/{device['guid']}/send",
        json={"commandGuid": commands["reboot"]["guid"]},
    )
    assert foreign.json()["error"][0]["param"] == "DeviceNotFound"


async def test_the_post_form_pages_by_continuation_token(
    session: Session, other_session: Session
) -> None:
    device, commands = await _sensor(session)
    for n in range(5):
        reply = await session.post(
            f"/template-command/device/{device['guid']}/send",
            json={"commandGuid": commands["set-interval"]["guid"], "parameterValue": str(n)},
        )
        assert reply.status_code == 200, reply.text
    seen: list[str] = []
    counts: list[int] = []
    body: dict[str, Any] = {"deviceGuid": device["guid"], "pageSize": 2}
    for _ in range(5):  # bounded: a token that never ends fails instead of hanging
        page = await session.post("/template-command/history", json=body)
        assert page.status_code == 200, page.text
        seen += [e["cmdText"] for e in page.json()["data"]]
        counts.append(page.json()["count"])
        if page.json()["continuationToken"] is None:
            break
        body["continuationToken"] = page.json()["continuationToken"]
        # A command sent meanwhile is newer: it moves no entry to another page.
        if len(seen) == 2:
            await session.post(
                f"/template-command/device/{device['guid']}/send",
                json={"commandGuid": commands["reboot"]["guid"]},
            )
    assert seen == [f"set-interval {n}" for n in (4, 3, 2, 1, 0)]
    assert counts == [5, 6, 6]  # the device's entries at the time, the new one counted
    # No filter: the company's whole history, newest first (the seeded entries last).
    everything = await session.post("/template-command/history", json={"pageSize": 1000})
    assert everything.json()["data"][0]["cmdText"] == "reboot"
    assert everything.json()["continuationToken"] is None
    for bad, param in (
        ({"continuationToken": "not-a-token"}, "continuationToken"),
        ({"pageSize": 0}, "pageSize"),
        ({"deviceGuid": "nope"}, "deviceGuid"),
        ({"capability": "one"}, "capability"),
    ):
        refused = await session.post("/template-command/history", json=bad)
        assert refused.status_code == 412, refused.text
        assert [e["param"] for e in refused.json()["error"]] == [param]
    assert (await session.post("/template-command/history", content=b"{")).status_code == 400
    # Another tenant's token names nothing in its history; and it sees no entry.
    foreign = await other_session.post("/template-command/history", json=body)
    assert foreign.status_code == 412
    assert (await other_session.post("/template-command/history", json={})).status_code == 204


async def test_ignored_radio_fields_are_still_checked_against_their_int32_range(
    session: Session,
) -> None:
    device, commands = await _sensor(session)
    url = f"/template-command/device/{device['guid']}/send"
    body = {"commandGuid": commands["reboot"]["guid"], "parameterValue": ""}
    too_big = await session.post(url, json={**body, "fPort": 2**31})
    assert too_big.status_code == 412, too_big.text
    assert too_big.json()["error"][0]["param"] == "fPort"
    largest = await session.post(
        url, json={**body, "fPort": 2**31 - 1, "transmissionMode": -(2**31)}
    )
    assert largest.status_code == 200, largest.text
