"""``iotconnect commands ...``: send a command to a device and read the command history, through
``iot.commands``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Final
from uuid import UUID

import typer

from .._limits import DEFAULT_PAGE_SIZE
from .command import tenant_command
from .connection import Connection
from .devices import AllOption, PageSizeOption
from .output import Output, escape

if TYPE_CHECKING:
    from iotconnect_client.models import CommandHistoryEntry

    from ..client import IoTConnect
    from ..commands import HistoryFilters

__all__ = ["app"]

app = typer.Typer(
    name="commands",
    help="Commands to the tenant's devices, and their history.",
    no_args_is_help=True,
)

_COLUMNS: Final = ("DEVICE", "COMMAND", "STATUS", "WHEN", "GUID")


@app.command("send")
@tenant_command
def send(
    connection: Connection,
    output: Output,
    device: Annotated[
        str, typer.Argument(metavar="DEVICE", help="The device's GUID or unique id.")
    ],
    command: Annotated[
        str, typer.Argument(metavar="COMMAND", help="The command's machine name or GUID.")
    ],
    parameter: Annotated[str, typer.Argument(metavar="[PARAM]", help="Its parameter.")] = "",
) -> None:
    """Send a command of the device's template to a device."""
    with connection.session() as iot:
        iot.commands.send(device, command, parameter)
    shown = f"{escape(command)} {escape(parameter)}".strip()
    output.done(
        f"Sent {shown!r} to {escape(device)}.",
        {"device": device, "command": command, "parameterValue": parameter},
    )


@app.command("history")
@tenant_command
def history(
    connection: Connection,
    output: Output,
    *,
    device: Annotated[
        str | None, typer.Option(help="Only this device's commands (its GUID or unique id).")
    ] = None,
    search: Annotated[str | None, typer.Option(help="Only commands whose text has this.")] = None,
    capability: Annotated[
        int | None,
        typer.Option(
            help="Only commands of templates with this capability (the history's POST form;"
            " not with --search)."
        ),
    ] = None,
    page_size: PageSizeOption = DEFAULT_PAGE_SIZE,
    every: AllOption = False,
) -> None:
    """List the command history, newest first: the first page, or --all of it."""
    filters: HistoryFilters = {"page_size": page_size}
    if search is not None:
        filters["search_text"] = search
    with connection.session() as iot:
        if device is not None:
            filters["device_guid"] = _guid(iot, device)
        pager = iot.commands.history(capability=capability, **filters)
        entries = output.gather(pager, every=every, page_size=page_size, what="commands")
    output.table(_COLUMNS, map(_row, entries), lambda: [e.to_dict() for e in entries])


def _guid(iot: IoTConnect, device: str) -> UUID:
    try:
        return UUID(device)
    except ValueError:
        return iot.devices.get_by_unique_id(device).guid


def _row(entry: CommandHistoryEntry) -> tuple[object, ...]:
    return (
        entry.unique_id,
        entry.cmd_text,
        entry.status,
        entry.status_date,
        entry.command_history_guid,
    )
