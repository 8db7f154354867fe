"""Entities: ``iot.entities`` and ``iot.aio.entities``, on the user host.

The service lists a company's entities in one reply (no paging) and has no filter for the root
or a name, so ``find`` and ``root`` read the list, as the vendor's own clients do. Names are
matched ignoring case; a name two entities share is an error rather than a guess, since a
device created in the wrong entity is visible to the wrong people.
"""

from __future__ import annotations

from uuid import UUID

from iotconnect_client.api.user import get_entity, list_entities
from iotconnect_client.models import (
    EntityDetail,
    EntityDetailResponse,
    EntityListItem,
    EntityListResponse,
)

from ._plans import Plan
from ._resource import AsyncResource, BlockingResource, Method, Step, as_guid, call
from .errors import DecodeError, IoTConnectError, NotFound

__all__ = ["AsyncEntities", "Entities", "entity_guid"]


class _EntityMethods:
    """The methods ``Entities`` and ``AsyncEntities`` share, each written once as a plan."""

    @Method
    def list() -> Plan[Step, list[EntityListItem]]:
        """Every entity of the company (the service sends them all in one reply)."""
        page = yield from call(list_entities, EntityListResponse, list_entities.request_kwargs())
        return list(page.data)

    @Method
    def get(guid: UUID | str) -> Plan[Step, EntityDetail]:
        """The entity with this GUID, address fields included; :class:`~iotconnect.NotFound`
        if the company has none (another company's entity is none)."""
        key = as_guid(guid)
        page = yield from call(get_entity, EntityDetailResponse, get_entity.request_kwargs(key))
        if not page.data:
            raise NotFound(200, "the reply holds nothing", key=str(guid))
        return page.data[0]

    @Method
    def find(name: str) -> Plan[Step, EntityListItem | None]:
        """The entity named ``name`` (ignoring case), or None; an
        :class:`~iotconnect.IoTConnectError` if several share the name."""
        every = yield from _EntityMethods.list.plan()
        wanted = name.casefold()
        found = [entity for entity in every if entity.name.casefold() == wanted]
        if len(found) > 1:
            raise IoTConnectError(
                f"{len(found)} entities are named {name!r}: pass the entity's GUID instead"
            )
        return found[0] if found else None

    @Method
    def root() -> Plan[Step, EntityListItem]:
        """The root entity: the one without a parent."""
        every = yield from _EntityMethods.list.plan()
        roots = [entity for entity in every if entity.parent_entity_guid is None]
        if len(roots) != 1:
            raise DecodeError(200, f"the entity list holds {len(roots)} root entities", "")
        return roots[0]


def entity_guid(entity: UUID | str) -> Plan[Step, UUID]:
    """The GUID of ``entity``: a GUID as it is, else the entity of that name
    (:class:`~iotconnect.NotFound` when there is none)."""
    if isinstance(entity, UUID):
        return entity
    try:
        return UUID(entity)
    except ValueError:
        found = yield from _EntityMethods.find.plan(entity)
    if found is None:
        raise NotFound(200, "no entity has that name", key=entity)
    return found.guid


class Entities(_EntityMethods, BlockingResource):
    """The company's entities, blocking: ``iot.entities``."""


class AsyncEntities(_EntityMethods, AsyncResource):
    """The company's entities, async: ``iot.aio.entities``."""
