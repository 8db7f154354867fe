"""The conformance runner: does a server do what openapi.yaml says, and behave as it should?

With no target, :func:`run` starts the embedded mock (with a second tenant) on a free loopback
port and checks everything, writes included. Against any other server the run is read-only
(GET operations) unless writes are allowed; a write run changes and deletes only devices it
created (see :mod:`iotconnect_conformance.guard`), deletes them at the end and lists them.

A run goes: options checked (a bad one is a usage error), preflight (every host reached, the
login accepted; else a set-up error), the run's own probes, the ``schemathesis run`` children
(their console and event logs redacted into files beside the report), clean-up, then the
summary, the devices touched and, as the last line, the verdict: exit status 0 when every check
that ran passed, 1 when one failed, 2 for a usage or set-up error.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import tempfile
import threading
from contextlib import ExitStack
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Final, TextIO

import httpx

from iotconnect import DISCOVERY_URL, IoTConnect, IoTConnectError
from iotconnect_spec import spec_file

from .checks import OUR_CHECKS
from .devices import DeviceLog, Touched, new_prefix
from .handoff import HANDOFF_VARIABLE, Handoff
from .operations import Operation, spec_operations
from .preflight import TIMEOUT, Ready, SetupError, origin, preflight
from .probes import PROBE_CHECKS, Probes
from .redact import Redactor
from .summary import Summary

__all__ = ["CHECKS", "Identity", "Options", "Outcome", "Target", "run"]

_HOOKS_MODULE: Final = "iotconnect_conformance.hooks"
_CHILD_DEADLINE: Final = 1800.0
_READER_DEADLINE: Final = 60.0

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
#: probes, and ``reached_2xx`` (every operation of the run got at least one 2xx reply).
CHECKS: Final = (*BUILTIN_CHECKS, *OUR_CHECKS, *PROBE_CHECKS, "reached_2xx")
PHASES: Final = ("examples", "coverage", "fuzzing", "stateful")

# A read-only run must not send PUT, DELETE or PATCH anywhere, not even to check that the
# server refuses a method a path does not declare.
_READ_ONLY_SETTINGS: Final = """
[phases.coverage]
unexpected-methods = ["get", "options"]
"""

_NO_CLOCK: Final = "the target has no clock the run can move (only a mock has), so no token expires"

# The embedded mock's second tenant, whose user must never see the first tenant's devices.
_PEER_USERNAME: Final = "peer@other-tenant.mock"
_PEER_PASSWORD: Final = "Peer-Password-1"  # noqa: S105 - a demo credential of the embedded mock
_PEER_SOLUTION_KEY: Final = "aW90Y29ubmVjdC1tb2NrLXBlZXI="


@dataclass(frozen=True)
class Identity:
    """A user of another tenant on the same hosts (to check that tenants are isolated)."""

    username: str
    password: str = field(repr=False)
    solution_key: str = field(repr=False)


@dataclass(frozen=True)
class Target:
    """A server to check and the user to check it as; :func:`run` takes ``None`` for the mock.

    Give ``environment`` (and ``platform``) to find the hosts through discovery, or ``auth_url``
    and ``device_url``. ``discovery_url`` defaults to the origin of ``auth_url`` when the hosts
    are given (the mock serves discovery there), else to the public discovery service. ``peer``
    is a user of another tenant: with one, the run checks that it sees none of this tenant.
    """

    username: str
    password: str = field(repr=False)
    solution_key: str = field(repr=False)
    environment: str | None = None
    platform: str = "aws"
    auth_url: str | None = None
    device_url: str | None = None
    discovery_url: str | None = None
    peer: Identity | None = None

    def discovery(self) -> str:
        """The discovery host this run uses (see the class docstring)."""
        if self.discovery_url:
            return self.discovery_url
        if self.auth_url and self.device_url:
            return origin(self.auth_url)
        return DISCOVERY_URL

    def connection(self, identity: Identity | None = None) -> dict[str, str | None]:
        """The keyword arguments of :class:`~iotconnect.IoTConnect` for this target's user
        (or another ``identity`` on the same hosts)."""
        who = identity or Identity(self.username, self.password, self.solution_key)
        return {
            "username": who.username,
            "password": who.password,
            "solution_key": who.solution_key,
            "environment": self.environment,
            "platform": self.platform,
            "auth_url": self.auth_url,
            "device_url": self.device_url,
            "discovery_url": self.discovery(),
        }

    def session(self) -> IoTConnect:
        """A new session of this target's user."""
        return IoTConnect(**self.connection())  # type: ignore[arg-type]

    def describe(self) -> str:
        """Where the run goes, without secrets: hosts by origin, discovery by environment."""
        if self.auth_url and self.device_url:
            hosts = f"auth {self.auth_url}, device {self.device_url}"
        else:
            hosts = f"hosts found through discovery at {origin(self.discovery())}"
            hosts += f" (environment {self.environment}, platform {self.platform})"
        return f"{hosts}, as {self.username}"


@dataclass(frozen=True)
class Options:
    """What to check and how hard; the defaults are CI's (fixed seed, bounded examples)."""

    report: Path = Path("reports/conformance.xml")
    seed: int = 20261125
    max_examples: int = 50
    allow_writes: bool = False
    operations: tuple[str, ...] = ()
    checks: tuple[str, ...] = CHECKS
    phases: tuple[str, ...] = PHASES
    #: Print what the run would do and send nothing.
    plan: bool = False


@dataclass(frozen=True)
class Outcome:
    """How a run ended: exit status, the verdict line, the summary, the devices it touched."""

    status: int
    verdict: str
    summary: Summary = field(default_factory=Summary)
    touched: tuple[Touched, ...] = ()


def run(
    target: Target | None = None, options: Options = Options(), *, out: TextIO = sys.stdout
) -> Outcome:
    """Check ``target`` against openapi.yaml; print progress, a summary and a verdict to ``out``.

    ``None`` starts the embedded mock on a free loopback port and checks it as its demo user,
    with a second tenant's user for the isolation checks.
    """
    operations = spec_operations()
    writes = target is None or options.allow_writes
    try:
        selected = _validate(target, options, operations, writes)
    except SetupError as exc:
        return _stop(out, 2, f"usage error: {exc}")
    if options.plan:
        out.write(_plan(target, options, selected, writes))
        return _stop(out, 0, "plan only: nothing was sent")
    with ExitStack() as stack:
        if target is None:
            target = _embedded_mock(stack)
        try:
            ready = preflight(
                target.connection(),
                target.discovery(),
                explicit_discovery=bool(target.discovery_url),
                writes=writes,
            )
            stack.callback(ready.session.close)
            _peer_preflight(target)
        except SetupError as exc:
            return _stop(out, 2, f"set-up error: {exc}; no case was generated")
        work = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="iotc-conformance-")))
        return _Run(target, options, ready, selected, writes, work, out).go()


def _stop(out: TextIO, status: int, why: str) -> Outcome:
    verdict = f"verdict: exit {status}, {why}"
    out.write(f"{verdict}\n")
    out.flush()
    return Outcome(status, verdict)


def _validate(
    target: Target | None, options: Options, operations: list[Operation], writes: bool
) -> list[Operation]:
    """The operations the run covers; SetupError (a usage error) for options that cannot work."""
    known = {op.operation_id for op in operations}
    _unknown("--operation", options.operations, sorted(known))
    _unknown("--check", options.checks, list(CHECKS))
    _unknown("phase", options.phases, list(PHASES))
    if options.max_examples < 1:
        raise SetupError("--max-examples must be at least 1")
    if target is not None:
        if not (target.username and target.password and target.solution_key):
            raise SetupError(
                "a tenant run needs a user, a password and a solution key "
                "(IOTC_USER, IOTC_PASS, IOTC_SKEY)"
            )
        if target.environment is None and not (target.auth_url and target.device_url):
            raise SetupError("give --env, or both --auth-url and --device-url")
        if target.platform.lower() not in ("aws", "az"):
            raise SetupError(f"--platform must be aws or az, not {target.platform!r}")
    chosen = [
        op for op in operations if not options.operations or op.operation_id in options.operations
    ]
    readable = [op for op in chosen if writes or op.method == "GET"]
    if chosen and not readable:
        names = ", ".join(op.operation_id for op in chosen)
        raise SetupError(f"{names} write: add --allow-writes to run them against a tenant")
    return readable


def _unknown(what: str, given: tuple[str, ...], valid: list[str]) -> None:
    wrong = [value for value in given if value not in valid]
    if wrong:
        raise SetupError(f"unknown {what} {', '.join(wrong)}; valid: {', '.join(valid)}")


def _plan(target: Target | None, options: Options, selected: list[Operation], writes: bool) -> str:
    where = (
        "the embedded mock, started on a free loopback port"
        if target is None
        else target.describe()
    )
    lines = [f"plan: check openapi.yaml against {where}"]
    if writes:
        lines.append(
            "writes: creates devices named conformance-<run id>-..., changes and deletes only "
            "those, deletes what is left of them at the end and lists every one"
        )
    else:
        lines.append("read-only: GET operations only (--allow-writes for the others)")
    width = max((len(op.label) for op in selected), default=0)
    lines.append(f"operations ({len(selected)}):")
    for op in selected:
        kind = "reads" if op.method == "GET" else "writes" if op.tag == "device" else "auth"
        lines.append(f"  {op.label:<{width}}  {op.operation_id:<20} {kind}")
    lines.append(
        f"phases: {', '.join(options.phases)}; seed {options.seed}; "
        f"up to {options.max_examples} cases per operation and phase"
    )
    lines.append(f"checks ({len(options.checks)}): {', '.join(options.checks)}")
    if {"wrong_password_rejected", "spent_refresh_token_rejected"} & set(options.checks):
        lines.append("probes: one login with a wrong password, one login and two refreshes")
    return "\n".join(lines) + "\n"


def _embedded_mock(stack: ExitStack) -> Target:
    """Start the mock, with a second tenant, on a free loopback port."""
    from iotconnect_mock import (
        DEMO_PASSWORD,
        DEMO_SOLUTION_KEY,
        DEMO_USERNAME,
        create_app,
        serve_in_thread,
    )

    app = create_app(tenants={_PEER_SOLUTION_KEY: [f"{_PEER_USERNAME}:{_PEER_PASSWORD}"]})
    base = f"{stack.enter_context(serve_in_thread(app))}/api/v2.1"
    # schemathesis probes the server with a request that is invalid on purpose; the mock's
    # server logs it as a warning that would read like a problem of the run.
    server_log = logging.getLogger("uvicorn.error")
    server_log.addFilter(_quiet_probe)
    stack.callback(server_log.removeFilter, _quiet_probe)
    return Target(
        username=DEMO_USERNAME,
        password=DEMO_PASSWORD,
        solution_key=DEMO_SOLUTION_KEY,
        auth_url=base,
        device_url=base,
        peer=Identity(_PEER_USERNAME, _PEER_PASSWORD, _PEER_SOLUTION_KEY),
    )


def _quiet_probe(record: logging.LogRecord) -> bool:
    return record.getMessage() != "Invalid HTTP request received."


def _peer_preflight(target: Target) -> None:
    if target.peer is None:
        return
    with IoTConnect(**target.connection(target.peer), timeout=TIMEOUT, max_retries=0) as peer:  # type: ignore[arg-type]
        try:
            peer.token_auth.token()
        except IoTConnectError as exc:
            raise SetupError(
                f"login refused for the other tenant's user {target.peer.username}: {exc}"
            ) from None


@dataclass(frozen=True)
class _Pass:
    """One ``schemathesis run``: its name, phases and operation filter."""

    name: str
    phases: tuple[str, ...]
    arguments: tuple[str, ...] = ()


class _Run:
    """One run past its preflight."""

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
        self.out.write(self.redactor.text(line) + "\n")
        self.out.flush()

    def go(self) -> Outcome:
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
        if {"login", "refreshToken"} <= ids and chosen & {
            "wrong_password_rejected",
            "spent_refresh_token_rejected",
        }:
            self.say("probes: a wrong password, a refresh token spent twice")
            probes.auth()
        paging = {"pages_partition", "page_size_honoured", "filters_filter", "sort_order_honoured"}
        if self.writes and "listDevices" in ids and chosen & paging and self.ready.references:
            self.say(f"probes: paging over {2 * 3 + 1} devices this run creates")
            probes.paging(
                self.ready.session.device.get_httpx_client(),
                self.log,
                self.prefix,
                self.ready.references,
            )
        handoff = self._handoff(expired)
        for number, one_pass in enumerate(passes := self._passes(), start=1):
            self.say(f"pass {number}/{len(passes)} {one_pass.name}: {', '.join(one_pass.phases)}")
            self._schemathesis(handoff, one_pass)
        self._reached_2xx(passes)
        self._drop_unselected()
        touched, problems = self._clean_up()
        self.summary.errors += problems
        self.options.report.parent.mkdir(parents=True, exist_ok=True)
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
            reasons["tenant_isolation"] = "needs a user of a second tenant (Target.peer)"
        if not self.writes:
            for check in (
                "write_visible",
                "use_after_free",
                "ensure_resource_availability",
                "pages_partition",
            ):
                reasons[check] = "needs writes (--allow-writes)"
            for check in ("wrong_password_rejected", "spent_refresh_token_rejected"):
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
            auth_url=ready.auth_url,
            device_url=ready.device_url,
            discovery_url=ready.discovery_url,
            solution_key=target.solution_key,
            login=(target.username, target.password),
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
        # Every link of the spec starts at a POST: a read-only run has no stateful phase.
        phases = tuple(p for p in self.options.phases if self.writes or p != "stateful")
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

    def _schemathesis(self, handoff: Handoff, one_pass: _Pass) -> None:
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
                *self._command(one_pass, spec, self._config()),
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
            status = child.wait(timeout=_CHILD_DEADLINE)
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
                line = json.dumps(self.redactor.value(event), ensure_ascii=False)
                events.write(line + "\n")
                self.summary.add_events([line])
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
            http = self.ready.session.device.get_httpx_client()
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
