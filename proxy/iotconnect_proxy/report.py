"""What the proxy found, as text for a terminal."""

from __future__ import annotations

from .findings import Findings

__all__ = ["summary"]


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
