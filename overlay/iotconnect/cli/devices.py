"""``iotconnect devices ...``: list, get, count, and the writes (create, update, activate,
deactivate, delete), each through ``iot.devices``.

A real tenant is production: every write names the device it touched, by unique id and GUID,
and ``delete`` asks first (or takes ``--yes``, for scripts; without a terminal to ask on and
without ``--yes`` it refuses, exit 2).
"""

from __future__ import annotations

import enum
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated, Final
from uuid import UUID

import typer

from .._limits import DEFAULT_PAGE_SIZE
from .command import YesOption, one_of, tenant_command
from .connection import Connection
from .output import Output, escape, shown, usage_error

if TYPE_CHECKING:
    from iotconnect_client.models import DeviceInformation, DeviceListItem

    from ..client import IoTConnect
    from ..resources import DeviceFilters

__all__ = ["app", "can_ask"]

app = typer.Typer(name="devices", help="The tenant's devices.", no_args_is_help=True)

GuidArgument = Annotated[
    UUID | None, typer.Argument(metavar="GUID", help="The device's GUID.", show_default=False)
]
UniqueIdOption = Annotated[
    str | None, typer.Option("--unique-id", help="The device's unique id, instead of its GUID.")
]
PageSizeOption = Annotated[
    int, typer.Option(min=1, max=1000, help="Items per request (the first page without --all).")
]
AllOption = Annotated[bool, typer.Option("--all", help="Every page, not only the first.")]


class Status(enum.StrEnum):
    """The ``status`` filter of listing and counting (the generated ``ListDevicesStatus``)."""

    active = "active"
    inactive = "inactive"


class SortField(enum.StrEnum):
    """What ``sortBy`` orders by (the generated ``ListDevicesSortBy``, less the order)."""

    uniqueId = "uniqueId"  # as the API spells it
    lastConnection = "lastConnection"
    lastCommunication = "lastCommunication"


StatusOption = Annotated[Status | None, typer.Option(help="Only active or inactive ones.")]

_COLUMNS: Final = ("UNIQUE ID", "DISPLAY NAME", "ACTIVE", "TEMPLATE", "GUID")
_LABELS: Final = {"displayName": "display name", "entityGuid": "entity", "note": "note"}


def can_ask() -> bool:
    """Whether a person can answer a question: stdin is a terminal."""
    return sys.stdin.isatty()


@app.command("list")
@tenant_command
def list_devices(
    connection: Connection,
    output: Output,
    *,
    unique_id: Annotated[
        str | None, typer.Option(help="Only unique ids that contain this (any case).")
    ] = None,
    name: Annotated[
        str | None, typer.Option(help="Only display names that contain this (any case).")
    ] = None,
    status: StatusOption = None,
    template: Annotated[UUID | None, typer.Option(help="Only devices of this template.")] = None,
    sort: Annotated[SortField | None, typer.Option(help="Order by this.")] = None,
    desc: Annotated[bool, typer.Option("--desc", help="With --sort: descending.")] = False,
    page_size: PageSizeOption = DEFAULT_PAGE_SIZE,
    every: AllOption = False,
) -> None:
    """List devices: the first page, or --all of them."""
    from iotconnect_client.models.list_devices_sort_by import check_list_devices_sort_by
    from iotconnect_client.models.list_devices_status import check_list_devices_status

    filters: DeviceFilters = {"page_size": page_size}
    if unique_id is not None:
        filters["unique_id"] = unique_id
    if name is not None:
        filters["name"] = name
    if status is not None:
        filters["status"] = check_list_devices_status(status.value)
    if template is not None:
        filters["template_guid"] = template
    if sort is not None:
        filters["sort_by"] = check_list_devices_sort_by(f"{sort} {'desc' if desc else 'asc'}")
    with connection.session() as iot:
        pager = iot.devices.list(**filters)
        devices = output.gather(pager, every=every, page_size=page_size, what="devices")
    output.table(_COLUMNS, map(_row, devices), lambda: [d.to_dict() for d in devices])


def _row(device: DeviceListItem) -> tuple[object, ...]:
    template = device.device_template_name
    return (device.unique_id, device.display_name, device.is_active, template, device.guid)


@app.command("get")
@tenant_command
def get(
    connection: Connection,
    output: Output,
    guid: GuidArgument = None,
    *,
    unique_id: UniqueIdOption = None,
) -> None:
    """Show one device, by GUID or --unique-id."""
    with _named_device(connection, guid, unique_id) as (_, device):
        fields = (
            ("guid", device.guid),
            ("unique id", device.unique_id),
            ("display name", device.display_name),
            ("active", device.is_active),
            ("connected", device.is_connected),
            ("template", device.device_template_name),
            ("entity", device.entity_name),
            ("note", device.note),
            ("tag", device.tag),
            ("created", device.created_date),
        )
        output.record(fields, device.to_dict())


@app.command("count")
@tenant_command
def count(
    connection: Connection,
    output: Output,
    *,
    status: StatusOption = None,
) -> None:
    """Count the devices, or only the active or inactive ones."""
    from iotconnect_client.models.count_devices_status import check_count_devices_status

    with connection.session() as iot:
        number = iot.devices.count(None if status is None else check_count_devices_status(status))
    output.done(str(number), {"deviceCount": number})


@app.command("create")
@tenant_command
def create(
    connection: Connection,
    output: Output,
    unique_id: Annotated[
        str, typer.Argument(metavar="UNIQUE_ID", help="Unique id of the new device.")
    ],
    *,
    template: Annotated[str, typer.Option(help="Its template: a template code or GUID.")],
    display_name: Annotated[
        str | None, typer.Option(help="Its display name.", show_default="its unique id")
    ] = None,
    entity: Annotated[
        UUID | None, typer.Option(help="Its entity.", show_default="your user's")
    ] = None,
    note: Annotated[str | None, typer.Option(help="A note.")] = None,
    tag: Annotated[str | None, typer.Option(help="A tag.")] = None,
    parent: Annotated[
        UUID | None, typer.Option(help="The GUID of its gateway (it becomes a child device).")
    ] = None,
    auto_generate: Annotated[
        bool, typer.Option(help="Let the service make its keys or thumbprint (Azure).")
    ] = False,
    self_signed: Annotated[
        bool, typer.Option(help="Let the service make a self-signed certificate (AWS).")
    ] = False,
) -> None:
    """Create a device from a template."""
    with connection.session() as iot:
        created = iot.devices.create(
            unique_id=unique_id,
            display_name=display_name or unique_id,
            template=template,
            entity=entity,
            note=note,
            tag=tag,
            parent_device_guid=parent,
            auto_generate=auto_generate or None,
            is_auto_generated_self_sign_certificate=self_signed or None,
        )
    output.done(
        f"Created device {escape(unique_id)} ({created.newid}) from template {escape(template)}.",
        created.to_dict(),
    )


@app.command("update")
@tenant_command
def update(
    connection: Connection,
    output: Output,
    guid: GuidArgument = None,
    *,
    unique_id: UniqueIdOption = None,
    display_name: Annotated[str | None, typer.Option(help="A new display name.")] = None,
    note: Annotated[str | None, typer.Option(help="A new note ('' clears it).")] = None,
    entity: Annotated[UUID | None, typer.Option(help="Move it to this entity.")] = None,
) -> None:
    """Change a device's display name, note or entity; the rest stays as it is."""
    if display_name is None and note is None and entity is None:
        usage_error("say what to change: --display-name, --note or --entity")
    from iotconnect_client.types import Unset

    with _named_device(connection, guid, unique_id) as (iot, device):
        before = {
            "displayName": device.display_name,
            "entityGuid": str(device.entity_guid),
            "note": None if isinstance(device.note, Unset) else device.note,
        }
        # All three from the device just read, so that the service is asked once.
        after = {
            "displayName": device.display_name if display_name is None else display_name,
            "entityGuid": str(device.entity_guid if entity is None else entity),
            "note": before["note"] if note is None else note,
        }
        iot.devices.update(
            device.guid,
            display_name=after["displayName"],
            entity=after["entityGuid"],
            note=after["note"],
        )
    said = ", ".join(
        f"{_LABELS[name]} '{shown(before[name])}' -> '{shown(after[name])}'"
        for name in after
        if before[name] != after[name]
    )
    output.done(
        f"Updated device {_named(device)}: {said or 'nothing changed'}.",
        {**_ids(device), **after},
    )


def _switch(active: bool) -> None:
    verb = "activate" if active else "deactivate"

    def command(
        connection: Connection,
        output: Output,
        guid: GuidArgument = None,
        *,
        unique_id: UniqueIdOption = None,
    ) -> None:
        with _named_device(connection, guid, unique_id) as (iot, device):
            if device.is_active != active:
                (iot.devices.activate if active else iot.devices.deactivate)(device.guid)
        done = f"{verb.capitalize()}d device {_named(device)}."
        if device.is_active == active:
            done = f"Device {_named(device)} was {verb}d already; nothing changed."
        output.done(done, {**_ids(device), "isActive": active})

    help_text = f"{verb.capitalize()} a device, by GUID or --unique-id (if it is not already)."
    app.command(verb, help=help_text)(tenant_command(command))


_switch(active=True)
_switch(active=False)


@app.command("delete")
@tenant_command
def delete(
    connection: Connection,
    output: Output,
    guid: GuidArgument = None,
    *,
    unique_id: UniqueIdOption = None,
    yes: YesOption = False,
) -> None:
    """Delete a device, by GUID or --unique-id, after asking (or with --yes)."""
    if not yes and not can_ask():
        usage_error("deleting a device cannot be undone: add --yes (no terminal to ask on)")
    with _named_device(connection, guid, unique_id) as (iot, device):
        if not yes and not typer.confirm(f"Delete device {_named(device)}?", err=True):
            output.hint("Nothing deleted.")
            raise typer.Exit(1)
        iot.devices.delete(device.guid)
    output.done(f"Deleted device {_named(device)}.", _ids(device))


@contextmanager
def _named_device(
    connection: Connection, guid: UUID | None, unique_id: str | None
) -> Iterator[tuple[IoTConnect, DeviceInformation]]:
    """A session, and the device named by its GUID or --unique-id (exactly one, else a usage
    error before anything is sent)."""
    wanted = one_of(guid, unique_id, "device", "--unique-id ID")
    with connection.session() as iot:
        if isinstance(wanted, UUID):
            yield iot, iot.devices.get(wanted)
        else:
            yield iot, iot.devices.get_by_unique_id(wanted)


def _named(device: DeviceInformation) -> str:
    return f"{escape(device.unique_id)} ({device.guid})"


def _ids(device: DeviceInformation) -> dict[str, object]:
    """What ``--json`` names a device a write touched by."""
    return {"guid": str(device.guid), "uniqueId": device.unique_id}
