"""``iotconnect conformance``: the run as a command, registered in the ``iotconnect.commands``
entry points (``pyproject.toml``), so the client's CLI finds it without importing this package.

Its options are its own: without ``--env`` or URLs it runs against the embedded mock, so it does
not read ``IOTC_ENV`` as the tenant commands do.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import typer

from .options import CHECKS, Options
from .runner import run
from .target import Identity, Target

__all__ = ["app"]

app = typer.Typer(name="conformance", add_completion=False)


@app.command()
def conformance(
    report: Path = typer.Option(
        Path("reports/conformance.xml"),
        "--junit",
        "--report",
        help="JUnit XML report path: a test case per operation and check.",
    ),
    html: Path | None = typer.Option(None, help="Also an HTML summary of the run, here."),
    env: str | None = typer.Option(None, help="Environment of a real tenant (via discovery)."),
    platform: str = typer.Option("aws", help="Platform of the tenant with --env: aws or az."),
    auth_url: str | None = typer.Option(None, help="Auth service base URL (no discovery)."),
    device_url: str | None = typer.Option(None, help="Device service base URL (no discovery)."),
    discovery_url: str | None = typer.Option(
        None, help="Discovery host (default: the auth host with --auth-url, else the public one)."
    ),
    username: str | None = typer.Option(None, envvar="IOTC_USER", help="User of the tenant."),
    password: str | None = typer.Option(
        None, envvar="IOTC_PASS", show_default=False, help="Password (prefer IOTC_PASS)."
    ),
    solution_key: str | None = typer.Option(
        None, envvar="IOTC_SKEY", show_default=False, help="Solution key (prefer IOTC_SKEY)."
    ),
    allow_writes: bool = typer.Option(
        False,
        help="Also run non-GET operations against a tenant: they change only devices the run "
        "creates (named conformance-<run id>-...), and it deletes them at the end.",
    ),
    peer_user: str | None = typer.Option(
        None, envvar="IOTC_PEER_USER", help="A user of another tenant, to check isolation."
    ),
    peer_password: str | None = typer.Option(
        None, envvar="IOTC_PEER_PASS", show_default=False, help="Password (prefer IOTC_PEER_PASS)."
    ),
    peer_solution_key: str | None = typer.Option(
        None, envvar="IOTC_PEER_SKEY", show_default=False, help="Its solution key (IOTC_PEER_SKEY)."
    ),
    plan: bool = typer.Option(False, help="Print what the run would do; send nothing."),
    seed: int | None = typer.Option(None, help="Random seed of the generated cases (fixed)."),
    max_examples: int | None = typer.Option(None, help="Cases per operation and phase (50)."),
    operation: list[str] = typer.Option([], help="Only this operationId (repeatable)."),
    check: list[str] = typer.Option([], help="Only this check (repeatable; default: all)."),
    max_reply_bytes: int | None = typer.Option(
        None, help="The most a reply body may hold, decoded (32 MiB); a longer one is an error."
    ),
) -> None:
    """Check that a server does what openapi.yaml says, with schemathesis and our own checks.

    Without --env or --auth-url/--device-url it starts the embedded mock on a free loopback
    port. Against a tenant it reads the IOTC_* credentials and sends only GET requests unless
    --allow-writes is given. The last line is the verdict: exit 0 when every check that ran
    passed, 1 when one failed, 2 for a usage or set-up error.
    """
    options = Options(
        report=report,
        html=html,
        allow_writes=allow_writes,
        operations=tuple(operation),
        checks=tuple(check) or CHECKS,
        plan=plan,
    )
    if seed is not None:
        options = dataclasses.replace(options, seed=seed)
    if max_examples is not None:
        options = dataclasses.replace(options, max_examples=max_examples)
    if max_reply_bytes is not None:
        options = dataclasses.replace(options, max_reply_bytes=max_reply_bytes)
    target: Target | None = None
    if env is not None or auth_url is not None or device_url is not None:
        # Missing credentials and hosts are reported by the run, with its verdict line.
        target = Target(
            username=username or "",
            password=password or "",
            solution_key=solution_key or "",
            environment=env,
            platform=platform,
            auth_url=auth_url,
            device_url=device_url,
            discovery_url=discovery_url,
            peer=Identity(peer_user, peer_password or "", peer_solution_key or "")
            if peer_user
            else None,
        )
    raise SystemExit(run(target, options).status)
