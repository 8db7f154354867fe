"""What schemathesis needs to check an IoTConnect server: auth through the overlay, real references.

:func:`install` registers everything on a schemathesis target: the ``schemathesis`` module itself
(the ``schemathesis run`` child that ``iotconnect conformance`` starts loads this module through
``SCHEMATHESIS_HOOKS``, see the bottom of the file) or one loaded schema (the pytest suite).

- Auth: every case is authenticated from an :class:`~iotconnect.IoTConnect` session, so a run
  exercises the real token lifecycle (login, refresh, replay after a 401).
- Hosts: each operation goes to its own service's base URL (auth and device differ on the real
  service; discovery lives at the discovery host's root).
- Positive cases get the references a valid request needs (the user's entity, a template of the
  company, the solution key); otherwise every valid create would be a 412 and the stateful phase
  could never follow the spec's links.
- ``expired_token_rejected``: with an expired token in hand (a mock can hand one out by moving
  its clock), every accepted bearer request is sent again with it and must get a 401.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar, Final

import schemathesis
from schemathesis import AuthContext, CheckContext, GenerationMode, HookContext, Response
from schemathesis import Case as _AnyCase
from schemathesis.schemas import APIOperation as _AnyOperation

from iotconnect import IoTConnect
from iotconnect_client.api.auth import get_basic_token, verify_token
from iotconnect_client.api.device import list_device_templates
from iotconnect_client.models import BasicTokenResponse, DeviceTemplateListResponse

from .runner import HANDOFF_VARIABLE, Handoff

__all__ = ["OverlayAuth", "expired_token_rejected", "install"]

Case = _AnyCase[Any]
APIOperation = _AnyOperation[Any, Any, Any, Any]


@dataclass(frozen=True)
class _Credentials:
    access_token: str = field(repr=False)
    basic_token: str = field(repr=False)


def _schemes(operation: APIOperation) -> set[str]:
    security = operation.definition.raw.get("security", [])
    return {name for requirement in security for name in requirement}


def _operation_id(operation: APIOperation) -> str:
    return str(operation.definition.raw["operationId"])


class OverlayAuth:
    """Credentials for each case, from an IoTConnect session (a schemathesis auth provider).

    schemathesis builds providers without arguments, so :func:`install` subclasses this with the
    session and target filled in.
    """

    session: ClassVar[IoTConnect]
    target: ClassVar[Handoff]

    def get(self, case: Case, context: AuthContext) -> _Credentials:
        """Make sure the session holds a token the server accepts, then hand it out."""
        # verify-token goes through the overlay's auth flow: it logs in, refreshes, or
        # refreshes and replays after a 401, whichever the session's state calls for.
        verify_token.sync_detailed(client=self.session.auth)
        # The token endpoints pass through the session's auth flow untouched.
        basic = get_basic_token.sync(client=self.session.auth)
        if not isinstance(basic, BasicTokenResponse):
            raise RuntimeError("GET /Auth/basic-token did not answer a basic token")
        return _Credentials(self.session.token_auth.token().access_token, basic.data)

    def set(self, case: Case, data: _Credentials, context: AuthContext) -> None:
        """Put the credentials where the operation's security requirement says."""
        schemes = _schemes(case.operation)
        if "bearerAuth" in schemes:
            case.headers["Authorization"] = f"Bearer {data.access_token}"
        if "basicToken" in schemes:
            case.headers["Authorization"] = f"Basic {data.basic_token}"
            case.headers["solution-key"] = self.target.solution_key


_CERTIFICATE_AUTH: Final = (2, 3)


@dataclass
class _References:
    """Identifiers a valid request must carry, looked up once through the session."""

    session: IoTConnect
    _found: tuple[str, str] | None = None

    def entity_and_template(self) -> tuple[str, str]:
        if self._found is None:
            templates = list_device_templates.sync(client=self.session.device)
            if not isinstance(templates, DeviceTemplateListResponse) or not templates.data:
                raise RuntimeError("the company has no device template to create devices with")
            entity = self.session.claims.entity_guid
            if entity is None:
                raise RuntimeError("the access token names no entity to create devices in")
            # Certificate templates (authType 2 and 3) cap uniqueId at 31 characters, a rule
            # the schema cannot state: valid requests use a template without that cap.
            unbounded = [t for t in templates.data if t.auth_type not in _CERTIFICATE_AUTH]
            self._found = (entity, str((unbounded or templates.data)[0].guid))
        return self._found


def _prepare(target: Handoff, references: _References) -> Callable[[HookContext, Case], Case]:
    def map_case(context: HookContext, case: Case) -> Case:
        if case.meta is None or case.meta.generation.mode is not GenerationMode.POSITIVE:
            return case
        operation = _operation_id(case.operation)
        body = case.body if isinstance(case.body, dict) else None
        if operation in ("createDevice", "updateDevice") and body is not None:
            entity, template = references.entity_and_template()
            body["entityGuid"] = entity
            if operation == "createDevice":
                body["deviceTemplateGuid"] = template
                # Random guids for these name nothing that exists, and properties must name
                # the template's own properties: leave them out of valid requests.
                for key in ("parentDeviceGuid", "firmwareUpgradeGuid", "properties"):
                    body.pop(key, None)
            else:
                body.pop("properties", None)
        elif operation == "discoverServices" and case.path_parameters is not None:
            case.path_parameters["solutionKey"] = target.solution_key
        elif operation == "login" and body is not None and target.demo_login is not None:
            body["username"], body["password"] = target.demo_login
        return case

    return map_case


def _prepare_examples(
    prepare: Callable[[HookContext, Case], Case],
) -> Callable[[HookContext, list[Case]], None]:
    # The spec's own examples name guids that exist nowhere: they need the same treatment.
    def before_add_examples(context: HookContext, examples: list[Case]) -> None:
        examples[:] = [prepare(context, case) for case in examples]

    return before_add_examples


def _route(target: Handoff) -> Callable[[HookContext, APIOperation], None]:
    def before_init_operation(context: HookContext, operation: APIOperation) -> None:
        operation.base_url = target.base_url(operation.definition.raw["tags"][0])

    return before_init_operation


def _record_created(target: Handoff) -> Callable[[HookContext, Case, Response], None]:
    def after_call(context: HookContext, case: Case, response: Response) -> None:
        if target.created_log is None or _operation_id(case.operation) != "createDevice":
            return
        if response.status_code == 200:
            guid = response.json()["data"][0]["newid"]
            with target.created_log.open("a") as log:
                log.write(f"{guid}\n")

    return after_call


_expired_tokens: dict[str, str] = {}


@schemathesis.check
def expired_token_rejected(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """A bearer request the server accepted is refused (401) when its token has expired."""
    expired = _expired_tokens.get("token")
    accepted = 200 <= response.status_code < 300
    if expired is None or not accepted or "bearerAuth" not in _schemes(case.operation):
        return None
    probe = case.operation.Case(
        path_parameters=case.path_parameters,
        query=case.query,
        headers={**case.headers, "Authorization": f"Bearer {expired}"},
        body=case.body,
        media_type=case.media_type,
    )
    reply = probe.call()
    if reply.status_code != 401:
        raise AssertionError(
            f"{case.operation.label} accepted an expired access token: "
            f"got {reply.status_code}, expected 401"
        )
    return True


def install(into: Any, target: Handoff, session: IoTConnect) -> None:
    """Register auth, routing and case preparation on ``into``.

    ``into`` is the ``schemathesis`` module (global registration, for the CLI child) or a
    loaded schema (for one pytest suite).
    """
    provider = type("OverlayAuth", (OverlayAuth,), {"session": session, "target": target})
    into.auth()(provider)
    prepare = _prepare(target, _References(session))
    into.hook("map_case")(prepare)
    into.hook("before_add_examples")(_prepare_examples(prepare))
    into.hook("before_init_operation")(_route(target))
    into.hook("after_call")(_record_created(target))
    if target.expired_token is not None:
        _expired_tokens["token"] = target.expired_token


if HANDOFF_VARIABLE in os.environ:
    # Loaded by `schemathesis run` through SCHEMATHESIS_HOOKS, in the child of `iotconnect
    # conformance`: the parent put the target and the credentials in the environment.
    _handoff = Handoff.from_json(os.environ[HANDOFF_VARIABLE])
    install(schemathesis, _handoff, _handoff.session())
