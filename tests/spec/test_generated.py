"""generated/iotconnect_client agrees with the spec: every operation parses the spec's own examples.

Also proves that every option in generator-config.yml has its effect (the generator silently
ignores keys it does not know) and that `scripts/generate.py check` catches a stale generated/.
"""

from __future__ import annotations

import asyncio
import importlib
import re
import shutil
import subprocess
import sys
import typing
import uuid
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

import iotconnect_client.models
from iotconnect_client import AuthenticatedClient
from iotconnect_client.types import UNSET
from tests.openapi_doc import CLASS_NAMES, ROOT, load_spec, operations, resolve

SPEC = load_spec()
GENERATED = ROOT / "generated" / "iotconnect_client"

CASES = [
    (op, path, method, status)
    for path, method, op in operations(SPEC)
    for status in op["responses"]
]


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _module(op: dict[str, Any]) -> ModuleType:
    return importlib.import_module(
        f"iotconnect_client.api.{op['tags'][0]}.{_snake(op['operationId'])}"
    )


def _normalize(value: Any) -> Any:
    """Compare wire values by meaning: GUID case and date-time spelling are not differences."""
    if isinstance(value, dict):
        return {k: _normalize(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_normalize(v) for v in value]
    if isinstance(value, str):
        try:
            return uuid.UUID(value)
        except ValueError:
            pass
        if re.fullmatch(r"\d{4}-\d\d-\d\dT.*", value):
            return datetime.fromisoformat(value.replace("Z", "+00:00"))
    return value


def _arguments(module: ModuleType, path: str, op: dict[str, Any]) -> dict[str, Any]:
    """Path parameters and body for a call, taken from the spec's examples."""
    hints = typing.get_type_hints(module.sync_detailed)
    parameters = [resolve(SPEC, p) for p in SPEC["paths"][path].get("parameters", [])]
    parameters += [resolve(SPEC, p) for p in op.get("parameters", [])]
    arguments: dict[str, Any] = {}
    for parameter in parameters:
        if parameter["in"] == "path":
            name = _snake(parameter["name"])
            convert = uuid.UUID if hints[name] is uuid.UUID else str
            arguments[name] = convert(parameter["example"])
    if "requestBody" in op:
        content = op["requestBody"]["content"]
        if "multipart/form-data" in content:  # the file part's example is its text
            example = {"file": content["multipart/form-data"]["example"]["file"].encode()}
        else:
            example = content["application/json"]["example"]
        # An optional body (acquireDevice) is typed ``Model | Unset``.
        models = [t for t in typing.get_args(hints["body"]) if hasattr(t, "from_dict")]
        arguments["body"] = (models[0] if models else hints["body"]).from_dict(example)
    return arguments


@pytest.mark.parametrize(
    ("op", "path", "method", "status"),
    CASES,
    ids=[f"{op['operationId']}-{status}" for op, _, _, status in CASES],
)
def test_operation_parses_the_spec_example(
    op: dict[str, Any], path: str, method: str, status: str
) -> None:
    reply = resolve(SPEC, op["responses"][status])
    media = reply.get("content", {}).get("application/json")
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        if media is None:
            return httpx.Response(int(status))
        return httpx.Response(int(status), json=media["example"])

    module = _module(op)
    client = AuthenticatedClient(
        base_url="http://iotconnect.test/api/v2.1",
        token="not-a-real-token",
        httpx_args={"transport": httpx.MockTransport(answer)},
        raise_on_unexpected_status=True,
    )
    response = module.sync_detailed(client=client, **_arguments(module, path, op))

    (request,) = sent
    assert request.method == method.upper()
    route = re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(path))
    assert re.fullmatch(f"/api/v2\\.1{route}", request.url.path), request.url.path
    assert response.status_code == int(status)
    if media is None:
        assert response.parsed is None
        return
    schema_name = media["schema"]["$ref"].rsplit("/", 1)[1]
    model = getattr(iotconnect_client.models, CLASS_NAMES.get(schema_name, schema_name))
    assert isinstance(response.parsed, model)
    assert _normalize(response.parsed.to_dict()) == _normalize(media["example"])


def test_async_functions_parse_too() -> None:
    reply = resolve(SPEC, SPEC["paths"]["/Device"]["get"]["responses"]["200"])
    body = reply["content"]["application/json"]["example"]
    from iotconnect_client.api.device import list_devices

    client = AuthenticatedClient(
        base_url="http://iotconnect.test",
        token="t",
        httpx_args={"transport": httpx.MockTransport(lambda _: httpx.Response(200, json=body))},
    )
    parsed = asyncio.run(list_devices.asyncio(client=client, page_size=50))
    assert isinstance(parsed, iotconnect_client.models.DeviceListResponse)
    assert parsed.data[0].unique_id == "sensor-0001"
    assert parsed.data[0].is_acquired is True  # `IsAcquired` on the wire


def test_a_list_reply_with_only_count_and_data_parses() -> None:
    """A real list reply carried only `count` and `data` (api-facts): no status, no message."""
    from iotconnect_client.api.device import list_device_templates, list_devices

    device: dict[str, object] = {"guid": "9B2E4C1A-7D3F-4E5A-8B6C-1D2E3F4A5B6C"}
    device |= {"uniqueId": "sensor-0001", "displayName": "Boiler", "isActive": True}
    device |= {"IsAcquired": True}
    template: dict[str, object] = {"guid": "6F0E2A47-5E8B-4C1D-9A3F-2B7C8D9E0F11", "name": "Sensor"}
    for function, item in ((list_devices, device), (list_device_templates, template)):
        body = {"count": 1, "data": [item]}
        client = AuthenticatedClient(
            base_url="http://iotconnect.test",
            token="t",
            httpx_args={
                "transport": httpx.MockTransport(lambda _, b=body: httpx.Response(200, json=b))
            },
        )
        parsed = function.sync(client=client)
        assert parsed is not None
        assert parsed.count == 1
        assert len(parsed.data) == 1
        assert parsed.status is UNSET
        assert parsed.message is UNSET


def test_undocumented_status_raises() -> None:
    from iotconnect_client.api.auth import get_basic_token
    from iotconnect_client.errors import UnexpectedStatus

    client = AuthenticatedClient(
        base_url="http://iotconnect.test",
        token="t",
        httpx_args={"transport": httpx.MockTransport(lambda _: httpx.Response(418, text="teapot"))},
        raise_on_unexpected_status=True,
    )
    with pytest.raises(UnexpectedStatus):
        get_basic_token.sync_detailed(client=client)


# generator-templates/: the operations are public building blocks, listed once


def test_operations_lists_every_spec_operation() -> None:
    """api.OPERATIONS has each operation of the spec once: method, path, tag, module, replies."""
    from iotconnect_client.api import OPERATIONS

    listed = {operation.name: operation for operation in OPERATIONS}
    assert len(listed) == len(OPERATIONS)
    expected = {}
    for path, method, op in operations(SPEC):
        listed_op = listed[_snake(op["operationId"])]
        expected[listed_op.name] = (method.upper(), re.sub(r"\{[^}]+\}", "{}", path))
        shape = re.sub(r"\{[^}]+\}", "{}", listed_op.path)
        assert (listed_op.method, shape) == expected[listed_op.name]
        assert listed_op.tag == op["tags"][0]
        assert listed_op.load() is _module(op)
        assert [status for status, _ in listed_op.replies] == list(op["responses"])
    assert set(listed) == set(expected)


def test_request_kwargs_and_parse_response_are_public() -> None:
    """What sync_detailed sends and parses, without a client: the builder and the parser."""
    from iotconnect_client.api.device import get_device, list_devices

    guid = uuid.UUID("9b2e4c1a-7d3f-4e5a-8b6c-1d2e3f4a5b6c")
    assert get_device.request_kwargs(guid) == {"method": "get", "url": f"/Device/{guid}"}
    kwargs = list_devices.request_kwargs(page_size=5, status="active")
    assert kwargs["params"] == {"pageNumber": 1, "pageSize": 5, "Status": "active"}
    request = httpx.Request(kwargs["method"], "http://x.test/Device", params=kwargs["params"])
    body = {"count": 0, "data": []}
    parsed = list_devices.parse_response(httpx.Response(200, json=body, request=request))
    assert isinstance(parsed, iotconnect_client.models.DeviceListResponse)
    # Without a client, an undocumented status is None, never an exception.
    assert list_devices.parse_response(httpx.Response(418, request=request)) is None


# generator-config.yml, one test per option


def test_literal_enums_gives_literal_types() -> None:
    from iotconnect_client.models.list_devices_sort_by import ListDevicesSortBy

    assert typing.get_origin(ListDevicesSortBy) is typing.Literal
    assert "uniqueId asc" in typing.get_args(ListDevicesSortBy)


def test_docstrings_on_attributes() -> None:
    source = (GENERATED / "models" / "login_request.py").read_text()
    assert re.search(r'username: str\n\s+""" ?The user\'s e-mail address\. ?"""', source)


def test_class_overrides_rename_the_error_model() -> None:
    from iotconnect_client.models.error_response import ErrorResponse

    assert CLASS_NAMES == {"Error": "ErrorResponse"}
    assert not hasattr(iotconnect_client.models, "Error")
    assert iotconnect_client.models.ErrorResponse is ErrorResponse
    # The field that clashed with the generator's local variable still round-trips.
    body = {"status": 404, "message": "Not found", "error": [{"param": "DeviceNotFound"}], "x": 1}
    parsed = ErrorResponse.from_dict(body)
    assert isinstance(parsed.error, list)
    assert parsed.error[0].param == "DeviceNotFound"
    assert parsed.additional_properties == {"x": 1}
    assert parsed.to_dict() == body


@pytest.mark.slow
def test_post_hooks_ran() -> None:
    assert (GENERATED / "py.typed").exists()
    ruff = [sys.executable, "-m", "ruff"]
    for command in (["format", "--isolated", "--check"], ["check", "--isolated", "--select", "I"]):
        result = subprocess.run(  # noqa: S603
            [*ruff, *command, str(GENERATED)],
            capture_output=True,
            text=True,
            check=False,
            timeout=60,
        )
        assert result.returncode == 0, result.stdout + result.stderr


def test_nothing_hand_written_in_generated() -> None:
    files = {p.relative_to(ROOT / "generated").as_posix() for p in (ROOT / "generated").iterdir()}
    assert files == {"iotconnect_client", "stamp.json"}


@pytest.fixture
def repo_copy(tmp_path: Path) -> Path:
    """The files `scripts/generate.py` reads, in a scratch folder."""
    for name in (
        "openapi.yaml",
        "generator-config.yml",
        "scripts/generate.py",
        "spec/iotconnect_spec/openapi.json",
    ):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / name, tmp_path / name)
    shutil.copytree(
        ROOT / "generated", tmp_path / "generated", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copytree(ROOT / "generator-templates", tmp_path / "generator-templates")
    return tmp_path


def _check(repo: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603
        [sys.executable, str(repo / "scripts" / "generate.py"), "check"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


@pytest.mark.slow
def test_check_generated_passes_then_bites(repo_copy: Path) -> None:
    clean = _check(repo_copy)
    assert clean.returncode == 0, clean.stdout + clean.stderr

    spec = repo_copy / "openapi.yaml"
    spec.write_text(
        spec.read_text().replace("summary: Count devices", "summary: Count the devices")
    )
    stale = _check(repo_copy)
    assert stale.returncode == 1
    assert "generated/iotconnect_client/api/device/count_devices.py" in stale.stdout
    assert re.search(r"^\+.*Count the devices", stale.stdout, re.MULTILINE)
    assert "spec/iotconnect_spec/openapi.json is not openapi.yaml as JSON" in stale.stdout
    assert "make generate" in stale.stdout


@pytest.mark.slow
def test_check_generated_bites_when_a_template_changes(repo_copy: Path) -> None:
    template = repo_copy / "generator-templates" / "property_templates" / "union_property.py.jinja"
    template.write_text(template.read_text().replace("except (TypeError,", "except (OSError,"))
    stale = _check(repo_copy)
    assert stale.returncode == 1
    assert re.search(r"^\+\s+except \(OSError,", stale.stdout, re.MULTILINE)
    assert "stamp.json does not match" in stale.stdout
