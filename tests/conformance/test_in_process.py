"""openapi.yaml against the mock app in process: schemathesis' pytest integration, no sockets.

The app is called through ASGI; authentication still comes from a real IoTConnect session
(over a blocking bridge into the same app), so the checks see the overlay's tokens.
"""

from __future__ import annotations

from importlib.resources import files
from typing import Any

import hypothesis
import pytest
import schemathesis

import iotconnect_mock
from iotconnect import IoTConnect
from iotconnect.conformance_hooks import Target, install

from .conftest import InProcessTransport

BASE = "http://localhost/api/v2.1"
APP = iotconnect_mock.create_app()
CONFIG = schemathesis.Config.from_path(str(files("iotconnect") / "schemathesis.toml"))
SESSION = IoTConnect(
    username=iotconnect_mock.DEMO_USERNAME,
    password=iotconnect_mock.DEMO_PASSWORD,
    solution_key=iotconnect_mock.DEMO_SOLUTION_KEY,
    auth_url=BASE,
    device_url=BASE,
    transport=InProcessTransport(APP),
)
TARGET = Target(
    auth_url=BASE,
    device_url=BASE,
    discovery_url="http://localhost",
    solution_key=iotconnect_mock.DEMO_SOLUTION_KEY,
    demo_login=(iotconnect_mock.DEMO_USERNAME, iotconnect_mock.DEMO_PASSWORD),
)

schema = schemathesis.openapi.from_asgi("/openapi.yaml", APP, config=CONFIG)
install(schema, TARGET, SESSION)
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


# The stateful phase over the device operations alone: with login in the spec, schemathesis
# would never start a scenario at createDevice (see iotconnect.conformance._passes).
DeviceLinks = schema.exclude(tag="auth").exclude(tag="discovery").as_state_machine()
TestDeviceLinks = DeviceLinks.TestCase
TestDeviceLinks.settings = hypothesis.settings(SETTINGS, max_examples=10, stateful_step_count=6)


def test_the_suite_exercises_every_operation() -> None:
    assert len(list(schema.get_all_operations())) == 14


@pytest.fixture(autouse=True, scope="module")
def _close_session() -> Any:
    yield
    SESSION.close()
