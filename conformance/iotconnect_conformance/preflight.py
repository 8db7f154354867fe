"""Before any case is generated: is the target there, does it let the user in, can the run work?

Each problem is a :class:`SetupError` with one line that says what failed where; the run stops
with exit status 2. No message carries a secret: hosts are named by origin (the discovery path
holds the solution key) and transport errors by their class.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from typing import Final
from urllib.parse import quote, urlsplit

import httpx

from iotconnect import IoTConnect, IoTConnectError
from iotconnect_spec import spec_document

from .limits import json_of

__all__ = ["Ready", "SetupError", "one_line", "origin", "preflight"]

#: Preflight requests wait this long; a target slower than that is not ready for a run.
TIMEOUT: Final = httpx.Timeout(30.0, connect=5.0)
# Certificate templates (the spec's x-certificate-auth-types) cap uniqueId at 31 characters, a
# rule the schema cannot state: valid creates use a template without that cap when it can.
_CERTIFICATE_AUTH: Final = frozenset(
    spec_document()["components"]["schemas"]["DeviceCreate"]["x-certificate-auth-types"]
)
_SHOWN: Final = 200


class SetupError(Exception):
    """The run cannot start: a bad option, an unreachable target, a refused login (exit 2)."""


def one_line(exc: BaseException) -> str:
    """An unforeseen exception as one short line: its class and the start of its message."""
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text[:_SHOWN] + '...' if len(text) > _SHOWN else text}"


def origin(url: str) -> str:
    """``scheme://host:port`` of a URL: what messages show of a host."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


@dataclass
class Ready:
    """What the preflight found: a logged-in session and what the run needs of the target."""

    session: IoTConnect = field(repr=False)
    auth_url: str
    device_url: str
    #: Why ``discoverServices`` cannot run here (``None``: it can).
    no_discovery: str | None = None
    #: The entity and template valid creates name (writes only).
    references: tuple[str, str] | None = None
    #: The mock's origin when the target has a clock the run can move.
    clock: str | None = None
    #: The GUID and unique id of a device the tenant holds (the first one listed), if any.
    sample: tuple[str, str] | None = None
    basic_token: str | None = field(default=None, repr=False)


def preflight(
    connection: dict[str, str | None],
    *,
    explicit_discovery: bool,
    writes: bool,
    transport: httpx.BaseTransport,
) -> Ready:
    """Reach every host (discovery at ``connection["discovery_url"]``), log in, and look up what
    a write run needs; or raise SetupError. Every request goes through ``transport`` (the run's
    :class:`~iotconnect_conformance.limits.CappedTransport`), which its caller closes."""
    session = IoTConnect(**connection, timeout=TIMEOUT, max_retries=0, transport=transport)  # type: ignore[arg-type]
    try:
        return _check(session, connection, explicit_discovery, writes, transport)
    except BaseException:
        session.close()
        raise


def _check(
    session: IoTConnect,
    connection: dict[str, str | None],
    explicit_discovery: bool,
    writes: bool,
    transport: httpx.BaseTransport,
) -> Ready:
    environment = connection.get("environment")
    discovery_url = str(connection["discovery_url"])
    try:
        urls = session.urls
    except IoTConnectError as exc:
        where = origin(discovery_url)
        raise SetupError(
            f"discovery of environment {environment!r} at {where} failed: {exc}"
        ) from None
    ready = Ready(session, urls.auth, urls.device)
    with httpx.Client(timeout=TIMEOUT, transport=_Unclosed(transport)) as http:
        basic = _get(http, f"{urls.auth}/Auth/basic-token", "the auth service")
        if basic.status_code != 200:
            raise SetupError(
                f"the auth service at {origin(urls.auth)} answered {basic.status_code} "
                "to GET /Auth/basic-token"
            )
        ready.basic_token = _data(basic)
        try:
            token = session.token_auth.token()
        except IoTConnectError as exc:
            raise SetupError(
                f"login refused for {connection.get('username')} at {origin(urls.auth)}: {exc}"
            ) from None
        device = _get(
            http,
            f"{urls.device}/Device",
            "the device service",
            params={"pageSize": 1},
            headers={"Authorization": f"Bearer {token.access_token}"},
        )
        if device.status_code not in (200, 204):
            raise SetupError(
                f"the device service at {origin(urls.device)} answered {device.status_code} "
                "to GET /Device with the login's token"
            )
        ready.sample = _first_device(device)
        if environment is None:
            ready.no_discovery = _discovery(http, connection, discovery_url, explicit_discovery)
        if writes:
            ready.references = _references(http, session, urls.device, token.access_token)
        else:
            # Reads of one template (its attributes, its commands) need one to name; a
            # read-only run without one still runs, those reads then name none.
            with contextlib.suppress(SetupError):
                ready.references = _references(http, session, urls.device, token.access_token)
        clock = _get_quietly(http, f"{origin(urls.auth)}/_mock/clock")
        if clock is not None and clock.status_code == 200:
            ready.clock = origin(urls.auth)
    return ready


def _get(http: httpx.Client, url: str, what: str, **kwargs: object) -> httpx.Response:
    try:
        return http.get(url, **kwargs)  # type: ignore[arg-type]
    except httpx.HTTPError as exc:
        raise SetupError(f"cannot reach {what} at {origin(url)} ({type(exc).__name__})") from None


def _get_quietly(http: httpx.Client, url: str) -> httpx.Response | None:
    try:
        return http.get(url)
    except httpx.HTTPError:
        return None


def _data(reply: httpx.Response) -> str | None:
    try:
        data = json_of(reply.content).get("data")
    except (ValueError, AttributeError):
        return None
    return data if isinstance(data, str) else None


def _first_device(reply: httpx.Response) -> tuple[str, str] | None:
    try:
        item = json_of(reply.content)["data"][0]
        guid, unique_id = item["guid"], item["uniqueId"]
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    return (guid, unique_id) if isinstance(guid, str) and isinstance(unique_id, str) else None


def _discovery(
    http: httpx.Client, connection: dict[str, str | None], discovery_url: str, explicit: bool
) -> str | None:
    """Why discovery cannot be checked on this target (``None`` when it can)."""
    key = quote(str(connection.get("solution_key")), safe="")
    url = f"{discovery_url.rstrip('/')}/api/uisdk/solutionkey/{key}/env/poc"
    where = origin(discovery_url)
    reply = _get_quietly(http, url)
    if reply is not None and reply.status_code == 200:
        return None
    problem = "is unreachable" if reply is None else f"answered {reply.status_code}"
    if explicit:
        raise SetupError(f"the discovery service at {where} {problem}")
    return f"no discovery service at {where} ({problem}); give --discovery-url to check it"


def _references(
    http: httpx.Client, session: IoTConnect, device_url: str, access_token: str
) -> tuple[str, str]:
    """The entity and the device template valid creates name."""
    reply = _get(
        http,
        f"{device_url}/device-template",
        "the device service",
        headers={"Authorization": f"Bearer {access_token}"},
    )
    try:
        data = json_of(reply.content).get("data") if reply.status_code == 200 else None
    except (ValueError, AttributeError):
        data = None
    templates = [t for t in data if isinstance(t, dict) and "guid" in t] if data else []
    if not isinstance(data, list) or not templates:
        raise SetupError(
            f"a write run needs a device template in the company: GET /device-template "
            f"answered {reply.status_code} without one"
        )
    entity = session.claims.entity_guid
    if entity is None:
        raise SetupError("a write run needs an entity: the access token names none")
    unbounded = [t for t in templates if t.get("authType") not in _CERTIFICATE_AUTH]
    # One with attributes and commands, so that reads of its two lists can answer 200 (a
    # template with none answers 409).
    full = [t for t in unbounded if t.get("attributeCount") and t.get("commandCount")]
    return entity, str((full or unbounded or templates)[0]["guid"])


class _Unclosed(httpx.BaseTransport):
    """The run's transport, lent to a client that must not close it."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self._inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._inner.handle_request(request)
