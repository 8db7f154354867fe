"""``iotconnect devices import`` and ``export`` against the mock: what they print, write and
exit with."""

from __future__ import annotations

import json
import re
from pathlib import Path

from .conftest import Tenant

HEADER = "uniqueId,displayName,template,entity,note,tag,parent\n"


def test_bad_rows_are_listed_by_line_and_nothing_is_created(tenant: Tenant, tmp_path: Path) -> None:
    rows = tmp_path / "rows.csv"
    rows.write_text(HEADER + "ok-1,OK,tempsensor,,,,\n,no id,tempsensor,,,,\nx,X,nope,,,,\n")
    result = tenant.run("devices", "import", str(rows))
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[:2] == [
        "line 3: uniqueId is required",
        "line 4 (x): no template with the code or GUID 'nope'",
    ]
    assert lines[2].startswith(f"error: 2 bad row(s) in {rows}: nothing was imported")
    assert not (tmp_path / "rows.csv.journal.jsonl").exists()
    assert json.loads(tenant.run("devices", "count", "--json").stdout) == {"deviceCount": 5}


def test_import_writes_its_summary_and_a_rerun_is_done_already(
    tenant: Tenant, tmp_path: Path
) -> None:
    rows = tmp_path / "rows.csv"
    body = "".join(f"n-{i},Device {i},tempsensor,,note {i},,\n" for i in range(12))
    rows.write_text(HEADER + body)
    first = tenant.run("devices", "import", str(rows), "--concurrency", "4")
    assert first.exit_code == 0, first.output
    assert re.fullmatch(
        re.escape(
            f"Imported {rows}: 12 rows; created 12, unchanged 0, done by an earlier run 0, "
            "different 0, failed 0 ("
        )
        + r"\d+\.\d s, POST /Device, one request per row\)\.",
        first.stdout.splitlines()[0],
    )
    again = tenant.run("devices", "import", str(rows), "--json")
    summary = json.loads(again.stdout)
    assert (summary["created"], summary["doneBefore"], summary["complete"]) == (0, 12, True)
    assert json.loads((tmp_path / "rows.csv.summary.json").read_text()) == summary


def test_a_difference_exits_1_and_names_the_field(tenant: Tenant, tmp_path: Path) -> None:
    rows = tmp_path / "rows.jsonl"
    rows.write_text('{"uniqueId": "demo-gw-01", "displayName": "Renamed", "template": "edgegw"}\n')
    result = tenant.run("devices", "import", str(rows))
    assert result.exit_code == 1
    # The demo gateway's tag is 'demo'; the row gives none.
    assert "  different: line 1 demo-gw-01: displayName, tag" in result.stdout.splitlines()


def test_export_writes_the_chosen_fields(tenant: Tenant, tmp_path: Path) -> None:
    out = tmp_path / "fleet.csv"
    result = tenant.run("devices", "export", str(out), "--fields", "uniqueId,isActive,template")
    assert result.exit_code == 0, result.output
    assert result.stdout == (f"Exported 5 devices to {out} (csv: uniqueId, isActive, template).\n")
    lines = out.read_text().splitlines()
    assert lines[:2] == ["uniqueId,isActive,template", "demo-gw-01,true,edgegw"]
    assert len(lines) == 6
