"""The guard on its own (``iotconnect_conformance.guard``), on cases schemathesis could send: the
rule that keeps a write run to the devices it created. A pure unit, in the fast loop; the full
write run against a seeded tenant is ``test_safety``."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
from schemathesis import GenerationMode

from iotconnect_conformance.devices import DeviceLog, guids_in, normal
from iotconnect_conformance.guard import Guard
from iotconnect_conformance.handoff import Handoff

MINE = "0C2A4B6D-8E0F-4A1B-9C2D-3E4F5A6B7C8D"
FOREIGN = "9b2e4c1a7d3f4e5a8b6c1d2e3f4a5b6c"  # no hyphens, lower case: still a device's GUID
PREFIX = "conformance-abc123-"


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


def _guard(tmp_path: Path, *, writes: bool = True) -> Guard:
    log = DeviceLog(tmp_path / "devices.ndjson")
    log.record(MINE, f"{PREFIX}00000000", "created", 200)
    target = Handoff(connection={}, writes=writes, device_prefix=PREFIX, device_log=log.path)
    return Guard(target, lambda: httpx.Client())


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
