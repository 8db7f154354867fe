"""openapi.yaml against the mock app in process: schemathesis' pytest integration, no sockets.

The app is called through ASGI; authentication still comes from a real IoTConnect session
(over a blocking bridge into the same app), so the checks see the overlay's tokens.
"""

from __future__ import annotations

import re
from importlib.resources import files
from typing import Any

import hypothesis
import pytest
import schemathesis
from starlette.types import Scope

import iotconnect_mock
from iotconnect import IoTConnect
from iotconnect_client.api.device import list_device_templates
from iotconnect_client.models import DeviceTemplateListResponse
from iotconnect_conformance.handoff import Handoff
from iotconnect_conformance.hooks import install

from .conftest import Headers, InProcessTransport, Reply, deviating

pytestmark = pytest.mark.slow

BASE = "http://localhost/api/v2.1"
# Every reply the app sends, to prove afterwards that the run got past auth and validation:
# a run that only ever saw 401s or 404s would pass every check and prove nothing.
SEEN: list[tuple[str, str, int]] = []


def _record(scope: Scope, status: int, headers: Headers, body: bytes) -> Reply:
    SEEN.append((scope["method"], scope["path"], status))
    return status, headers, body


APP = deviating(iotconnect_mock.create_app(), rewrite=_record)
CONFIG = schemathesis.Config.from_path(str(files("iotconnect_conformance") / "schemathesis.toml"))
SESSION = IoTConnect(
    username=iotconnect_mock.DEMO_USERNAME,
    password=iotconnect_mock.DEMO_PASSWORD,
    solution_key=iotconnect_mock.DEMO_SOLUTION_KEY,
    auth_url=BASE,
    device_url=BASE,
    transport=InProcessTransport(APP),
)
_TEMPLATES = list_device_templates.sync(client=SESSION.device)
assert isinstance(_TEMPLATES, DeviceTemplateListResponse)
TARGET = Handoff(
    connection={
        "username": iotconnect_mock.DEMO_USERNAME,
        "password": iotconnect_mock.DEMO_PASSWORD,
        "solution_key": iotconnect_mock.DEMO_SOLUTION_KEY,
        "auth_url": BASE,
        "device_url": BASE,
        "discovery_url": "http://localhost",
    },
    entity_guid=SESSION.claims.entity_guid,
    template_guid=str(next(t.guid for t in _TEMPLATES.data if t.auth_type not in (2, 3))),
)

schema = schemathesis.openapi.from_asgi("/openapi.yaml", APP, config=CONFIG)
# Global registration, as in the runner's children: no other test of this process runs
# schemathesis in process.
install(TARGET, SESSION)
SETTINGS = hypothesis.settings(
    max_examples=15,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(hypothesis.HealthCheck),
)


@schema.parametrize()
@SETTINGS
def test_operation_conforms(case: Any) -> None:
    case.call_and_validate()


# The stateful phase, in two parts as the runner does it (iotconnect_conformance.runner._passes):
# with login in the spec, schemathesis would never start a scenario at createDevice.
# 20 scenarios: with 10, whether one chains a create to a status update with the created GUID
# (the only way PUT .../status gets a 2xx here) turned on unrelated changes (test order, the
# reply data schemathesis reuses): one such update in a run, or none. With 20, five.
STATEFUL = hypothesis.settings(SETTINGS, max_examples=20, stateful_step_count=6)
TestAuthLinks = schema.include(tag="auth").as_state_machine().TestCase
TestAuthLinks.settings = STATEFUL
TestDeviceLinks = schema.exclude(tag="auth").exclude(tag="discovery").as_state_machine().TestCase
TestDeviceLinks.settings = STATEFUL


# (method, path pattern) of every operation: each must have succeeded at least once above.
OPERATIONS = [
    ("GET", r"/api/uisdk/solutionkey/[^/]+/env/[^/]+"),
    ("GET", r"/api/v2\.1/Auth/basic-token"),
    ("POST", r"/api/v2\.1/Auth/login"),
    ("POST", r"/api/v2\.1/Auth/refresh-token"),
    ("GET", r"/api/v2\.1/Auth/verify-token"),
    ("GET", r"/api/v2\.1/Device"),
    ("POST", r"/api/v2\.1/Device"),
    ("GET", r"/api/v2\.1/Device/count"),
    ("GET", r"/api/v2\.1/Device/uniqueId/[^/]+"),
    ("GET", r"/api/v2\.1/Device/[0-9A-Fa-f-]{36}"),
    ("PUT", r"/api/v2\.1/Device/[0-9A-Fa-f-]{36}"),
    ("PUT", r"/api/v2\.1/Device/[0-9A-Fa-f-]{36}/status"),
    ("DELETE", r"/api/v2\.1/Device/[0-9A-Fa-f-]{36}"),
    ("GET", r"/api/v2\.1/device-template"),
    ("GET", r"/api/v2\.1/device-template/[0-9A-Fa-f-]{36}"),
    ("GET", r"/api/v2\.1/device-template/template-code/[^/]+"),
    ("GET", r"/api/v2\.1/Entity"),
    ("GET", r"/api/v2\.1/Entity/[0-9A-Fa-f-]{36}"),
    ("GET", r"/api/v2\.1/Device/connection-status"),
    ("GET", r"/api/v2\.1/Device/[^/]+/twin"),
    ("PUT", r"/api/v2\.1/Device/[^/]+/twin"),
    ("GET", r"/api/v2\.1/Device/[0-9A-Fa-f-]{36}/child-device"),
    ("PUT", r"/api/v2\.1/Device/[^/]+/acquire"),
    ("PUT", r"/api/v2\.1/Device/[^/]+/release"),
    ("GET", r"/api/v2\.1/Device/property"),
    ("PUT", r"/api/v2\.1/Device/[0-9A-Fa-f-]{36}/properties"),
    ("DELETE", r"/api/v2\.1/device-template/[0-9A-Fa-f-]{36}"),
    ("POST", r"/api/v2\.1/device-template/quick"),
    ("GET", r"/api/v2\.1/template-attribute/[0-9A-Fa-f-]{36}"),
    ("GET", r"/api/v2\.1/template-command/[0-9A-Fa-f-]{36}"),
    ("POST", r"/api/v2\.1/template-command/device/[0-9A-Fa-f-]{36}/send"),
    ("POST", r"/api/v2\.1/device-command/[^/]+/send"),
    ("POST", r"/api/v2\.1/template-command/send"),
    ("GET", r"/api/v2\.1/template-command/history"),
    ("POST", r"/api/v2\.1/template-command/history"),
    ("PUT", r"/api/v2\.1/template-command/history/[0-9A-Fa-f-]{36}/re-send"),
]


# Calls that succeed only on what the runner's hooks set up with the guard (an acquired device
# of the run and its twin's setting GUID, the company's property GUIDs, a gateway of the run, a
# template, command or history entry of the run): this suite runs without a device log, so
# with no guard and none of that. Each is reached in the runner's write runs
# (tests/conformance/test_safety.py, test_bites.py, test_hostile.py's runs of one operation).
NOT_IN_PROCESS = {
    ("PUT", r"/api/v2\.1/Device/[^/]+/twin"): "needs an acquired device and its setting GUID",
    ("PUT", r"/api/v2\.1/Device/[0-9A-Fa-f-]{36}/properties"): "needs the company's properties",
    ("GET", r"/api/v2\.1/Device/[0-9A-Fa-f-]{36}/child-device"): "needs a gateway of the run",
    ("DELETE", r"/api/v2\.1/device-template/[0-9A-Fa-f-]{36}"): "needs a template of the run",
    ("POST", r"/api/v2\.1/template-command/device/[0-9A-Fa-f-]{36}/send"): (
        "needs a command of the run's template"
    ),
    ("POST", r"/api/v2\.1/template-command/send"): "needs a command of the run's template",
    ("PUT", r"/api/v2\.1/template-command/history/[0-9A-Fa-f-]{36}/re-send"): (
        "needs a history entry of the run"
    ),
}


def test_every_operation_succeeded_at_least_once() -> None:
    if not SEEN:
        pytest.skip("the schemathesis tests above did not run")
    assert len(list(schema.get_all_operations())) == len(OPERATIONS)
    never = {}
    for method, pattern in OPERATIONS:
        statuses = {s for m, path, s in SEEN if m == method and re.fullmatch(pattern, path)}
        if not any(200 <= s < 300 for s in statuses):
            never[(method, pattern)] = statuses
    assert set(never) == set(NOT_IN_PROCESS), "\n".join(f"{m} {p}" for m, p in never)


@pytest.fixture(autouse=True, scope="module")
def _close_session() -> Any:
    yield
    SESSION.close()
