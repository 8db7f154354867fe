"""What a run found: check outcomes per operation, from the event logs and the run's own probes.

:class:`Summary` folds schemathesis' ndjson events (cases, replies, check results, errors) and
the results of the parent's probes into counts per (operation, check), then renders the tables
the console shows, and the JUnit report CI reads and the HTML page people open
(:mod:`iotconnect_spec.reports`, the proxy's writers too).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from iotconnect_spec.reports import Outcome, write_html, write_junit

__all__ = ["COLUMNS", "Summary"]

#: What each column of the operation table counts, printed under it.
COLUMNS: Final = (
    "cases: requests schemathesis generated for the operation; 2xx: those answered with a 2xx; "
    "checks passed/failed: check runs on those replies and the run's own probes (each reply "
    "is checked by many checks, so these count check runs, not requests)"
)
_MESSAGE_LINES: Final = 4
_NOTHING_TO_CHECK: Final = "nothing in this run gave it a reply to check"
# The suite of the reports that lists the checks that did not run.
_NOT_RUN: Final = "checks not run"


@dataclass
class Summary:
    """Check outcomes per (operation, check), replies per operation, errors, checks not run."""

    passed: Counter[tuple[str, str]] = field(default_factory=Counter)
    failed: Counter[tuple[str, str]] = field(default_factory=Counter)
    #: The first failure message of each failing (operation, check).
    messages: dict[tuple[str, str], str] = field(default_factory=dict)
    #: Replies with a 2xx status, per operation.
    successes: Counter[str] = field(default_factory=Counter)
    #: Generated cases (requests) per operation.
    requests: Counter[str] = field(default_factory=Counter)
    #: What stopped cases from being checked (network errors, crashed checks), one line each.
    errors: list[str] = field(default_factory=list)
    #: Checks that could not run on this target, and why.
    not_run: dict[str, str] = field(default_factory=dict)
    #: Operations (by operationId) left out because they cannot run on this target, and why.
    operations_not_run: dict[str, str] = field(default_factory=dict)

    @property
    def cases(self) -> int:
        """Every generated case of the run."""
        return sum(self.requests.values())

    def add_event(self, event: dict[str, Any]) -> None:
        """Fold in one event of a schemathesis ndjson event log."""
        if "ScenarioFinished" in event:
            self._scenario(event["ScenarioFinished"])
        elif "NonFatalError" in event:
            error = event["NonFatalError"]
            self.errors.append(f"{error.get('label', '?')}: {_exception(error.get('value'))}")
        elif "FatalError" in event:
            self.errors.append(f"schemathesis: {_exception(event['FatalError'].get('exception'))}")

    def _scenario(self, event: dict[str, Any]) -> None:
        recorder = event["recorder"]
        for case_id in recorder.get("cases", {}):
            self.requests[_case_label(event, case_id)] += 1
        for case_id, results in recorder.get("checks", {}).items():
            label = _case_label(event, case_id)
            for result in results:
                name = result["name"]
                if result["status"] == "success":
                    self.passed[(label, name)] += 1
                elif result["status"] == "failure":
                    failure = (result.get("failure_info") or {}).get("failure") or {}
                    text = failure.get("message") or failure.get("title") or "failed"
                    self.record(label, name, ok=False, message=str(text))
                else:
                    self.errors.append(f"{label}: the check {name} crashed")
        for case_id, interaction in recorder.get("interactions", {}).items():
            status = (interaction.get("response") or {}).get("status_code", 0)
            if 200 <= status < 300:
                self.successes[_case_label(event, case_id)] += 1

    def record(self, operation: str, check: str, *, ok: bool, message: str | None = None) -> None:
        """Add one check run (a probe's, or one read from an event log)."""
        if ok:
            self.passed[(operation, check)] += 1
            return
        self.failed[(operation, check)] += 1
        self.messages.setdefault((operation, check), message or "failed")

    def failures(self) -> list[tuple[str, str]]:
        """The (operation, check) pairs that failed at least once, sorted."""
        return sorted(self.failed)

    def operations(self) -> list[str]:
        """Every operation the run sent or checked something for, sorted."""
        return sorted(
            {*self.requests, *(op for op, _ in self.passed), *(op for op, _ in self.failed)}
        )

    def render(self, checks: Iterable[str]) -> str:
        """The operation table, the check table and the first message of each failure."""
        operations = self.operations()
        width = max((len(label) for label in operations), default=9)
        head = (
            f"{'operation':<{width}} {'cases':>6} {'2xx':>6} {'checks passed':>14} "
            f"{'checks failed':>14}  failing checks"
        )
        lines = [head]
        for label in operations:
            ok = sum(n for (op, _), n in self.passed.items() if op == label)
            bad = sum(n for (op, _), n in self.failed.items() if op == label)
            names = ", ".join(sorted(check for op, check in self.failed if op == label))
            lines.append(
                f"{label:<{width}} {self.requests[label]:>6} {self.successes[label]:>6} "
                f"{ok:>14} {bad:>14}  {names or '-'}"
            )
        lines.append(f"({COLUMNS})")
        lines += [f"not run: {op}: {why}" for op, why in self.operations_not_run.items()]
        lines += ["", self._render_checks(checks)]
        if self.failed:
            lines += ["", "First failure of each failing (operation, check):"]
            for operation, check in self.failures():
                message = _short(self.messages.get((operation, check), ""))
                lines.append(f"  {operation} [{check}]: {message}")
        if self.errors:
            lines += [
                "",
                f"Errors ({len(self.errors)}): what kept the run from checking or cleaning up",
            ]
            lines += [f"  {error}" for error in self.errors[:20]]
        return "\n".join(lines)

    def _render_checks(self, checks: Iterable[str]) -> str:
        names = list(checks)
        width = max((len(name) for name in names), default=5)
        lines = [f"{'check':<{width}} {'runs passed':>12} {'runs failed':>12}  result"]
        for name in names:
            ok = sum(n for (_, check), n in self.passed.items() if check == name)
            bad = sum(n for (_, check), n in self.failed.items() if check == name)
            if bad:
                result = "FAILED"
            elif ok:
                result = "passed"
            else:
                result = f"not run: {self.not_run.get(name, _NOTHING_TO_CHECK)}"
            lines.append(f"{name:<{width}} {ok:>12} {bad:>12}  {result}")
        return "\n".join(lines)

    def redact(self, clean: Callable[[str], str]) -> None:
        """Pass every message and error through ``clean`` (the run's redactor) before they are
        written anywhere: probes and the clean-up quote what the server sent."""
        self.messages = {key: clean(text) for key, text in self.messages.items()}
        self.errors = [clean(error) for error in self.errors]

    def ran(self, check: str) -> bool:
        """Whether ``check`` ran at least once."""
        return any(name == check for _, name in (*self.passed, *self.failed))

    def outcomes(self, checks: Iterable[str]) -> list[Outcome]:
        """One outcome per operation and check that ran, then the checks that did not run."""
        names = list(checks)
        found = [
            Outcome(
                operation,
                check,
                passed=self.passed[(operation, check)],
                failed=self.failed[(operation, check)],
                message=_short(self.messages.get((operation, check), "")),
            )
            for operation in self.operations()
            for check in names
        ]
        return found + [
            Outcome(_NOT_RUN, check, skipped=self.not_run.get(check, _NOTHING_TO_CHECK))
            for check in names
            if not self.ran(check)
        ]

    def write_junit(self, path: Path, checks: Iterable[str]) -> None:
        """A JUnit report: a test suite per operation, a test case per check (skipped: not
        run), and the run's errors."""
        write_junit(path, self.outcomes(checks), [_short(error) for error in self.errors])

    def write_html(self, path: Path, checks: Iterable[str]) -> None:
        """The same outcomes as one HTML page, with the operations left out and the errors."""
        notes = [f"not run: {op}: {why}" for op, why in self.operations_not_run.items()]
        outcomes = self.outcomes(checks)
        errors = [_short(error) for error in self.errors]
        write_html(path, "iotconnect conformance", outcomes, [COLUMNS, *notes], errors)


def _short(message: str) -> str:
    lines = [line.strip() for line in message.strip().splitlines() if line.strip()]
    text = " / ".join(lines[:_MESSAGE_LINES])
    return text if len(lines) <= _MESSAGE_LINES else text + " / ..."


def _exception(value: Any) -> str:
    if isinstance(value, dict):
        return f"{value.get('type', 'error')}: {_short(str(value.get('message', '')))}"
    return _short(str(value))


def _case_label(event: dict[str, Any], case_id: str) -> str:
    recorder = event["recorder"]
    if event["phase"] != "stateful":
        return str(recorder["label"])
    # A stateful scenario records the cases of several operations under one label: name each
    # case's own operation instead.
    value = recorder["cases"].get(case_id, {}).get("value", {})
    return f"{value.get('method', '?')} {value.get('path', recorder['label'])}"
