"""The parts that live in other packages, as commands: ``mock``, ``conformance``, ``spec``.

``iotconnect mock ...`` is the mock's own command line (``iotconnect_mock.cli``), forwarded as
is; ``conformance`` runs ``iotconnect_conformance``. Both are imported inside their commands
only, so the CLI starts without the 'mock' and 'conformance' extras, and says which one to
install when a command needs it. ``conformance`` keeps options of its own: without
``--env`` or URLs it runs against the embedded mock, so it does not read ``IOTC_ENV``.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import NoReturn

import typer

__all__ = ["app", "spec_app"]

app = typer.Typer()
spec_app = typer.Typer(name="spec", help="The contract, openapi.yaml.", no_args_is_help=True)


def _missing_extra(exc: ImportError) -> NoReturn:
    """One line naming the extra to install (the part's ImportError says which), exit 2."""
    typer.echo(f"error: {exc}", err=True)
    raise typer.Exit(2)


# The mock's own command line, forwarded as is: its options are defined once, in the mock.
@app.command(
    "mock",
    context_settings={
        "allow_extra_args": True,
        "ignore_unknown_options": True,
        "help_option_names": [],
    },
)
def mock(ctx: typer.Context) -> None:
    """The stateful mock server: `iotconnect mock serve --help` (the 'mock' extra)."""
    try:
        from iotconnect_mock.cli import app as mock_app
    except ImportError as exc:
        _missing_extra(exc)
    mock_app(args=ctx.args, prog_name="iotconnect mock")


@app.command()
def conformance(
    report: Path = typer.Option(Path("reports/conformance.xml"), help="JUnit XML report path."),
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
) -> None:
    """Check that a server does what openapi.yaml says, with schemathesis and our own checks.

    Without --env or --auth-url/--device-url it starts the embedded mock on a free loopback
    port. Against a tenant it reads the IOTC_* credentials and sends only GET requests unless
    --allow-writes is given. The last line is the verdict: exit 0 when every check that ran
    passed, 1 when one failed, 2 for a usage or set-up error.
    """
    try:
        from iotconnect_conformance import CHECKS, Identity, Options, Target, run
    except ImportError as exc:
        _missing_extra(exc)
    options = Options(
        report=report,
        allow_writes=allow_writes,
        operations=tuple(operation),
        checks=tuple(check) or CHECKS,
        plan=plan,
    )
    if seed is not None:
        options = dataclasses.replace(options, seed=seed)
    if max_examples is not None:
        options = dataclasses.replace(options, max_examples=max_examples)
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


@spec_app.command("vendor-diff")
def vendor_diff(
    sources: list[str] = typer.Argument(
        None,
        help="Vendor Swagger 2.0 files, URLs or service hosts (https://HOST gets "
        "/swagger/v2.1/swagger.json). Default: the copies that ship with the spec.",
        show_default=False,
    ),
    spec: Path | None = typer.Option(
        None, help="The spec to compare (default: the installed one; .yaml needs PyYAML)."
    ),
    allow: Path | None = typer.Option(
        None, help="Allow-list of deliberate differences (default: the one that ships)."
    ),
    strict: bool = typer.Option(False, help="Also fail on allow-list entries that match nothing."),
    reasons: bool = typer.Option(False, help="Print each allowed difference's reason."),
) -> None:
    """Compare openapi.yaml with the vendor's Swagger; exit 1 on a difference not allowed."""
    from iotconnect_spec import spec_document
    from iotconnect_spec.vendor_diff import main as diff_main

    document = spec_document() if spec is None else _read_spec(spec)
    allow_text = allow.read_text() if allow is not None else None
    try:
        status = diff_main(
            document, sources or [], allow_list=allow_text, strict=strict, reasons=reasons
        )
    except (OSError, ValueError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    raise typer.Exit(status)


def _read_spec(path: Path) -> dict[str, object]:
    if path.suffix not in (".yaml", ".yml"):
        return dict(json.loads(path.read_bytes()))
    try:
        import yaml
    except ImportError:
        typer.echo("error: reading YAML needs PyYAML (pip install pyyaml)", err=True)
        raise typer.Exit(2) from None
    return dict(yaml.safe_load(path.read_text()))
