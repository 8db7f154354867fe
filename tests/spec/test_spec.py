"""openapi.yaml is valid, complete, and its examples match its schemas."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import jsonschema
import pytest
from openapi_spec_validator import validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from tests.openapi_doc import SPEC_PATH, load_spec, operations, resolve

SPEC = load_spec()
OPERATIONS = {op["operationId"]: (path, method, op) for path, method, op in operations(SPEC)}

# What the real service answers, per operation (../shared/api-facts.md). 400 wherever a body can be
# malformed, 404 wherever a path parameter can break the route.
EXPECTED_STATUSES: dict[str, set[str]] = {
    "discoverServices": {"200", "404", "500"},
    "getBasicToken": {"200", "500"},
    "login": {"200", "400", "401", "412", "500"},
    "refreshToken": {"200", "400", "409", "412", "500"},
    "verifyToken": {"200", "401", "500"},
    "listDevices": {"200", "204", "401", "403", "409", "412", "500"},
    "createDevice": {"200", "400", "401", "403", "409", "412", "500"},
    "countDevices": {"200", "401", "403", "409", "412", "500"},
    "getDeviceByUniqueId": {"200", "401", "403", "404", "409", "500"},
    "getDevice": {"200", "401", "403", "404", "409", "500"},
    "updateDevice": {"200", "400", "401", "403", "404", "409", "412", "500"},
    "updateDeviceStatus": {"200", "400", "401", "403", "404", "409", "412", "500"},
    "deleteDevice": {"200", "401", "403", "404", "409", "500"},
    "listDeviceTemplates": {"200", "204", "401", "403", "409", "412", "500"},
    "getDeviceTemplate": {"200", "401", "403", "404", "409", "412", "500"},
    "getDeviceTemplateByCode": {"200", "401", "403", "404", "409", "412", "500"},
    "createDeviceTemplateFromFile": {"200", "400", "401", "403", "409", "412", "500"},
    "deleteDeviceTemplate": {"200", "401", "403", "404", "409", "412", "500"},
    "listTemplateAttributes": {"200", "204", "401", "404", "409", "412", "500"},
    "listTemplateCommands": {"200", "204", "401", "404", "409", "412", "500"},
    "sendCommandToDevice": {"200", "400", "401", "403", "404", "409", "412", "500"},
    "sendCommandByUniqueId": {"200", "400", "401", "403", "404", "409", "412", "500"},
    "sendCommandToTemplate": {"200", "400", "401", "403", "409", "412", "500"},
    "listCommandHistory": {"200", "204", "401", "409", "412", "500"},
    "searchCommandHistory": {"200", "204", "400", "401", "409", "412", "413", "500"},
    "resendCommand": {"200", "401", "403", "404", "409", "412", "500"},
    "listEntities": {"200", "204", "401", "403", "409", "412", "500"},
    "getEntity": {"200", "401", "403", "404", "409", "412", "500"},
    # The vendor's device-state operations: its own status lists, plus 400/404/413 as above.
    "getDeviceConnectionStatus": {"200", "401", "409", "412", "500"},
    "getDeviceTwin": {"200", "401", "403", "404", "409", "412", "500"},
    "updateDeviceTwin": {"200", "400", "401", "403", "404", "409", "412", "500"},
    "listChildDevices": {"200", "204", "401", "404", "409", "412", "500"},
    "acquireDevice": {"200", "400", "401", "403", "404", "409", "412", "500"},
    "releaseDevice": {"200", "401", "403", "404", "409", "412", "500"},
    "listDeviceProperties": {"200", "401", "403", "409", "412", "500"},
    "updateDeviceProperties": {"200", "400", "401", "403", "404", "409", "412", "500"},
}
PUBLIC = {"discoverServices", "getBasicToken", "refreshToken"}


def test_spec_is_valid_openapi_3_1() -> None:
    assert SPEC["openapi"] == "3.1.0"
    validate(SPEC, base_uri=SPEC_PATH.as_uri())


def test_every_operation_is_covered() -> None:
    assert set(OPERATIONS) == set(EXPECTED_STATUSES)


@pytest.mark.parametrize("operation_id", sorted(EXPECTED_STATUSES))
def test_operation_declares_what_the_service_sends(operation_id: str) -> None:
    path, _, op = OPERATIONS[operation_id]
    declared = set(op["responses"])
    missing = EXPECTED_STATUSES[operation_id] - declared
    assert not missing, f"{operation_id} does not declare {sorted(missing)}"
    # A `default` response stops the generated client from raising UnexpectedStatus.
    assert "default" not in declared
    assert len(op["tags"]) == 1
    assert op["summary"]
    assert op["description"]
    assert SPEC["paths"][path].get("servers"), f"{path} has no servers of its own"


@pytest.mark.parametrize("operation_id", sorted(EXPECTED_STATUSES))
def test_operation_security(operation_id: str) -> None:
    _, _, op = OPERATIONS[operation_id]
    schemes = {name for requirement in op["security"] for name in requirement}
    if operation_id in PUBLIC:
        assert op["security"] == []
    elif operation_id == "login":
        # Basic token and solution key are both needed, so they sit in one requirement.
        assert op["security"] == [{"basicToken": [], "solutionKey": []}]
    else:
        assert schemes == {"bearerAuth"}


@pytest.mark.parametrize("operation_id", sorted(EXPECTED_STATUSES))
def test_operation_has_examples_for_every_body(operation_id: str) -> None:
    _, _, op = OPERATIONS[operation_id]
    bodies = [("request", op["requestBody"])] if "requestBody" in op else []
    bodies += [(status, resolve(SPEC, reply)) for status, reply in op["responses"].items()]
    for where, body in bodies:
        for media in body.get("content", {}).values():
            assert "example" in media or "examples" in media, f"{operation_id} {where}: no example"
    assert resolve(SPEC, op["responses"]["200"]).get("content"), f"{operation_id}: 200 has no body"


def _examples(node: Any, pointer: str = "") -> Iterator[tuple[str, str, Any]]:
    """(schema pointer, example location, example) for every example next to a schema."""
    if isinstance(node, dict):
        if "schema" in node:
            schema_pointer = f"{pointer}/schema"
            if "example" in node:
                yield schema_pointer, pointer, node["example"]
            for name, example in node.get("examples", {}).items():
                yield schema_pointer, f"{pointer}/examples/{name}", example["value"]
        for key, value in node.items():
            yield from _examples(
                value, f"{pointer}/{str(key).replace('~', '~0').replace('/', '~1')}"
            )
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _examples(value, f"{pointer}/{index}")


EXAMPLES = list(_examples(SPEC))


def test_there_are_examples() -> None:
    # One per request and reply body, one per parameter: dozens, not a handful.
    assert len(EXAMPLES) >= 50


@pytest.mark.parametrize(
    ("schema_pointer", "example"),
    [(pointer, example) for pointer, _, example in EXAMPLES],
    ids=[where for _, where, _ in EXAMPLES],
)
def test_example_matches_its_schema(schema_pointer: str, example: Any) -> None:
    registry: Registry[Any] = Registry().with_resource(
        "urn:spec", Resource.from_contents(SPEC, default_specification=DRAFT202012)
    )
    validator = jsonschema.Draft202012Validator(
        {"$ref": f"urn:spec#{schema_pointer}"},
        registry=registry,
        format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
    )
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(example)]
    assert not errors


def test_schema_validation_bites() -> None:
    """The example test would catch a wrong example (a guard against a vacuous validator)."""
    registry: Registry[Any] = Registry().with_resource(
        "urn:spec", Resource.from_contents(SPEC, default_specification=DRAFT202012)
    )
    validator = jsonschema.Draft202012Validator(
        {"$ref": "urn:spec#/components/schemas/DeviceCreate"},
        registry=registry,
        format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
    )
    bad = {"uniqueId": "", "deviceTemplateGuid": "not-a-guid", "displayName": "x"}
    messages = " ".join(e.message for e in validator.iter_errors(bad))
    assert "entityGuid" in messages
    assert "not a 'uuid'" in messages
    assert "should be non-empty" in messages or "too short" in messages


def test_links_chain_create_and_refresh() -> None:
    create_links = resolve(SPEC, OPERATIONS["createDevice"][2]["responses"]["200"])["links"]
    for target in ("getDevice", "updateDevice", "updateDeviceStatus", "deleteDevice"):
        link = next(v for v in create_links.values() if v["operationId"] == target)
        assert link["parameters"] == {"deviceGuid": "$response.body#/data/0/newid"}
    for operation_id in ("login", "refreshToken"):
        links = resolve(SPEC, OPERATIONS[operation_id][2]["responses"]["200"])["links"]
        assert any(
            link["requestBody"] == {"refreshtoken": "$response.body#/refresh_token"}
            and link["operationId"] == "refreshToken"
            for link in links.values()
        )


def test_field_names_keep_the_service_spelling() -> None:
    schemas = SPEC["components"]["schemas"]
    assert {"IsAcquired", "lastactivityDate", "firmwareupgradeGuid"} <= set(
        schemas["DeviceListItem"]["properties"]
    )
    assert {"isAcquired", "lastActivityDate", "firmwareUpgradeGuid"} <= set(
        schemas["DeviceInformation"]["properties"]
    )
    assert set(schemas["RefreshTokenRequest"]["properties"]) == {"refreshtoken"}
    assert {"token_type", "access_token", "expires_in", "refresh_token"} <= set(
        schemas["TokenResponse"]["properties"]
    )
    # Replies must tolerate the many extra fields the service sends.
    assert all(schema.get("additionalProperties", True) is not False for schema in schemas.values())


def test_list_parameters_are_spelled_as_the_service_spells_them() -> None:
    _, _, op = OPERATIONS["listDevices"]
    names = {p["name"] for p in op["parameters"]}
    assert names == {
        "pageNumber", "pageSize", "sortBy", "UniqueId", "Status", "Acquired",
        "TemplateGuid", "EntityGuid", "isEdge", "isGateway", "wireless", "customField",
        "Name", "TemplateName", "EntityName", "Property", "Value", "IncludeRecentValue",
        "isLowBandwidth", "certificateGuid", "greenGrass", "AuthType", "isSphere",
        "isIotEdgeEnable",
    }  # fmt: skip
    page = next(p for p in op["parameters"] if p["name"] == "pageNumber")
    assert page["schema"]["minimum"] == 1
