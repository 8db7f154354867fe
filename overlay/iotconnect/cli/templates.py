"""``iotconnect templates ...``: list, get, create from a file and delete device templates, and
list a template's attributes and commands, through ``iot.templates``. ``delete`` asks first (or
takes ``--yes``), as for devices."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Final
from uuid import UUID

import typer

from .._limits import DEFAULT_PAGE_SIZE
from .command import YesOption, one_of, tenant_command
from .connection import Connection
from .devices import AllOption, PageSizeOption, can_ask
from .output import Output, escape, usage_error

if TYPE_CHECKING:
    from iotconnect_client.models import DeviceTemplate, DeviceTemplateDetail

    from ..resources import TemplateFilters

__all__ = ["app"]

app = typer.Typer(name="templates", help="The tenant's device templates.", no_args_is_help=True)

_COLUMNS: Final = ("CODE", "NAME", "AUTH TYPE", "DEVICES", "GUID")


@app.command("list")
@tenant_command
def list_templates(
    connection: Connection,
    output: Output,
    *,
    name: Annotated[
        str | None, typer.Option(help="Only names that contain this (any case).")
    ] = None,
    page_size: PageSizeOption = DEFAULT_PAGE_SIZE,
    every: AllOption = False,
) -> None:
    """List device templates: the first page, or --all of them."""
    filters: TemplateFilters = {"page_size": page_size}
    if name is not None:
        filters["device_template_name"] = name
    with connection.session() as iot:
        pager = iot.templates.list(**filters)
        templates = output.gather(pager, every=every, page_size=page_size, what="templates")
    output.table(_COLUMNS, map(_row, templates), lambda: [t.to_dict() for t in templates])


def _row(template: DeviceTemplate) -> tuple[object, ...]:
    kind = template.authentication_type or template.auth_type
    return (template.code, template.name, kind, template.device_count, template.guid)


GuidArgument = Annotated[
    UUID | None, typer.Argument(metavar="GUID", help="The template's GUID.", show_default=False)
]
CodeOption = Annotated[str | None, typer.Option(help="The template's code, instead of its GUID.")]


@app.command("get")
@tenant_command
def get(
    connection: Connection, output: Output, guid: GuidArgument = None, *, code: CodeOption = None
) -> None:
    """Show one device template, by GUID or --code."""
    wanted = one_of(guid, code, "template", "--code CODE")
    with connection.session() as iot:
        if isinstance(wanted, UUID):
            template = iot.templates.get(wanted)
        else:
            template = iot.templates.get_by_code(wanted)
    _record(output, template)


def _record(output: Output, template: DeviceTemplateDetail) -> None:
    fields = (
        ("guid", template.guid),
        ("code", template.template_code),
        ("name", template.template_name),
        ("auth type", template.auth_type),
        ("message version", template.message_version),
        ("edge support", template.is_edge_support),
        ("created", template.created_date),
    )
    output.record(fields, template.to_dict())


@app.command("create")
@tenant_command
def create(
    connection: Connection,
    output: Output,
    *,
    file: Annotated[
        Path,
        typer.Option(
            "--file", help="The template JSON file the web UI exports.", show_default=False
        ),
    ],
    code: Annotated[
        str | None, typer.Option(help="The template code, instead of the file's.")
    ] = None,
    name: Annotated[str | None, typer.Option(help="The name, instead of the file's.")] = None,
) -> None:
    """Create a device template, its attributes and commands, from a template file."""
    with connection.session() as iot:
        template = iot.templates.create_from_file(file, code=code, name=name)
    output.done(
        f"Created template {escape(str(template.template_code))} ({template.guid})"
        f" from {escape(str(file))}.",
        template.to_dict(),
    )


@app.command("delete")
@tenant_command
def delete(
    connection: Connection,
    output: Output,
    guid: GuidArgument = None,
    *,
    code: CodeOption = None,
    yes: YesOption = False,
) -> None:
    """Delete a device template, by GUID or --code, after asking (or with --yes)."""
    wanted = one_of(guid, code, "template", "--code CODE")
    if not yes and not can_ask():
        usage_error("deleting a template cannot be undone: add --yes (no terminal to ask on)")
    with connection.session() as iot:
        template = (
            iot.templates.get(wanted)
            if isinstance(wanted, UUID)
            else (iot.templates.get_by_code(wanted))
        )
        named = f"{escape(str(template.template_code))} ({template.guid})"
        if not yes and not typer.confirm(f"Delete template {named}?", err=True):
            output.hint("Nothing deleted.")
            raise typer.Exit(1)
        iot.templates.delete(template.guid)
    output.done(f"Deleted template {named}.", {"guid": str(template.guid)})


@app.command("attributes")
@tenant_command
def attributes(
    connection: Connection, output: Output, guid: GuidArgument = None, *, code: CodeOption = None
) -> None:
    """List a template's attributes, by GUID or --code."""
    wanted = one_of(guid, code, "template", "--code CODE")
    with connection.session() as iot:
        found = iot.templates.attributes(wanted)
    rows = ((a.local_name, a.data_type_name, a.unit, a.description, a.guid) for a in found)
    output.table(
        ("NAME", "TYPE", "UNIT", "DESCRIPTION", "GUID"), rows, lambda: [a.to_dict() for a in found]
    )


@app.command("commands")
@tenant_command
def commands(
    connection: Connection, output: Output, guid: GuidArgument = None, *, code: CodeOption = None
) -> None:
    """List a template's commands, by GUID or --code."""
    wanted = one_of(guid, code, "template", "--code CODE")
    with connection.session() as iot:
        found = iot.templates.commands(wanted)
    rows = (
        (c.command, c.name, _yes(c.required_param), _yes(c.required_ack), c.guid) for c in found
    )
    output.table(
        ("COMMAND", "NAME", "PARAMETER", "ACK", "GUID"), rows, lambda: [c.to_dict() for c in found]
    )


def _yes(flag: object) -> str:
    return "yes" if flag is True else "no"
