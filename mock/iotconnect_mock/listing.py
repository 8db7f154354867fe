"""The list queries of the device service: paging, sorting and filters, read from the query.

The device and template lists share paging (``pageNumber``, ``pageSize``), ``sortBy`` and the
``AuthType`` filter; a query that fails any check is one 412 naming every offending parameter.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar, cast, get_args

from starlette.requests import Request

from ._http import INT32, Fields, canonical_keys
from .auth_types import AUTH_TYPES
from .errors import DeviceError
from .records import AcquiredState, DeviceFilter, SortField

__all__ = [
    "DEFAULT_PAGE_SIZE",
    "MAX_PAGE_SIZE",
    "MAX_PROPERTY_VALUE",
    "auth_type_filter",
    "device_filter",
    "paging",
    "sort_by",
]

T = TypeVar("T")

_MAX_PAGE_NUMBER = INT32[1]  # as the service's binder
DEFAULT_PAGE_SIZE = 10
"""The page size of every list of the device service when a request names none."""
MAX_PAGE_SIZE = 1000
"""The largest page size a list of the device service takes."""
_MAX_FILTER_TEXT = 200
MAX_PROPERTY_VALUE = 500
"""The longest property value, in a create or update body and in the ``Value`` filter."""

_SORT_FIELDS: dict[str, SortField] = {name: name for name in get_args(SortField)}

_LIST_PARAMS = (
    "pageNumber",
    "pageSize",
    "sortBy",
    "UniqueId",
    "Status",
    "Acquired",
    "TemplateGuid",
    "EntityGuid",
    "isEdge",
    "isGateway",
    "wireless",
    "customField",
    "Name",
    "TemplateName",
    "EntityName",
    "Property",
    "Value",
    "IncludeRecentValue",
    "isLowBandwidth",
    "certificateGuid",
    "greenGrass",
    "AuthType",
    "isSphere",
    "isIotEdgeEnable",
)
# Kinds of device the mock never holds: asking for them (true) finds none.
_ABSENT_KINDS = ("isLowBandwidth", "greenGrass", "isSphere", "isIotEdgeEnable")
_TEXT_FILTERS = ("Name", "TemplateName", "EntityName")


def auth_type_filter(q: Fields) -> int | None:
    """The ``AuthType`` filter (an ``AuthType`` of the spec) of the device and template lists."""
    if not q.present("AuthType"):
        return None
    value = q.integer("AuthType", default=0, minimum=min(AUTH_TYPES), maximum=max(AUTH_TYPES))
    if value and value not in AUTH_TYPES:
        q.fail("AuthType", f"AuthType must be one of {', '.join(map(str, AUTH_TYPES))}")
    return value


def paging(q: Fields) -> tuple[int, int]:
    """``pageNumber`` (1-based) and ``pageSize`` of the device and template lists."""
    page_number = q.integer("pageNumber", default=1, minimum=1, maximum=_MAX_PAGE_NUMBER)
    page_size = q.integer("pageSize", default=DEFAULT_PAGE_SIZE, minimum=1, maximum=MAX_PAGE_SIZE)
    return page_number, page_size


def sort_by(q: Fields, options: Mapping[str, T]) -> tuple[T, bool] | None:
    """``sortBy`` of the device and template lists: ``"<option> asc|desc"``, the option named
    like a key of ``options`` (ignoring case); its value and whether descending."""
    raw = q.raw("sortBy")
    if raw is None:
        return None
    parts = str(raw).split()
    by_lower = {name.lower(): value for name, value in options.items()}
    option = by_lower.get(parts[0].lower()) if len(parts) == 2 else None
    direction = parts[1].lower() if len(parts) == 2 else ""
    if option is None or direction not in ("asc", "desc"):
        q.fail("sortBy", f"sortBy must be one of: {', '.join(options)}, followed by asc or desc")
        return None
    return option, direction == "desc"


def device_filter(request: Request) -> DeviceFilter:
    """The ``GET /Device`` query as a filter, or a 412 naming every offending parameter."""
    q = Fields(canonical_keys(request.query_params.multi_items(), _LIST_PARAMS))
    page_number, page_size = paging(q)
    sort = sort_by(q, _SORT_FIELDS)
    status = q.choice("Status", ("active", "inactive"))
    acquired = q.choice("Acquired", ("acquired", "released", "inprogress"))
    template_guid = q.guid("TemplateGuid")
    entity_guid = q.guid("EntityGuid")
    is_edge = q.boolean("isEdge")
    is_gateway = q.boolean("isGateway")
    wireless = q.boolean("wireless")
    unique_id = q.string("UniqueId", max_len=_MAX_FILTER_TEXT)
    texts = {name: q.string(name, max_len=_MAX_FILTER_TEXT) or None for name in _TEXT_FILTERS}
    value = q.string("Value", max_len=MAX_PROPERTY_VALUE) or None
    q.string("Property", max_len=_MAX_FILTER_TEXT)  # x-mock-ignored: properties have no names
    q.boolean("IncludeRecentValue")  # x-mock-ignored: the mock keeps no telemetry
    with_properties = q.boolean("customField")
    certificate_guid = q.guid("certificateGuid")
    auth_type = auth_type_filter(q)
    nothing = any([q.boolean(name) for name in _ABSENT_KINDS])  # a list: check every one
    if q.errors:
        raise DeviceError.invalid(q.errors)
    return DeviceFilter(
        unique_id=unique_id or None,
        is_active=None if status is None else status == "active",
        acquired=cast(AcquiredState | None, acquired),
        template_guid=template_guid,
        entity_guid=entity_guid,
        is_edge=is_edge,
        is_gateway=is_gateway,
        wireless=wireless,
        name=texts["Name"],
        template_name=texts["TemplateName"],
        entity_name=texts["EntityName"],
        property_value=value,
        certificate_guid=certificate_guid,
        auth_type=auth_type,
        nothing=nothing,
        with_properties=bool(with_properties),
        sort=sort,
        page_number=page_number,
        page_size=page_size,
    )
