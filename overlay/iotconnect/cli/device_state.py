"""``iotconnect devices onboard | status | twin | children | acquire | release``: a device on
the hub.

Each goes through ``iot.devices`` (:mod:`iotconnect.device_state`). ``twin --set KEY=VALUE``
changes desired properties (names checked against the twin before anything is sent) and
shows the twin read back; ``acquire`` and ``release`` name the device they touched;
``onboard`` makes a certificate device and its files (the ``onboard`` extra).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Final
from uuid import UUID

import typer

from .command import one_of, tenant_command
from .connection import Connection
from .devices import AllOption, GuidArgument, PageSizeOption, UniqueIdOption, app
from .output import Output, escape, usage_error

if TYPE_CHECKING:
    from iotconnect_client.models import ChildDevice, DeviceTwinProperty

__all__ = ["children", "onboard", "status", "twin"]

UniqueIdArgument = Annotated[
    str, typer.Argument(metavar="UNIQUE_ID", help="The device's unique id.", show_default=False)
]
_TWIN_COLUMNS: Final = ("NAME", "TYPE", "DESIRED", "VERSION", "REPORTED", "REPORTED AT")
_CHILD_COLUMNS: Final = ("UNIQUE ID", "DISPLAY NAME", "ACTIVE", "CONNECTED", "GUID")


@app.command("status")
@tenant_command
def status(
    connection: Connection,
    output: Output,
    unique_id: Annotated[
        str | None, typer.Argument(metavar="UNIQUE_ID", help="The device's unique id.")
    ] = None,
    *,
    guid: Annotated[UUID | None, typer.Option(help="Its GUID, instead.")] = None,
) -> None:
    """Is the device connected to the hub now? By unique id or --guid."""
    one_of(guid, unique_id, "device", "UNIQUE_ID")
    with connection.session() as iot:
        connected = iot.devices.connection_status(unique_id, guid=guid)
    named = escape(unique_id) if unique_id is not None else str(guid)
    output.done(
        f"Device {named} is {'connected' if connected else 'not connected'}.",
        {
            "uniqueId": unique_id,
            "guid": None if guid is None else str(guid),
            "isConnected": connected,
        },
    )


def _desired(pairs: list[str]) -> dict[str, str]:
    values: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            usage_error(f"--set takes KEY=VALUE, not {escape(pair)!r}")
        values[name] = value
    return values


@app.command("twin")
@tenant_command
def twin(
    connection: Connection,
    output: Output,
    unique_id: UniqueIdArgument,
    *,
    set_values: Annotated[
        list[str] | None,
        typer.Option("--set", metavar="KEY=VALUE", help="Set a desired property (repeatable)."),
    ] = None,
) -> None:
    """Show a device's twin (desired and reported values), after --set KEY=VALUE changes."""
    desired = _desired(set_values or [])
    with connection.session() as iot:
        if desired:
            iot.devices.set_desired(unique_id, desired)
            output.hint(f"Set {', '.join(map(escape, desired))} on device {escape(unique_id)}.")
        items = iot.devices.twin(unique_id)
    output.table(_TWIN_COLUMNS, map(_twin_row, items), lambda: [i.to_dict() for i in items])


def _twin_row(item: DeviceTwinProperty) -> tuple[object, ...]:
    return (
        item.local_name,
        item.data_type_name,
        item.desired_value,
        item.desired_version,
        item.reported_value,
        item.reported_updated_date,
    )


@app.command("children")
@tenant_command
def children(
    connection: Connection,
    output: Output,
    guid: GuidArgument = None,
    *,
    unique_id: UniqueIdOption = None,
    page_size: PageSizeOption = 100,
    every: AllOption = False,
) -> None:
    """List a gateway's child devices, by its GUID or --unique-id."""
    wanted = one_of(guid, unique_id, "device", "--unique-id ID")
    with connection.session() as iot:
        gateway = wanted if isinstance(wanted, UUID) else iot.devices.get_by_unique_id(wanted).guid
        pager = iot.devices.children(gateway, page_size=page_size)
        kids = output.gather(pager, every=every, page_size=page_size, what="child devices")
    output.table(_CHILD_COLUMNS, map(_child_row, kids), lambda: [k.to_dict() for k in kids])


def _child_row(kid: ChildDevice) -> tuple[object, ...]:
    return (kid.unique_id, kid.display_name, kid.is_active, kid.is_connected, kid.guid)


def _hub(acquire: bool) -> None:
    verb = "acquire" if acquire else "release"

    def command(connection: Connection, output: Output, unique_id: UniqueIdArgument) -> None:
        with connection.session() as iot:
            (iot.devices.acquire if acquire else iot.devices.release)(unique_id)
        output.done(
            f"{verb.capitalize()}d device {escape(unique_id)}.",
            {"uniqueId": unique_id, "isAcquired": acquire},
        )

    help_text = (
        "Register a device with the hub, so that it may connect."
        if acquire
        else "Take a device off the hub (it disconnects)."
    )
    command.__name__ = verb
    app.command(verb, help=help_text)(tenant_command(command))


_hub(acquire=True)
_hub(acquire=False)


@app.command("onboard")
@tenant_command
def onboard(
    connection: Connection,
    output: Output,
    unique_id: UniqueIdArgument,
    *,
    template: Annotated[str, typer.Option(help="A certificate template: its code or GUID.")],
    out: Annotated[
        Path, typer.Option("--out", help="Where to write the key, certificate and config file.")
    ],
    display_name: Annotated[
        str | None, typer.Option(help="Its display name.", show_default="its unique id")
    ] = None,
    entity: Annotated[
        str | None, typer.Option(help="Its entity: a name or GUID.", show_default="your user's")
    ] = None,
    ca_cert: Annotated[
        Path | None, typer.Option(help="Your CA's certificate (PEM), for a CA-signed template.")
    ] = None,
    ca_key: Annotated[
        Path | None, typer.Option(help="Your CA's private key (PEM, unencrypted).")
    ] = None,
    overwrite: Annotated[
        bool, typer.Option("--overwrite", help="Replace files already in --out.")
    ] = False,
) -> None:
    """Make a certificate device: its key and certificate, the device, iotcDeviceConfig.json."""
    if importlib.util.find_spec("cryptography") is None:
        usage_error(
            "devices onboard needs the 'onboard' extra: pip install 'iotconnect-openapi[onboard]'"
        )
    if connection.environment is None:
        usage_error("the device's config file names its environment: give --env (IOTC_ENV)")
    with connection.session() as iot:
        result = iot.devices.onboard(
            unique_id,
            template=template,
            out_dir=out,
            display_name=display_name,
            entity=entity,
            ca_certificate=ca_cert,
            ca_key=ca_key,
            environment=connection.environment,
            overwrite=overwrite,
        )
    output.done(
        f"Onboarded device {escape(unique_id)} ({result.device.guid}) as MQTT client "
        f"{escape(result.client_id)}: {escape(str(result.key_file))} (key, mode 0600), "
        f"{escape(str(result.certificate_file))}, {escape(str(result.config_file))}.",
        {
            "uniqueId": unique_id,
            "guid": str(result.device.guid),
            "clientId": result.client_id,
            "keyFile": str(result.key_file),
            "certificateFile": str(result.certificate_file),
            "configFile": str(result.config_file),
            "config": result.config,
        },
    )
