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
from iotconnect_client.api.device import get_device_by_unique_id
from iotconnect_spec import spec_file

from .devices import (
    CLEAN_UP,
    CREATED,
    GONE,
    MINE,
    NOT_MINE,
    OWNERSHIP_PROVEN,
    DeviceLog,
    Touched,
    new_prefix,
    normal,
    prove,
)
from .handoff import HANDOFF_VARIABLE, Handoff
from .limits import CappedTransport, json_of
from .operations import Operation, linked
from .options import BUILTIN_CHECKS, OUR_CHECKS, PHASES, Options, Outcome
from .preflight import TIMEOUT, Ready, one_line
from .probes import AUTH_PROBE_CHECKS, FLEET_PROBE_CHECKS, PAGED_DEVICES, Probes, auth_probes_apply
from .summary import Summary
from .target import Target

__all__ = ["Execution"]

_HOOKS_MODULE: Final = "iotconnect_conformance.hooks"
_CHILD_DEADLINE: Final = 1800.0
_READER_DEADLINE: Final = 60.0
_ERROR_SHOWN: Final = 300

# A read-only run must not send PUT, DELETE or PATCH anywhere, not even to check that the
# server refuses a method a path does not declare.
_READ_ONLY_SETTINGS: Final = """
[phases.coverage]
unexpected-methods = ["get", "options"]
"""

_CREATE: Final = "POST /Device"
_DELETE: Final = "DELETE /Device/{deviceGuid}"
_FIND: Final = "GET /Device/uniqueId/{uniqueId}"
_CLOCK_IS_A_WRITE: Final = "moving the mock's clock is a POST, left out of a read-only run"
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
        self.redactor = Redactor([*target.secrets(), ready.basic_token])
        self.files: list[Path] = []

    def say(self, line: str) -> None:
        """Print a line of the run's own output, redacted."""
        self.out.write(self.redactor.text(line) + "\n")
        self.out.flush()

    def go(self) -> Outcome:
        """Probes, passes, clean-up, summary and verdict; whatever stops the checks, the run
        still cleans up, lists what it touched, writes its report and ends with its verdict."""
        kind = f"writes (devices named {self.prefix}...)" if self.writes else "read-only (GET only)"
        self.say(f"conformance: openapi.yaml against {self.target.describe()}; {kind}")
        stopped = None
        try:
            self._check()
        except Exception as exc:  # any failure still ends with the clean-up and the verdict
            stopped = one_line(exc)
            self.say(f"the run stopped: {stopped}")
        touched = self._clean_up()
        self._report_ownership()
        self.summary.redact(self.redactor.text)
        self.summary.write_junit(self.options.report, self.options.checks)
        self.files.insert(0, self.options.report)
        if self.options.html is not None:
            self.summary.write_html(self.options.html, self.options.checks)
            self.files.insert(1, self.options.html)
        self.say(f"\nConformance summary\n{self.summary.render(self.options.checks)}")
        self.say(_touched_text(touched, self.prefix))
        existing = [str(path) for path in self.files if path.exists()]
        self.say(f"\nwritten: {', '.join(existing)}")
        status, why = self._verdict() if stopped is None else (2, f"could not run: {stopped}")
        verdict = self.redactor.text(f"verdict: exit {status}, {why}")
        self.say(verdict)
        return Outcome(status, verdict, self.summary, tuple(touched))

    def _check(self) -> None:
        """The run's probes and the schemathesis passes."""
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
            self.options.max_reply_bytes,
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
        references = self.ready.references
        if self.writes and "createDevice" in ids and "certificate_stored" in chosen and references:
            self.say("probes: a device created with a certificate, read back")
            if not probes.certificate(
                self.ready.session.http_client(), self.log, self.prefix, references[0]
            ):
                self.summary.not_run["certificate_stored"] = (
                    "the company has no self-signed template"
                )
        fleet = {"createDeviceTemplateFromFile", "sendCommandToDevice"}
        if self.writes and fleet <= ids and chosen & set(FLEET_PROBE_CHECKS) and references:
            self.say("probes: a template from a file, a device of it, a command, read back")
            probes.fleet(self.ready.session.http_client(), self.log, self.prefix, references[0])
        handoff, config = self._handoff(expired), self._config()
        for number, one_pass in enumerate(passes := self._passes(), start=1):
            self.say(f"pass {number}/{len(passes)} {one_pass.name}: {', '.join(one_pass.phases)}")
            self._schemathesis(handoff, config, one_pass)
        self._reached_2xx(passes)
        self._drop_unselected()

    def _not_run_reasons(self) -> None:
        reasons = self.summary.not_run
        if self.ready.clock is None:
            reasons["expired_token_rejected"] = _NO_CLOCK
        elif not self.writes:
            reasons["expired_token_rejected"] = _CLOCK_IS_A_WRITE
        if self.target.peer is None:
            reasons["tenant_isolation"] = (
                "needs a user of a second tenant (IOTC_PEER_USER, IOTC_PEER_PASS, IOTC_PEER_SKEY)"
            )
        if not self.writes:
            for check in (
                OWNERSHIP_PROVEN,
                "write_visible",
                "use_after_free",
                "ensure_resource_availability",
                "pages_partition",
                "certificate_stored",
                *FLEET_PROBE_CHECKS,
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
        wanted = "expired_token_rejected" in self.options.checks
        if not self.writes or self.ready.clock is None or not wanted:
            return None
        session = self.ready.session
        token = session.token_auth.token()
        # The session forgets it: its next request logs in afresh, after the clock moved.
        session.token_auth.forget()
        seconds = int(token.lifetime) + 1
        transport = CappedTransport(self.options.max_reply_bytes)
        with httpx.Client(base_url=self.ready.clock, timeout=TIMEOUT, transport=transport) as http:
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
        sample = ready.sample or (None, None)
        return Handoff(
            connection={**target.connection(), **resolved},
            peer_connection=None
            if target.peer is None
            else {**target.connection(target.peer), **resolved},
            expired_token=expired,
            writes=self.writes,
            device_prefix=self.prefix,
            entity_guid=references[0] or ready.session.claims.entity_guid,
            template_guid=references[1],
            device_log=self.log.path,
            sample_guid=sample[0],
            sample_unique_id=sample[1],
            max_reply_bytes=self.options.max_reply_bytes,
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
        phases = self.options.phases_run(self.writes, linked(self.selected))
        passes = [_Pass("all-operations", phases)] if phases else []
        ids = {op.operation_id for op in self.selected}
        if "createDevice" in ids and "stateful" in phases:
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
                    self.redactor.learn(event)
                    redacted = self.redactor.value(event)
                except (ValueError, RecursionError):
                    # Not an event, or one too deep to walk (a body the cap let through).
                    events.write(self.redactor.text(raw))
                    continue
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
        """Keep only the checks the options chose (probes record more than one check each);
        ``ownership_proven`` always counts, as the run's safety is not optional."""
        chosen = {*self.options.checks, OWNERSHIP_PROVEN}
        for counter in (self.summary.passed, self.summary.failed):
            for key in [key for key in counter if key[1] not in chosen]:
                del counter[key]

    def _clean_up(self) -> list[Touched]:
        """Delete what the run created and is still there, each device proven the run's just
        before its delete; then find, by unique id, devices of creates whose replies were lost
        or lied. The devices touched."""
        try:
            http = self.ready.session.http_client()
            for guid, unique_id in self.log.alive().items():
                self._delete(http, guid, unique_id)
            for unique_id in self.log.unclaimed():
                found = self._find(http, unique_id)
                if found is not None and found not in self.log.created():
                    self._delete(http, found, unique_id, found=True)
        except Exception as exc:  # the run still lists what it touched
            self.summary.errors.append(f"clean-up stopped: {one_line(exc)}")
        touched = self.log.touched()
        self.summary.errors += [
            f"the run touched device {device.guid}, which it did not create"
            for device in touched
            if not device.created
        ]
        return touched

    def _delete(
        self, http: httpx.Client, guid: str, unique_id: str | None, *, found: bool = False
    ) -> None:
        """Delete ``guid`` once it proves the run's; ``found``: a device the run created but
        learnt the GUID of only now, by its unique id."""
        proof = prove(http, guid, unique_id, self.prefix)
        if proof.verdict == GONE:
            return
        if proof.verdict == NOT_MINE:
            self.log.disown(guid, unique_id, _FIND if found else _DELETE, proof.why)
            return
        if proof.verdict != MINE:
            self.summary.errors.append(f"clean-up: {guid} ({unique_id}) left: {proof.why}")
            return
        if found:
            self.log.record(guid, unique_id, CREATED, 0)
        try:
            status = http.delete(f"/Device/{guid}").status_code
        except httpx.HTTPError as exc:
            self.summary.errors.append(
                f"clean-up: DELETE /Device/{guid} failed ({type(exc).__name__})"
            )
            return
        self.log.record(guid, unique_id, CLEAN_UP, status)
        if not 200 <= status < 300:
            self.summary.errors.append(f"clean-up: DELETE /Device/{guid} answered {status}")

    def _find(self, http: httpx.Client, unique_id: str) -> str | None:
        """The GUID the server gives for one of the run's unique ids, if it holds that device."""
        try:
            reply = http.request(**get_device_by_unique_id.request_kwargs(unique_id))
            return normal(str(json_of(reply.content)["data"][0]["guid"]))
        except (httpx.HTTPError, ValueError, KeyError, IndexError, TypeError):
            return None

    def _report_ownership(self) -> None:
        """Each device proven the run's passes ``ownership_proven``; each GUID a server named
        as the run's that read back otherwise fails it (nothing was written to it)."""
        for _ in self.log.created():
            self.summary.record(_CREATE, OWNERSHIP_PROVEN, ok=True)
        for entry in self.log.disowned():
            self.summary.record(
                entry["operation"],
                OWNERSHIP_PROVEN,
                ok=False,
                message=f"{entry['guid']}: {entry['why']}; dropped, nothing was written to it",
            )

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
                # The first one in the verdict too: the last line is what a truncated CI log keeps.
                first = " ".join(summary.errors[0].split())[:_ERROR_SHOWN]
                parts.append(f"{len(summary.errors)} errors (listed above; the first: {first})")
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
