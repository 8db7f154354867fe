"""Bulk import and export (``iotconnect.bulk``) against the mock in process.

What a real server and a killed process add (10,000 rows, an interrupted CLI run, 429s) is in
``test_bulk_live.py``.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

from iotconnect import IoTConnect
from iotconnect.bulk import COLUMNS, BulkFileError, ImportRejected, SourceRow, read_rows
from iotconnect_mock import create_app

from .inprocess import InProcess, demo_session

OTHER_KEY = "ZW1wdHktdGVuYW50"  # base64 "empty-tenant"
OTHER_USER = "ops@empty.example"
OTHER_PASSWORD = "Empty-Password-3"


@pytest.fixture
def mock() -> Iterator[InProcess]:
    # The demo tenant without demo devices, and an empty second tenant to import into.
    app = create_app(seed=False, tenants={OTHER_KEY: [f"{OTHER_USER}:{OTHER_PASSWORD}"]})
    transport = InProcess(app)
    yield transport
    transport.close()


def fleet(n: int) -> list[dict[str, object]]:
    """``n`` rows: gateways every tenth row, each with the nine rows after it as children;
    the children come first in the list, so the import has to reorder them."""
    rows: list[dict[str, object]] = []
    for gateway in range(0, n, 10):
        children = range(gateway + 1, min(gateway + 10, n))
        rows += [
            {
                "uniqueId": f"sensor-{i:04d}",
                "displayName": f"Sensor {i}",
                "template": "tempsensor",
                "note": f"row {i}" if i % 3 else "",
                "tag": "roof" if i % 2 else None,
                "parent": f"gw-{gateway:04d}",
            }
            for i in children
        ]
        rows.append({"uniqueId": f"gw-{gateway:04d}", "displayName": "GW", "template": "edgegw"})
    return rows


def test_every_bad_row_is_reported_and_nothing_is_sent(iot: IoTConnect, mock: InProcess) -> None:
    rows: list[SourceRow | Mapping[str, object]] = [
        {"uniqueId": "ok-1", "displayName": "Fine", "template": "tempsensor"},
        {"displayName": "no id", "template": "tempsensor"},
        {"uniqueId": "ok-1", "displayName": "again", "template": "tempsensor"},
        {"uniqueId": "t", "displayName": "T", "template": "no-such-template"},
        {"uniqueId": "x" * 201, "displayName": "long", "template": "tempsensor"},
        {"uniqueId": "c" * 32, "displayName": "cert", "template": "edgegw"},
        {"uniqueId": "n", "displayName": 7, "template": "tempsensor"},
        {"uniqueId": "e", "displayName": "E", "template": "tempsensor", "entity": "Mars"},
        {"uniqueId": "a", "displayName": "A", "template": "tempsensor", "parent": "b"},
        {"uniqueId": "b", "displayName": "B", "template": "tempsensor", "parent": "a"},
        {"uniqueId": "o", "displayName": "O", "template": "tempsensor", "parent": "ghost"},
        {"uniqueId": "s", "displayName": "S", "template": "tempsensor", "parent": "S"},
        {"uniqueId": "l", "displayName": "L", "template": "tempsensor", "note": "n" * 501},
        {"uniqueId": "a/b", "displayName": "Slash", "template": "tempsensor"},
        SourceRow(15, {}, "not a JSON object"),
    ]
    with pytest.raises(ImportRejected) as caught:
        iot.devices.import_rows(rows, concurrency=4)
    reasons = [(p.line, p.reason) for p in caught.value.problems]
    assert reasons == [
        (2, "uniqueId is required"),
        (3, "uniqueId 'ok-1' is on line 1 already"),
        (4, "no template with the code or GUID 'no-such-template'"),
        (5, "uniqueId is longer than 200 characters"),
        (
            6,
            "uniqueId is longer than 31 characters, the most a certificate template (edgegw) "
            "allows",
        ),
        (7, "displayName must be text"),
        (7, "displayName is required"),
        (
            8,
            "no entity named 'Mars' holds a device (the device service finds entities by name "
            "only through their devices: give its GUID)",
        ),
        (9, "its parents form a cycle"),
        (10, "its parents form a cycle"),
        (11, "its parent 'ghost' is neither in the rows nor in the tenant"),
        (12, "a device cannot be its own parent"),
        (13, "note is longer than 500 characters"),
        (
            14,
            "uniqueId may hold only letters, digits, '-', '_', '~' and '.', and must not start "
            "with '.' (the service reads a device by its unique id in a URL path)",
        ),
        (15, "not a JSON object"),
    ]
    assert "15 bad row(s), nothing was imported" in str(caught.value)
    assert mock.counts["POST /Device"] == 0
    assert iot.devices.count() == 0


def test_a_ca_signed_individual_template_limits_the_unique_id(
    iot: IoTConnect, mock: InProcess
) -> None:
    # Auth type 7 is a certificate type too (the spec's x-certificate-auth-types).
    iot.templates.create_from_file({"code": "indiv7", "name": "Individual", "authType": 7})
    with pytest.raises(ImportRejected) as caught:
        iot.devices.import_rows([{"uniqueId": "c" * 32, "displayName": "C", "template": "indiv7"}])
    assert [p.reason for p in caught.value.problems] == [
        "uniqueId is longer than 31 characters, the most a certificate template (indiv7) allows"
    ]
    assert mock.counts["POST /Device"] == 0


def test_parents_first_then_a_rerun_finds_everything_unchanged(
    iot: IoTConnect, mock: InProcess
) -> None:
    rows = fleet(40)
    first = iot.devices.import_rows(rows, concurrency=4)
    assert (first.created, first.unchanged, first.failed, first.different) == (40, 0, [], [])
    assert first.complete
    child = iot.devices.get_by_unique_id("sensor-0013")
    parent = iot.devices.get_by_unique_id("gw-0010")
    assert child.parent_device_guid == parent.guid
    assert child.note == "row 13"
    assert child.tag == "roof"
    # Without a journal a re-run asks the service: every create is a 409, every device equal.
    again = iot.devices.import_rows(rows, concurrency=4)
    assert (again.created, again.unchanged, again.done_before) == (0, 40, 0)
    assert again.complete
    assert mock.counts["POST /Device"] == 80
    assert iot.devices.count() == 40


def test_a_device_that_differs_is_reported_and_left_alone(iot: IoTConnect) -> None:
    iot.devices.import_rows(fleet(10), concurrency=2)
    changed = [
        {**row, "displayName": "Renamed"} if row["uniqueId"] == "sensor-0003" else row
        for row in fleet(10)
    ]
    summary = iot.devices.import_rows(changed, concurrency=2)
    assert summary.unchanged == 9
    assert summary.different == [
        {
            "line": 3,
            "uniqueId": "sensor-0003",
            "fields": {"displayName": {"row": "Renamed", "tenant": "Sensor 3"}},
        }
    ]
    assert not summary.complete
    assert iot.devices.get_by_unique_id("sensor-0003").display_name == "Sensor 3"


def test_a_journal_resumes_an_interrupted_import(
    iot: IoTConnect, mock: InProcess, tmp_path: Path
) -> None:
    journal = tmp_path / "import.journal.jsonl"
    rows = fleet(60)

    def stop_after_20(done: int, total: int) -> None:
        if done == 20:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        iot.devices.import_rows(rows, concurrency=4, journal=journal, progress=stop_after_20)
    created_before = iot.devices.count()
    assert 20 <= created_before < 60
    posts_before = mock.counts["POST /Device"]
    summary = iot.devices.import_rows(rows, concurrency=4, journal=journal)
    # What the journal holds is skipped without a request; what was sent but not journaled
    # is found by its unique id; the rest is created.
    assert summary.done_before >= 20
    assert summary.done_before + summary.unchanged + summary.created == 60
    assert summary.complete
    assert mock.counts["POST /Device"] - posts_before == 60 - summary.done_before
    assert iot.devices.count() == 60
    outcomes = [json.loads(line) for line in journal.read_text().splitlines()[1:]]
    assert {entry["uniqueId"] for entry in outcomes} == {row["uniqueId"] for row in rows}


def test_a_row_edited_since_the_journal_is_checked_again(
    iot: IoTConnect, mock: InProcess, tmp_path: Path
) -> None:
    journal = tmp_path / "import.journal.jsonl"
    iot.devices.import_rows(fleet(10), concurrency=2, journal=journal)
    edited = [
        {**row, "note": "moved"} if row["uniqueId"] == "sensor-0004" else row for row in fleet(10)
    ]
    posts = mock.counts["POST /Device"]
    summary = iot.devices.import_rows(edited, concurrency=2, journal=journal)
    assert summary.done_before == 9
    assert [d["uniqueId"] for d in summary.different] == ["sensor-0004"]
    assert mock.counts["POST /Device"] - posts == 1


@pytest.mark.parametrize("suffix", ["csv", "jsonl"])
def test_export_then_import_into_an_empty_tenant_reproduces_the_fleet(
    iot: IoTConnect, mock: InProcess, tmp_path: Path, suffix: str
) -> None:
    iot.devices.import_rows(fleet(30), concurrency=4)
    exported = tmp_path / f"fleet.{suffix}"
    assert iot.devices.export(exported, format=suffix, concurrency=4) == 30  # type: ignore[arg-type]
    with demo_session(
        mock, username=OTHER_USER, password=OTHER_PASSWORD, solution_key=OTHER_KEY
    ) as other:
        assert other.devices.count() == 0
        summary = other.devices.import_rows(read_rows(exported), concurrency=4)
        assert (summary.created, summary.complete) == (30, True)
        again = tmp_path / f"again.{suffix}"
        other.devices.export(again, format=suffix)  # type: ignore[arg-type]
        moved = other.devices.get_by_unique_id("sensor-0001")
    # The same devices, field for field (in the order the concurrent creates landed).
    before, after = exported.read_text().splitlines(), again.read_text().splitlines()
    assert len(after) == len(before) == 30 + (suffix == "csv")
    assert sorted(after) == sorted(before)
    assert moved.note == "row 1"
    assert moved.parent_device_unique_id == "gw-0000"


def test_list_fields_are_exported_without_a_request_per_device(
    iot: IoTConnect, mock: InProcess, tmp_path: Path
) -> None:
    iot.devices.import_rows(fleet(12), concurrency=2)
    gets = sum(n for key, n in mock.counts.items() if key.startswith("GET /Device/"))
    path = tmp_path / "ids.jsonl"
    iot.devices.export(path, format="jsonl", fields=["uniqueId", "isActive", "template"])
    lines = [json.loads(line) for line in path.read_text().splitlines()]
    assert {"uniqueId": "sensor-0001", "isActive": True, "template": "tempsensor"} in lines
    assert {"uniqueId": "gw-0010", "isActive": True, "template": "edgegw"} in lines
    assert len(lines) == 12
    assert sum(n for key, n in mock.counts.items() if key.startswith("GET /Device/")) == gets


def test_files_are_read_line_by_line_with_their_problems(tmp_path: Path) -> None:
    jsonl = tmp_path / "rows.jsonl"
    jsonl.write_text('{"uniqueId": "a"}\n\n[1, 2]\n{broken\n{"uniqueId": "b"}\n')
    assert [(r.line, r.problem, dict(r.values)) for r in read_rows(jsonl)] == [
        (1, None, {"uniqueId": "a"}),
        (3, "not a JSON object", {}),
        (4, "not a JSON object", {}),
        (5, None, {"uniqueId": "b"}),
    ]
    table = tmp_path / "rows.csv"
    with table.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        writer.writerow(["a", "A", "tempsensor", "", "", "", ""])
        writer.writerow(["b", "B", "tempsensor", "", "", "", "", "one too many"])
    rows = list(read_rows(table))
    assert [(r.line, r.problem) for r in rows] == [
        (2, None),
        (3, "more fields than the header names"),
    ]
    assert rows[0].values["uniqueId"] == "a"
    latin = tmp_path / "latin.csv"
    latin.write_bytes(b"uniqueId,displayName\n\xe9t\xe9,x\n")
    assert [r.problem for r in read_rows(latin)] == [
        "the file is not UTF-8 text (invalid continuation byte)"
    ]
    with pytest.raises(BulkFileError, match=r"cannot read .*missing\.csv: No such file"):
        list(read_rows(tmp_path / "missing.csv"))


def test_files_that_cannot_be_written_are_typed_errors(
    iot: IoTConnect, mock: InProcess, tmp_path: Path
) -> None:
    rows = fleet(3)
    with pytest.raises(BulkFileError, match="cannot use the journal"):
        iot.devices.import_rows(rows, journal=tmp_path / "no-such-folder" / "journal.jsonl")
    assert mock.counts["POST /Device"] == 0
    with pytest.raises(BulkFileError, match="cannot write"):
        iot.devices.export(tmp_path / "no-such-folder" / "fleet.csv")
