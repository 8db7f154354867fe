"""The ``iotconnect`` command: an assembly of sub-commands, each defined in a module below.

    iotconnect login | logout | whoami    the session kept between commands   (session)
    iotconnect devices list | get | count | create | update | activate | deactivate | delete
                                                                            (devices)
    iotconnect devices import | export    the fleet in bulk                     (bulk)
    iotconnect devices status | twin | children | acquire | release
                                          a device on the hub           (device_state)
    iotconnect templates list | get                                         (templates)
    iotconnect entities list | get | root                                   (entities)
    iotconnect commands send | history                                      (commands)

and the commands other packages register in the ``iotconnect.commands`` entry points
(:mod:`.plugins`), each defined in its own package, which this one never imports::

    iotconnect mock serve                 the stateful mock ('mock' extra)   (iotconnect_mock.cli)
    iotconnect conformance                openapi.yaml against the mock or a tenant
                                          ('conformance' extra)      (iotconnect_conformance.cli)
    iotconnect spec vendor-diff           openapi.yaml against the vendor's Swagger
                                                                            (iotconnect_spec.cli)

Tenant commands share the options of :mod:`.connection` and :mod:`.output` and run in the error
boundary of :mod:`.command`; they go through the resources (``iot.devices``,
``iot.templates``, ``iot.entities``), with no paging loop or HTTP of their own.
"""

from __future__ import annotations

try:
    import rich  # noqa: F401 - the tables and progress of the 'cli' extra
    import typer
except ImportError:  # pragma: no cover - depends on the install
    raise ImportError(
        "iotconnect.cli needs the 'cli' extra: pip install 'iotconnect-openapi[cli]'"
    ) from None

from collections.abc import Mapping
from typing import Annotated, ClassVar

from .._user_agent import version
from ..errors import IoTConnectError
from . import (
    bulk,  # noqa: F401 - adds `import` and `export` to the devices commands
    commands,
    device_state,  # noqa: F401 - adds `status`, `twin`, `children`, `acquire`, `release`
    devices,
    entities,
    session,
    templates,
)
from .command import Group

__all__ = ["app", "main"]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"iotconnect {version()}")  # the one the User-Agent names
        raise typer.Exit()


class _Top(Group):
    groups: ClassVar[Mapping[str, typer.Typer]] = {
        "devices": devices.app,
        "templates": templates.app,
        "entities": entities.app,
        "commands": commands.app,
    }


# Locals in tracebacks could show credentials, so Typer's pretty tracebacks go without them.
app = typer.Typer(
    name="iotconnect",
    cls=_Top,
    help="The IoTConnect REST API from a shell: a tenant's devices and templates, the mock, "
    "conformance runs.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
)


@app.callback()
def _top(
    show_version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    pass  # the top options only: each command does the work


app.add_typer(session.app)


def main() -> None:
    """Entry point of the ``iotconnect`` console script."""
    try:
        app()
    except IoTConnectError as exc:  # a command outside the boundary of .command
        typer.echo(f"error: {exc}", err=True)
        raise SystemExit(1) from None
