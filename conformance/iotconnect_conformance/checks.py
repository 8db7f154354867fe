"""Behavioural checks that repeat requests or read state back, run by schemathesis on replies.

A check returns ``True`` when it has nothing to check in a reply (schemathesis then records
nothing), ``None`` when it checked and the server behaved, and raises ``AssertionError`` with
what it saw otherwise. The checks read state back and repeat requests with other credentials,
so each needs the :class:`Runtime` that :func:`activate` installs in the process.

- auth: an accepted bearer request is refused with an expired token
  (``expired_token_rejected``), a token signed with another key (``foreign_signature_rejected``)
  and another tenant's token (``tenant_isolation``: devices and entities); a few repeats per
  operation;
- writes: a create, update, status change or delete reads back as written by GUID, by unique id
  and in the list, or is gone from all three (``write_visible``).

:mod:`.replies` checks error bodies and lists reply by reply.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, ClassVar, Final
from uuid import UUID

import httpx
import schemathesis
from schemathesis import CheckContext, Response

from iotconnect import IoTConnect
from iotconnect_client.api.device import get_device, get_device_by_unique_id, list_devices

from .devices import normal
from .guard import Guard, operation_id
from .handoff import Handoff
from .limits import json_of

__all__ = [
    "REPEAT_AND_READ_BACK",
    "Runtime",
    "activate",
    "current",
    "expired_token_rejected",
    "foreign_signature_rejected",
    "items_of",
    "resign",
    "same",
    "tenant_isolation",
    "write_visible",
]

#: How many replies of one operation each auth check repeats with other credentials.
PROBES_PER_OPERATION: Final = 3
_LIST_PAGES_READ: Final = 5
_GUID_FIELDS: Final = frozenset({"guid", "entityGuid", "deviceTemplateGuid"})
# What a list item shows of a device (no entity GUID, no note).
_LIST_FIELDS: Final = frozenset(
    {"guid", "uniqueId", "displayName", "isActive", "deviceTemplateGuid"}
)
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
        return self.session.http_client()


class _Active:
    runtime: ClassVar[Runtime | None] = None


def current() -> Runtime | None:
    """The runtime :func:`activate` installed, if any."""
    return _Active.runtime


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
    if operation not in (*_ON_ONE_DEVICE, "getEntity", *_LISTS):
        return True
    mine = _guids(items_of(response))
    if operation in _LISTS and not mine:
        return True
    if not runtime.claim(case, "tenant_isolation"):
        return True
    peer = f"Bearer {runtime.peer.token_auth.token().access_token}"
    body = case.body
    if operation == "updateDevice" and isinstance(body, dict):
        # With this tenant's entity in the body the server may refuse for that reason alone.
        body = {**body, "entityGuid": runtime.peer.claims.entity_guid}
    reply = _resend(case, peer, body)
    what = "entit" if "Entit" in operation else "device"
    if operation in _LISTS:
        leaked = mine & _guids(items_of(reply))
        if leaked:
            raise AssertionError(
                f"another tenant's user listed {len(leaked)} of this tenant's "
                f"{what}{'ies' if what == 'entit' else 's'}, e.g. {sorted(leaked)[0]}"
            )
    elif 200 <= reply.status_code < 300:
        raise AssertionError(
            f"{case.operation.label} answered {reply.status_code} to another tenant's user for "
            f"a{'n entity' if what == 'entit' else ' device'} of this tenant (expected 409)"
        )
    return None


# Lists whose items another tenant's user must never see (the user host's entities too).
_LISTS: Final = ("listDevices", "listEntities")


def items_of(response: Response | httpx.Response) -> list[dict[str, Any]]:
    """The dict items of a reply's ``data`` list (none for 204 or other shapes)."""
    if response.status_code != 200:
        return []
    try:
        data = json_of(response.content).get("data")
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
        reply = self.http.request(**get_device.request_kwargs(UUID(guid)))
        items = items_of(reply)
        return reply.status_code, items[0] if items else None

    def by_unique_id(self, unique_id: str) -> tuple[int, dict[str, Any] | None]:
        reply = self.http.request(**get_device_by_unique_id.request_kwargs(unique_id))
        items = items_of(reply)
        return reply.status_code, items[0] if items else None

    def in_list(self, unique_id: str, guid: str) -> dict[str, Any] | None:
        """The list item of ``guid`` among the devices whose unique id contains ``unique_id``."""
        for page in range(1, _LIST_PAGES_READ + 1):
            query = list_devices.request_kwargs(
                unique_id=unique_id, page_size=100, page_number=page
            )
            reply = self.http.request(**query)
            items = items_of(reply)
            for item in items:
                if same(item.get("guid"), guid):
                    return item
            if len(items) < 100:
                break
        return None


def same(got: object, want: object, key: str = "guid") -> bool:
    """Whether a value read back is the one written (GUIDs compared case-insensitively)."""
    if key in _GUID_FIELDS and isinstance(got, str) and isinstance(want, str):
        return got.lower() == want.lower()
    return got == want


def _differences(where: str, item: dict[str, Any], expected: dict[str, Any]) -> list[str]:
    return [
        f"{where}: {key} is {item.get(key)!r}, written {want!r}"
        for key, want in expected.items()
        if not same(item.get(key), want, key)
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
            guid = normal(str(json_of(response.content)["data"][0]["newid"]))
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


#: The checks this module adds, by name.
REPEAT_AND_READ_BACK: Final = (
    "expired_token_rejected",
    "foreign_signature_rejected",
    "tenant_isolation",
    "write_visible",
)
