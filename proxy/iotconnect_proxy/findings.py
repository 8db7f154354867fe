"""What the proxy saw: each distinct finding once, with a redacted example, and counts.

A :class:`Finding` names the operation, the check that failed, the JSON pointer (of the reply,
or ``/query/<name>``, ``/header/<name>``, ``/body...`` of the request) and what the spec
expects against what was found, in the spec's words and JSON types only: never a value from
the traffic. Its example (method, path and status of the first exchange that showed it) passes
through the redactor before it is kept.
"""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass
from typing import Final, Literal

__all__ = ["CHECKS", "Check", "Finding", "Findings"]

Check = Literal["operation", "request", "status", "content-type", "schema", "envelope", "size"]
"""The checks made on each exchange, in the order they run."""

CHECKS: Final[tuple[Check, ...]] = (
    "operation",
    "request",
    "status",
    "content-type",
    "schema",
    "envelope",
    "size",
)
"""Every check: an exchange passes each one or yields a finding of that kind."""

# Distinct findings kept: a server that sends new names forever must not grow them forever.
_MAX_DISTINCT: Final = 1000


@dataclass(frozen=True, order=True)
class Finding:
    """One way an exchange differs from the spec. Holds no value from the traffic."""

    operation: str
    check: Check
    pointer: str
    expected: str
    found: str

    def __str__(self) -> str:
        """``operation check pointer: expected X, found Y``."""
        return (
            f"{self.operation} {self.check} {self.pointer or '/'}: "
            f"expected {self.expected}, found {self.found}"
        )


class Findings:
    """The findings of a session: distinct ones with their first example, counts per operation
    and check, and the exchanges seen per operation. Thread-safe."""

    def __init__(self) -> None:
        """Start with nothing seen."""
        self._examples: dict[Finding, str] = {}
        self._counts: Counter[tuple[str, Check]] = Counter()
        self._exchanges: Counter[str] = Counter()
        self._lock = threading.Lock()

    def add(self, operation: str, found: list[Finding], example: str) -> list[Finding]:
        """Count one exchange of ``operation`` and its findings; returns those not seen before.
        ``example`` must already be redacted."""
        with self._lock:
            self._exchanges[operation] += 1
            new = []
            for finding in dict.fromkeys(found):
                self._counts[(finding.operation, finding.check)] += 1
                if finding not in self._examples and len(self._examples) < _MAX_DISTINCT:
                    self._examples[finding] = example
                    new.append(finding)
            return new

    @property
    def distinct(self) -> dict[Finding, str]:
        """Each distinct finding and its redacted example, in the order first seen."""
        with self._lock:
            return dict(self._examples)

    @property
    def counts(self) -> dict[tuple[str, Check], int]:
        """Exchanges that failed each check, per operation."""
        with self._lock:
            return dict(self._counts)

    @property
    def exchanges(self) -> dict[str, int]:
        """Exchanges seen per operation."""
        with self._lock:
            return dict(self._exchanges)

    def as_json(self) -> dict[str, object]:
        """The findings as one JSON document (what ``/_proxy/findings`` answers)."""
        counts = self.counts
        return {
            "exchanges": self.exchanges,
            "counts": [
                {"operation": op, "check": check, "count": n}
                for (op, check), n in sorted(counts.items())
            ],
            "findings": [
                {
                    "operation": f.operation,
                    "check": f.check,
                    "pointer": f.pointer,
                    "expected": f.expected,
                    "found": f.found,
                    "example": example,
                }
                for f, example in self.distinct.items()
            ],
        }
