"""``iotconnect proxy``: the validating proxy as a command, registered in the
``iotconnect.commands`` entry points (``pyproject.toml``)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import NoReturn
from urllib.parse import urlsplit

import typer
import uvicorn

from iotconnect.discovery import DISCOVERY_URL, Platform, discover
from iotconnect.errors import IoTConnectError

from .app import create_app
from .checks import ExchangeChecker
from .findings import Findings
from .record import read_recordings
from .report import summary, write_reports
from .server import bind, server_config
from .settings import DEFAULT_MAX_BODY, ProxySettings

__all__ = ["app"]

app = typer.Typer(name="proxy", add_completion=False)

_JUNIT_HELP = "Write a JUnit XML report here: a test case per operation and check."
_HTML_HELP = "Write an HTML summary here."

_SERVICES = ("auth", "device", "user")


@app.callback(invoke_without_command=True)
def proxy(
    ctx: typer.Context,
    target: str | None = typer.Option(
        None,
        help="Base URL of every service, version prefix included (the mock's "
        "http://127.0.0.1:8000/api/v2.1); discovery goes to its origin.",
    ),
    env: str | None = typer.Option(
        None, help="Environment of a tenant: discovery with IOTC_SKEY finds its services."
    ),
    platform: str = typer.Option("aws", help="Platform of the tenant with --env: aws or az."),
    discovery_url: str | None = typer.Option(
        None, help="Discovery host (default: the public one)."
    ),
    port: int = typer.Option(8001, help="Port on 127.0.0.1 (0: a free one)."),
    allow_writes: bool = typer.Option(
        False, help="Let requests through that may change the tenant (refused by default)."
    ),
    max_body: int = typer.Option(DEFAULT_MAX_BODY, help="Bytes of a body the proxy holds."),
    junit: Path | None = typer.Option(None, help=_JUNIT_HELP),
    html: Path | None = typer.Option(None, help=_HTML_HELP),
    record: Path | None = typer.Option(
        None,
        help="Write each exchange here as a HAR file, credentials dropped and every secret "
        "masked (iotconnect mock serve --replay DIR answers with them).",
    ),
) -> None:
    """Check live traffic against openapi.yaml: a local proxy for any client.

    Point a client at http://127.0.0.1:PORT (discovery) or at /auth, /device and /user below
    it. Every request and reply is checked; each distinct finding is printed once, with a
    redacted example, and a summary at the end (Ctrl-C or SIGTERM), with the reports asked for.
    Read-only unless --allow-writes. Exit 0 when nothing was found, 1 when something was, 2
    for a usage error.
    """
    if ctx.invoked_subcommand is not None:
        return
    if (target is None) == (env is None):
        _usage("give exactly one of --target URL and --env ENV")
    if platform not in ("aws", "az"):
        _usage(f"--platform must be aws or az, not {platform!r}")
    services: dict[str, str] = {}
    if target is not None:
        parts = urlsplit(target)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            _usage(f"--target must be an http(s) URL, not {target!r}")
        services = dict.fromkeys(_SERVICES, target.rstrip("/"))
        discovery = discovery_url or f"{parts.scheme}://{parts.netloc}"
    else:
        discovery = discovery_url or DISCOVERY_URL
        services = _discovered(discovery, str(env), platform)  # type: ignore[arg-type]
    settings = ProxySettings(
        services=services,
        discovery_url=discovery,
        allow_writes=allow_writes,
        max_body=max_body,
        record=record,
    )
    application = create_app(settings)
    try:
        sock = bind("127.0.0.1", port)
    except OSError as exc:
        _usage(f"cannot listen on 127.0.0.1:{port}: {exc.strerror}")
    origin = f"http://127.0.0.1:{sock.getsockname()[1]}"
    typer.echo(_banner(origin, settings), err=True)
    try:
        uvicorn.Server(server_config(application)).run(sockets=[sock])
    except KeyboardInterrupt:
        pass  # Ctrl-C is how the proxy is meant to end: uvicorn stopped, then re-raised it
    finally:
        sock.close()
    _finish(application.state.proxy.findings, junit, html)


@app.command("diff")
def diff(
    directory: Path = typer.Argument(..., help="A directory of HAR files (proxy --record)."),
    junit: Path | None = typer.Option(None, help=_JUNIT_HELP),
    html: Path | None = typer.Option(None, help=_HTML_HELP),
) -> None:
    """Where recorded exchanges differ from openapi.yaml: the proxy's checks, on a recording.

    The vendor-diff of live traffic: each request and reply of DIRECTORY is checked as the
    proxy checks them (credentials aside: a recording has none). Exit 0 when every exchange
    matched, 1 when one did not, 2 when DIRECTORY holds no recording.
    """
    checker, findings, read = ExchangeChecker(), Findings(), 0
    # One recording at a time: a long session's bodies are never all in memory.
    try:
        for recording in read_recordings(directory):
            operation, found = checker.check(recording.exchange, credentials=False)
            findings.add(operation, found, f"{recording.file.name}")
            read += 1
    except (OSError, ValueError) as exc:
        _usage(str(exc))
    if not read:
        _usage(f"no HAR file in {directory}")
    _finish(findings, junit, html)


def _finish(findings: Findings, junit: Path | None, html: Path | None) -> NoReturn:
    write_reports(findings, junit, html)
    typer.echo(summary(findings), err=True)
    written = [str(path) for path in (junit, html) if path is not None]
    if written:
        typer.echo(f"reports: {', '.join(written)}", err=True)
    raise typer.Exit(1 if findings.distinct else 0)


def _discovered(discovery: str, env: str, platform: Platform) -> dict[str, str]:
    """The tenant's service base URLs when IOTC_SKEY is set; else none until a client
    discovers through the proxy."""
    key = os.environ.get("IOTC_SKEY")
    if not key:
        return {}
    try:
        urls = discover(key, env, platform, discovery_url=discovery)
    except IoTConnectError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    found = {"auth": urls.auth, "device": urls.device, "user": urls.user}
    return {name: url for name, url in found.items() if url}


def _banner(origin: str, settings: ProxySettings) -> str:
    mode = "reads and writes" if settings.allow_writes else "read-only"
    lines = [f"iotconnect proxy ({mode}) on {origin}"]
    lines += [f"  /{name:<7} -> {url}" for name, url in sorted(settings.services.items())]
    lines += [
        f"  discovery -> {settings.discovery_url}",
        "Point a client at it:",
        f"  export IOTC_DISCOVERY_URL={origin}",
        f"  export IOTC_AUTH_URL={origin}/auth",
        f"  export IOTC_DEVICE_URL={origin}/device",
    ]
    return "\n".join(lines)


def _usage(message: str) -> NoReturn:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(2)
