"""Commands other packages add to ``iotconnect``, found through entry points.

A package adds a command by naming a ``typer.Typer`` in its distribution's entry points, under
the group :data:`GROUP`; the entry point's name is the command's::

    [project.entry-points."iotconnect.commands"]
    mock = "iotconnect_mock.cli:app"

The mock, conformance and the spec tools register themselves this way, so the client's CLI
imports none of them. A command is loaded only when it runs (or when the top help lists it):
``iotconnect devices list`` never imports schemathesis. A package whose extra is missing raises
its guard's bare ``ImportError`` when loaded; its command then prints that one line, which
names the extra, and exits 2. Any other ``ImportError`` is a bug and keeps its traceback.

The top help lists the commands without loading them (:func:`describe`): loading the four tools
costs over a second (schemathesis, uvicorn, the client) for four lines of text.
"""

from __future__ import annotations

import ast
from importlib.metadata import EntryPoint, entry_points
from importlib.util import find_spec
from pathlib import Path
from typing import Final, NoReturn

import typer
from rich.markup import escape
from typer.core import TyperCommand, TyperGroup

__all__ = ["GROUP", "describe", "entries", "load"]

GROUP: Final = "iotconnect.commands"
"""The entry-point group that ``iotconnect`` reads its tool commands from."""

# The stub of a command whose package cannot load takes any arguments, --help included.
_ANY_ARGUMENTS: Final = {
    "ignore_unknown_options": True,
    "allow_extra_args": True,
    "help_option_names": [],
}


def entries() -> dict[str, EntryPoint]:
    """The registered commands by name, the first of each name (one look through every
    installed distribution's metadata: tens of milliseconds)."""
    found: dict[str, EntryPoint] = {}
    for entry in entry_points(group=GROUP):
        found.setdefault(entry.name, entry)
    return found


def load(entry: EntryPoint) -> TyperCommand | TyperGroup:
    """The command of the registered ``entry`` (one of :func:`entries`); for a package whose
    extra is missing, a command that says which extra to install."""
    name = entry.name
    try:
        plugin = entry.load()
    except ImportError as exc:
        # The extra guards raise a bare ImportError; ModuleNotFoundError names its module.
        if exc.name is not None:
            raise
        return _missing_extra(name, str(exc))
    if not isinstance(plugin, typer.Typer):
        raise TypeError(f"entry point {entry.value} of {GROUP} is not a typer.Typer")
    return _command(plugin, name)


def describe(entry: EntryPoint) -> TyperCommand:
    """A stand-in for the registered command ``entry`` that the top help lists: its name, and
    the first paragraph of its package's docstring (reST literals as plain text), read from the
    source without importing the package. Running the command loads it (:func:`load`)."""
    return TyperCommand(entry.name, help=escape(_summary(entry.module.partition(".")[0])))


def _summary(package: str) -> str:
    # find_spec of a top-level package locates it without running it.
    try:
        spec = find_spec(package)
        origin = None if spec is None else spec.origin
        source = "" if origin is None else Path(origin).read_text(encoding="utf-8")
        docstring = ast.get_docstring(ast.parse(source)) or ""
    except (ImportError, OSError, SyntaxError, UnicodeDecodeError, ValueError):
        return ""
    return " ".join(docstring.partition("\n\n")[0].replace("``", "").split())


def _missing_extra(name: str, message: str) -> TyperCommand | TyperGroup:
    stub = typer.Typer()

    # Escaped, or the help would read the extra's "[mock]" as markup and drop it.
    @stub.command(context_settings=_ANY_ARGUMENTS, help=escape(message))
    def missing() -> NoReturn:
        typer.echo(f"error: {message}", err=True)
        raise typer.Exit(2)

    return _command(stub, name)


def _command(app: typer.Typer, name: str) -> TyperCommand | TyperGroup:
    command = typer.main.get_command(app)
    if not isinstance(command, TyperCommand | TyperGroup):  # pragma: no cover - typer's own
        raise TypeError(f"typer built a {type(command).__name__} for {name}")
    command.name = name
    return command
