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

import logging
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path
from typing import Final, TextIO

from iotconnect import IoTConnect, IoTConnectError
from iotconnect.redaction import Redactor

from .execution import Execution
from .limits import CappedTransport
from .operations import Operation, linked, spec_operations
from .options import CHECKS, PHASES, Options, Outcome
from .preflight import TIMEOUT, SetupError, one_line, preflight
from .probes import auth_probes_apply
from .summary import Summary
from .target import Identity, Target

__all__ = ["run"]

_DEFAULTS: Final = Options()

# The embedded mock's second tenant, whose user must never see the first tenant's devices.
_PEER_USERNAME: Final = "peer@other-tenant.mock"
_PEER_PASSWORD: Final = "Peer-Password-1"  # noqa: S105 - a demo credential of the embedded mock
_PEER_SOLUTION_KEY: Final = "aW90Y29ubmVjdC1tb2NrLXBlZXI="


def run(
    target: Target | None = None, options: Options = _DEFAULTS, *, out: TextIO | None = None
) -> Outcome:
    """Check ``target`` against openapi.yaml; print progress, a summary and a verdict to ``out``
    (default: ``sys.stdout`` as it is when the run starts).

    ``None`` starts the embedded mock on a free loopback port and checks it as its demo user,
    with a second tenant's user for the isolation checks.
    """
    out = sys.stdout if out is None else out
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
        transport = CappedTransport(options.max_reply_bytes)
        stack.callback(transport.close)
        try:
            if target is None:
                target = _embedded_mock(stack)
            ready = preflight(
                target.connection(),
                explicit_discovery=bool(target.discovery_url),
                writes=writes,
                transport=transport,
            )
            stack.callback(ready.session.close)
            _peer_preflight(target, transport)
        except Exception as exc:  # a reply no rule foresaw too: still one line, and the report
            problem = str(exc) if isinstance(exc, SetupError) else one_line(exc)
            why = f"set-up error: {problem}; no case was generated"
            secrets = Redactor([] if target is None else target.secrets())
            return _stop(out, 2, secrets.text(why), options.report)
        work = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="iotc-conformance-")))
        return Execution(target, options, ready, selected, writes, work, out).go()


def _stop(out: TextIO, status: int, why: str, report: Path | None = None) -> Outcome:
    """The verdict line, alone; with ``report``, a report that says why the run did not run."""
    verdict = f"verdict: exit {status}, {why}"
    summary = Summary(errors=[why]) if report is not None else Summary()
    if report is not None:
        summary.write_junit(report, ())
    out.write(f"{verdict}\n")
    out.flush()
    return Outcome(status, verdict, summary)


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
    if options.max_reply_bytes < 1:
        raise SetupError("--max-reply-bytes must be at least 1")
    if target is not None:
        if not (target.username and target.password and target.solution_key):
            raise SetupError(
                "a tenant run needs a user, a password and a solution key "
                "(IOTC_USER, IOTC_PASS, IOTC_SKEY)"
            )
        if target.environment is None and not (target.auth_url and target.device_url):
            raise SetupError("give --env, or both --auth-url and --device-url")
        peer = target.peer
        if peer is not None and not (peer.username and peer.password and peer.solution_key):
            raise SetupError(
                "the other tenant's user needs a password and a solution key "
                "(IOTC_PEER_PASS, IOTC_PEER_SKEY)"
            )
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
        f"phases: {', '.join(options.phases_run(writes, linked(selected)))}; seed {options.seed}; "
        f"up to {options.max_examples} cases per operation and phase"
    )
    lines.append(f"checks ({len(options.checks)}): {', '.join(options.checks)}")
    if auth_probes_apply({op.operation_id for op in selected}, options.checks):
        lines.append("probes: one login with a wrong password, one login and two refreshes")
    if target is not None and target.peer is not None:
        lines.append(f"isolation: also as {target.peer.username}, of another tenant")
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


def _peer_preflight(target: Target, transport: CappedTransport) -> None:
    if target.peer is None:
        return
    connection = target.connection(target.peer)
    with IoTConnect(**connection, timeout=TIMEOUT, max_retries=0, transport=transport) as peer:  # type: ignore[arg-type]
        try:
            peer.token_auth.token()
        except IoTConnectError as exc:
            raise SetupError(
                f"login refused for the other tenant's user {target.peer.username}: {exc}"
            ) from None
