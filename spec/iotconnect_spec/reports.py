"""Reports of checks against the contract, in the forms CI and people read: JUnit XML and HTML.

The conformance run and the proxy both end with outcomes per operation and check; each is an
:class:`Outcome`, and :func:`write_junit` and :func:`write_html` turn a list of them into one
test case per operation and check (a failure carries its first message; a check that could not
run is skipped, with the reason). The writers add nothing from the traffic: callers pass
messages that are already redacted. The HTML page is one static file with no script, and its
content security policy allows none, as its text comes from servers.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Final
from xml.etree import ElementTree

__all__ = ["Outcome", "write_html", "write_junit"]

_STYLE: Final = """
body { font: 14px/1.4 system-ui, sans-serif; margin: 2em; color: #222; }
h1 { font-size: 1.4em; } table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid #ccc; padding: 4px 8px; text-align: left; vertical-align: top; }
td.passed { background: #e6f4e6; } td.failed { background: #fbe3e3; font-weight: bold; }
td.skipped, td.none { color: #888; }
.verdict-failed { color: #b00; } .verdict-passed { color: #070; }
code { font-size: 0.95em; } li { margin: 0.3em 0; }
"""


@dataclass(frozen=True)
class Outcome:
    """How one check fared on one operation: runs passed and failed, the first failure's
    message (redacted), or why it did not run."""

    operation: str
    check: str
    passed: int = 0
    failed: int = 0
    message: str = ""
    skipped: str | None = None

    @property
    def status(self) -> str:
        """``failed``, ``passed``, ``skipped`` or ``none`` (nothing ran)."""
        if self.failed:
            return "failed"
        if self.passed:
            return "passed"
        return "skipped" if self.skipped is not None else "none"


def write_junit(path: Path, outcomes: Iterable[Outcome], errors: Sequence[str] = ()) -> None:
    """A JUnit report: a test suite per operation, a test case per check that ran or was
    skipped; ``errors`` (what kept a run from checking) as error cases of their own suite."""
    root = ElementTree.Element("testsuites")
    suites: dict[str, ElementTree.Element] = {}
    for outcome in outcomes:
        if outcome.status == "none":
            continue
        suite = suites.get(outcome.operation)
        if suite is None:
            suite = suites[outcome.operation] = ElementTree.SubElement(
                root, "testsuite", name=outcome.operation
            )
        case = ElementTree.SubElement(
            suite, "testcase", classname=outcome.operation, name=outcome.check
        )
        if outcome.failed:
            runs = outcome.passed + outcome.failed
            failure = ElementTree.SubElement(case, "failure", message=outcome.message or "failed")
            failure.text = f"{outcome.failed} of {runs} runs failed"
        elif outcome.skipped is not None and not outcome.passed:
            ElementTree.SubElement(case, "skipped", message=outcome.skipped)
    if errors:
        suite = ElementTree.SubElement(root, "testsuite", name="run errors")
        for number, error in enumerate(errors, start=1):
            case = ElementTree.SubElement(suite, "testcase", classname="run", name=str(number))
            ElementTree.SubElement(case, "error", message=error)
    for suite in root:
        suite.set("tests", str(len(suite)))
        for total, tag in (("failures", "failure"), ("skipped", "skipped"), ("errors", "error")):
            suite.set(total, str(sum(1 for case in suite if case.find(tag) is not None)))
    for total in ("tests", "failures", "skipped", "errors"):
        root.set(total, str(sum(int(suite.get(total, "0")) for suite in root)))
    path.parent.mkdir(parents=True, exist_ok=True)
    ElementTree.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)


def write_html(
    path: Path,
    title: str,
    outcomes: Sequence[Outcome],
    notes: Sequence[str] = (),
    errors: Sequence[str] = (),
) -> None:
    """One static HTML page: the verdict, a table of operations by checks, every failure's
    message, then ``notes`` and ``errors`` (lines the caller has redacted)."""
    operations = list(dict.fromkeys(o.operation for o in outcomes))
    checks = list(dict.fromkeys(o.check for o in outcomes))
    cells = {(o.operation, o.check): o for o in outcomes}
    failed = [o for o in outcomes if o.failed]
    verdict = "failed" if failed or errors else "passed"
    e = html.escape
    rows = []
    for operation in operations:
        row = [f"<th scope='row'>{e(operation)}</th>"]
        for check in checks:
            outcome = cells.get((operation, check), Outcome(operation, check))
            row.append(
                f"<td class='{outcome.status}' data-operation='{e(operation)}' "
                f"data-check='{e(check)}' data-status='{outcome.status}'>"
                f"{_cell(outcome)}</td>"
            )
        rows.append(f"<tr>{''.join(row)}</tr>")
    header = "".join(f"<th scope='col'>{e(check)}</th>" for check in checks)
    failures = "".join(
        f"<li class='failure' data-operation='{e(o.operation)}' data-check='{e(o.check)}'>"
        f"<code>{e(o.operation)}</code> [{e(o.check)}]: {e(o.message)}</li>"
        for o in failed
    )
    written = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    parts = [
        "<!DOCTYPE html>",
        "<html lang='en'><head><meta charset='utf-8'>",
        "<meta http-equiv='Content-Security-Policy' "
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        f"<title>{e(title)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{e(title)}</h1>",
        f"<p id='verdict' class='verdict-{verdict}' data-verdict='{verdict}'>"
        f"{len(failed)} failing of {sum(o.status != 'none' for o in outcomes)} checks "
        f"on {len(operations)} operations; {len(errors)} errors. Written {written}.</p>",
        f"<table id='outcomes'><thead><tr><th>operation</th>{header}</tr></thead>",
        f"<tbody>{''.join(rows)}</tbody></table>",
    ]
    if failures:
        parts.append(f"<h2>Failures</h2><ul id='failures'>{failures}</ul>")
    if notes:
        parts.append(
            f"<h2>Notes</h2><ul id='notes'>{''.join(f'<li>{e(n)}</li>' for n in notes)}</ul>"
        )
    if errors:
        items = "".join(f"<li>{e(error)}</li>" for error in errors)
        parts.append(f"<h2>Errors</h2><ul id='errors'>{items}</ul>")
    parts.append("</body></html>")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(parts) + "\n", encoding="utf-8")


def _cell(outcome: Outcome) -> str:
    if outcome.status == "failed":
        return f"FAILED {outcome.failed}/{outcome.passed + outcome.failed}"
    if outcome.status == "passed":
        return f"passed {outcome.passed}"
    if outcome.status == "skipped":
        return html.escape(f"not run: {outcome.skipped}")
    return "-"
