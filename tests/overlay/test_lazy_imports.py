"""Imports on demand: ``import iotconnect`` loads none of the client stack, the session's import
none of the resources, the transport or the generated client, a resource loads when first used,
a generated model loads its own module and not the 60-odd others, and every public name still
resolves."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import iotconnect
import iotconnect_client.models


def _modules_after(code: str) -> set[str]:
    """The modules a fresh interpreter holds after running ``code``."""
    script = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run(  # noqa: S603 - our own interpreter
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    return set(json.loads(done.stdout))


@pytest.mark.slow
def test_the_package_root_imports_nothing_until_a_name_is_used() -> None:
    loaded = _modules_after("import iotconnect")
    assert "httpx" not in loaded
    assert not any(name.startswith("iotconnect_client") for name in loaded)


# What the session imports when it first needs it: the resources and what they import, the
# transport, the token flow, the reply checks, the generated client.
_ON_DEMAND = {
    "iotconnect._driver",
    "iotconnect._login",
    "iotconnect._results",
    "iotconnect._transport",
    "iotconnect.bulk",
    "iotconnect.commands",
    "iotconnect.device_state",
    "iotconnect.entities",
    "iotconnect.onboarding",
    "iotconnect.replies",
    "iotconnect.resources",
    "iotconnect.token_auth",
}


@pytest.mark.slow
def test_the_session_import_loads_no_resource_transport_or_generated_client() -> None:
    loaded = _modules_after("from iotconnect import IoTConnect")
    assert "iotconnect.client" in loaded
    assert not loaded & _ON_DEMAND
    assert not any(name.startswith("iotconnect_client") for name in loaded)


@pytest.mark.slow
def test_a_resource_loads_on_first_use_and_no_other() -> None:
    loaded = _modules_after(
        "from iotconnect import IoTConnect\n"
        "iot = IoTConnect(username='u', password='p', solution_key='k',\n"
        "                 auth_url='http://127.0.0.1:9', device_url='http://127.0.0.1:9')\n"
        "iot.devices"
    )
    assert "iotconnect.resources" in loaded
    assert not loaded & {"iotconnect.bulk", "iotconnect.commands", "iotconnect.onboarding"}
    assert "iotconnect_client.api.device.list_devices" in loaded
    assert "iotconnect_client.api.device.send_command_to_device" not in loaded


@pytest.mark.slow
def test_a_model_loads_its_own_module_only() -> None:
    loaded = _modules_after("from iotconnect_client.models import DeviceCount")
    models = {name for name in loaded if name.startswith("iotconnect_client.models.")}
    assert models == {"iotconnect_client.models.device_count"}


def test_every_public_name_resolves() -> None:
    for package in (iotconnect, iotconnect_client.models):
        for name in package.__all__:
            assert name in vars(package) or getattr(package, name) is not None, name
            assert name in vars(package), name  # cached once imported
        with pytest.raises(AttributeError):
            package.NoSuchName  # noqa: B018 - the lookup is the test
