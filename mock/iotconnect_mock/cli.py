"""Command line for the mock: ``serve`` runs it with uvicorn."""

from __future__ import annotations

import typer

__all__ = ["app"]

app = typer.Typer(
    name="mock",
    help="A stateful mock of the IoTConnect Auth, Device and Discovery services.",
    no_args_is_help=True,
)


@app.command()
def serve() -> None:
    """Serve the mock (work in progress)."""
    raise typer.Exit(1)
