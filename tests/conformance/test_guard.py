"""The guard on its own (``iotconnect_conformance.guard``), on cases schemathesis could send: the
rule that keeps a write run to the devices it created. A pure unit, in the fast loop, against a
device service in memory that may lie; the full write run against a seeded tenant is
``test_safety``, behind a hostile proxy ``test_hostile``.

Ownership is proven, not believed: a GUID is the run's only once reading it back shows the
unique id the run gave it; the proof is repeated before every state-changing request; a GUID
that fails it is disowned (logged for the ``ownership_proven`` check) and never written to.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
from schemathesis import GenerationMode

from iotconnect_conformance.devices import (
    DISOWNED,
    GONE,
    NOT_MINE,
    UNKNOWN,
    DeviceLog,
    NotOwned,
    create_device,
    guids_in,
    normal,
    prove,
)
from iotconnect_conformance.devices import MINE as PROVEN
from iotconnect_conformance.guard import UNPROVEN_CREATES, Guard
from iotconnect_conformance.handoff import Handoff

MINE = "0C2A4B6D-8E0F-4A1B-9C2D-3E4F5A6B7C8D"
FOREIGN = "9b2e4c1a7d3f4e5a8b6c1d2e3f4a5b6c"  # no hyphens, lower case: still a device's GUID
PREFIX = "conformance-abc123-"
ENTITY = "0F0E0D0C-0B0A-4909-8807-060504030201"
TEMPLATE = "1F0E0D0C-0B0A-4909-8807-060504030201"


@dataclass
class _Service:
    """The device service's devices by GUID; with ``lie``, a create answers ``victim``'s GUID
    instead of its own; with ``status``, every request gets that status."""

    devices: dict[str, str] = field(
        default_factory=lambda: {MINE: f"{PREFIX}00000000", normal(FOREIGN): "demo-sensor-05"}
    )
    victim: str = normal(FOREIGN)
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
            answered = self.victim if self.lie else guid
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


@dataclass
class _Case:
    """What the guard reads of a schemathesis case."""

    method: str
    path_parameters: dict[str, str] = field(default_factory=dict)
    body: Any = None
    operation_id: str = "updateDevice"
    positive: bool = True
    operation: Any = field(init=False)
    meta: Any = field(init=False)

    def __post_init__(self) -> None:
        declared = "POST" if self.operation_id == "createDevice" else "PUT"
        raw = {"operationId": self.operation_id}
        self.operation = SimpleNamespace(
            path="/Device/{deviceGuid}", method=declared, definition=SimpleNamespace(raw=raw)
        )
        mode = GenerationMode.POSITIVE if self.positive else GenerationMode.NEGATIVE
        self.meta = SimpleNamespace(generation=SimpleNamespace(mode=mode))


def _guard(
    tmp_path: Path,
    *,
    writes: bool = True,
    service: _Service | _Templates | None = None,
    mine: dict[str, str] | None = None,
) -> Guard:
    log = DeviceLog(tmp_path / "devices.ndjson")
    for guid, unique_id in ({MINE: f"{PREFIX}00000000"} if mine is None else mine).items():
        log.record(guid, unique_id, "created", 200)
    target = Handoff(
        connection={},
        writes=writes,
        device_prefix=PREFIX,
        device_log=log.path,
        entity_guid=ENTITY,
        template_guid=TEMPLATE,
    )
    return Guard(target, (service or _Service()).client)


@pytest.mark.parametrize(
    ("method", "value"), [("DELETE", FOREIGN), ("PATCH", f"{{{FOREIGN}}}"), ("PUT", MINE.lower())]
)
def test_a_state_changing_path_names_only_the_runs_devices(
    tmp_path: Path, method: str, value: str
) -> None:
    """Every GUID-shaped part of the path that is not one of the run's devices is replaced."""
    case = _Case(method, {"deviceGuid": value})
    _guard(tmp_path).before_call(None, case, {})  # type: ignore[arg-type]
    assert guids_in(case.path_parameters["deviceGuid"]) == [normal(MINE)]


def test_a_read_is_sent_as_generated(tmp_path: Path) -> None:
    case = _Case("GET", {"deviceGuid": FOREIGN})
    _guard(tmp_path).before_call(None, case, {})  # type: ignore[arg-type]
    assert case.path_parameters["deviceGuid"] == FOREIGN


def test_a_create_gets_the_runs_prefix_and_parent(tmp_path: Path) -> None:
    body = {"uniqueId": "somebody-else", "parentDeviceGuid": FOREIGN}
    case = _Case("POST", body=body, operation_id="createDevice")
    _guard(tmp_path).before_call(None, case, {})  # type: ignore[arg-type]
    assert body["uniqueId"].startswith(PREFIX)
    assert body["parentDeviceGuid"] == normal(MINE)
    # A negative case keeps its invalid unique id: the server must reject it as it is.
    negative = {"uniqueId": "", "parentDeviceGuid": MINE}
    case = _Case("POST", body=negative, operation_id="createDevice", positive=False)
    _guard(tmp_path).before_call(None, case, {})  # type: ignore[arg-type]
    assert negative == {"uniqueId": "", "parentDeviceGuid": MINE}


@pytest.mark.parametrize("method", ["PUT", "DELETE", "POST", "PATCH"])
def test_a_read_only_run_sends_no_write(tmp_path: Path, method: str) -> None:
    case = _Case(method, {"deviceGuid": MINE})
    with pytest.raises(RuntimeError, match="read-only run"):
        _guard(tmp_path, writes=False).before_call(None, case, {})  # type: ignore[arg-type]


def test_prove_reads_the_device_back() -> None:
    service = _Service()
    http = service.client()
    assert prove(http, MINE.lower().replace("-", ""), f"{PREFIX}00000000", PREFIX).verdict == PROVEN
    foreign = prove(http, FOREIGN, f"{PREFIX}00000000", PREFIX)
    assert foreign.verdict == NOT_MINE
    assert "reads back as uniqueId 'demo-sensor-05'" in foreign.why
    # A unique id without the run's prefix proves nothing, whatever the server shows.
    assert prove(http, FOREIGN, "demo-sensor-05", PREFIX).verdict == NOT_MINE
    assert prove(http, str(uuid.uuid4()), f"{PREFIX}1", PREFIX).verdict == GONE
    service.status = 503
    assert prove(http, MINE, f"{PREFIX}00000000", PREFIX).verdict == UNKNOWN


def test_a_create_answering_another_devices_guid_is_disowned(tmp_path: Path) -> None:
    service = _Service(lie=True)
    before = set(service.devices)
    log = DeviceLog(tmp_path / "devices.ndjson")
    with pytest.raises(NotOwned, match="reads back as uniqueId 'demo-sensor-05'"):
        create_device(service.client(), log, PREFIX, (ENTITY, TEMPLATE))
    assert log.created() == {}
    assert [entry["guid"] for entry in log.disowned()] == [service.victim]
    # The device the server did make is still the run's to find by its unique id.
    (made,) = set(service.devices) - before
    assert log.unclaimed() == [service.devices[made]]


def test_a_write_to_a_device_that_reads_back_as_another_is_never_sent(tmp_path: Path) -> None:
    other = "1C2A4B6D-8E0F-4A1B-9C2D-3E4F5A6B7C8D"
    service = _Service()
    service.devices |= {MINE: "demo-gw-01", other: f"{PREFIX}00000001"}
    mine = {other: f"{PREFIX}00000001", MINE: f"{PREFIX}00000000"}
    guard = _guard(tmp_path, service=service, mine=mine)
    case = _Case("DELETE", {"deviceGuid": MINE})
    guard.before_call(None, case, {})  # type: ignore[arg-type]
    # The device that reads back as another is dropped; the call goes to one that proves.
    assert case.path_parameters["deviceGuid"] == other
    assert MINE not in guard.mine
    assert [(e["guid"], e["operation"]) for e in guard.log.disowned()] == [
        (MINE, "DELETE /Device/{deviceGuid}")
    ]
    assert service.writes() == []


def test_a_server_whose_creates_never_prove_gets_no_write_at_all(tmp_path: Path) -> None:
    service = _Service(lie=True)
    guard = _guard(tmp_path, service=service, mine={})
    for _ in range(UNPROVEN_CREATES + 2):
        case = _Case("PUT", {"deviceGuid": service.victim})
        with pytest.raises(NotOwned):
            guard.before_call(None, case, {})  # type: ignore[arg-type]
    # It stopped creating devices to write to after a few, and wrote to none.
    assert service.writes() == ["POST /Device"] * UNPROVEN_CREATES
    assert len([e for e in guard.log.entries() if e["action"] == DISOWNED]) == UNPROVEN_CREATES


@pytest.mark.parametrize(
    "value", ["demo-sensor-02", "production-boiler", f"{PREFIX}gone", MINE, "", "../x"]
)
def test_a_unique_id_in_a_state_changing_path_names_only_the_runs_devices(
    tmp_path: Path, value: str
) -> None:
    """Twin, acquire and release take a unique id: anything but one of the run's is replaced."""
    case = _Case("PUT", {"uniqueId": value}, operation_id="acquireDevice")
    _guard(tmp_path).before_call(None, case, {})  # type: ignore[arg-type]
    assert case.path_parameters["uniqueId"] == f"{PREFIX}00000000"


def test_the_runs_own_unique_id_is_kept_ignoring_case(tmp_path: Path) -> None:
    case = _Case("PUT", {"uniqueId": f"{PREFIX}00000000".upper()}, operation_id="releaseDevice")
    guard = _guard(tmp_path)
    guard.before_call(None, case, {})  # type: ignore[arg-type]
    assert case.path_parameters["uniqueId"] == f"{PREFIX}00000000".upper()
    # ... and the call is logged against that device's GUID.
    guard.after_call(None, case, SimpleNamespace(status_code=200))  # type: ignore[arg-type]
    touched = guard.log.touched()
    assert [(t.guid, dict(t.actions)) for t in touched] == [(normal(MINE), {"releaseDevice": 1})]


def test_a_unique_id_read_is_sent_as_generated(tmp_path: Path) -> None:
    case = _Case("GET", {"uniqueId": "demo-sensor-02"}, operation_id="getDeviceTwin")
    _guard(tmp_path).before_call(None, case, {})  # type: ignore[arg-type]
    assert case.path_parameters["uniqueId"] == "demo-sensor-02"


def test_a_create_names_a_parent_that_is_still_there(tmp_path: Path) -> None:
    """A parent the server says is gone would make a valid create a 412: a live one of the
    run's stands in (a path naming a gone device may stay: the server answers 409)."""
    gone = "2C2A4B6D-8E0F-4A1B-9C2D-3E4F5A6B7C8D"
    service = _Service()
    guard = _guard(
        tmp_path, service=service, mine={gone: f"{PREFIX}00000009", MINE: f"{PREFIX}00000000"}
    )
    body = {"uniqueId": f"{PREFIX}new", "parentDeviceGuid": gone}
    case = _Case("POST", body=body, operation_id="createDevice")
    guard.before_call(None, case, {})  # type: ignore[arg-type]
    assert body["parentDeviceGuid"] == normal(MINE)
    path = _Case("DELETE", {"deviceGuid": gone})
    (tmp_path / "other").mkdir()
    other = _guard(tmp_path / "other", service=service, mine={gone: f"{PREFIX}00000009"})
    other.before_call(None, path, {})  # type: ignore[arg-type]
    assert path.path_parameters["deviceGuid"] == gone


VICTIM = "3F0E0D0C-0B0A-4909-8807-060504030201"


@dataclass
class _Templates:
    """The device service's templates by GUID (their codes); with ``lie``, an upload answers
    the pre-existing ``VICTIM``'s GUID instead of its own. ``sent`` records every request."""

    codes: dict[str, str] = field(default_factory=lambda: {VICTIM: "boiler"})
    lie: bool = False
    sent: list[str] = field(default_factory=list)

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(f"{request.method} {request.url.path}")
        if request.method == "POST":
            code = re.search(rb'"code": "(\w+)"', request.content)
            assert code is not None
            guid = str(uuid.uuid4()).upper()
            self.codes[guid] = code[1].decode()
            answered = VICTIM if self.lie else guid
            return httpx.Response(200, json={"data": [{"deviceTemplateGuid": answered.lower()}]})
        last = request.url.path.rsplit("/", 1)[-1]
        if "/template-code/" in request.url.path:
            found = [guid for guid, code in self.codes.items() if code == last]
            return httpx.Response(200, json={"data": [{"guid": g} for g in found]})
        guid = normal(last)
        if guid not in self.codes:
            return httpx.Response(409, json={"error": [{"param": "TemplateNotFound"}]})
        if request.method == "DELETE":
            del self.codes[guid]
            return httpx.Response(200, json={"data": []})
        return httpx.Response(
            200, json={"data": [{"guid": guid, "templateCode": self.codes[guid]}]}
        )

    def client(self) -> httpx.Client:
        transport = httpx.MockTransport(self.handle)
        return httpx.Client(base_url="http://device.test", transport=transport)

    def deletes(self) -> list[str]:
        return [line for line in self.sent if line.startswith("DELETE")]


def _template_case(method: str, operation: str, **fields: Any) -> _Case:
    case = _Case(method, operation_id=operation, **fields)
    case.operation.path = "/device-template/{deviceTemplateGuid}"
    return case


def test_a_template_delete_goes_to_a_template_the_run_made_and_proved(tmp_path: Path) -> None:
    service = _Templates()
    guard = _guard(tmp_path, service=service)
    case = _template_case("DELETE", "deleteDeviceTemplate", path_parameters={"x": VICTIM})
    guard.before_call(None, case, {})  # type: ignore[arg-type]
    made = case.path_parameters["deviceTemplateGuid"]
    assert made != VICTIM
    assert service.codes[made].startswith("c")
    # The case's own DELETE was refused (a negative case): the guard removes the template itself.
    guard.after_call(None, case, SimpleNamespace(status_code=401))  # type: ignore[arg-type]
    assert service.deletes() == [f"DELETE /device-template/{made}"]
    assert set(service.codes) == {VICTIM}


def test_a_template_upload_that_answers_an_existing_guid_deletes_nothing(tmp_path: Path) -> None:
    service = _Templates(lie=True)
    guard = _guard(tmp_path, service=service)
    delete = _template_case("DELETE", "deleteDeviceTemplate")
    with pytest.raises(NotOwned, match=f"answered template {VICTIM}"):
        guard.before_call(None, delete, {})  # type: ignore[arg-type]
    upload = _template_case(
        "POST", "createDeviceTemplateFromFile", body={"file": json.dumps({"code": "x"})}
    )
    guard.before_call(None, upload, {})  # type: ignore[arg-type]
    reply = {"data": [{"deviceTemplateGuid": VICTIM}]}
    guard.after_call(
        None,  # type: ignore[arg-type]
        upload,
        SimpleNamespace(status_code=200, content=json.dumps(reply).encode()),  # type: ignore[arg-type]
    )
    # Nothing named the pre-existing template; what the guard's own upload did make, it found
    # by the run's code and deleted (the case's upload was never sent here).
    assert VICTIM not in "".join(service.deletes())
    assert len(service.deletes()) == 1
    assert service.codes == {VICTIM: "boiler"}
