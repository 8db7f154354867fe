"""IoTConnect: generated clients bound to each base URL, sharing one TokenAuth; discovery,
timeouts, claims, from_env, context managers and unwrap()."""

from __future__ import annotations

import inspect
import json
import uuid
from collections.abc import Callable
from http import HTTPStatus

import httpx
import pytest

from iotconnect import (
    AuthenticationError,
    ConfigurationError,
    Conflict,
    DecodeError,
    DiscoveryError,
    ErrorDetail,
    IoTConnect,
    IoTConnectOptions,
    NotFound,
    ServiceUnavailable,
    TransportError,
    ValidationFailed,
    adiscover,
    discover,
    unwrap,
)
from iotconnect_client.api.auth import get_basic_token, verify_token
from iotconnect_client.api.device import get_device, list_devices
from iotconnect_client.models import DeviceListResponse
from iotconnect_client.types import Response

from .fakes import AUTH, DEVICE, ENTITY, PASSWORD, SOLUTION_KEY, USERNAME, FakeService

MakeIoT = Callable[..., IoTConnect]
DISCOVERY = "https://discovery.example.test"


def test_explicit_urls_send_nothing_until_the_first_call(
    make_iot: MakeIoT, service: FakeService
) -> None:
    with make_iot() as iot:
        assert iot.device.get_httpx_client().base_url == DEVICE + "/"
        assert iot.auth.get_async_httpx_client().base_url == AUTH + "/"
        assert service.counts == {}
        page = list_devices.sync(client=iot.device, page_size=50)
    assert isinstance(page, DeviceListResponse)
    assert page.data[0].unique_id == "dev-1"
    assert list(service.counts) == ["/Auth/basic-token", "/Auth/login", "/Device"]


def test_both_clients_share_one_token(make_iot: MakeIoT, service: FakeService) -> None:
    with make_iot() as iot:
        list_devices.sync(client=iot.device)
        verify_token.sync(client=iot.auth)
        list_devices.sync(client=iot.device)
    assert service.counts["/Auth/login"] == 1
    assert service.seen_tokens == [service.issued[0]] * 3


def test_generated_client_never_holds_the_token(make_iot: MakeIoT, service: FakeService) -> None:
    with make_iot() as iot:
        list_devices.sync(client=iot.device)
        text = repr(iot.device) + repr(iot.auth)
    assert service.issued[0] not in text
    assert "set-per-request-by-iotconnect" in text


def test_token_endpoints_through_iot_auth_do_not_log_in(
    make_iot: MakeIoT, service: FakeService
) -> None:
    with make_iot() as iot:
        assert get_basic_token.sync_detailed(client=iot.auth).status_code == 200
    assert dict(service.counts) == {"/Auth/basic-token": 1}
    assert "Authorization" not in service.requests[0].headers


def test_default_and_custom_timeouts(make_iot: MakeIoT) -> None:
    with make_iot() as iot:
        assert iot.device.get_httpx_client().timeout == httpx.Timeout(30.0, connect=10.0)
    with make_iot(timeout=httpx.Timeout(5.0, connect=1.0)) as iot:
        assert iot.auth.get_async_httpx_client().timeout == httpx.Timeout(5.0, connect=1.0)


async def test_async_context_manager_and_close_forgets_tokens(
    make_iot: MakeIoT, service: FakeService
) -> None:
    iot = make_iot()
    async with iot:
        await list_devices.asyncio(client=iot.device)
    async with iot:
        await list_devices.asyncio(client=iot.device)
    assert service.counts["/Auth/login"] == 2


def test_sync_close_forgets_tokens(make_iot: MakeIoT, service: FakeService) -> None:
    iot = make_iot()
    with iot:
        list_devices.sync(client=iot.device)
    with iot:
        list_devices.sync(client=iot.device)
    assert service.counts["/Auth/login"] == 2


def test_claims_are_read_from_the_access_token(make_iot: MakeIoT) -> None:
    with make_iot() as iot:
        claims = iot.claims
    assert claims.entity_guid == ENTITY
    assert claims.company_id == "C1"
    assert claims.role_name == "Admin"
    assert SOLUTION_KEY not in repr(claims)


async def test_async_claims(make_iot: MakeIoT) -> None:
    async with make_iot() as iot:
        assert (await iot.aclaims()).user_id == "U0"


async def test_a_token_that_is_no_jwt_is_a_decode_error(
    make_iot: MakeIoT, service: FakeService
) -> None:
    """The claims are the service's word: a token they cannot be read from is a typed error."""
    opaque = {
        "token_type": "bearer",
        "access_token": "opaque-1",
        "expires_in": 300,
        "refresh_token": "o-2",
    }
    service.login_replies.append(lambda request: httpx.Response(200, json=opaque))
    with make_iot() as iot:
        with pytest.raises(DecodeError, match="not a JWT"):
            iot.claims  # noqa: B018
        with pytest.raises(DecodeError, match="not a JWT"):
            await iot.aclaims()
        with pytest.raises(DecodeError):  # the entity of a new device comes from the claims
            iot.devices.create(unique_id="d-1", display_name="D", template=ENTITY)


def test_with_options_is_the_session_with_other_call_settings(
    make_iot: MakeIoT, service: FakeService
) -> None:
    with make_iot(max_retries=5) as iot:
        strict = iot.with_options(timeout=2.5, max_retries=0)
        assert isinstance(strict, IoTConnect)
        # Everything the session has, shared: one token, one login, the same hosts.
        assert strict.token_auth is iot.token_auth
        assert strict.urls == iot.urls
        assert strict.claims == iot.claims
        assert strict.http_client() is iot.http_client()
        # The generated clients too, with the new settings: no retry, 2.5 s per request.
        assert strict.device.get_httpx_client().timeout == httpx.Timeout(2.5)
        assert iot.device.get_httpx_client().timeout.read == 30
        service.device_replies.append(httpx.ConnectError("refused"))
        with pytest.raises(TransportError):
            list_devices.sync_detailed(client=strict.device)
        service.device_replies.append(httpx.ConnectError("refused"))
        assert list_devices.sync_detailed(client=iot.device).status_code == 200  # retried
        assert [d.unique_id for d in strict.devices.list()] == ["dev-1"]
    assert service.counts["/Auth/login"] == 1


def test_with_options_builds_its_own_resources(make_iot: MakeIoT, service: FakeService) -> None:
    # The session builds each resource on first use; a copy made after that builds its own,
    # with the copy's call settings, not the original's.
    with make_iot(max_retries=5) as iot:
        built = iot.devices, iot.aio.devices
        strict = iot.with_options(max_retries=0)
        assert strict.devices is not built[0]
        assert strict.aio.devices is not built[1]
        service.device_replies.append(httpx.ConnectError("refused"))
        with pytest.raises(TransportError):
            list(strict.devices.list())
        service.device_replies.append(httpx.ConnectError("refused"))
        assert [d.unique_id for d in iot.devices.list()] == ["dev-1"]  # retried


# Discovery ------------------------------------------------------------------------------------


def test_discovery_resolves_and_strips_trailing_slashes(
    make_iot: MakeIoT, service: FakeService
) -> None:
    with make_iot(
        auth_url=None, device_url=None, environment="poc", discovery_url=DISCOVERY
    ) as iot:
        assert iot.urls.auth == AUTH
        list_devices.sync(client=iot.device)
    request = service.requests[0]
    assert request.url.path == f"/api/uisdk/solutionkey/{SOLUTION_KEY}/env/poc"
    assert dict(request.url.params) == {"version": "2.1", "pf": "aws"}
    assert service.counts["/Device"] == 1


async def test_async_discovery_azure(service: FakeService) -> None:
    urls = await adiscover(SOLUTION_KEY, "prod", "az", discovery_url=DISCOVERY, transport=service)
    assert urls.device == DEVICE
    assert dict(service.requests[0].url.params) == {"version": "2", "pf": "az"}


def test_discovery_errors() -> None:
    missing = httpx.MockTransport(
        lambda r: httpx.Response(
            404, json={"status": 404, "message": "Solution not found", "data": None}
        )
    )
    with pytest.raises(DiscoveryError, match="Solution not found"):
        discover("key", "poc", transport=missing)

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused")

    with pytest.raises(DiscoveryError, match="could not be reached"):
        discover("key", "poc", transport=httpx.MockTransport(refuse))
    empty = httpx.MockTransport(lambda r: httpx.Response(200, json={"status": 200, "data": {}}))
    with pytest.raises(DiscoveryError, match="authBaseUrl"):
        discover("key", "poc", transport=empty)
    with pytest.raises(ConfigurationError, match="platform"):
        discover("key", "poc", "gcp")  # type: ignore[arg-type]


def test_settings_are_checked() -> None:
    with pytest.raises(ConfigurationError, match="environment"):
        IoTConnect(username="u", password="p", solution_key="k")
    with pytest.raises(ConfigurationError, match="platform"):
        IoTConnect(username="u", password="p", solution_key="k", environment="poc", platform="gcp")


def test_timeout_in_seconds(service: FakeService) -> None:
    # A float (or int) is every phase's limit, as in with_options; mypy --strict checks this
    # file, so the constructor's annotation must take it.
    iot = IoTConnect(
        username=USERNAME,
        password=PASSWORD,
        solution_key=SOLUTION_KEY,
        auth_url=AUTH,
        device_url=DEVICE,
        transport=service,
        timeout=2.5,
    )
    with iot:
        assert iot.device.get_httpx_client().timeout == httpx.Timeout(2.5)
        assert iot.http_client().timeout == httpx.Timeout(2.5)
    assert IoTConnect.from_env(_CREDENTIALS, environment="poc", timeout=7)._timeout == (
        httpx.Timeout(7)
    )


# from_env -------------------------------------------------------------------------------------

_CREDENTIALS = {"IOTC_USER": USERNAME, "IOTC_PASS": PASSWORD, "IOTC_SKEY": SOLUTION_KEY}


def test_from_env_takes_the_constructors_keywords() -> None:
    # IoTConnectOptions types from_env's overrides: the same names, and the same types, as
    # the constructor's keywords.
    constructor = inspect.signature(IoTConnect.__init__).parameters
    keywords = {n: p for n, p in constructor.items() if p.kind is inspect.Parameter.KEYWORD_ONLY}
    options = IoTConnectOptions.__annotations__
    assert options.keys() == keywords.keys()
    for name, parameter in keywords.items():
        assert options[name].__forward_arg__ == parameter.annotation, name


def test_from_env_reads_the_vendor_variables(service: FakeService) -> None:
    environ = {
        "IOTC_USER": USERNAME,
        "IOTC_PASS": PASSWORD,
        "IOTC_SKEY": SOLUTION_KEY,
        "IOTC_ENV": "poc",
        "IOTC_PF": "az",
        "IOTC_AUTH_URL": AUTH + "/",
        "IOTC_DEVICE_URL": DEVICE,
    }
    with IoTConnect.from_env(environ, transport=service) as iot:
        assert (iot.username, iot.environment, iot.platform) == (USERNAME, "poc", "az")
        assert iot.urls.auth == AUTH
        list_devices.sync(client=iot.device)
    assert service.counts["/Auth/login"] == 1


def test_from_env_names_what_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("IOTC_USER", "IOTC_PASS", "IOTC_SKEY"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(ConfigurationError, match="IOTC_USER, IOTC_PASS, IOTC_SKEY"):
        IoTConnect.from_env()
    credentials = {"IOTC_USER": USERNAME, "IOTC_PASS": PASSWORD, "IOTC_SKEY": SOLUTION_KEY}
    with pytest.raises(ConfigurationError, match=r"set IOTC_ENV .*, or IOTC_AUTH_URL and"):
        IoTConnect.from_env(credentials | {"IOTC_AUTH_URL": AUTH})
    with pytest.raises(ConfigurationError, match="IOTC_PF must be one of"):
        IoTConnect.from_env(credentials | {"IOTC_ENV": "poc", "IOTC_PF": "gcp"})
    # An override stands in for its variable.
    assert IoTConnect.from_env(credentials, environment="poc").environment == "poc"
    no_password = {"IOTC_USER": USERNAME, "IOTC_SKEY": SOLUTION_KEY, "IOTC_ENV": "poc"}
    assert IoTConnect.from_env(no_password, password="").username == USERNAME


def test_from_env_reads_the_discovery_url(service: FakeService) -> None:
    environ = {
        "IOTC_USER": USERNAME,
        "IOTC_PASS": PASSWORD,
        "IOTC_SKEY": SOLUTION_KEY,
        "IOTC_ENV": "poc",
        "IOTC_DISCOVERY_URL": DISCOVERY,
    }
    with IoTConnect.from_env(environ, transport=service) as iot:
        assert iot.urls.auth == AUTH
    assert service.requests[0].url.host == "discovery.example.test"


# unwrap and the error tree --------------------------------------------------------------------


def _error(status: int, param: str) -> Callable[[httpx.Request], httpx.Response]:
    body = {"status": status, "message": "scripted", "error": [{"param": param, "message": "m"}]}
    return lambda request: httpx.Response(status, json=body)


ERRORS = pytest.mark.parametrize(
    ("status", "param", "error"),
    [
        (409, "DeviceNotFound", NotFound),
        (409, "UniqueIdAlreadyExists", Conflict),
        (412, "displayName", ValidationFailed),
        (503, "", ServiceUnavailable),
    ],
)


@ERRORS
def test_error_statuses_raise_from_the_generated_functions(
    make_iot: MakeIoT, service: FakeService, status: int, param: str, error: type[Exception]
) -> None:
    service.device_replies = [_error(status, param)] * 4  # 503 outlasts the retries
    with make_iot() as iot, pytest.raises(error) as caught:
        get_device.sync_detailed(uuid.UUID(ENTITY), client=iot.device)
    assert caught.value.status == status  # type: ignore[attr-defined]
    assert caught.value.errors == (ErrorDetail(param, "m"),)  # type: ignore[attr-defined]
    assert str(caught.value).startswith(f"{status} scripted")


def _reply(status: int, content: bytes, parsed: object = None) -> Response[object]:
    return Response(status_code=HTTPStatus(status), content=content, headers={}, parsed=parsed)


@ERRORS
def test_unwrap_raises_the_matching_error(status: int, param: str, error: type[Exception]) -> None:
    body = {"status": status, "message": "scripted", "error": [{"param": param, "message": "m"}]}
    with pytest.raises(error, match=f"^{status} scripted"):
        unwrap(_reply(status, json.dumps(body).encode()), DeviceListResponse)


def test_unwrap_returns_the_typed_model_and_an_empty_page_for_204(
    make_iot: MakeIoT, service: FakeService
) -> None:
    with make_iot() as iot:
        page = unwrap(list_devices.sync_detailed(client=iot.device), DeviceListResponse)
        assert page.data[0].unique_id == "dev-1"  # typed: no isinstance needed
        service.device_replies = [lambda request: httpx.Response(204)]
        empty = unwrap(list_devices.sync_detailed(client=iot.device), DeviceListResponse)
    assert empty.data == []


def test_unwrap_checks_the_model() -> None:
    with pytest.raises(DecodeError, match="not a DeviceListResponse"):
        unwrap(_reply(200, b"{}", parsed=object()), DeviceListResponse)


def test_unwrap_turns_a_bare_401_into_authentication_error() -> None:
    with pytest.raises(AuthenticationError, match="401 Unauthorized"):
        unwrap(_reply(401, b"{}"), DeviceListResponse)


def test_http_client_is_plain(make_iot: MakeIoT, service: FakeService) -> None:
    """No reply checks, no retries, httpx's own errors: for tools that must see every reply."""
    service.device_replies = [_error(409, "DeviceNotFound"), httpx.ConnectError("refused")]
    with make_iot() as iot:
        http = iot.http_client()
        assert http is iot.http_client()
        assert http.get(f"/Device/{ENTITY}").status_code == 409
        with pytest.raises(httpx.ConnectError):
            http.get("/Device")
        assert iot.http_client("auth").get("/Auth/basic-token").status_code == 200
    assert service.counts["/Auth/login"] == 1
