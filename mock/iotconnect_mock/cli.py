"""Command line for the mock: ``serve`` runs it with uvicorn (mounted as ``iotconnect mock``)."""

from __future__ import annotations

import enum
from pathlib import Path
from typing import Annotated

import typer
import uvicorn

from .app import create_app
from .discovery import VERSION_PREFIXES
from .page_cache import DEFAULT_LIST_CACHE_PAGES
from .server import EVENT_LOOP, HTTP_PARSER, bind_socket, server_config
from .settings import DEMO_PASSWORD, DEMO_SOLUTION_KEY, DEMO_USERNAME, MockSettings, parse_user

__all__ = ["app", "main"]

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


def _parse_users(entries: list[str]) -> tuple[str, ...]:
    for entry in entries:
        try:
            parse_user(entry)
        except ValueError as exc:
            raise typer.BadParameter(str(exc), param_hint="--user") from None
    return tuple(entries)


def _banner(base: str, settings: MockSettings, custom_users: bool) -> str:
    key = settings.solution_key
    demo_key = key == DEMO_SOLUTION_KEY
    shown_key = key if demo_key else "<the --solution-key you gave>"
    version = "2.1" if settings.platform == "aws" else "2"
    lines = [
        f"IoTConnect mock ({settings.platform}) on {base}",
        f"  discovery : {base}/api/uisdk/solutionkey/{shown_key}/env/poc"
        f"?version={version}&pf={settings.platform}",
    ]
    lines += [f"  base URL  : {base}{prefix}" for prefix in VERSION_PREFIXES.values()]
    lines += [
        f"  spec      : {base}/openapi.yaml",
        f"  controls  : {base}/_mock/clock, /_mock/reset, /_mock/faults",
        f"  state     : {settings.db_path or 'in memory (lost on exit; use --db PATH to keep it)'}",
        f"  server    : uvicorn, {HTTP_PARSER} parser, {EVENT_LOOP} event loop",
    ]
    if custom_users:
        # The user typed these passwords; echoing them into logs helps nobody.
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
    ] = DEMO_SOLUTION_KEY,
    token_ttl: Annotated[
        int, typer.Option(min=1, help="Access-token lifetime in seconds (expires_in).")
    ] = 86400,
    db: Annotated[
        Path | None, typer.Option(help="SQLite file to keep state in across restarts.")
    ] = None,
    platform: Annotated[
        _Platform, typer.Option(case_sensitive=False, help="aws: list count -1; az: total.")
    ] = _Platform.aws,
    demo_devices: Annotated[
        int, typer.Option(min=0, help="Devices the demo seed creates on a fresh tenant.")
    ] = 5,
    seed: Annotated[
        bool, typer.Option(help="Seed demo templates, entities and devices on a fresh tenant.")
    ] = True,
    list_cache: Annotated[
        int,
        typer.Option(
            min=0, help="Device-list pages kept until the next write (0: every page from SQLite)."
        ),
    ] = DEFAULT_LIST_CACHE_PAGES,
    access_log: Annotated[
        bool, typer.Option(help="Log one line per request (off for load tests).")
    ] = True,
) -> None:
    """Serve the mock with uvicorn; print the base URLs and the demo credentials."""
    custom_users = bool(user)
    settings = MockSettings(
        users=_parse_users(user) if user else MockSettings().users,
        solution_key=solution_key,
        token_ttl=token_ttl,
        db_path=None if db is None else str(db),
        platform=platform.value,
        seed=seed,
        demo_devices=demo_devices,
        list_cache_pages=list_cache,
    )
    try:
        sock = bind_socket(host, port)
    except OSError as exc:
        typer.echo(f"error: cannot listen on {host}:{port}: {exc.strerror}", err=True)
        raise typer.Exit(2) from None
    bound = sock.getsockname()[1]
    base = f"http://{f'[{host}]' if ':' in host else host}:{bound}"
    typer.echo(_banner(base, settings, custom_users))
    server = uvicorn.Server(
        server_config(create_app(settings), log_level="info", access_log=access_log)
    )
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()


def main() -> None:
    """Entry point of ``python -m iotconnect_mock``."""
    app()
