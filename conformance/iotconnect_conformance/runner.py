"""The conformance runner: does a server do what openapi.yaml says? Checked by schemathesis.

With no target, :func:`run` starts the embedded mock on a free loopback port and checks every
operation, writes included. Against any other server the run is read-only (GET operations)
unless writes are allowed, and then it deletes, at the end, every device it created.

The checks run in ``schemathesis run`` child processes, which show their progress as they go
and write a JUnit report (merged into one) and an event log (kept beside it);
:mod:`iotconnect_conformance.hooks` plugs the client into them. Then this module prints a
summary per operation and check from the event logs, and the exit status is non-zero on any
failure.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Mapping
from contextlib import ExitStack
from dataclasses import dataclass, field
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any, Final, TextIO
from urllib.parse import urlsplit
from uuid import UUID
from xml.etree import ElementTree

import httpx

from iotconnect import DISCOVERY_URL, IoTConnect
from iotconnect_client.api.device import delete_device
from iotconnect_spec import spec_file

__all__ = [
    "CHECKS",
    "HANDOFF_VARIABLE",
    "Handoff",
    "Options",
    "Outcome",
    "Summary",
    "Target",
    "run",
]

_HOOKS_MODULE: Final = "iotconnect_conformance.hooks"
_PROBE_TIMEOUT: Final = httpx.Timeout(5.0)


#: Every check a conformance run applies (schemathesis' built-in ones plus ours).
CHECKS: Final = (
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
    "expired_token_rejected",
)

#: How the child process learns what to check and as whom.
HANDOFF_VARIABLE: Final = "IOTC_CONFORMANCE_HANDOFF"


@dataclass(frozen=True)
class Target:
    """A server to check and the user to check it as; :func:`run` takes ``None`` for the mock.

    Give ``environment`` (and ``platform``) to find the hosts through discovery, or ``auth_url``
    and ``device_url``. ``discovery_url`` defaults to the origin of ``auth_url`` when the hosts
    are given (the mock serves discovery there), else to the public discovery service.
    """

    username: str
    password: str = field(repr=False)
    solution_key: str = field(repr=False)
    environment: str | None = None
    platform: str = "aws"
    auth_url: str | None = None
    device_url: str | None = None
    discovery_url: str | None = None

    def discovery(self) -> str:
        """The discovery host this run uses (see the class docstring)."""
        if self.discovery_url:
            return self.discovery_url
        if self.auth_url and self.device_url:
            return _origin(self.auth_url)
        return DISCOVERY_URL

    def connection(self) -> dict[str, str | None]:
        """The keyword arguments of :class:`~iotconnect.IoTConnect` for this target."""
        return {
            "username": self.username,
            "password": self.password,
            "solution_key": self.solution_key,
            "environment": self.environment,
            "platform": self.platform,
            "auth_url": self.auth_url,
            "device_url": self.device_url,
            "discovery_url": self.discovery(),
        }

    def session(self) -> IoTConnect:
        """A new session of this target's user."""
        return IoTConnect(**self.connection())  # type: ignore[arg-type]


@dataclass(frozen=True)
class Handoff:
    """What the parent hands to each ``schemathesis run`` child: resolved hosts and references."""

    #: The session the child authenticates with (:meth:`Target.connection`, hosts resolved).
    connection: dict[str, str | None] = field(repr=False)
    auth_url: str
    device_url: str
    discovery_url: str
    #: Discovery takes the solution key as a path parameter.
    solution_key: str = field(repr=False)
    #: Credentials that positive login cases may send: only a mock's demo user, as reports
    #: show request bodies. Without them, valid logins carry generated credentials (401).
    demo_login: tuple[str, str] | None = field(default=None, repr=False)
    #: An access token the server must refuse as expired (``None``: skip that check).
    expired_token: str | None = field(default=None, repr=False)
    #: Where to append the guid of every device the run creates, for clean-up.
    created_log: Path | None = None

    def base_url(self, tag: str) -> str:
        """The base URL of the service that operations with this tag belong to."""
        return {"auth": self.auth_url, "discovery": self.discovery_url}.get(tag, self.device_url)

    def to_json(self) -> str:
        """The handoff as JSON, for the child process."""
        data = {k: str(v) if isinstance(v, Path) else v for k, v in self.__dict__.items()}
        return json.dumps(data)

    @classmethod
    def from_json(cls, text: str) -> Handoff:
        """The inverse of :meth:`to_json`."""
        data = json.loads(text)
        log, login = data.pop("created_log"), data.pop("demo_login")
        return cls(
            **data,
            demo_login=None if login is None else tuple(login),
            created_log=None if log is None else Path(log),
        )

    def session(self) -> IoTConnect:
        """The child's session: the target's user on the resolved hosts."""
        return IoTConnect(**self.connection)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Options:
    """What to check and how hard; the defaults are CI's (fixed seed, bounded examples)."""

    report: Path = Path("reports/conformance.xml")
    seed: int = 20261125
    max_examples: int = 50
    allow_writes: bool = False
    operations: tuple[str, ...] = ()
    checks: tuple[str, ...] = CHECKS
    phases: tuple[str, ...] = ("examples", "coverage", "fuzzing", "stateful")


@dataclass
class Summary:
    """Check outcomes per (operation, check), and 2xx replies per operation, from event logs.

    The 2xx count shows that a run got past authentication and validation: an operation that
    only ever answered 401 or 412 passes every check and proves little.
    """

    passed: Counter[tuple[str, str]] = field(default_factory=Counter)
    failed: Counter[tuple[str, str]] = field(default_factory=Counter)
    successes: Counter[str] = field(default_factory=Counter)
    cases: int = 0

    def add_events(self, lines: Iterable[str]) -> None:
        """Fold in the ``ScenarioFinished`` events of a schemathesis ndjson report."""
        for line in lines:
            event = json.loads(line).get("ScenarioFinished")
            if event is None:
                continue
            recorder = event["recorder"]
            # A skipped scenario (say, no examples in the spec) records no cases.
            self.cases += len(recorder.get("cases", {}))
            for case_id, results in recorder.get("checks", {}).items():
                label = _case_label(event, case_id)
                for result in results:
                    bucket = self.passed if result["status"] == "success" else self.failed
                    bucket[(label, result["name"])] += 1
            for case_id, interaction in recorder.get("interactions", {}).items():
                status = (interaction.get("response") or {}).get("status_code", 0)
                if 200 <= status < 300:
                    self.successes[_case_label(event, case_id)] += 1

    def failures(self) -> list[tuple[str, str]]:
        """The (operation, check) pairs that failed at least once, sorted."""
        return sorted(self.failed)

    def render(self) -> str:
        """A plain-text table: one line per operation, its 2xx replies, failing checks named."""
        operations = sorted(
            {label for label, _ in self.passed} | {label for label, _ in self.failed}
        )
        width = max((len(label) for label in operations), default=9)
        head = f"{'operation':<{width}} {'2xx':>6} {'passed':>7} {'failed':>7}  failing checks"
        lines = [head]
        for label in operations:
            ok = sum(n for (op, _), n in self.passed.items() if op == label)
            bad = sum(n for (op, _), n in self.failed.items() if op == label)
            names = ", ".join(sorted(check for op, check in self.failed if op == label))
            row = f"{label:<{width}} {self.successes[label]:>6} {ok:>7} {bad:>7}  {names or '-'}"
            lines.append(row)
        lines.append(f"{self.cases} generated cases; {sum(self.failed.values())} failed checks")
        return "\n".join(lines)


def _case_label(event: dict[str, Any], case_id: str) -> str:
    recorder = event["recorder"]
    if event["phase"] != "stateful":
        return str(recorder["label"])
    # A stateful scenario records the cases of several operations under one label: name each
    # case's own operation instead.
    value = recorder["cases"].get(case_id, {}).get("value", {})
    return f"{value.get('method', '?')} {value.get('path', recorder['label'])}"


@dataclass(frozen=True)
class Outcome:
    """How a run ended: the exit status (0 when every check passed) and the summary."""

    status: int
    summary: Summary


def run(
    target: Target | None = None,
    options: Options = Options(),
    *,
    out: TextIO = sys.stdout,
) -> Outcome:
    """Check ``target`` against openapi.yaml; print progress and a summary to ``out``.

    ``None`` starts the embedded mock on a free loopback port and checks it with its demo user.
    """
    with ExitStack() as stack:
        demo_login: tuple[str, str] | None = None
        writes = options.allow_writes
        if target is None:
            target, demo_login = _embedded_mock(stack)
            writes = True
        session = stack.enter_context(target.session())
        work = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="iotc-conformance-")))
        urls = session.urls
        handoff = Handoff(
            connection={**target.connection(), "auth_url": urls.auth, "device_url": urls.device},
            auth_url=urls.auth,
            device_url=urls.device,
            discovery_url=target.discovery(),
            solution_key=target.solution_key,
            demo_login=demo_login,
            expired_token=_expired_token(session, _origin(urls.auth)),
            created_log=work / "created.txt" if writes else None,
        )
        child_environ = {
            **os.environ,
            "SCHEMATHESIS_HOOKS": _HOOKS_MODULE,
            HANDOFF_VARIABLE: handoff.to_json(),
        }
        passes = _passes(options, writes)
        options.report.parent.mkdir(parents=True, exist_ok=True)
        statuses = [
            _schemathesis(handoff, options, child_environ, writes, one_pass, work, out)
            for one_pass in passes
        ]
        _merge_junit([work / f"{one_pass.name}.xml" for one_pass in passes], options.report)
        summary = Summary()
        for one_pass in passes:
            events = _events(options, one_pass)
            if events.exists():
                with events.open() as lines:
                    summary.add_events(lines)
        out.write(f"\nConformance summary (report: {options.report})\n{summary.render()}\n")
        if handoff.created_log is not None and demo_login is None:
            _delete_created(session, handoff.created_log, out)
        return Outcome(max(statuses, default=0), summary)


@dataclass(frozen=True)
class _Pass:
    """One ``schemathesis run``: its name, phases and operation filter."""

    name: str
    phases: tuple[str, ...]
    arguments: tuple[str, ...] = ()


def _passes(options: Options, writes: bool) -> list[_Pass]:
    """All phases over every operation, then the stateful phase over the device operations.

    schemathesis starts stateful scenarios only at operations it deems likely to succeed,
    and with login in the spec it never deems createDevice so (it takes uniqueId and
    entityGuid for references to resources no operation returns). Without the auth and
    discovery operations, createDevice is the only start left, so the second pass follows
    the spec's create -> read/update/delete links, where use-after-free shows.
    """
    # Every link of the spec starts at a POST: a read-only run has no stateful phase.
    phases = tuple(p for p in options.phases if writes or p != "stateful")
    passes = [_Pass("all-operations", phases)] if phases else []
    chains = not options.operations or "createDevice" in options.operations
    if writes and chains and "stateful" in options.phases:
        exclude = ("--exclude-tag", "auth", "--exclude-tag", "discovery")
        passes.append(_Pass("device-links", ("stateful",), exclude))
    return passes


def _events(options: Options, one_pass: _Pass) -> Path:
    """The event log of a pass, kept beside the report for a closer look."""
    return options.report.with_name(f"{options.report.stem}.{one_pass.name}.ndjson")


def _merge_junit(reports: list[Path], into: Path) -> None:
    """One JUnit file with a test suite per pass."""
    merged = ElementTree.Element("testsuites")
    for report in reports:
        if not report.exists():
            continue
        root = ElementTree.parse(report).getroot()  # noqa: S314 - our own child wrote it
        for suite in root.iter("testsuite"):
            suite.set("name", f"schemathesis {report.stem}")
            merged.append(suite)
    for total in ("tests", "failures", "errors", "skipped"):
        merged.set(total, str(sum(int(s.get(total, "0")) for s in merged)))
    ElementTree.ElementTree(merged).write(into, encoding="utf-8", xml_declaration=True)


def _embedded_mock(stack: ExitStack) -> tuple[Target, tuple[str, str]]:
    """Start the mock on a free loopback port; the target and its demo login."""
    from iotconnect_mock import DEMO_PASSWORD, DEMO_SOLUTION_KEY, DEMO_USERNAME, serve_in_thread

    base = f"{stack.enter_context(serve_in_thread())}/api/v2.1"
    target = Target(
        username=DEMO_USERNAME,
        password=DEMO_PASSWORD,
        solution_key=DEMO_SOLUTION_KEY,
        auth_url=base,
        device_url=base,
    )
    return target, (DEMO_USERNAME, DEMO_PASSWORD)


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _expired_token(session: IoTConnect, origin: str) -> str | None:
    """On a mock (it has a clock to move), an access token of the user that has expired."""
    with httpx.Client(base_url=origin, timeout=_PROBE_TIMEOUT) as http:
        try:
            clock = http.get("/_mock/clock")
        except httpx.HTTPError:
            return None
        if clock.status_code != 200:
            return None
        # The session logs in now and keeps nothing of it: once the clock has moved past this
        # token's lifetime, the child's own session logs in afresh.
        token = session.token_auth.token()
        session.token_auth.forget()
        http.post("/_mock/clock/advance", json={"seconds": token.lifetime + 1}).raise_for_status()
        return token.access_token


def _schemathesis(
    target: Handoff,
    options: Options,
    environ: Mapping[str, str],
    writes: bool,
    one_pass: _Pass,
    work: Path,
    out: TextIO,
) -> int:
    with (
        spec_file() as spec,
        as_file(files(__package__) / "schemathesis.toml") as config,
    ):
        command = [
            sys.executable, "-m", "schemathesis.cli", "--config-file", str(config),
            "run", str(spec),
            "--url", target.device_url,
            "--checks", ",".join(options.checks),
            "--phases", ",".join(one_pass.phases),
            "--seed", str(options.seed),
            "--max-examples", str(options.max_examples),
            "--report", "junit,ndjson",
            "--report-junit-path", str(work / f"{one_pass.name}.xml"),
            "--report-ndjson-path", str(_events(options, one_pass)),
            # No example database: the same seed must give the same cases on every machine.
            "--generation-database", "none",
        ]  # fmt: skip
        if not writes:
            command += ["--include-method", "GET"]
        for operation in options.operations:
            command += ["--include-operation-id", operation]
        command += one_pass.arguments
        # Copied line by line, so progress shows as it happens and `out` may be any stream.
        with subprocess.Popen(  # noqa: S603
            command,
            env=dict(environ),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        ) as child:
            assert child.stdout is not None
            for line in child.stdout:
                out.write(line)
                out.flush()
        return child.returncode


def _delete_created(session: IoTConnect, log: Path, out: TextIO) -> None:
    guids = log.read_text().split() if log.exists() else []
    for guid in guids:
        delete_device.sync_detailed(UUID(guid), client=session.device)
    out.write(f"deleted the {len(guids)} devices this run created\n")
