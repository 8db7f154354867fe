"""Command line for the mock: ``serve`` runs it with uvicorn; registered as ``iotconnect mock``
(the ``iotconnect.commands`` entry points in ``pyproject.toml``)."""

from __future__ import annotations

import enum
import shlex
from pathlib import Path
from typing import Annotated

import typer
import uvicorn

from .app import create_app
from .discovery import VERSION_PREFIXES
from .exposure import exposure_warning
from .server import DEFAULT_HEADER_TIMEOUT, EVENT_LOOP, HTTP_PARSER, bind_socket, server_config
from .settings import DEMO_PASSWORD, DEMO_SOLUTION_KEY, DEMO_USERNAME, MockSettings, parse_user

__all__ = ["app", "banner", "main"]

# The defaults of every setting, from the one place that defines them.
_DEFAULT = MockSettings()

app = typer.Typer(
    name="mock",
    help="A stateful mock of the IoTConnect Auth, Device and Discovery services.",
    no_args_is_help=True,
    add_completion=False,
)


@app.callback()
def _group() -> None:
    """A stateful mock of the IoTConnect Auth, Device and Discovery services."""
    # A callback keeps ``serve`` a subcommand: a one-command Typer app would otherwise run it
    # as the app itself, and ``iotconnect mock serve`` would break the day a second one lands.


class _Platform(enum.StrEnum):
    aws = "aws"
    az = "az"


_DEFAULT_PLATFORM = _Platform(_DEFAULT.platform)


def banner(base: str, settings: MockSettings, custom_users: bool) -> str:
    """What ``serve`` prints: URLs, the demo credentials or only the custom users' emails, and
    ``export IOTC_...=`` lines that point the ``iotconnect`` command at the tenant."""
    key = settings.solution_key
    demo_key = key == DEMO_SOLUTION_KEY
    shown_key = key if demo_key else "<the --solution-key you gave>"
    version = "2.1" if settings.platform == "aws" else "2"
    future = ", future mode" if settings.future else ""
    lines = [
        f"IoTConnect mock ({settings.platform}{future}) on {base}",
        f"  discovery : {base}/api/uisdk/solutionkey/{shown_key}/env/poc"
        f"?version={version}&pf={settings.platform}",
    ]
    lines += [f"  base URL  : {base}{prefix}" for prefix in VERSION_PREFIXES.values()]
    lines += [
        f"  spec      : {base}/openapi.yaml",
        f"  controls  : {base}/_mock/clock, /_mock/reset, /_mock/faults, /_mock/rate-limit"
        " (unauthenticated)"
        if settings.controls
        else "  controls  : off (--no-controls)",
        f"  state     : {settings.db_path or 'in memory (lost on exit; use --db PATH to keep it)'}",
        f"  server    : uvicorn, {HTTP_PARSER} parser, {EVENT_LOOP} event loop",
    ]
    # The user typed custom passwords and keys; echoing them into logs helps nobody.
    user = parse_user(settings.users[0])[0] if custom_users else DEMO_USERNAME
    if custom_users:
        emails = ", ".join(parse_user(u)[0] for u in settings.users)
        lines += [f"Users (passwords as given): {emails}"]
        if demo_key:
            lines += [f"Solution key: {key}"]
    else:
        lines += [
            "Demo credentials:",
            f"  username     : {DEMO_USERNAME}",
            f"  password     : {DEMO_PASSWORD}",
            f"  solution key : {shown_key}",
        ]
    base_url = f"{base}{VERSION_PREFIXES[version]}"
    exports = {
        "IOTC_AUTH_URL": base_url,
        "IOTC_DEVICE_URL": base_url,
        "IOTC_USER_URL": base_url,
        "IOTC_USER": user,
    }
    if not custom_users:
        exports["IOTC_PASS"] = DEMO_PASSWORD
    if demo_key:
        exports["IOTC_SKEY"] = key
    lines += ["For the iotconnect command, paste:"]
    lines += [f"  export {name}={shlex.quote(value)}" for name, value in exports.items()]
    if custom_users:
        lines += ["  # and IOTC_PASS: the user's password, as you gave it"]
    if not demo_key:
        lines += ["  # and IOTC_SKEY: the --solution-key you gave"]
    return "\n".join(lines)


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port; 0 picks a free one.")] = 8000,
    user: Annotated[
        list[str] | None,
        typer.Option("--user", help="EMAIL:PASSWORD of a user of the tenant; repeatable."),
    ] = None,
    solution_key: Annotated[
        str, typer.Option(help="Solution key of the tenant.")
    ] = _DEFAULT.solution_key,
    token_ttl: Annotated[
        int, typer.Option(help="Access-token lifetime in seconds (expires_in).")
    ] = _DEFAULT.token_ttl,
    db: Annotated[
        Path | None, typer.Option(help="SQLite file to keep state in across restarts.")
    ] = None,
    platform: Annotated[
        _Platform, typer.Option(case_sensitive=False, help="aws: list count -1; az: total.")
    ] = _DEFAULT_PLATFORM,
    demo_devices: Annotated[
        int,
        typer.Option(
            "--demo-devices",
            "--seed-devices",
            min=0,
            help="Devices the demo seed creates on a fresh tenant (100,000 take seconds).",
        ),
    ] = _DEFAULT.demo_devices,
    seed: Annotated[
        bool, typer.Option(help="Seed demo templates, entities and devices on a fresh tenant.")
    ] = _DEFAULT.seed,
    list_cache: Annotated[
        int,
        typer.Option(
            help="Device-list pages kept until the next write (0: every page from SQLite)."
        ),
    ] = _DEFAULT.list_cache_pages,
    rate_limit: Annotated[
        float,
        typer.Option(
            min=0, help="Requests a second to let through; more get 429 with Retry-After (0: all)."
        ),
    ] = _DEFAULT.rate_limit,
    rate_limit_burst: Annotated[
        int, typer.Option(min=1, help="Requests the rate limit lets through at once.")
    ] = _DEFAULT.rate_limit_burst,
    access_log: Annotated[
        bool, typer.Option(help="Log one line per request (off for load tests).")
    ] = True,
    future: Annotated[
        bool,
        typer.Option(
            help="Answer as a later release would: unknown fields, enum values, auth types,"
            " a header (per request: a 'future' rule of /_mock/faults)."
        ),
    ] = _DEFAULT.future,
    controls: Annotated[
        bool,
        typer.Option(
            help="Serve the unauthenticated /_mock controls (clock, reset, faults, rate limit)."
        ),
    ] = _DEFAULT.controls,
    public_url: Annotated[
        str | None,
        typer.Option(
            help="scheme://host[:port] clients reach the mock at: discovery names it, and "
            "requests for any other Host get 421. Default: the address listened on."
        ),
    ] = None,
    header_timeout: Annotated[
        float,
        typer.Option(min=0.001, help="Seconds a connection may take to send a request's head."),
    ] = DEFAULT_HEADER_TIMEOUT,
    max_connections: Annotated[
        int | None,
        typer.Option(
            min=1, help="Connections open at once (default: below the file-descriptor limit)."
        ),
    ] = None,
    replay: Annotated[
        Path | None,
        typer.Option(
            help="A directory of HAR files (iotconnect proxy --record): recorded requests get "
            "the recorded replies, the rest the stateful mock."
        ),
    ] = None,
) -> None:
    """Serve the mock with uvicorn; print the base URLs and the demo credentials."""
    custom_users = bool(user)
    try:
        settings = _DEFAULT.replace(
            users=user or _DEFAULT.users,
            solution_key=solution_key,
            token_ttl=token_ttl,
            db_path=db,
            platform=platform.value,
            seed=seed,
            demo_devices=demo_devices,
            list_cache_pages=list_cache,
            rate_limit=rate_limit,
            rate_limit_burst=rate_limit_burst,
            future=future,
            controls=controls,
            public_url=public_url,
            replay=replay,
        )
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None
    try:
        sock = bind_socket(host, port)
    except OSError as exc:
        typer.echo(f"error: cannot listen on {host}:{port}: {exc.strerror}", err=True)
        raise typer.Exit(2) from None
    address, bound = sock.getsockname()[:2]
    warning = exposure_warning(address, settings, custom_users)
    if warning is not None:
        typer.echo(warning, err=True)
    base = settings.public_url or f"http://{f'[{host}]' if ':' in host else host}:{bound}"
    typer.echo(banner(base, settings, custom_users))
    try:
        application = create_app(settings)
    except ValueError as exc:  # a replay directory that holds something other than HAR
        raise typer.BadParameter(str(exc)) from None
    server = uvicorn.Server(
        server_config(
            application,
            log_level="info",
            access_log=access_log,
            header_timeout=header_timeout,
            max_connections=max_connections,
        )
    )
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()


def main() -> None:
    """Entry point of ``python -m iotconnect_mock``."""
    app()
