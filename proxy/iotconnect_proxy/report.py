"""What the proxy found, as text for a terminal and as JUnit XML and HTML files.

The files hold one test case per operation seen and check (:data:`~.findings.CHECKS`): passed
by every exchange of that operation, or failed with each distinct finding and its redacted
example as the message.
"""

from __future__ import annotations

from pathlib import Path

from iotconnect_spec.reports import Outcome, write_html, write_junit

from .findings import CHECKS, Findings

__all__ = ["outcomes", "summary", "write_reports"]


def outcomes(findings: Findings) -> list[Outcome]:
    """One outcome per operation seen and check."""
    counts = findings.counts
    messages: dict[tuple[str, str], list[str]] = {}
    for finding, example in findings.distinct.items():
        where = finding.pointer or "/"
        text = f"{where}: expected {finding.expected}, found {finding.found} (e.g. {example})"
        messages.setdefault((finding.operation, finding.check), []).append(text)
    return [
        Outcome(
            operation,
            check,
            passed=seen - counts.get((operation, check), 0),
            failed=counts.get((operation, check), 0),
            message="; ".join(messages.get((operation, check), [])),
        )
        for operation, seen in sorted(findings.exchanges.items())
        for check in CHECKS
    ]


def write_reports(findings: Findings, junit: Path | None, html: Path | None) -> None:
    """Write the JUnit and HTML reports that are asked for."""
    results = outcomes(findings)
    if junit is not None:
        write_junit(junit, results)
    if html is not None:
        notes = [f"{finding}  e.g. {example}" for finding, example in findings.distinct.items()]
        write_html(html, "iotconnect proxy: live traffic against openapi.yaml", results, notes)


def summary(findings: Findings) -> str:
    """Exchanges per operation, each distinct finding with its example, and the verdict."""
    exchanges = findings.exchanges
    distinct = findings.distinct
    counts = findings.counts
    lines = [f"{sum(exchanges.values())} exchanges, {len(exchanges)} operations:"]
    for operation, n in sorted(exchanges.items()):
        failed = {check: c for (op, check), c in sorted(counts.items()) if op == operation}
        shown = ", ".join(f"{check} {c}" for check, c in failed.items()) or "no finding"
        lines.append(f"  {operation}: {n} ({shown})")
    if distinct:
        lines.append(f"{len(distinct)} distinct findings:")
        lines += [f"  {finding}  e.g. {example}" for finding, example in distinct.items()]
    else:
        lines.append("no finding: every exchange matched openapi.yaml")
    return "\n".join(lines)
