"""Entities, served on the user host: a tree per company, each visible to its company only."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute

from ._http import endpoint, parse_guid
from ._json import envelope
from ._state import context
from .auth import authenticate
from .errors import DeviceError, FieldError
from .records import Entity

__all__ = ["routes"]


def _item(entity: Entity, names: dict[str, str], devices: int, users: int) -> dict[str, Any]:
    return {
        "guid": entity.guid,
        "name": entity.name,
        "parentEntityGuid": entity.parent_guid,
        "parentName": None if entity.parent_guid is None else names.get(entity.parent_guid),
        "description": None,
        "childEntityLabel": None,
        "createdDate": None,
        "updatedDate": None,
        "activeUserCount": users,
        "inActiveUserCount": 0,
        "deviceCount": devices,
    }


async def list_entities(request: Request) -> Response:
    """``GET /Entity``: every entity of the company, root first (204 when none)."""
    principal = authenticate(request)
    found = context(request).store.entities(principal.company.guid)
    if not found:
        return Response(status_code=204)
    names = {entity.guid: entity.name for entity, _, _ in found}
    data = [_item(entity, names, devices, users) for entity, devices, users in found]
    return envelope(data, message="Entities fetched successfully", count=len(data))


async def get_entity(request: Request) -> Response:
    """``GET /Entity/{entityGuid}``: one entity of the company (409 for any other)."""
    principal = authenticate(request)
    guid = parse_guid(str(request.path_params["entityGuid"]))
    if guid is None:
        raise DeviceError.invalid([FieldError("entityGuid", "entityGuid must be a GUID")])
    entity = context(request).store.entity(principal.company.guid, guid)
    if entity is None:
        # Another company's entity is as absent as none: the tenant boundary shows nothing.
        raise DeviceError.code(409, "EntityNotFound", "No entity with that guid")
    detail = {
        "guid": entity.guid,
        "name": entity.name,
        "parentEntityGuid": entity.parent_guid,
        "description": None,
        "childEntityLabel": None,
        "companyGuid": principal.company.guid,
        "isDeleted": False,
        "createdDate": None,
        "updatedDate": None,
        "address": None,
        "city": None,
        "zipCode": None,
    }
    return envelope([detail], message="Entity fetched successfully")


routes: list[BaseRoute] = [
    endpoint("/Entity", {"GET": list_entities}),
    endpoint("/Entity/{entityGuid}", {"GET": get_entity}),
]
