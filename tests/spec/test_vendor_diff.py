"""`iotconnect spec vendor-diff`: it flags the spec edits that break clients, and only those."""

from __future__ import annotations

import copy
import http.server
import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from iotconnect.cli import app
from iotconnect_spec import spec_document
from iotconnect_spec.vendor_diff import (
    Difference,
    bundled_allow_list,
    bundled_vendor_documents,
    compare,
    load_allow_list,
    load_vendor_document,
    main,
)
from tests.loopback import serving

SPEC = spec_document()
VENDORS = bundled_vendor_documents()
ALLOWED = load_allow_list(bundled_allow_list())
Edit = Callable[[dict[str, Any]], None]


def _new(spec: dict[str, Any]) -> set[Difference]:
    report = compare(spec, VENDORS)
    report.allowances = ALLOWED
    return set(report.unexplained)


def _param(spec: dict[str, Any], path: str, name: str) -> dict[str, Any]:
    params: list[dict[str, Any]] = spec["paths"][path]["get"]["parameters"]
    return next(p for p in params if p.get("name") == name)


def _schema(spec: dict[str, Any], name: str) -> dict[str, Any]:
    schema: dict[str, Any] = spec["components"]["schemas"][name]
    return schema


def _rename_parameter(spec: dict[str, Any]) -> None:
    _param(spec, "/Device", "UniqueId")["name"] = "uniqueIdContains"


def _drop_body_field(spec: dict[str, Any]) -> None:
    del _schema(spec, "DeviceCreate")["properties"]["note"]


def _change_reply_type(spec: dict[str, Any]) -> None:
    _schema(spec, "DeviceListItem")["properties"]["childDeviceCount"]["type"] = ["string", "null"]


def _narrow_enum(spec: dict[str, Any]) -> None:
    _param(spec, "/Device", "Acquired")["schema"]["enum"] = ["acquired", "released"]


def _new_required_field(spec: dict[str, Any]) -> None:
    create = _schema(spec, "DeviceCreate")
    create["properties"]["siteCode"] = {"type": "string"}
    create["required"] = [*create["required"], "siteCode"]


def _existing_field_now_required(spec: dict[str, Any]) -> None:
    create = _schema(spec, "DeviceCreate")
    create["required"] = [*create["required"], "note"]


# (edit, the kind and place every platform must report)
BREAKING: dict[str, tuple[Edit, set[tuple[str, str]]]] = {
    "renamed parameter": (
        _rename_parameter,
        {
            ("parameter-missing", "query UniqueId"),
            ("parameter-extra", "query uniqueIdContains"),
        },
    ),
    "dropped body field": (_drop_body_field, {("field-missing", "body /note")}),
    "changed reply type": (
        _change_reply_type,
        {("type", "200 /data/*/childDeviceCount")},
    ),
    "narrowed enum": (_narrow_enum, {("enum", "query Acquired")}),
    "new required field": (_new_required_field, {("field-extra", "body /siteCode")}),
    "existing field now required": (_existing_field_now_required, {("required", "body /note")}),
}


def test_the_spec_differs_only_as_the_allow_list_says() -> None:
    report = compare(SPEC, VENDORS)
    report.allowances = ALLOWED
    assert report.differences, "the vendor documents and the spec are not being compared"
    assert report.unexplained == []
    assert report.stale == []


@pytest.mark.parametrize("name", sorted(BREAKING))
def test_a_breaking_edit_is_flagged_on_both_platforms(name: str) -> None:
    edit, expected = BREAKING[name]
    spec = copy.deepcopy(SPEC)
    edit(spec)
    found = {(d.platform, d.kind, d.where) for d in _new(spec)}
    want = {(platform, kind, where) for platform in ("aws", "azure") for kind, where in expected}
    assert want <= found, f"missing {want - found}; found {found}"


def test_the_new_required_field_says_required() -> None:
    spec = copy.deepcopy(SPEC)
    _new_required_field(spec)
    assert {d.spec for d in _new(spec) if d.where == "body /siteCode"} == {"string, required"}


def test_a_harmless_edit_is_not_flagged() -> None:
    spec = copy.deepcopy(SPEC)
    listing = spec["paths"]["/Device"]["get"]
    listing["summary"] = "List the devices"
    listing["description"] = "Reworded."
    _param(spec, "/Device", "UniqueId")["example"] = "boiler"
    item = _schema(spec, "DeviceListItem")
    item["properties"] = dict(reversed(list(item["properties"].items())))
    item["description"] = "Reworded too."
    assert _new(spec) == set()


def test_a_platform_only_field_is_expected_on_its_platform_only() -> None:
    spec = copy.deepcopy(SPEC)
    tpm = _schema(spec, "DeviceCreate")["properties"]["endorsementKey"]
    del tpm["x-platforms"]
    assert {(d.platform, d.kind, d.where) for d in _new(spec)} == {
        ("aws", "field-extra", "body /endorsementKey")
    }
    tpm["x-platforms"] = ["aws"]
    assert ("azure", "platforms", "body /endorsementKey") in {
        (d.platform, d.kind, d.where) for d in _new(spec)
    }


def test_a_casing_change_is_its_own_kind() -> None:
    spec = copy.deepcopy(SPEC)
    props = _schema(spec, "DeviceListItem")["properties"]
    props["isAcquired"] = props.pop("IsAcquired")
    assert {(d.kind, d.where, d.spec, d.vendor) for d in _new(spec)} == {
        ("name-case", "200 /data/*/IsAcquired", "isAcquired", "IsAcquired")
    }


def test_unmodelled_vendor_operations_are_counted_per_tag() -> None:
    report = compare(SPEC, VENDORS)
    aws = report.unmodelled["avnet-iotconnect-device-aws-prod-swagger.json"]
    # The AWS device document enumerates every operation (see vendor/PROVENANCE.md), its
    # further excerpt (.more.json) merged in; the spec models 5 of its 19 Template and 14 of its
    # 85 Device operations.
    assert aws["Template"] == 14
    assert aws["Device"] == 71
    assert "discoverServices" in report.not_covered


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ('kind = "type"\noperation = "x"\nwhere = "y"\nreason = "z"', "pins spec and vendor"),
        ('kind = "type"\noperation = "x"\nwhere = "y"', "reason"),
        ('kind = "typo"\noperation = "x"\nwhere = "y"\nreason = "z"', "unknown kind"),
        ('kind = "body"\noperation = "x"\nwhere = "y"\nreason = "z"\nwhy = 1', "unknown"),
    ],
)
def test_allow_list_entries_must_explain_themselves(entry: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        load_allow_list(f"[[allow]]\n{entry}\n")


def test_exit_status_and_stale_entries() -> None:
    stale = '[[allow]]\nkind = "body"\noperation = "nope"\nwhere = "*"\nreason = "gone"\n'
    out = io.StringIO()
    assert main(SPEC, [], allow_list=bundled_allow_list() + stale, out=out) == 0
    assert "stale allow-list entry (matches nothing): body nope *" in out.getvalue()
    assert main(SPEC, [], allow_list=bundled_allow_list() + stale, strict=True, out=out) == 1
    out = io.StringIO()
    assert main(SPEC, [], allow_list="", out=out) == 1
    text = out.getvalue()
    assert "NEW     aws    listDevices            type" not in text  # no type drift left
    assert "not in the allow-list" in text


@pytest.fixture
def swagger_host(tmp_path: Path) -> Iterator[str]:
    """A loopback service host that publishes the AWS device document where the vendor does."""
    document = next(v for v in VENDORS if "device-aws" in v.name).document
    body = json.dumps(document).encode()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            found = self.path == "/swagger/v2.1/swagger.json"
            self.send_response(200 if found else 404)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(body if found else b"{}")

        def log_message(self, *args: object) -> None:
            pass

    with serving(Handler) as origin:
        yield origin


def test_a_document_fetched_from_a_service_host(swagger_host: str) -> None:
    vendor = load_vendor_document(swagger_host, timeout=5)
    assert vendor.platform == "aws"
    assert vendor.name == swagger_host.removeprefix("http://")
    out = io.StringIO()
    assert main(SPEC, [swagger_host], out=out) == 0
    assert f"vendor operations not modelled in {vendor.name}: 211" in out.getvalue()


def test_the_cli_command(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["spec", "vendor-diff", "--strict"])
    assert result.exit_code == 0, result.output
    assert "0 not in the allow-list" in result.output
    spec = copy.deepcopy(SPEC)
    _narrow_enum(spec)
    edited = tmp_path / "openapi.json"
    edited.write_text(json.dumps(spec))
    result = runner.invoke(app, ["spec", "vendor-diff", "--spec", str(edited)])
    assert result.exit_code == 1
    assert "NEW     aws    listDevices            enum              query Acquired" in result.output
    missing = runner.invoke(app, ["spec", "vendor-diff", str(tmp_path / "nope.json")])
    assert missing.exit_code == 2


def test_each_document_is_compared_with_its_own_service() -> None:
    report = compare(SPEC, VENDORS)
    entity_lines = {
        (d.platform, d.kind, d.where) for d in report.differences if "Entit" in d.operation
    }
    # The user document describes /Entity; the device documents' /entity/{guid}/device is
    # another host's path and must not make the spec's entity reads "extra" there.
    assert ("aws", "status-extra", "204") in entity_lines
    assert not any(kind == "operation-extra" for _, kind, _ in entity_lines)
    assert not any(platform == "azure" for platform, _, _ in entity_lines)
    # A user-host edit is seen through the user document.
    edited = copy.deepcopy(SPEC)
    del _schema(edited, "EntityListItem")["properties"]["parentEntityGuid"]
    assert any(d.where.endswith("/parentEntityGuid") for d in _new(edited))
