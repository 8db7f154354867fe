"""``iotconnect entities ...``: list entities, show one or the root, through ``iot.entities``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Final
from uuid import UUID

import typer

from ..errors import NotFound
from .command import tenant_command
from .connection import Connection
from .output import Output

if TYPE_CHECKING:
    from iotconnect_client.models import EntityDetail, EntityListItem

__all__ = ["app"]

app = typer.Typer(
    name="entities", help="The tenant's entities (on the user host).", no_args_is_help=True
)

_COLUMNS: Final = ("NAME", "PARENT", "DEVICES", "GUID")


@app.command("list")
@tenant_command
def list_entities(connection: Connection, output: Output) -> None:
    """List every entity of the company, the root first."""
    with connection.session() as iot:
        entities = iot.entities.list()
    output.table(_COLUMNS, map(_row, entities), lambda: [e.to_dict() for e in entities])


def _row(entity: EntityListItem) -> tuple[object, ...]:
    return (entity.name, entity.parent_name or "", entity.device_count, entity.guid)


@app.command("get")
@tenant_command
def get(
    connection: Connection,
    output: Output,
    entity: Annotated[str, typer.Argument(metavar="GUID|NAME", help="The entity's GUID or name.")],
) -> None:
    """Show one entity, by GUID or name."""
    with connection.session() as iot:
        try:
            guid = UUID(entity)
        except ValueError:
            found = iot.entities.find(entity)
            if found is None:
                raise NotFound(200, "no entity has that name", key=entity) from None
            guid = found.guid
        _record(output, iot.entities.get(guid))


@app.command("root")
@tenant_command
def root(connection: Connection, output: Output) -> None:
    """Show the root entity (the one without a parent)."""
    with connection.session() as iot:
        _record(output, iot.entities.get(iot.entities.root().guid))


def _record(output: Output, entity: EntityDetail) -> None:
    fields = (
        ("guid", entity.guid),
        ("name", entity.name),
        ("parent", entity.parent_entity_guid),
        ("description", entity.description),
        ("city", entity.city),
    )
    output.record(fields, entity.to_dict())
