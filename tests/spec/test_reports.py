"""The report writers the conformance run and the proxy share: JUnit XML and one HTML page."""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree

from iotconnect_spec.reports import Outcome, write_html, write_junit

OUTCOMES = [
    Outcome("listDevices", "schema", passed=3, failed=1, message="/data/*/uniqueId: absent"),
    Outcome("listDevices", "status", passed=4),
    Outcome("listDevices", "envelope"),  # nothing ran: no case
    Outcome("checks not run", "expired_token_rejected", skipped="needs the mock's clock"),
]


def test_junit_has_a_case_per_operation_and_check(tmp_path: Path) -> None:
    path = tmp_path / "r" / "report.xml"
    write_junit(path, OUTCOMES, errors=["GET /Device: ConnectError"])
    root = ElementTree.parse(path).getroot()  # noqa: S314 - our own file
    assert [suite.get("name") for suite in root] == ["listDevices", "checks not run", "run errors"]
    assert {k: root.get(k) for k in ("tests", "failures", "skipped", "errors")} == {
        "tests": "4",
        "failures": "1",
        "skipped": "1",
        "errors": "1",
    }
    cases = {(c.get("classname"), c.get("name")): c for c in root.iter("testcase")}
    failure = cases[("listDevices", "schema")].find("failure")
    assert failure is not None
    assert failure.get("message") == "/data/*/uniqueId: absent"
    assert failure.text == "1 of 4 runs failed"
    assert cases[("listDevices", "status")].find("failure") is None
    assert ("listDevices", "envelope") not in cases
    skipped = cases[("checks not run", "expired_token_rejected")].find("skipped")
    assert skipped is not None
    assert skipped.get("message") == "needs the mock's clock"


def test_html_escapes_what_servers_sent_and_runs_no_script(tmp_path: Path) -> None:
    path = tmp_path / "report.html"
    hostile = "<script>alert(1)</script>"
    write_html(path, "checks", [*OUTCOMES, Outcome("x", hostile, failed=1, message=hostile)])
    page = path.read_text()
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "default-src 'none'" in page
    assert "data-verdict='failed'" in page
    assert page.count("data-status='failed'") == 2


def test_html_passes_when_nothing_failed(tmp_path: Path) -> None:
    path = tmp_path / "report.html"
    write_html(path, "checks", [Outcome("countDevices", "status", passed=2)])
    assert "data-verdict='passed'" in path.read_text()
