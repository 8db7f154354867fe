"""What schemathesis needs to check an IoTConnect server: auth, hosts, valid references, safety.

:func:`install` registers everything on schemathesis, globally: the ``schemathesis run`` child
that ``iotconnect conformance`` starts loads this module through ``SCHEMATHESIS_HOOKS`` (see the
bottom of the file); the in-process pytest suite calls it directly.

- Auth: every case is authenticated from an :class:`~iotconnect.IoTConnect` session, so a run
  exercises the real token lifecycle (login, refresh, replay after a 401).
- Hosts: each operation goes to its own service's base URL (auth and device differ on the real
  service; discovery lives at the discovery host's root).
- Valid cases get the references a valid request needs (the user's entity, a template of the
  company, the solution key, the target's own login for the first few); otherwise every valid
  create would be a 412 and the stateful phase could never follow the spec's links.
- Safety: :class:`~iotconnect_conformance.guard.Guard` names the run's devices and keeps every
  state-changing call on them.
- Checks: :mod:`iotconnect_conformance.checks` (given the sessions they need) and
  :mod:`iotconnect_conformance.replies` and :mod:`iotconnect_conformance.state`, registered with
  schemathesis when imported.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar, Final
from uuid import UUID

import httpx
import requests
import schemathesis
from schemathesis import AuthContext, HookContext, Response
from schemathesis.schemas import APIOperation as _AnyOperation

from iotconnect import IoTConnect, IoTConnectError
from iotconnect_client.api.auth import get_basic_token, verify_token
from iotconnect_client.api.device import (
    acquire_device,
    get_device,
    get_device_by_unique_id,
    get_device_twin,
    list_device_properties,
    release_device,
)
from iotconnect_client.models import BasicTokenResponse

from . import checks
from . import replies as _replies  # noqa: F401 - its checks register on import
from . import state as _state  # noqa: F401 - its check registers on import
from .devices import test_certificate
from .guard import Guard, is_positive, operation_id
from .handoff import HANDOFF_VARIABLE, Handoff
from .limits import READ_CHUNK, CappedTransport, ReplyTooDeep, ReplyTooLarge, too_deep

__all__ = ["OverlayAuth", "install"]

APIOperation = _AnyOperation[Any, Any, Any, Any]


@dataclass(frozen=True)
class _Credentials:
    access_token: str = field(repr=False)
    basic_token: str = field(repr=False)


def _schemes(operation: APIOperation) -> set[str]:
    security = operation.definition.raw.get("security", [])
    return {name for requirement in security for name in requirement}


class OverlayAuth:
    """Credentials for each case, from an IoTConnect session (a schemathesis auth provider).

    schemathesis builds providers without arguments, so :func:`install` subclasses this with the
    session and target filled in.
    """

    session: ClassVar[IoTConnect]
    target: ClassVar[Handoff]

    def get(self, case: Any, context: AuthContext) -> _Credentials:
        """Make sure the session holds a token the server accepts, then hand it out."""
        # verify-token goes through the overlay's auth flow: it logs in, refreshes, or
        # refreshes and replays after a 401, whichever the session's state calls for.
        verify_token.sync_detailed(client=self.session.auth)
        # The token endpoints pass through the session's auth flow untouched.
        basic = get_basic_token.sync(client=self.session.auth)
        if not isinstance(basic, BasicTokenResponse):
            raise RuntimeError("GET /Auth/basic-token did not answer a basic token")
        return _Credentials(self.session.token_auth.token().access_token, basic.data)

    def set(self, case: Any, data: _Credentials, context: AuthContext) -> None:
        """Put the credentials where the operation's security requirement says."""
        schemes = _schemes(case.operation)
        if "bearerAuth" in schemes:
            case.headers["Authorization"] = f"Bearer {data.access_token}"
        if "basicToken" in schemes:
            case.headers["Authorization"] = f"Basic {data.basic_token}"
            case.headers["solution-key"] = self.target.solution_key


#: Valid login cases that carry the target's own credentials, per process: enough to check
#: login and to chain refreshes, few enough not to flood a real tenant with logins.
REAL_LOGINS: Final = 20
#: Valid reads of one device or entity that name one the tenant holds (every other one), and valid
#: refreshes that carry a refresh token a login just gave, per operation and process: random
#: values name nothing, so without them a run of getDevice alone never sees a 2xx.
REAL_READS: Final = 5


def _prepare(target: Handoff, case: Any, prepared: Counter[str]) -> None:
    """Give a valid case the references that make it valid on this target (``prepared``
    counts the cases given real credentials or a real device, per operation)."""
    operation = operation_id(case)
    body = case.body if isinstance(case.body, dict) else None
    path = case.path_parameters
    query = case.query
    if operation == "getDeviceConnectionStatus":
        prepared[operation] += 1
        # A valid read names a device (the schema cannot say "one of the two"): every other
        # one the tenant's sample device, by unique id (a GUID beside it would have to be the
        # same device's); the rest one that is not there (409 DeviceNotFound).
        query = case.query = dict(query or {})
        if target.sample_unique_id is not None and prepared[operation] % 2 == 1:
            query.pop("deviceGuid", None)
            query["uniqueId"] = target.sample_unique_id
        elif not query.get("deviceGuid") and not query.get("uniqueId"):
            query["uniqueId"] = "conformance-no-such-device"
        return
    if operation == "searchCommandHistory" and body is not None:
        # A generated continuation token is none the service gave (a 412 naming it): a valid
        # search starts at the first page.
        body.pop("continuationToken", None)
        return
    if operation == "updateDeviceProperties" and body is not None:
        # A generated company GUID names no company (and may not even be a GUID).
        for item in body.get("properties") or []:
            if isinstance(item, dict):
                item.pop("companyGuid", None)
        return
    known = _READS_ONE.get(operation)
    if known is not None and path is not None and getattr(target, known[1]) is not None:
        prepared[operation] += 1
        # Every other one: the rest still name nothing, for the 409 DeviceNotFound checks.
        if prepared[operation] % 2 == 1 and prepared[operation] <= 2 * REAL_READS:
            path[known[0]] = getattr(target, known[1])
            # The device may have no parent, or another one than a generated name.
            if isinstance(case.query, dict):
                case.query.pop("parentDeviceUniqueId", None)
        return
    if operation in ("createDevice", "updateDevice") and body is not None:
        if target.entity_guid is not None:
            body["entityGuid"] = target.entity_guid
        if operation == "createDevice":
            if target.template_guid is not None:
                body["deviceTemplateGuid"] = target.template_guid
            # Random guids for these name nothing that exists, and properties must name
            # the template's own properties: leave them out of valid requests. A parent stays
            # where a guard points it at one of the run's devices (state_visible reads it back).
            for key in ("firmwareUpgradeGuid", "properties"):
                body.pop(key, None)
            if target.device_log is None:
                body.pop("parentDeviceGuid", None)
            if isinstance(body.get("certificateText"), str):
                # The pattern's text is no certificate; the service parses what it gets.
                body["certificateText"] = test_certificate()
        else:
            body.pop("properties", None)
    elif operation == "getDeviceTemplate" and case.path_parameters is not None:
        if target.template_guid is not None:
            case.path_parameters["deviceTemplateGuid"] = target.template_guid
    elif operation == "discoverServices" and case.path_parameters is not None:
        case.path_parameters["solutionKey"] = target.solution_key
    elif operation == "login" and body is not None:
        prepared[operation] += 1
        if prepared[operation] <= REAL_LOGINS:
            body["username"], body["password"] = target.login
    elif operation == "refreshToken" and body is not None:
        prepared[operation] += 1
        if prepared[operation] <= REAL_READS:
            body["refreshtoken"] = _unspent_refresh_token(target) or body.get("refreshtoken")


def _unspent_refresh_token(target: Handoff) -> str | None:
    """The refresh token of a login of its own (a refresh token works once): without one, a
    run of refreshToken alone never sees a 2xx."""
    with CappedTransport(target.max_reply_bytes) as transport:
        try:
            with IoTConnect(**target.connection, transport=transport) as session:  # type: ignore[arg-type]
                return session.token_auth.token().refresh_token
        except IoTConnectError:
            return None


# The operations that read one device or entity, and the path parameter and the Handoff field
# that names one the tenant holds.
_READS_ONE: Final = {
    "getDevice": ("deviceGuid", "sample_guid"),
    "getDeviceByUniqueId": ("uniqueId", "sample_unique_id"),
    "getEntity": ("entityGuid", "entity_guid"),
    "getDeviceTwin": ("uniqueId", "sample_unique_id"),
    "listChildDevices": ("deviceGuid", "sample_guid"),
    "listTemplateAttributes": ("deviceTemplateGuid", "template_guid"),
    "listTemplateCommands": ("deviceTemplateGuid", "template_guid"),
}


def read_bounded(cap: int) -> Callable[..., requests.Response]:
    """A ``requests`` response hook that reads the body itself, streamed and decoded, and
    raises ReplyTooLarge past ``cap`` bytes or ReplyTooDeep for JSON nested too deep: the case
    then ends in an error that names the limit, and nobody holds the rest of the reply."""

    def read(response: requests.Response, *args: object, **kwargs: object) -> requests.Response:
        body = bytearray()
        try:
            for chunk in response.raw.stream(READ_CHUNK, decode_content=True):
                body += chunk
                if len(body) > cap:
                    # schemathesis keeps the error, and with it this frame: not the body.
                    body.clear()
                    raise ReplyTooLarge(cap)
        finally:
            response.close()
        content = bytes(body)
        body.clear()
        if too_deep(content):
            content = b""
            raise ReplyTooDeep
        # requests' own cache of the body: what schemathesis reads as the reply's content.
        response._content = content
        return response

    return read


_ON_THE_HUB: Final = ("acquireDevice", "releaseDevice", "updateDeviceTwin")
_PARENTS_FOLLOWED: Final = 5


def _top_gateway(http: httpx.Client, unique_id: str) -> str:
    """The unique id of the device at the top of ``unique_id``'s parents (a few at most)."""
    for _ in range(_PARENTS_FOLLOWED):
        reply = http.request(**get_device_by_unique_id.request_kwargs(unique_id))
        device = next(iter(checks.items_of(reply)), {})
        parent = device.get("parentDeviceGuid")
        if not isinstance(parent, str):
            break
        try:
            above = checks.items_of(http.request(**get_device.request_kwargs(UUID(parent))))
        except ValueError:
            break
        name = above[0].get("uniqueId") if above else None
        if not isinstance(name, str):
            break
        unique_id = name
    return unique_id


def _prepare_owned(http: httpx.Client, case: Any) -> None:
    """Give a valid write to one of the run's devices (the guard chose it) what no example can
    know: a twin write the device's own setting GUID, on an acquired device; a release an
    acquired device; a property write the company's property GUIDs."""
    operation = operation_id(case)
    body = case.body if isinstance(case.body, dict) else None
    unique_id = (case.path_parameters or {}).get("uniqueId")
    if operation == "updateDeviceProperties" and body is not None:
        request = list_device_properties.request_kwargs()
        known = [i.get("guid") for i in checks.items_of(http.request(**request))]
        items = body.get("properties")
        if known and isinstance(items, list):
            for index, item in enumerate(items):
                if isinstance(item, dict):
                    item["guid"] = known[index % len(known)]
        return
    if not isinstance(unique_id, str) or operation not in _ON_THE_HUB:
        return
    # A child device cannot be acquired: its gateway (the run's too, the guard chose every
    # parent a create of the run named) stands in for it.
    unique_id = case.path_parameters["uniqueId"] = _top_gateway(http, unique_id)
    if operation == "acquireDevice":
        http.request(**release_device.request_kwargs(unique_id))  # 409 if it already is
    if operation == "updateDeviceTwin" and body is not None:
        twin = checks.items_of(http.request(**get_device_twin.request_kwargs(unique_id)))
        wanted = str(body.get("localName", "")).casefold()
        item = next((i for i in twin if str(i.get("localName")).casefold() == wanted), None)
        if item is not None:
            body["templateSettingGuid"] = item.get("templateSettingGuid")
    if operation in ("updateDeviceTwin", "releaseDevice"):
        http.request(**acquire_device.request_kwargs(unique_id))  # 409 if it already is


def install(target: Handoff, session: IoTConnect, peer: IoTConnect | None = None) -> None:
    """Register auth, routing, case preparation, the guard and the checks' runtime, globally."""
    provider = type("OverlayAuth", (OverlayAuth,), {"session": session, "target": target})
    schemathesis.auth()(provider)
    guard = None if target.device_log is None else Guard(target, session.http_client)
    prepared: Counter[str] = Counter()
    # Every reply schemathesis receives is read here, capped, before anything else reads it.
    bounded = {"response": [read_bounded(target.max_reply_bytes)]}

    def before_init_operation(context: HookContext, operation: APIOperation) -> None:
        operation.base_url = target.base_url(operation.definition.raw["tags"][0])

    def before_call(context: HookContext, case: Any, kwargs: dict[str, Any]) -> None:
        kwargs["hooks"] = bounded
        if is_positive(case):
            _prepare(target, case, prepared)
        if guard is not None:
            guard.before_call(context, case, kwargs)
            if is_positive(case):
                # Only now is the device the run's own.
                _prepare_owned(session.http_client(), case)
            alive = [g for g in guard.gateways if g in guard.alive]
            if is_positive(case) and operation_id(case) == "listChildDevices" and alive:
                # A gateway of the run, so that the list has children to read back.
                case.path_parameters["deviceGuid"] = alive[-1]

    def after_call(context: HookContext, case: Any, response: Response) -> None:
        if guard is not None:
            guard.after_call(context, case, response)

    schemathesis.hook(before_init_operation)
    schemathesis.hook(before_call)
    schemathesis.hook(after_call)
    checks.activate(checks.Runtime(target, session, peer, guard))


if HANDOFF_VARIABLE in os.environ:
    # Loaded by `schemathesis run` through SCHEMATHESIS_HOOKS, in the child of `iotconnect
    # conformance`: the parent put the target and the credentials in the environment.
    _handoff = Handoff.from_json(os.environ[HANDOFF_VARIABLE])
    install(_handoff, _handoff.session(), _handoff.peer_session())
