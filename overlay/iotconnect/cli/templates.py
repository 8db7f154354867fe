"""``iotconnect templates ...``: list and get device templates, through ``iot.templates``."""

from __future__ import annotations

from typing import Annotated, Final
from uuid import UUID

import typer

from iotconnect_client.models import DeviceTemplate

from ..resources import DEFAULT_PAGE_SIZE, TemplateFilters
from .command import one_of, tenant_command
from .connection import Connection
from .devices import AllOption, PageSizeOption
from .output import Output

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


@app.command("get")
@tenant_command
def get(
    connection: Connection,
    output: Output,
    guid: Annotated[
        UUID | None, typer.Argument(metavar="GUID", help="The template's GUID.", show_default=False)
    ] = None,
    *,
    code: Annotated[
        str | None, typer.Option(help="The template's code, instead of its GUID.")
    ] = None,
) -> None:
    """Show one device template, by GUID or --code."""
    wanted = one_of(guid, code, "template", "--code CODE")
    with connection.session() as iot:
        if isinstance(wanted, UUID):
            template = iot.templates.get(wanted)
        else:
            template = iot.templates.get_by_code(wanted)
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
