"""How every command runs: the shared options, the error boundary and the exit statuses.

A tenant command is written as ``func(connection, output, **its own options)`` and decorated
with :func:`tenant_command`, which adds the connection options (:mod:`.connection`) and the
output options (:mod:`.output`) to its own, so they are defined once and spelled the same
everywhere. Exit statuses: 0 done, 1 an error of the API, the connection or the token store
(one line on stderr, a traceback only with ``--debug``), 2 a usage error (one line on stderr).
"""

from __future__ import annotations

import dataclasses
import functools
import inspect
import sys
from collections.abc import Callable, Mapping, Sequence
from importlib.metadata import EntryPoint
from typing import Annotated, Any, ClassVar, Final
from uuid import UUID

import typer
from typer.core import TyperCommand, TyperGroup

from ..errors import AuthenticationError, DiscoveryError, EndpointNotFound, IoTConnectError
from . import plugins
from .connection import connection_options
from .output import UsageError, escape, output_options, usage_error

__all__ = ["Group", "one_of", "tenant_command"]

# What to check after each kind of error: the settings that most often cause it.
_HINTS: Final[Sequence[tuple[type[IoTConnectError], str]]] = (
    (AuthenticationError, "check IOTC_USER, IOTC_PASS and IOTC_SKEY"),
    (DiscoveryError, "check --env, --platform and IOTC_SKEY"),
    (EndpointNotFound, "check --auth-url and --device-url"),
)


def _parameters(group: Callable[..., object]) -> list[inspect.Parameter]:
    parameters = inspect.signature(group, eval_str=True).parameters.values()
    return [parameter.replace(kind=inspect.Parameter.KEYWORD_ONLY) for parameter in parameters]


# The options every tenant command takes besides its own, in two groups.
_CONNECTION: Final = _parameters(connection_options)
_OUTPUT: Final = _parameters(output_options)
# Typer passes the click context to a parameter of this type.
_CONTEXT: Final = inspect.Parameter(
    "typer_context", inspect.Parameter.KEYWORD_ONLY, annotation=typer.Context
)


def tenant_command(func: Callable[..., None]) -> Callable[..., None]:
    """``func(connection, output, **options)`` as a command with the shared options too.

    Its :class:`IoTConnectError` become one line on stderr and exit 1.
    """
    signature = inspect.signature(func, eval_str=True)
    own = list(signature.parameters.values())[2:]

    @functools.wraps(func)
    def command(**values: Any) -> None:
        context = values.pop(_CONTEXT.name)
        output = output_options(**_take(values, _OUTPUT))
        connection = dataclasses.replace(
            connection_options(**_take(values, _CONNECTION)), event_hooks=output.event_hooks()
        )
        try:
            func(connection, output, **values)
        except UsageError as exc:
            exc.ctx = context  # for the command path in the message
            raise
        except IoTConnectError as exc:
            hint = next((text for kind, text in _HINTS if isinstance(exc, kind)), None)
            output.error(exc, hint)
            raise typer.Exit(1) from None

    shared = [*_CONNECTION, *_OUTPUT, _CONTEXT]
    command.__signature__ = signature.replace(parameters=[*own, *shared])  # type: ignore[attr-defined]
    return command


def _take(values: dict[str, Any], parameters: Sequence[inspect.Parameter]) -> dict[str, Any]:
    return {parameter.name: values.pop(parameter.name) for parameter in parameters}


#: ``--yes``: a delete goes ahead without asking; scripts must say so, as they cannot answer.
YesOption = Annotated[bool, typer.Option("--yes", help="Delete without asking (for scripts).")]


def one_of(guid: UUID | None, key: str | None, what: str, option: str) -> UUID | str:
    """The GUID or the other key of one ``what``, whichever was given; a usage error unless
    exactly one was."""
    if guid is not None and key is None:
        return guid
    if key is not None and guid is None:
        return key
    usage_error(f"name one {what}: its GUID, or {option}")


class Group(TyperGroup):
    """The top command group: its own commands, its sub-groups, then the commands other
    packages register (:mod:`.plugins`); usage errors in one line (``error: ...``), exit 2.

    A sub-group or a registered command is listed by a stand-in (its name and help) and built
    or loaded only when it runs: typer builds a group's every command and option up front,
    which was most of the time ``--version`` took, and the tools import their own worlds.
    """

    #: The sub-groups by name, built when one runs (set by the top group of :mod:`..cli`).
    groups: ClassVar[Mapping[str, typer.Typer]] = {}

    @functools.cached_property
    def _registered(self) -> dict[str, EntryPoint]:
        return plugins.entries()

    # `ctx: object`: click's Context type lives in typer's private copy of click.
    def list_commands(self, ctx: object) -> list[str]:
        """The commands defined here, in order, the sub-groups, then the registered ones."""
        own = [*self.commands, *self.groups]
        return [*own, *(name for name in sorted(self._registered) if name not in own)]

    def get_command(self, ctx: object, cmd_name: str) -> TyperCommand | TyperGroup | None:
        """A command defined here, else a stand-in for the sub-group or the registered command
        ``cmd_name``, which the help lists without building or loading it."""
        own = self.commands.get(cmd_name)
        if isinstance(own, TyperCommand | TyperGroup):
            return own
        group = self.groups.get(cmd_name)
        if group is not None:
            about = group.info.help
            return TyperGroup(name=cmd_name, help=about if isinstance(about, str) else None)
        entry = self._registered.get(cmd_name)
        return None if entry is None else plugins.describe(entry)

    def resolve_command(self, ctx: Any, args: list[str]) -> tuple[str | None, Any, list[str]]:
        """The command that runs, in place of its stand-in."""
        name, command, rest = super().resolve_command(ctx, args)
        if name is not None and name not in self.commands:
            command = self.build(name)
        return name, command, rest

    def build(self, name: str) -> TyperCommand | TyperGroup | None:
        """The sub-group ``name`` built, else the command registered as ``name`` loaded."""
        group = self.groups.get(name)
        if group is None:
            entry = self._registered.get(name)  # the entry points as the help read them
            return None if entry is None else plugins.load(entry)
        built = typer.main.get_group(group)  # as a sub-group: no completion options of its own
        built.name = name
        return built

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        """Run the command line; with ``standalone_mode``, exit with its status."""
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode, **extra)
        try:
            status = super().main(args, prog_name, complete_var, False, **extra)
        except typer.TyperException as exc:
            code = getattr(exc, "exit_code", 1)
            # Typer's own test, as it keeps the class private: the help is printed already.
            if type(exc).__name__ != "NoArgsIsHelpError":
                context = getattr(exc, "ctx", None)
                see = f" (see '{context.command_path} --help')" if context is not None else ""
                message = escape(exc.format_message()).rstrip(".")
                typer.echo(f"error: {message}{see}", err=True)
            sys.exit(code)
        except typer.Abort:
            typer.echo("error: aborted", err=True)
            sys.exit(1)
        sys.exit(status if isinstance(status, int) else 0)
