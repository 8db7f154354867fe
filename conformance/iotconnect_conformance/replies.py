"""Checks on single replies: error bodies and device lists (see :mod:`.checks` for the rest).

- ``documented_error_codes``: a 409 names its documented code in ``error[].param``; an unknown
  device is 409, not 404;
- ``validation_names_fields``: a device-service 412 lists its problems, naming a request field;
- ``page_size_honoured``, ``filters_filter``, ``sort_order_honoured``: a device list has at most
  ``pageSize`` items, every item matches the filters, the items come in ``sortBy`` order.
"""

from __future__ import annotations

import itertools
import re
from datetime import UTC, datetime
from typing import Any, Final

import schemathesis
from schemathesis import CheckContext, Response

from iotconnect_spec import resolve

from .checks import current, items_of, same
from .guard import operation_id
from .limits import json_of

__all__ = [
    "REPLY_CHECKS",
    "documented_error_codes",
    "filter_mismatches",
    "filters_filter",
    "order_breaks",
    "page_size_honoured",
    "sort_order_honoured",
    "validation_names_fields",
]

_DEFAULT_PAGE_SIZE: Final = 10
_CANONICAL_GUID: Final = re.compile(r"[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}")
_PLAIN_UNIQUE_ID: Final = re.compile(r"[A-Za-z0-9_-]{1,200}")
_CODES: Final = {
    "getDevice": {"DeviceNotFound"},
    "getDeviceByUniqueId": {"DeviceNotFound"},
    "updateDevice": {"DeviceNotFound"},
    "deleteDevice": {"DeviceNotFound"},
    "updateDeviceStatus": {"DeviceNotFound", "DeviceAlreadyActive", "DeviceAlreadyInactive"},
    "createDevice": {"UniqueIdAlreadyExists"},
}


def _error_params(response: Response) -> list[object]:
    try:
        errors = json_of(response.content).get("error")
    except (ValueError, AttributeError):
        return []
    if not isinstance(errors, list):
        return []
    return [e.get("param") if isinstance(e, dict) else None for e in errors]


def _names_a_device(case: Any) -> bool:
    """Whether the path names a device in a form the route must accept."""
    path = case.path_parameters or {}
    guid, unique_id = path.get("deviceGuid"), path.get("uniqueId")
    if isinstance(guid, str):
        return bool(_CANONICAL_GUID.fullmatch(guid))
    return isinstance(unique_id, str) and bool(_PLAIN_UNIQUE_ID.fullmatch(unique_id))


@schemathesis.check
def documented_error_codes(ctx: CheckContext, response: Response, case: Any) -> bool | None:
    """A 409 names its documented code in ``error[].param``; an unknown device is 409, not 404."""
    codes = _CODES.get(operation_id(case))
    if codes is None:
        return True
    if response.status_code == 409:
        params = _error_params(response)
        if not codes & {p for p in params if isinstance(p, str)}:
            raise AssertionError(
                f"409 without {' or '.join(sorted(codes))} in error[].param (got {params})"
            )
        return None
    if response.status_code == 404 and _names_a_device(case):
        raise AssertionError(
            "404 for a well-formed device reference: an unknown device is 409 DeviceNotFound"
        )
    return True


def _field_names(case: Any) -> set[str]:
    """Lower-cased names of everything a request of this operation can carry."""
    operation = case.operation
    raw = operation.schema.raw_schema
    path_item = raw.get("paths", {}).get(operation.path, {})
    names = set()
    for parameter in [
        *path_item.get("parameters", []),
        *operation.definition.raw.get("parameters", []),
    ]:
        names.add(str(resolve(raw, parameter).get("name", "")))
    content = resolve(raw, operation.definition.raw.get("requestBody", {})).get("content", {})
    for media in content.values():
        names.update(resolve(raw, media.get("schema", {})).get("properties", {}))
    for sent in (case.query, case.body):
        if isinstance(sent, dict):
            names.update(str(key) for key in sent)
    return {name.lower() for name in names if name}


@schemathesis.check
def validation_names_fields(ctx: CheckContext, response: Response, case: Any) -> bool | None:
    """A device-service 412 lists its problems in ``error[]``, naming a field of the request."""
    if response.status_code != 412 or "device" not in case.operation.definition.raw.get("tags", []):
        return True
    params = _error_params(response)
    if not params:
        raise AssertionError("412 without an error[] list naming the offending fields")
    if not all(isinstance(p, str) and p for p in params):
        raise AssertionError(f"412 with error[] entries that name no field: {params}")
    fields = _field_names(case)
    if not any(str(p).lower() in fields for p in params):
        raise AssertionError(f"412 names {params}, none of them a field of the request")
    return None


def _listed(case: Any, response: Response) -> tuple[dict[str, Any], list[dict[str, Any]]] | None:
    """The query and the items of a successful device list, or None for other replies."""
    if operation_id(case) != "listDevices" or response.status_code != 200:
        return None
    return dict(case.query or {}), items_of(response)


@schemathesis.check
def page_size_honoured(ctx: CheckContext, response: Response, case: Any) -> bool | None:
    """A device list page holds at most ``pageSize`` items (10 when not given)."""
    listed = _listed(case, response)
    if listed is None:
        return True
    query, items = listed
    size = query.get("pageSize", _DEFAULT_PAGE_SIZE)
    if not isinstance(size, int) or isinstance(size, bool):
        return True
    if len(items) > size:
        raise AssertionError(f"a page of {len(items)} devices for pageSize={size}")
    return None


def filter_mismatches(query: dict[str, Any], items: list[dict[str, Any]]) -> list[str]:
    """How the items of a device list break its filters (the ones list items show)."""
    problems = []
    unique_id = query.get("UniqueId")
    status = {"active": True, "inactive": False}.get(str(query.get("Status")))
    template = query.get("TemplateGuid")
    for item in items:
        got = item.get("uniqueId")
        contains = isinstance(got, str) and str(unique_id).lower() in got.lower()
        if isinstance(unique_id, str) and unique_id and not contains:
            problems.append(f"{got!r} does not contain UniqueId={unique_id!r}")
        if status is not None and item.get("isActive") is not status:
            problems.append(
                f"{got!r} has isActive={item.get('isActive')!r} for Status={query['Status']}"
            )
        if isinstance(template, str) and not same(item.get("deviceTemplateGuid"), template, "guid"):
            problems.append(f"{got!r} is not of TemplateGuid={template}")
    return problems


@schemathesis.check
def filters_filter(ctx: CheckContext, response: Response, case: Any) -> bool | None:
    """Every item of a filtered device list matches the filters (UniqueId, Status, TemplateGuid)."""
    listed = _listed(case, response)
    if listed is None or not ({"UniqueId", "Status", "TemplateGuid"} & set(listed[0])):
        return True
    problems = filter_mismatches(*listed)
    if problems:
        raise AssertionError("; ".join(problems[:3]))
    return None


def order_breaks(
    sort_by: str, items: list[dict[str, Any]], prefix: str | None = None
) -> str | None:
    """Where ``items`` break the ``sortBy`` order, if they do.

    Unique ids are compared only within two groups whose order no collation disputes:
    ASCII letters and digits only, and the run's own ``prefix`` + hex ids. Timestamps are
    compared where present (where never-set ones go is not documented).
    """
    field_name, _, direction = sort_by.partition(" ")
    descending = direction.lower() == "desc"
    if field_name == "uniqueId":
        groups: list[list[str]] = [[], []]
        for item in items:
            value = item.get("uniqueId")
            if not isinstance(value, str):
                continue
            if value.isascii() and value.isalnum():
                groups[0].append(value.lower())
            elif prefix and value.startswith(prefix):
                groups[1].append(value.lower())
        sequences: list[list[Any]] = groups
    else:
        stamps = [_instant(item.get(field_name)) for item in items]
        sequences = [[s for s in stamps if s is not None]]
    for values in sequences:
        for before, after in itertools.pairwise(values):
            if (after < before) if not descending else (after > before):
                return f"{after!r} follows {before!r} in a list sorted by {sort_by!r}"
    return None


def _instant(value: object) -> float | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp()


@schemathesis.check
def sort_order_honoured(ctx: CheckContext, response: Response, case: Any) -> bool | None:
    """A device list comes in the order ``sortBy`` asks for."""
    listed = _listed(case, response)
    sort_by = None if listed is None else listed[0].get("sortBy")
    runtime = current()
    if listed is None or not isinstance(sort_by, str) or " " not in sort_by:
        return True
    problem = order_breaks(sort_by, listed[1], runtime.target.device_prefix if runtime else None)
    if problem is not None:
        raise AssertionError(problem)
    return None


#: The checks this module adds, by name.
REPLY_CHECKS: Final = (
    "documented_error_codes",
    "validation_names_fields",
    "page_size_honoured",
    "filters_filter",
    "sort_order_honoured",
)
