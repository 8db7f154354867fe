"""``iotconnect spec``: commands on the contract itself, registered in the ``iotconnect.commands``
entry points (``pyproject.toml``). Needs typer, which comes with the ``iotconnect`` command.
"""

from __future__ import annotations

import json
from pathlib import Path

import typer

from . import spec_document
from .vendor_diff import main as diff_main

__all__ = ["app"]

app = typer.Typer(
    name="spec", help="The contract, openapi.yaml.", no_args_is_help=True, add_completion=False
)


@app.callback()
def _group() -> None:
    """The contract, openapi.yaml."""
    # A callback keeps ``vendor-diff`` a subcommand: a one-command Typer app would otherwise
    # run it as the app itself.


@app.command("vendor-diff")
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
