"""Behavioural checks of a device's state on the hub, read back after the server accepted a call.

``state_visible`` looks at each accepted reply of these operations (the guard keeps the writes
to the run's own devices, as for every write):

- ``updateDeviceTwin``: the twin read back shows the desired value that was sent, for that
  property;
- ``acquireDevice`` / ``releaseDevice``: the device reads back acquired (``isAcquired`` 1, and
  the ``Acquired=acquired`` list finds it with ``IsAcquired: true``) or released (0, and the
  ``Acquired=released`` list finds it), so an acquire then a release round-trips;
- ``listChildDevices``: every listed child reads back with this gateway as its parent, and
  ``createDevice`` with a ``parentDeviceGuid``: the new device is among the gateway's children,
  so the children are exactly the devices created with that parent.

That a device created with a certificate keeps it is the ``certificate_stored`` probe
(:mod:`.probes`): it needs a self-signed template, which the runs' own creates avoid.
"""

from __future__ import annotations

from typing import Any, Final
from uuid import UUID

import httpx
import schemathesis
from schemathesis import CheckContext, Response

from iotconnect_client.api.device import (
    get_device,
    get_device_by_unique_id,
    get_device_twin,
    list_child_devices,
    list_devices,
)
from iotconnect_client.models.list_devices_acquired import check_list_devices_acquired

from .checks import current, items_of, same
from .guard import operation_id

__all__ = ["STATE_CHECKS", "state_visible"]

_PAGES_READ: Final = 5
_PAGE: Final = 100


def _one(reply: httpx.Response) -> dict[str, Any] | None:
    items = items_of(reply)
    return items[0] if items else None


def _children(http: httpx.Client, gateway: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for page in range(1, _PAGES_READ + 1):
        request = list_child_devices.request_kwargs(
            UUID(gateway), page_size=_PAGE, page_number=page
        )
        items = items_of(http.request(**request))
        found += items
        if len(items) < _PAGE:
            break
    return found


def _twin(http: httpx.Client, case: Any) -> list[str]:
    body = case.body if isinstance(case.body, dict) else {}
    unique_id = str((case.path_parameters or {}).get("uniqueId"))
    name, value = body.get("localName"), body.get("desiredValue")
    if not isinstance(name, str) or not isinstance(value, str):
        return []
    items = items_of(http.request(**get_device_twin.request_kwargs(unique_id)))
    item = next((i for i in items if str(i.get("localName")).casefold() == name.casefold()), None)
    if item is None:
        return [f"the twin of {unique_id!r} read back has no property {name!r}"]
    if item.get("desiredValue") != value:
        return [
            f"the twin of {unique_id!r} reads {name} = {item.get('desiredValue')!r}, set {value!r}"
        ]
    return []


def _acquired(http: httpx.Client, case: Any, acquired: bool) -> list[str]:
    unique_id = str((case.path_parameters or {}).get("uniqueId"))
    device = _one(http.request(**get_device_by_unique_id.request_kwargs(unique_id)))
    if device is None:
        return [f"the device {unique_id!r} cannot be read back"]
    problems = []
    if device.get("isAcquired") != int(acquired):
        problems.append(f"by uniqueId: isAcquired is {device.get('isAcquired')!r}")
    state = "acquired" if acquired else "released"
    request = list_devices.request_kwargs(
        unique_id=unique_id, acquired=check_list_devices_acquired(state), page_size=_PAGE
    )
    listed = [
        i for i in items_of(http.request(**request)) if same(i.get("guid"), device.get("guid"))
    ]
    if not listed:
        problems.append(f"GET /Device?Acquired={state} does not list it")
    elif listed[0].get("IsAcquired") is not acquired:
        problems.append(f"in the list: IsAcquired is {listed[0].get('IsAcquired')!r}")
    return problems


def _listed_children(http: httpx.Client, case: Any, response: Response) -> list[str]:
    gateway = str((case.path_parameters or {}).get("deviceGuid"))
    problems = []
    # The reply's length is the server's word: read back at most a page of it, each a request.
    for child in items_of(response)[:_PAGE]:
        guid = str(child.get("guid"))
        try:
            device = _one(http.request(**get_device.request_kwargs(UUID(guid))))
        except ValueError:
            device = None
        parent = None if device is None else device.get("parentDeviceGuid")
        if not same(parent, gateway, "guid"):
            problems.append(f"child {guid} reads back with parentDeviceGuid {parent!r}")
    return problems


def _created(http: httpx.Client, case: Any, response: Response) -> list[str]:
    body = case.body if isinstance(case.body, dict) else {}
    created = next(iter(items_of(response)), {})
    guid, parent = created.get("newid"), body.get("parentDeviceGuid")
    if not isinstance(guid, str):
        return []
    if not isinstance(parent, str):
        return []
    children = [str(child.get("guid")) for child in _children(http, parent)]
    if any(same(child, guid) for child in children):
        return []
    return [f"the gateway {parent} does not list its new child {guid}"]


@schemathesis.check
def state_visible(ctx: CheckContext, response: Response, case: Any) -> bool | None:
    """A twin, hub or parent change the server accepted reads back as made (module text)."""
    runtime = current()
    operation = operation_id(case)
    if runtime is None or not 200 <= response.status_code < 300:
        return True
    http = runtime.device()
    if operation == "updateDeviceTwin":
        problems = _twin(http, case)
    elif operation in ("acquireDevice", "releaseDevice"):
        problems = _acquired(http, case, operation == "acquireDevice")
    elif operation == "listChildDevices":
        problems = _listed_children(http, case, response)
    elif operation == "createDevice":
        problems = _created(http, case, response)
    else:
        return True
    if problems:
        raise AssertionError(
            f"{case.operation.label} answered {response.status_code}, but " + "; ".join(problems)
        )
    return None


#: The checks this module adds, by name.
STATE_CHECKS: Final = ("state_visible",)
