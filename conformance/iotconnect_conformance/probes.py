"""The run's own probes: fixed request sequences whose outcome a single reply cannot show.

- ``wrong_password_rejected``: the target's user with a wrong password is refused (401), once.
- ``spent_refresh_token_rejected``: a refresh token works once; spent, it is refused.
- paging, on devices the probe creates (so the tenant holds more than a page whatever it held
  before): walking the pages of a filter yields each of them exactly once
  (``pages_partition``), each page holds at most ``pageSize`` (``page_size_honoured``), every
  item matches the filter (``filters_filter``), and ``sortBy`` orders the whole walk
  (``sort_order_honoured``).
- ``certificate_stored``: a device created with a certificate, from a self-signed template of
  the company, reads back with its certificate stored (``certificateGuid``), as onboarding
  needs; the probe's device has the run's prefix and goes with the clean-up.

- the fleet, on a template and a device the probe makes (a template code of the run, deleted
  with its device at the end): the template reads back with the attributes and commands of its
  file (``template_reads_back``), a delete while the device uses it is refused and the template
  stays (``template_in_use_kept``), and a command sent to the device appears in its history with
  its parameter (``command_in_history``).

Results go into the run's :class:`~iotconnect_conformance.summary.Summary` under the operation
they are about. No message carries a secret; tokens the probes obtain go to the redactor.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Final

import httpx

from iotconnect.redaction import Redactor
from iotconnect_client.api.auth import login, refresh_token
from iotconnect_client.api.device import list_devices
from iotconnect_client.models import ListDevicesSortBy, LoginRequest, RefreshTokenRequest
from iotconnect_client.types import UNSET

from .checks import items_of
from .devices import (
    DeviceLog,
    NotOwned,
    create_device,
    normal,
    remove_template,
    template_is,
    test_certificate,
)
from .limits import CappedTransport, json_of
from .preflight import TIMEOUT
from .replies import filter_mismatches
from .summary import Summary

__all__ = [
    "AUTH_PROBE_CHECKS",
    "FLEET_PROBE_CHECKS",
    "PAGED_DEVICES",
    "PROBE_CHECKS",
    "Probes",
    "auth_probes_apply",
]

#: The checks of :meth:`Probes.auth`.
AUTH_PROBE_CHECKS: Final = ("wrong_password_rejected", "spent_refresh_token_rejected")
#: The checks of :meth:`Probes.fleet`.
FLEET_PROBE_CHECKS: Final = ("template_reads_back", "template_in_use_kept", "command_in_history")
#: The checks only these probes perform.
PROBE_CHECKS: Final = (
    *AUTH_PROBE_CHECKS,
    "pages_partition",
    "certificate_stored",
    *FLEET_PROBE_CHECKS,
)
UPLOAD: Final = "POST /device-template/quick"
TEMPLATE_DELETE: Final = "DELETE /device-template/{deviceTemplateGuid}"
SEND: Final = "POST /template-command/device/{deviceGuid}/send"
CREATE: Final = "POST /Device"
_SELF_SIGNED: Final = 3

LOGIN: Final = "POST /Auth/login"
REFRESH: Final = "POST /Auth/refresh-token"
LIST: Final = "GET /Device"
#: Devices per page in the paging walk; the probe creates more than two pages' worth.
PAGE: Final = 3
#: How many devices the paging probe creates.
PAGED_DEVICES: Final = 2 * PAGE + 1
# Created out of order, so that insertion order is not already the sorted order.
_CREATION_ORDER: Final = (3, 0, 6, 1, 5, 2, 4)
_MAX_PAGES: Final = 10
# The orders the paging walk reads the run's devices in (None: the service's own).
_WALKS: Final[tuple[ListDevicesSortBy | None, ...]] = (None, "uniqueId asc", "uniqueId desc")


def auth_probes_apply(operation_ids: set[str], checks: Iterable[str]) -> bool:
    """Whether a run of these operations and checks sends the auth probes."""
    wanted = not set(AUTH_PROBE_CHECKS).isdisjoint(checks)
    return wanted and {"login", "refreshToken"} <= operation_ids


@dataclass
class Probes:
    """The probes of one run, against its resolved hosts."""

    auth_url: str
    username: str
    password: str
    solution_key: str
    basic_token: str | None
    summary: Summary
    redactor: Redactor
    #: The most a reply body may hold (see :mod:`iotconnect_conformance.limits`).
    max_reply_bytes: int

    def auth(self) -> None:
        """Wrong password, then a refresh token spent twice."""
        transport = CappedTransport(self.max_reply_bytes)
        with httpx.Client(base_url=self.auth_url, timeout=TIMEOUT, transport=transport) as http:
            wrong = self._login(http, self.password + "-not-it")
            self.summary.record(
                LOGIN,
                "wrong_password_rejected",
                ok=wrong.status_code == 401,
                message=f"a login with a wrong password answered {wrong.status_code}, expected 401",
            )
            self._spent_refresh(http)

    def _login(self, http: httpx.Client, password: str) -> httpx.Response:
        body = LoginRequest(username=self.username, password=password)
        request = http.build_request(**login.request_kwargs(body=body))
        # The spec's basicToken security scheme, which is no parameter of the operation.
        request.headers["Authorization"] = f"Basic {self.basic_token}"
        request.headers["solution-key"] = self.solution_key
        reply = http.send(request)
        self._learn(reply)
        return reply

    def _spent_refresh(self, http: httpx.Client) -> None:
        check = "spent_refresh_token_rejected"
        login = self._login(http, self.password)
        spent = _member(login, "refresh_token")
        if login.status_code != 200 or spent is None:
            message = f"the probe's own login answered {login.status_code} without a refresh token"
            self.summary.record(REFRESH, check, ok=False, message=message)
            return
        refresh = refresh_token.request_kwargs(body=RefreshTokenRequest(refreshtoken=spent))
        first = http.request(**refresh)
        self._learn(first)
        if first.status_code != 200:
            message = f"a fresh refresh token was refused ({first.status_code})"
            self.summary.record(REFRESH, check, ok=False, message=message)
            return
        again = http.request(**refresh)
        self._learn(again)
        self.summary.record(
            REFRESH,
            check,
            ok=not 200 <= again.status_code < 300,
            message=f"a spent refresh token was accepted again ({again.status_code})",
        )

    def _learn(self, reply: httpx.Response) -> None:
        try:
            self.redactor.learn(json_of(reply.content))
        except ValueError:
            return

    def paging(
        self, http: httpx.Client, log: DeviceLog, prefix: str, references: tuple[str, str]
    ) -> None:
        """Create more than two pages of devices, then walk them three ways.

        A create whose GUID does not read back as the device created stops the probe: the
        device log holds it for ``ownership_proven`` and the clean-up.
        """
        stem = f"{prefix}p"
        made: dict[str, str] = {}
        for index in _CREATION_ORDER:
            try:
                guid, unique_id = create_device(
                    http, log, prefix, references, unique_id=f"{stem}{index:02d}"
                )
            except NotOwned:
                return
            made[guid] = unique_id
        for sort_by in _WALKS:
            items = self._walk(http, stem, sort_by)
            if items is not None:
                self._judge(items, made, stem, sort_by)
        first = http.request(**list_devices.request_kwargs(page_size=PAGE))
        count = len(items_of(first))
        self.summary.record(
            LIST,
            "page_size_honoured",
            ok=count == PAGE,
            message=f"an unfiltered page of pageSize={PAGE} held {count} devices "
            f"({first.status_code}) while the tenant holds more than {PAGED_DEVICES}",
        )

    def certificate(self, http: httpx.Client, log: DeviceLog, prefix: str, entity: str) -> bool:
        """Create a device with a certificate and read it back; False when the company has no
        self-signed template to create it from."""
        reply = http.get("/device-template", params={"pageSize": 100})
        templates = [t for t in items_of(reply) if t.get("authType") == _SELF_SIGNED]
        if not templates:
            return False
        try:
            guid, unique_id = create_device(
                http,
                log,
                prefix,
                (entity, str(templates[0].get("guid"))),
                fields={"certificateText": test_certificate()},
            )
        except (NotOwned, RuntimeError) as exc:
            message = f"a create with a self-signed certificate failed: {exc}"
            self.summary.record(CREATE, "certificate_stored", ok=False, message=message)
            return True
        device = items_of(http.get(f"/Device/{guid}"))
        stored = device[0].get("certificateGuid") if device else None
        self.summary.record(
            CREATE,
            "certificate_stored",
            ok=bool(stored),
            message=f"the device {unique_id} created with a certificate reads back with "
            f"certificateGuid {stored!r}",
        )
        return True

    def fleet(self, http: httpx.Client, log: DeviceLog, prefix: str, entity: str) -> None:
        """A template from a file, a device of it, a command: each read back (see above)."""
        code = f"c{prefix.removeprefix('conformance-').strip('-')}fl"[:10]
        document = {
            "code": code,
            "name": f"{prefix}fleet",
            "authType": 5,
            "attributes": [{"name": "level", "type": "INTEGER", "unit": "%"}],
            "commands": [{"name": "Fill", "command": "fill", "requiredParam": True}],
        }
        upload = ("template.json", json.dumps(document).encode(), "application/json")
        created = items_of(http.post("/device-template/quick", files={"file": upload}))
        template = str(created[0].get("deviceTemplateGuid", "")) if created else ""
        if not template or not template_is(http, template, code):
            # Nothing is sent about a template that is not proven the run's: it could be anyone's.
            message = (
                f"a template upload answered {template or 'no deviceTemplateGuid'}, which does "
                f"not read back with the run's code {code}"
            )
            self.summary.record(UPLOAD, "template_reads_back", ok=False, message=message)
            remove_template(http, None, code)
            return
        device: tuple[str, str] | None = None
        try:
            detail = items_of(http.get(f"/device-template/{template}"))
            names = [
                a.get("localName") for a in items_of(http.get(f"/template-attribute/{template}"))
            ]
            commands = items_of(http.get(f"/template-command/{template}"))
            read = (
                detail[0].get("templateCode") if detail else None,
                names,
                [c.get("command") for c in commands],
            )
            self.summary.record(
                UPLOAD,
                "template_reads_back",
                ok=read == (code, ["level"], ["fill"]),
                message=f"the template {code} reads back as (code, attributes, commands) {read}",
            )
            device = create_device(http, log, prefix, (entity, template))
            refused = http.delete(f"/device-template/{template}").status_code
            kept = bool(items_of(http.get(f"/device-template/{template}")))
            self.summary.record(
                TEMPLATE_DELETE,
                "template_in_use_kept",
                ok=refused == 409 and kept,
                message=f"a delete of a template a device uses answered {refused}, and the "
                f"template {'is' if kept else 'is not'} there after",
            )
            parameter = f"{prefix}level"
            body = {"commandGuid": commands[0].get("guid") if commands else None}
            body["parameterValue"] = parameter
            sent = http.post(f"/template-command/device/{device[0]}/send", json=body).status_code
            history = items_of(
                http.get("/template-command/history", params={"deviceGuid": device[0]})
            )
            seen = any(parameter in str(entry.get("cmdText")) for entry in history)
            self.summary.record(
                SEND,
                "command_in_history",
                ok=sent == 200 and seen,
                message=f"a send answered {sent}; its history shows the parameter: {seen}",
            )
        except (NotOwned, RuntimeError, httpx.HTTPError) as exc:
            message = f"the fleet probe could not finish: {type(exc).__name__}"
            self.summary.record(UPLOAD, "template_reads_back", ok=False, message=message)
        finally:
            if device is not None:  # the device first: a template in use cannot go
                status = http.delete(f"/Device/{device[0]}").status_code
                log.record(device[0], device[1], "deleteDevice", status)
            remove_template(http, template, code)

    def _walk(
        self, http: httpx.Client, stem: str, sort_by: ListDevicesSortBy | None
    ) -> list[dict[str, Any]] | None:
        items: list[dict[str, Any]] = []
        for number in range(1, _MAX_PAGES + 1):
            query = list_devices.request_kwargs(
                unique_id=stem,
                page_size=PAGE,
                page_number=number,
                sort_by=UNSET if sort_by is None else sort_by,
            )
            reply = http.request(**query)
            if reply.status_code not in (200, 204):
                message = f"page {number} of a walk answered {reply.status_code}"
                self.summary.record(LIST, "pages_partition", ok=False, message=message)
                return None
            page = items_of(reply)
            self.summary.record(
                LIST,
                "page_size_honoured",
                ok=len(page) <= PAGE,
                message=f"page {number} held {len(page)} devices for pageSize={PAGE}",
            )
            items += page
            if len(page) < PAGE:
                return items
        return items

    def _judge(
        self, items: list[dict[str, Any]], made: dict[str, str], stem: str, sort_by: str | None
    ) -> None:
        walk = f"the walk of UniqueId pages{'' if sort_by is None else ' by ' + repr(sort_by)}"
        guids = [_guid(item) for item in items]
        repeated = sorted({g for g in guids if guids.count(g) > 1})
        missing = sorted(set(made) - set(guids))
        self.summary.record(
            LIST,
            "pages_partition",
            ok=not repeated and not missing,
            message=f"{walk} of {len(made)} devices in pages of {PAGE} repeated {len(repeated)} "
            f"and missed {len(missing)}",
        )
        problems = filter_mismatches({"UniqueId": stem}, items)
        self.summary.record(
            LIST, "filters_filter", ok=not problems, message="; ".join(problems[:3])
        )
        if sort_by is not None:
            got = [str(item.get("uniqueId")) for item in items if _guid(item) in made]
            want = sorted(made.values(), reverse=sort_by.endswith("desc"))
            self.summary.record(
                LIST,
                "sort_order_honoured",
                ok=got == want,
                message=f"{walk} came as {got}, expected {want}",
            )


def _guid(item: dict[str, Any]) -> str:
    try:
        return normal(str(item.get("guid")))
    except ValueError:
        return str(item.get("guid"))


def _member(reply: httpx.Response, name: str) -> str | None:
    try:
        value = json_of(reply.content).get(name)
    except (ValueError, AttributeError):
        return None
    return value if isinstance(value, str) else None
