"""Behavioural checks: oracles for what a schema cannot say, run by schemathesis on each reply.

A check returns ``True`` when it has nothing to check in a reply (schemathesis then records
nothing), ``None`` when it checked and the server behaved, and raises ``AssertionError`` with
what it saw otherwise. The checks read state back and repeat requests with other credentials,
so each needs the :class:`Runtime` that :func:`activate` installs in the process.

- auth: an accepted bearer request is refused with an expired token
  (``expired_token_rejected``), a token signed with another key (``foreign_signature_rejected``)
  and another tenant's token (``tenant_isolation``); a few repeats per operation;
- writes: a create, update, status change or delete reads back as written by GUID, by unique id
  and in the list, or is gone from all three (``write_visible``);
- errors: a 409 carries the documented code and an unknown device is 409, not 404
  (``documented_error_codes``); a 412 names a field of the request (``validation_names_fields``);
- lists: no more items than ``pageSize`` (``page_size_honoured``), every item matches the
  filters (``filters_filter``), items come in ``sortBy`` order (``sort_order_honoured``).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import itertools
import re
import secrets
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, ClassVar, Final
from urllib.parse import quote

import httpx
import schemathesis
from schemathesis import CheckContext, Response

from iotconnect import IoTConnect

from .devices import normal
from .guard import Guard, operation_id
from .handoff import Handoff

__all__ = [
    "OUR_CHECKS",
    "Runtime",
    "activate",
    "documented_error_codes",
    "expired_token_rejected",
    "filter_mismatches",
    "filters_filter",
    "foreign_signature_rejected",
    "items_of",
    "order_breaks",
    "page_size_honoured",
    "resign",
    "sort_order_honoured",
    "tenant_isolation",
    "validation_names_fields",
    "write_visible",
]

#: How many replies of one operation each auth check repeats with other credentials.
PROBES_PER_OPERATION: Final = 3
_DEFAULT_PAGE_SIZE: Final = 10
_LIST_PAGES_READ: Final = 5
_CANONICAL_GUID: Final = re.compile(r"[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}")
_PLAIN_UNIQUE_ID: Final = re.compile(r"[A-Za-z0-9_-]{1,200}")
_GUID_FIELDS: Final = frozenset({"guid", "entityGuid", "deviceTemplateGuid"})
# What a list item shows of a device (no entity GUID, no note).
_LIST_FIELDS: Final = frozenset(
    {"guid", "uniqueId", "displayName", "isActive", "deviceTemplateGuid"}
)
_CODES: Final = {
    "getDevice": {"DeviceNotFound"},
    "getDeviceByUniqueId": {"DeviceNotFound"},
    "updateDevice": {"DeviceNotFound"},
    "deleteDevice": {"DeviceNotFound"},
    "updateDeviceStatus": {"DeviceNotFound", "DeviceAlreadyActive", "DeviceAlreadyInactive"},
    "createDevice": {"UniqueIdAlreadyExists"},
}
_ON_ONE_DEVICE: Final = ("getDevice", "getDeviceByUniqueId", "updateDevice", "updateDeviceStatus")


@dataclass
class Runtime:
    """What the checks of one process need: the run, its sessions and its devices."""

    target: Handoff
    session: IoTConnect
    peer: IoTConnect | None = None
    guard: Guard | None = None
    _probes: Counter[tuple[str, str]] = field(default_factory=Counter)

    def claim(self, case: Any, check: str) -> bool:
        """Whether ``check`` may still repeat a request of this case's operation."""
        key = (case.operation.label, check)
        self._probes[key] += 1
        return self._probes[key] <= PROBES_PER_OPERATION

    def device(self) -> httpx.Client:
        """An authenticated client of the device service (the session's)."""
        return self.session.device.get_httpx_client()


class _Active:
    runtime: ClassVar[Runtime | None] = None


def activate(runtime: Runtime | None) -> None:
    """Install the runtime the checks of this process use (``None``: every check skips)."""
    _Active.runtime = runtime


def _accepted_bearer(case: Any, response: Response) -> bool:
    security = case.operation.definition.raw.get("security", [])
    bearer = any("bearerAuth" in requirement for requirement in security)
    return bearer and 200 <= response.status_code < 300


def _resend(case: Any, authorization: str, body: Any = None) -> Response:
    """The same request with other credentials (and, if given, another body)."""
    probe = case.operation.Case(
        path_parameters=case.path_parameters,
        query=case.query,
        headers={**(case.headers or {}), "Authorization": authorization},
        body=case.body if body is None else body,
        media_type=case.media_type,
    )
    return probe.call()  # type: ignore[no-any-return]


def _refused_with(case: Any, authorization: str, what: str) -> None:
    reply = _resend(case, authorization)
    if reply.status_code != 401:
        raise AssertionError(
            f"{case.operation.label} accepted {what}: got {reply.status_code}, expected 401"
        )


@schemathesis.check
def expired_token_rejected(ctx: CheckContext, response: Response, case: Any) -> bool | None:
    """A bearer request the server accepted is refused (401) when its token has expired."""
    runtime = _Active.runtime
    token = None if runtime is None else runtime.target.expired_token
    if token is None or runtime is None or not _accepted_bearer(case, response):
        return True
    if not runtime.claim(case, "expired_token_rejected"):
        return True
    _refused_with(case, f"Bearer {token}", "an expired access token")
    return None


def resign(token: str) -> str | None:
    """``token`` with its header and claims kept and a signature made with a random key."""
    parts = token.split(".")
    if len(parts) != 3:
        return None
    signed = hmac.new(secrets.token_bytes(32), f"{parts[0]}.{parts[1]}".encode(), hashlib.sha256)
    signature = base64.urlsafe_b64encode(signed.digest()).rstrip(b"=").decode()
    return f"{parts[0]}.{parts[1]}.{signature}"


@schemathesis.check
def foreign_signature_rejected(ctx: CheckContext, response: Response, case: Any) -> bool | None:
    """A bearer request the server accepted is refused (401) with a token signed by another key."""
    runtime = _Active.runtime
    if runtime is None or not _accepted_bearer(case, response):
        return True
    forged = resign(runtime.session.token_auth.token().access_token)
    if forged is None or not runtime.claim(case, "foreign_signature_rejected"):
        return True
    _refused_with(case, f"Bearer {forged}", "a token signed with another key")
    return None


@schemathesis.check
def tenant_isolation(ctx: CheckContext, response: Response, case: Any) -> bool | None:
    """Another tenant's user can neither read nor change what this tenant's user just could."""
    runtime = _Active.runtime
    operation = operation_id(case)
    if runtime is None or runtime.peer is None or not _accepted_bearer(case, response):
        return True
    if operation not in (*_ON_ONE_DEVICE, "listDevices"):
        return True
    mine = _guids(items_of(response))
    if operation == "listDevices" and not mine:
        return True
    if not runtime.claim(case, "tenant_isolation"):
        return True
    peer = f"Bearer {runtime.peer.token_auth.token().access_token}"
    body = case.body
    if operation == "updateDevice" and isinstance(body, dict):
        # With this tenant's entity in the body the server may refuse for that reason alone.
        body = {**body, "entityGuid": runtime.peer.claims.entity_guid}
    reply = _resend(case, peer, body)
    if operation == "listDevices":
        leaked = mine & _guids(items_of(reply))
        if leaked:
            raise AssertionError(
                f"another tenant's user listed {len(leaked)} of this tenant's devices, "
                f"e.g. {sorted(leaked)[0]}"
            )
    elif 200 <= reply.status_code < 300:
        raise AssertionError(
            f"{case.operation.label} answered {reply.status_code} to another tenant's user for "
            f"a device of this tenant (expected 409 DeviceNotFound)"
        )
    return None


def items_of(response: Response | httpx.Response) -> list[dict[str, Any]]:
    """The dict items of a reply's ``data`` list (none for 204 or other shapes)."""
    if response.status_code != 200:
        return []
    try:
        data = response.json().get("data")
    except (ValueError, AttributeError):
        return []
    return [item for item in data if isinstance(item, dict)] if isinstance(data, list) else []


def _guids(items: Iterable[dict[str, Any]]) -> set[str]:
    found = set()
    for item in items:
        try:
            found.add(normal(str(item.get("guid"))))
        except ValueError:
            continue
    return found


@dataclass
class _Reader:
    """Reads a device back through each read path of the device service."""

    http: httpx.Client

    def by_guid(self, guid: str) -> tuple[int, dict[str, Any] | None]:
        reply = self.http.get(f"/Device/{guid}")
        items = items_of(reply)
        return reply.status_code, items[0] if items else None

    def by_unique_id(self, unique_id: str) -> tuple[int, dict[str, Any] | None]:
        reply = self.http.get(f"/Device/uniqueId/{quote(unique_id, safe='')}")
        items = items_of(reply)
        return reply.status_code, items[0] if items else None

    def in_list(self, unique_id: str, guid: str) -> dict[str, Any] | None:
        """The list item of ``guid`` among the devices whose unique id contains ``unique_id``."""
        for page in range(1, _LIST_PAGES_READ + 1):
            reply = self.http.get(
                "/Device", params={"UniqueId": unique_id, "pageSize": 100, "pageNumber": page}
            )
            items = items_of(reply)
            for item in items:
                if _same(item.get("guid"), guid):
                    return item
            if len(items) < 100:
                break
        return None


def _same(got: object, want: object, key: str = "guid") -> bool:
    if key in _GUID_FIELDS and isinstance(got, str) and isinstance(want, str):
        return got.lower() == want.lower()
    return got == want


def _differences(where: str, item: dict[str, Any], expected: dict[str, Any]) -> list[str]:
    return [
        f"{where}: {key} is {item.get(key)!r}, written {want!r}"
        for key, want in expected.items()
        if not _same(item.get(key), want, key)
    ]


def _visible(
    reader: _Reader, guid: str, unique_id: str | None, expected: dict[str, Any]
) -> list[str]:
    """What is wrong with reading ``guid`` back as ``expected`` through every read path."""
    status, item = reader.by_guid(guid)
    if item is None:
        return [f"GET /Device/{guid} answered {status} without the device"]
    problems = _differences("by GUID", item, expected)
    unique_id = unique_id or item.get("uniqueId")
    if not isinstance(unique_id, str):
        return [*problems, "the device read back has no uniqueId"]
    status, by_id = reader.by_unique_id(unique_id)
    if by_id is None:
        problems.append(f"GET /Device/uniqueId/{unique_id} answered {status} without the device")
    else:
        problems += _differences("by uniqueId", by_id, {"guid": guid, **expected})
    listed = reader.in_list(unique_id, guid)
    if listed is None:
        problems.append(f"GET /Device?UniqueId={unique_id} does not list the device")
    else:
        shown = {k: v for k, v in expected.items() if k in _LIST_FIELDS}
        problems += _differences("in the list", listed, shown)
    return problems


def _gone(reader: _Reader, guid: str, unique_id: str | None) -> list[str]:
    """What is wrong with ``guid`` being gone from every read path."""
    problems = []
    status, _ = reader.by_guid(guid)
    if status != 409:
        problems.append(f"GET /Device/{guid} answered {status}, expected 409 (gone)")
    if unique_id is not None:
        status, _ = reader.by_unique_id(unique_id)
        if status != 409:
            problems.append(f"GET /Device/uniqueId/{unique_id} answered {status}, expected 409")
        if reader.in_list(unique_id, guid) is not None:
            problems.append(f"GET /Device?UniqueId={unique_id} still lists the device")
    return problems


def _written(body: Any, keys: tuple[str, ...]) -> dict[str, Any]:
    """The fields of a request body that must read back as sent."""
    if not isinstance(body, dict):
        return {}
    written = {k: body[k] for k in keys if k in body and body[k] is not None}
    if not isinstance(body.get("note"), str):
        # Whether a PUT without a note clears the stored one is not documented.
        written.pop("note", None)
    return written


@schemathesis.check
def write_visible(ctx: CheckContext, response: Response, case: Any) -> bool | None:
    """A write the server accepted reads back as written (or gone) through every read path."""
    runtime = _Active.runtime
    operation = operation_id(case)
    writes = ("createDevice", "updateDevice", "updateDeviceStatus", "deleteDevice")
    if runtime is None or operation not in writes or not 200 <= response.status_code < 300:
        return True
    reader = _Reader(runtime.device())
    path = case.path_parameters or {}
    known: Callable[[str], str | None] = runtime.guard.unique_id if runtime.guard else _nothing
    if operation == "createDevice":
        try:
            guid = normal(str(response.json()["data"][0]["newid"]))
        except (ValueError, KeyError, IndexError, TypeError, AttributeError):
            raise AssertionError("the create answered 200 without data[0].newid") from None
        keys: tuple[str, ...] = (
            "uniqueId",
            "displayName",
            "entityGuid",
            "deviceTemplateGuid",
            "note",
        )
        expected = _written(case.body, keys)
        problems = _visible(reader, guid, expected.get("uniqueId"), expected)
    elif operation == "deleteDevice":
        guid = str(path.get("deviceGuid"))
        problems = _gone(reader, guid, known(guid))
    else:
        guid = str(path.get("deviceGuid"))
        keys = (
            ("isActive",)
            if operation == "updateDeviceStatus"
            else ("displayName", "entityGuid", "note")
        )
        problems = _visible(reader, guid, known(guid), _written(case.body, keys))
    if problems:
        raise AssertionError(
            f"{case.operation.label} answered {response.status_code}, but " + "; ".join(problems)
        )
    return None


def _nothing(guid: str) -> None:
    return None


def _error_params(response: Response) -> list[object]:
    try:
        errors = response.json().get("error")
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
        names.add(str(_resolve(raw, parameter).get("name", "")))
    content = _resolve(raw, operation.definition.raw.get("requestBody", {})).get("content", {})
    for media in content.values():
        names.update(_resolve(raw, media.get("schema", {})).get("properties", {}))
    for sent in (case.query, case.body):
        if isinstance(sent, dict):
            names.update(str(key) for key in sent)
    return {name.lower() for name in names if name}


def _resolve(raw: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """Follow a local ``$ref`` (``#/components/...``) to what it names."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = raw
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target.get(part, {})
        node = target
    return node if isinstance(node, dict) else {}


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
        if isinstance(template, str) and not _same(
            item.get("deviceTemplateGuid"), template, "guid"
        ):
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
    runtime = _Active.runtime
    if listed is None or not isinstance(sort_by, str) or " " not in sort_by:
        return True
    problem = order_breaks(sort_by, listed[1], runtime.target.device_prefix if runtime else None)
    if problem is not None:
        raise AssertionError(problem)
    return None


#: The checks this module adds, by name.
OUR_CHECKS: Final = (
    "expired_token_rejected",
    "foreign_signature_rejected",
    "tenant_isolation",
    "write_visible",
    "documented_error_codes",
    "validation_names_fields",
    "page_size_honoured",
    "filters_filter",
    "sort_order_honoured",
)
