"""One run past its preflight: probes, the ``schemathesis run`` children, clean-up, verdict.

The children's console and event logs reach the disk only through the run's redactor, beside
the report; the summary is folded from the events as they arrive.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Final, TextIO

import httpx

from iotconnect.redaction import Redactor
from iotconnect_spec import spec_file

from .devices import DeviceLog, Touched, new_prefix
from .handoff import HANDOFF_VARIABLE, Handoff
from .operations import Operation
from .options import BUILTIN_CHECKS, OUR_CHECKS, PHASES, Options, Outcome
from .preflight import TIMEOUT, Ready
from .probes import AUTH_PROBE_CHECKS, PAGED_DEVICES, Probes, auth_probes_apply
from .summary import Summary
from .target import Target

__all__ = ["Execution"]

_HOOKS_MODULE: Final = "iotconnect_conformance.hooks"
_CHILD_DEADLINE: Final = 1800.0
_READER_DEADLINE: Final = 60.0

# A read-only run must not send PUT, DELETE or PATCH anywhere, not even to check that the
# server refuses a method a path does not declare.
_READ_ONLY_SETTINGS: Final = """
[phases.coverage]
unexpected-methods = ["get", "options"]
"""

_NO_CLOCK: Final = "the target has no clock the run can move (only a mock has), so no token expires"


@dataclass(frozen=True)
class _Pass:
    """One ``schemathesis run``: its name, phases and operation filter."""

    name: str
    phases: tuple[str, ...]
    arguments: tuple[str, ...] = ()


class Execution:
    """One run past its preflight (see the module docstring)."""

    def __init__(
        self,
        target: Target,
        options: Options,
        ready: Ready,
        selected: list[Operation],
        writes: bool,
        work: Path,
        out: TextIO,
    ) -> None:
        self.target, self.options, self.ready, self.writes = target, options, ready, writes
        self.selected = [
            op for op in selected if op.operation_id != "discoverServices" or not ready.no_discovery
        ]
        self.out = out
        self.summary = Summary()
        self.work = work
        self.log = DeviceLog(work / "devices.ndjson")
        self.prefix = new_prefix()
        peer = target.peer
        self.redactor = Redactor(
            [target.password, target.solution_key, ready.basic_token]
            + ([] if peer is None else [peer.password, peer.solution_key])
        )
        self.files: list[Path] = []

    def say(self, line: str) -> None:
        """Print a line of the run's own output, redacted."""
        self.out.write(self.redactor.text(line) + "\n")
        self.out.flush()

    def go(self) -> Outcome:
        """Probes, passes, clean-up, summary and verdict."""
        kind = f"writes (devices named {self.prefix}...)" if self.writes else "read-only (GET only)"
        self.say(f"conformance: openapi.yaml against {self.target.describe()}; {kind}")
        self._not_run_reasons()
        expired = self._expired_token()
        ids = {op.operation_id for op in self.selected}
        probes = Probes(
            self.ready.auth_url,
            self.target.username,
            self.target.password,
            self.target.solution_key,
            self.ready.basic_token,
            self.summary,
            self.redactor,
        )
        chosen = set(self.options.checks)
        if auth_probes_apply(ids, chosen):
            self.say("probes: a wrong password, a refresh token spent twice")
            probes.auth()
        paging = {"pages_partition", "page_size_honoured", "filters_filter", "sort_order_honoured"}
        if self.writes and "listDevices" in ids and chosen & paging and self.ready.references:
            self.say(f"probes: paging over {PAGED_DEVICES} devices this run creates")
            probes.paging(
                self.ready.session.http_client(),
                self.log,
                self.prefix,
                self.ready.references,
            )
        handoff, config = self._handoff(expired), self._config()
        for number, one_pass in enumerate(passes := self._passes(), start=1):
            self.say(f"pass {number}/{len(passes)} {one_pass.name}: {', '.join(one_pass.phases)}")
            self._schemathesis(handoff, config, one_pass)
        self._reached_2xx(passes)
        self._drop_unselected()
        touched, problems = self._clean_up()
        self.summary.errors += problems
        self.summary.write_junit(self.options.report, self.options.checks)
        self.files.insert(0, self.options.report)
        self.say(f"\nConformance summary\n{self.summary.render(self.options.checks)}")
        self.say(_touched_text(touched, self.prefix))
        existing = [str(path) for path in self.files if path.exists()]
        self.say(f"\nwritten: {', '.join(existing)}")
        status, why = self._verdict()
        verdict = f"verdict: exit {status}, {why}"
        self.say(verdict)
        return Outcome(status, verdict, self.summary, tuple(touched))

    def _not_run_reasons(self) -> None:
        reasons = self.summary.not_run
        if self.ready.clock is None:
            reasons["expired_token_rejected"] = _NO_CLOCK
        if self.target.peer is None:
            reasons["tenant_isolation"] = (
                "needs a user of a second tenant (IOTC_PEER_USER, IOTC_PEER_PASS, IOTC_PEER_SKEY)"
            )
        if not self.writes:
            for check in (
                "write_visible",
                "use_after_free",
                "ensure_resource_availability",
                "pages_partition",
            ):
                reasons[check] = "needs writes (--allow-writes)"
            for check in AUTH_PROBE_CHECKS:
                reasons[check] = (
                    "needs POST /Auth/login and refresh-token, left out of a read-only run"
                )
        if self.ready.no_discovery:
            self.summary.operations_not_run["discoverServices"] = self.ready.no_discovery

    def _expired_token(self) -> str | None:
        """On a mock: an access token of the user that has expired (the mock's clock moved)."""
        if self.ready.clock is None or "expired_token_rejected" not in self.options.checks:
            return None
        session = self.ready.session
        token = session.token_auth.token()
        # The session forgets it: its next request logs in afresh, after the clock moved.
        session.token_auth.forget()
        seconds = int(token.lifetime) + 1
        with httpx.Client(base_url=self.ready.clock, timeout=TIMEOUT) as http:
            http.post("/_mock/clock/advance", json={"seconds": seconds}).raise_for_status()
        self.redactor.add(token.access_token)
        self.redactor.add(token.refresh_token)
        self.say(
            f"moved the mock's clock forward by {seconds} s, so that a token of this run expires"
        )
        return token.access_token

    def _handoff(self, expired: str | None) -> Handoff:
        ready, target = self.ready, self.target
        resolved = {"auth_url": ready.auth_url, "device_url": ready.device_url}
        references = ready.references or (None, None)
        return Handoff(
            connection={**target.connection(), **resolved},
            peer_connection=None
            if target.peer is None
            else {**target.connection(target.peer), **resolved},
            expired_token=expired,
            writes=self.writes,
            device_prefix=self.prefix,
            entity_guid=references[0],
            template_guid=references[1],
            device_log=self.log.path,
        )

    def _passes(self) -> list[_Pass]:
        """All phases over every operation, then the stateful phase over the device operations.

        schemathesis starts stateful scenarios only at operations it deems likely to succeed,
        and with login in the spec it never deems createDevice so (it takes uniqueId and
        entityGuid for references to resources no operation returns). Without the auth and
        discovery operations, createDevice is the only start left, so the second pass follows
        the spec's create -> read/update/delete links, where use-after-free shows.
        """
        if not set(self.options.checks) & {*BUILTIN_CHECKS, *OUR_CHECKS} or not self.selected:
            return []
        phases = self.options.phases_run(self.writes)
        passes = [_Pass("all-operations", phases)] if phases else []
        ids = {op.operation_id for op in self.selected}
        if self.writes and "createDevice" in ids and "stateful" in self.options.phases:
            exclude = ("--exclude-tag", "auth", "--exclude-tag", "discovery")
            passes.append(_Pass("device-links", ("stateful",), exclude))
        return passes

    def _config(self) -> Path:
        """schemathesis' settings for this run: the package's, and in a read-only run no
        method but GET and OPTIONS where an operation does not declare one."""
        text = (files(__package__) / "schemathesis.toml").read_text(encoding="utf-8")
        if not self.writes:
            text += _READ_ONLY_SETTINGS
        path = self.work / "schemathesis.toml"
        path.write_text(text, encoding="utf-8")
        return path

    def _command(self, one_pass: _Pass, spec: Path, config: Path) -> list[str]:
        options = self.options
        # A check that cannot run here is left out, so that it shows as not run, not as passed.
        checks = [
            c
            for c in options.checks
            if c in (*BUILTIN_CHECKS, *OUR_CHECKS) and c not in self.summary.not_run
        ]
        command = [
            sys.executable, "-m", "schemathesis.cli", "--config-file", str(config),
            "run", str(spec),
            "--url", self.ready.device_url,
            "--checks", ",".join(checks),
            "--phases", ",".join(one_pass.phases),
            "--seed", str(options.seed),
            "--max-examples", str(options.max_examples),
            "--report", "ndjson",
            # No example database: the same seed must give the same cases on every machine.
            "--generation-database", "none",
        ]  # fmt: skip
        for op in self.selected:
            command += ["--include-operation-id", op.operation_id]
        return command + list(one_pass.arguments)

    def _schemathesis(self, handoff: Handoff, config: Path, one_pass: _Pass) -> None:
        """Run one pass; its console and its events go, redacted, to files beside the report."""
        report = self.options.report
        report.parent.mkdir(parents=True, exist_ok=True)
        events_path = report.with_name(f"{report.stem}.{one_pass.name}.ndjson")
        console_path = report.with_name(f"{report.stem}.{one_pass.name}.log")
        self.files += [events_path, console_path]
        environ = {
            **os.environ,
            "SCHEMATHESIS_HOOKS": _HOOKS_MODULE,
            HANDOFF_VARIABLE: handoff.to_json(),
        }
        with (
            spec_file() as spec,
            events_path.open("w", encoding="utf-8") as events,
            console_path.open("w", encoding="utf-8") as console,
        ):
            # Events come through a pipe, never a file: what schemathesis records holds
            # secrets until the redactor has seen it.
            read_end, write_end = os.pipe()
            command = [
                *self._command(one_pass, spec, config),
                "--report-ndjson-path",
                f"/dev/fd/{write_end}",
            ]
            try:
                child = subprocess.Popen(  # noqa: S603
                    command, env=environ, pass_fds=(write_end,), stdout=subprocess.PIPE,
                    stderr=subprocess.STDOUT, text=True, encoding="utf-8", errors="replace",
                )  # fmt: skip
            finally:
                os.close(write_end)
            reader = threading.Thread(target=self._follow, args=(read_end, events), daemon=True)
            reader.start()
            assert child.stdout is not None
            last = ""
            for line in child.stdout:
                console.write(self.redactor.text(line))
                last = line.strip() or last
            try:
                status = child.wait(timeout=_CHILD_DEADLINE)
            except subprocess.TimeoutExpired:
                child.kill()
                status = child.wait(timeout=_READER_DEADLINE)
            reader.join(timeout=_READER_DEADLINE)
        if status not in (0, 1):
            self.summary.errors.append(
                f"schemathesis pass {one_pass.name} exited {status}: {self.redactor.text(last)}"
            )

    def _follow(self, read_end: int, events: TextIO) -> None:
        """Redact the child's events into the event log and the summary as they arrive."""
        with os.fdopen(read_end, encoding="utf-8", errors="replace") as stream:
            for raw in stream:
                try:
                    event = json.loads(raw)
                except ValueError:
                    events.write(self.redactor.text(raw))
                    continue
                self.redactor.learn(event)
                redacted = self.redactor.value(event)
                events.write(json.dumps(redacted, ensure_ascii=False) + "\n")
                self.summary.add_event(redacted)
                phase = event.get("PhaseFinished", {}).get("phase", {})
                if phase.get("is_enabled") and phase.get("name") in PHASES:
                    failed = sum(self.summary.failed.values())
                    self.say(
                        f"  {phase.get('name')} done: {self.summary.cases} cases so far, "
                        f"{failed} failed check runs"
                    )

    def _reached_2xx(self, passes: list[_Pass]) -> None:
        if "reached_2xx" not in self.options.checks or not passes:
            return
        for op in self.selected:
            got = self.summary.successes[op.label]
            self.summary.record(
                op.label,
                "reached_2xx",
                ok=got > 0,
                message=f"no 2xx reply in {self.summary.requests[op.label]} cases: "
                "nothing the run sent got past authentication and validation",
            )

    def _drop_unselected(self) -> None:
        """Keep only the checks the options chose (probes record more than one check each)."""
        chosen = set(self.options.checks)
        for counter in (self.summary.passed, self.summary.failed):
            for key in [key for key in counter if key[1] not in chosen]:
                del counter[key]

    def _clean_up(self) -> tuple[list[Touched], list[str]]:
        """Delete what the run created and is still there; the devices touched; problems."""
        problems = []
        left = self.log.alive()
        if left:
            http = self.ready.session.http_client()
            for guid, unique_id in left.items():
                try:
                    status = http.delete(f"/Device/{guid}").status_code
                except httpx.HTTPError as exc:
                    problems.append(
                        f"clean-up: DELETE /Device/{guid} failed ({type(exc).__name__})"
                    )
                    continue
                self.log.record(guid, unique_id, "clean-up delete", status)
                if not 200 <= status < 300:
                    problems.append(f"clean-up: DELETE /Device/{guid} answered {status}")
        touched = self.log.touched()
        problems += [
            f"the run touched device {device.guid}, which it did not create"
            for device in touched
            if not device.created
        ]
        return touched, problems

    def _verdict(self) -> tuple[int, str]:
        summary = self.summary
        failed = summary.failures()
        checks_run = sum(1 for check in self.options.checks if summary.ran(check))
        not_run = len(self.options.checks) - checks_run
        if failed or summary.errors:
            pairs = ", ".join(f"{op} [{check}]" for op, check in failed[:3])
            more = "" if len(failed) <= 3 else f" and {len(failed) - 3} more"
            parts = []
            if failed:
                parts.append(f"{len(failed)} (operation, check) pairs failed: {pairs}{more}")
            if summary.errors:
                parts.append(f"{len(summary.errors)} errors (listed above)")
            return 1, "; ".join(parts)
        return 0, (
            f"every check that ran passed: {checks_run} checks over {summary.cases} cases "
            f"and the run's probes; {not_run} not run (reasons above)"
        )


def _touched_text(touched: list[Touched], prefix: str) -> str:
    if not touched:
        return "\nDevices this run touched: none (it created, changed and deleted nothing)"
    lines = [
        f"\nDevices this run touched ({len(touched)}; it changes only devices it created, "
        f"named {prefix}...):"
    ]
    width = max(len(device.unique_id or "") for device in touched)
    for device in touched:
        lines.append(f"  {device.guid}  {device.unique_id or '?':<{width}}  {device.describe()}")
    return "\n".join(lines)
