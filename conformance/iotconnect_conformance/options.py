"""How a run is shaped (:class:`Options`), the checks it knows, how it ended (:class:`Outcome`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from .checks import REPEAT_AND_READ_BACK
from .devices import OWNERSHIP_PROVEN, Touched
from .limits import MAX_REPLY_BYTES
from .probes import PROBE_CHECKS
from .replies import REPLY_CHECKS
from .state import STATE_CHECKS
from .summary import Summary

__all__ = ["BUILTIN_CHECKS", "CHECKS", "OUR_CHECKS", "PHASES", "Options", "Outcome"]

#: The checks of this package that run on replies, in the schemathesis children.
OUR_CHECKS: Final = (*REPEAT_AND_READ_BACK, *STATE_CHECKS, *REPLY_CHECKS)
#: schemathesis' own checks that a run applies.
BUILTIN_CHECKS: Final = (
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_headers_conformance",
    "response_schema_conformance",
    "negative_data_rejection",
    "positive_data_acceptance",
    "missing_required_header",
    "unsupported_method",
    "allow_header_conformance",
    "use_after_free",
    "ensure_resource_availability",
    "ignored_auth",
)
#: Every check a conformance run applies: schemathesis' own, ours on each reply, the run's own
#: probes, ``ownership_proven`` (every device the run wrote to read back as the run's first)
#: and ``reached_2xx`` (every operation of the run got at least one 2xx reply).
CHECKS: Final = (*BUILTIN_CHECKS, *OUR_CHECKS, *PROBE_CHECKS, OWNERSHIP_PROVEN, "reached_2xx")
PHASES: Final = ("examples", "coverage", "fuzzing", "stateful")


@dataclass(frozen=True)
class Options:
    """What to check and how hard; the defaults are CI's (fixed seed, bounded examples)."""

    report: Path = Path("reports/conformance.xml")
    #: An HTML summary of the same outcomes, when asked for.
    html: Path | None = None
    seed: int = 20261125
    max_examples: int = 50
    allow_writes: bool = False
    operations: tuple[str, ...] = ()
    checks: tuple[str, ...] = CHECKS
    phases: tuple[str, ...] = PHASES
    #: Print what the run would do and send nothing.
    plan: bool = False
    #: The most a reply body may hold, decoded; a longer one is an error of its case.
    max_reply_bytes: int = MAX_REPLY_BYTES

    def phases_run(self, writes: bool, linked: bool) -> tuple[str, ...]:
        """The phases a run goes through: the stateful one only when a reply of the run's
        operations links to another of them (every link of the spec starts at a write, so a
        read-only run has none)."""
        return tuple(p for p in self.phases if (writes and linked) or p != "stateful")


@dataclass(frozen=True)
class Outcome:
    """How a run ended: exit status, the verdict line, the summary, the devices it touched."""

    status: int
    verdict: str
    summary: Summary = field(default_factory=Summary)
    touched: tuple[Touched, ...] = ()
