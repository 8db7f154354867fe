"""The HTML check report in headless Chromium, as people open it: the verdict, a cell per
operation and check with its colour, the failures; no script runs on the page."""

from __future__ import annotations

from pathlib import Path

import pytest

import iotconnect_mock
from iotconnect_mock import create_app
from iotconnect_proxy import CHECKS, serve_in_thread
from iotconnect_proxy import create_app as create_proxy
from iotconnect_proxy.report import write_reports
from iotconnect_spec.reports import Outcome, write_html
from tests.proxy.conftest import raw_flow, settings_for
from tests.proxy.planted import PLANTED, plant

from .conftest import node_json

pytestmark = [pytest.mark.browser, pytest.mark.slow]

PASSED, FAILED = "rgb(230, 244, 230)", "rgb(251, 227, 227)"


def test_the_report_shows_every_outcome(chromium: None, tmp_path: Path) -> None:
    outcomes = [
        Outcome("listDevices", "schema", passed=3, failed=1, message="/data/*/uniqueId: absent"),
        Outcome("listDevices", "status", passed=4),
        Outcome("countDevices", "schema", passed=2),
        Outcome("countDevices", "status", skipped="no reply"),
    ]
    page = tmp_path / "report.html"
    # Text from servers lands in messages: markup in it stays text.
    hostile = "<script>document.title='owned'</script><img src=x onerror=alert(1)>"
    write_html(page, "checks", outcomes, notes=[hostile])
    shown = node_json("tools/browser.mjs", "report", str(page))
    assert shown["title"] == "checks"
    assert shown["pageErrors"] == []
    assert shown["verdict"]["verdict"] == "failed"
    assert shown["verdict"]["visible"]
    cells = {(c["operation"], c["check"]): c for c in shown["cells"]}
    assert {key: c["status"] for key, c in cells.items()} == {
        ("listDevices", "schema"): "failed",
        ("listDevices", "status"): "passed",
        ("countDevices", "schema"): "passed",
        ("countDevices", "status"): "skipped",
    }
    assert cells[("listDevices", "schema")]["text"] == "FAILED 1/4"
    assert cells[("listDevices", "schema")]["background"] == FAILED
    assert cells[("countDevices", "schema")]["background"] == PASSED
    assert shown["failures"] == ["listDevices [schema]: /data/*/uniqueId: absent"]


def test_the_proxy_report_of_a_planted_deviation(chromium: None, tmp_path: Path) -> None:
    planted = PLANTED["wrong status"]
    with iotconnect_mock.serve_in_thread(plant(create_app(), planted)) as mock:
        app = create_proxy(settings_for(mock))
        with serve_in_thread(app) as proxy:
            raw_flow(proxy)
    page = tmp_path / "proxy.html"
    write_reports(app.state.proxy.findings, None, page)
    shown = node_json("tools/browser.mjs", "report", str(page))
    assert shown["pageErrors"] == []
    assert shown["verdict"]["verdict"] == "failed"
    failed = {(c["operation"], c["check"]) for c in shown["cells"] if c["status"] == "failed"}
    assert failed == {(planted.operation, planted.check)}
    assert {c["check"] for c in shown["cells"] if c["operation"] == "listDevices"} == set(CHECKS)
    assert len(shown["failures"]) == 1
    assert shown["failures"][0].startswith(f"{planted.operation} [status]: /: expected a status")
