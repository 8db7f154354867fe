"""The guard's rules on single cases, against a device service that may lie (no server started).

A GUID is the run's only once reading it back shows the unique id the run gave it; the proof is
repeated before every state-changing request; a GUID that fails it is disowned (logged for the
``ownership_proven`` check) and never written to.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from iotconnect_conformance.devices import (
    DISOWNED,
    GONE,
    MINE,
    NOT_MINE,
    UNKNOWN,
    DeviceLog,
    NotOwned,
    create_device,
    guids_in,
    normal,
    prove,
)
from iotconnect_conformance.guard import UNPROVEN_CREATES, Guard
from iotconnect_conformance.handoff import Handoff

PREFIX = "conformance-abc123-"
ENTITY = "0F0E0D0C-0B0A-4909-8807-060504030201"
TEMPLATE = "1F0E0D0C-0B0A-4909-8807-060504030201"


@dataclass
class _Service:
    """Devices by GUID; ``lie``: a create answers the GUID of ``victim`` instead of its own."""

    devices: dict[str, str] = field(default_factory=dict)
    victim: str | None = None
    lie: bool = False
    status: int | None = None
    sent: list[str] = field(default_factory=list)

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(f"{request.method} {request.url.path}")
        if self.status is not None:
            return httpx.Response(self.status, json={"status": self.status})
        if request.method == "POST":
            guid = str(uuid.uuid4()).upper()
            self.devices[guid] = json.loads(request.content)["uniqueId"]
            answered = self.victim if self.lie and self.victim else guid
            return httpx.Response(200, json={"data": [{"newid": answered.lower()}]})
        guid = normal(request.url.path.rsplit("/", 1)[-1])
        if guid not in self.devices:
            return httpx.Response(409, json={"error": [{"param": "DeviceNotFound"}]})
        return httpx.Response(200, json={"data": [{"guid": guid, "uniqueId": self.devices[guid]}]})

    def client(self) -> httpx.Client:
        transport = httpx.MockTransport(self.handle)
        return httpx.Client(base_url="http://device.test", transport=transport)

    def writes(self) -> list[str]:
        return [line for line in self.sent if not line.startswith("GET")]


@pytest.fixture
def service() -> _Service:
    return _Service(devices={"9B2E4C1A-7D3F-4E5A-8B6C-1D2E3F4A5B6C": "demo-sensor-05"})


def _guard(tmp_path: Path, service: _Service, mine: dict[str, str]) -> Guard:
    log = DeviceLog(tmp_path / "devices.ndjson")
    for guid, unique_id in mine.items():
        log.record(guid, unique_id, "created", 200)
    target = Handoff(
        connection={},
        writes=True,
        device_prefix=PREFIX,
        device_log=log.path,
        entity_guid=ENTITY,
        template_guid=TEMPLATE,
    )
    return Guard(target, service.client)


class _Operation:
    path = "/Device/{deviceGuid}"
    method = "PUT"
    definition = type("Definition", (), {"raw": {"operationId": "updateDevice"}})()


class _Case:
    def __init__(self, method: str, path_parameters: dict[str, str]) -> None:
        self.method = method
        self.path_parameters = path_parameters
        self.body: Any = {}
        self.operation = _Operation()
        self.meta = None


def test_prove_reads_the_device_back(service: _Service) -> None:
    http = service.client()
    service.devices["0C2A4B6D-8E0F-4A1B-9C2D-3E4F5A6B7C8D"] = f"{PREFIX}00000000"
    own = prove(http, "0c2a4b6d8e0f4a1b9c2d3e4f5a6b7c8d", f"{PREFIX}00000000", PREFIX)
    assert own.verdict == MINE
    foreign = prove(http, "9B2E4C1A-7D3F-4E5A-8B6C-1D2E3F4A5B6C", f"{PREFIX}00000000", PREFIX)
    assert foreign.verdict == NOT_MINE
    assert "reads back as uniqueId 'demo-sensor-05'" in foreign.why
    # A unique id without the run's prefix proves nothing, whatever the server shows.
    unprefixed = prove(http, "9B2E4C1A-7D3F-4E5A-8B6C-1D2E3F4A5B6C", "demo-sensor-05", PREFIX)
    assert unprefixed.verdict == NOT_MINE
    assert prove(http, str(uuid.uuid4()), f"{PREFIX}1", PREFIX).verdict == GONE
    service.status = 503
    assert prove(http, str(uuid.uuid4()), f"{PREFIX}1", PREFIX).verdict == UNKNOWN


def test_a_create_answering_another_devices_guid_is_disowned(
    tmp_path: Path, service: _Service
) -> None:
    service.victim, service.lie = "9B2E4C1A-7D3F-4E5A-8B6C-1D2E3F4A5B6C", True
    log = DeviceLog(tmp_path / "devices.ndjson")
    with pytest.raises(NotOwned, match="reads back as uniqueId 'demo-sensor-05'"):
        create_device(service.client(), log, PREFIX, (ENTITY, TEMPLATE))
    assert log.created() == {}
    assert [entry["guid"] for entry in log.disowned()] == [service.victim]
    # The device the server did make is still the run's to find by its unique id.
    (made,) = [uid for guid, uid in service.devices.items() if guid != service.victim]
    assert log.unclaimed() == [made]


def test_a_write_to_a_device_that_reads_back_as_another_is_never_sent(
    tmp_path: Path, service: _Service
) -> None:
    mine, other = "0C2A4B6D-8E0F-4A1B-9C2D-3E4F5A6B7C8D", "1C2A4B6D-8E0F-4A1B-9C2D-3E4F5A6B7C8D"
    service.devices |= {mine: "demo-gw-01", other: f"{PREFIX}00000001"}
    guard = _guard(tmp_path, service, {other: f"{PREFIX}00000001", mine: f"{PREFIX}00000000"})
    case = _Case("DELETE", {"deviceGuid": mine})
    guard.before_call(None, case, {})  # type: ignore[arg-type]
    # The device that reads back as another is dropped; the call goes to one that proves.
    assert case.path_parameters["deviceGuid"] == other
    assert mine not in guard.mine
    assert [(e["guid"], e["operation"]) for e in guard.log.disowned()] == [
        (mine, "DELETE /Device/{deviceGuid}")
    ]
    assert service.writes() == []


def test_the_guard_rewrites_what_names_a_foreign_device(tmp_path: Path, service: _Service) -> None:
    """Every GUID-shaped part of a state-changing path that is not one of the run's devices is
    replaced with one that is, proven; reads go as generated."""
    mine = "0C2A4B6D-8E0F-4A1B-9C2D-3E4F5A6B7C8D"
    service.devices[mine] = f"{PREFIX}00000000"
    guard = _guard(tmp_path, service, {mine: f"{PREFIX}00000000"})
    foreign = "9b2e4c1a7d3f4e5a8b6c1d2e3f4a5b6c"  # no hyphens, lower case: the same device
    for method, value in [("DELETE", foreign), ("PATCH", f"{{{foreign}}}"), ("PUT", mine.lower())]:
        case = _Case(method, {"deviceGuid": value})
        guard.before_call(None, case, {})  # type: ignore[arg-type]
        assert guids_in(case.path_parameters["deviceGuid"]) == [normal(mine)], (method, value)
    readable = _Case("GET", {"deviceGuid": foreign})
    guard.before_call(None, readable, {})  # type: ignore[arg-type]
    assert readable.path_parameters["deviceGuid"] == foreign


def test_a_server_whose_creates_never_prove_gets_no_write_at_all(
    tmp_path: Path, service: _Service
) -> None:
    service.victim, service.lie = "9B2E4C1A-7D3F-4E5A-8B6C-1D2E3F4A5B6C", True
    guard = _guard(tmp_path, service, {})
    for _ in range(UNPROVEN_CREATES + 2):
        case = _Case("PUT", {"deviceGuid": service.victim})
        with pytest.raises(NotOwned):
            guard.before_call(None, case, {})  # type: ignore[arg-type]
    # It stopped creating devices to write to after a few, and wrote to none.
    assert service.writes() == ["POST /Device"] * UNPROVEN_CREATES
    assert len([e for e in guard.log.entries() if e["action"] == DISOWNED]) == UNPROVEN_CREATES
