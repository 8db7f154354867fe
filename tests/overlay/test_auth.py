"""TokenAuth: at least one test per rule of the token lifecycle, one section per rule.

The service is a scripted fake transport (tests/overlay/fakes.py) and time a fake monotonic clock.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterator

import httpx
import pytest

from iotconnect import (
    ApiError,
    AuthenticationError,
    ConfigurationError,
    DecodeError,
    ServiceUnavailable,
    Token,
    TokenAuth,
    TransportError,
)

from .fakes import (
    BASIC_TOKEN,
    DEADLINE,
    DEVICE,
    PASSWORD,
    SOLUTION_KEY,
    USERNAME,
    FakeClock,
    FakeService,
    join_all,
    wait_until,
)

MakeAuth = Callable[..., TokenAuth]


def client(auth: TokenAuth, service: FakeService) -> httpx.Client:
    return httpx.Client(auth=auth, transport=service, base_url=DEVICE)


def get(http: httpx.Client) -> httpx.Response:
    return http.get("/Device")


# Lazy, then basic token -> login (Basic + solution-key) -> Bearer ----------------------


def test_nothing_is_sent_before_the_first_request(
    make_auth: MakeAuth, service: FakeService
) -> None:
    auth = make_auth()
    with client(auth, service):
        pass
    assert service.counts == {}


def test_first_request_gets_basic_token_then_logs_in_then_sends_bearer(
    make_auth: MakeAuth, service: FakeService
) -> None:
    with client(make_auth(), service) as http:
        assert get(http).status_code == 200
        assert get(http).status_code == 200
    paths = [r.url.path.removeprefix("/api/v2.1") for r in service.requests]
    assert paths == ["/Auth/basic-token", "/Auth/login", "/Device", "/Device"]
    login = service.requests[1]
    assert login.headers["Authorization"] == f"Basic {BASIC_TOKEN}"
    assert login.headers["solution-key"] == SOLUTION_KEY
    assert json.loads(login.content) == {"username": USERNAME, "password": PASSWORD}
    access = service.issued[0]
    assert service.requests[2].headers["Authorization"] == f"Bearer {access}"


# Proactive refresh, windows scaled to the lifetime, monotonic clock from arrival ---------


@pytest.mark.parametrize(
    ("lifetime", "quiet_until", "refreshes_by"),
    [
        # 300 s service-account token: used 240 s before anyone refreshes it (not every call).
        (300, 239, 241),
        # One hour: the 15-minute cap does not apply, 20 % does (720 s).
        (3600, 2879, 2881),
        # One day: refreshed 15 minutes (not 20 %) early.
        (86_400, 86_400 - 901, 86_400 - 899),
    ],
)
def test_refresh_window_scales_with_lifetime(
    make_auth: MakeAuth,
    service: FakeService,
    clock: FakeClock,
    lifetime: int,
    quiet_until: float,
    refreshes_by: float,
) -> None:
    service.lifetime = lifetime
    with client(make_auth(), service) as http:
        get(http)
        for _ in range(20):
            clock.advance(quiet_until / 20)
            get(http)
        assert service.counts["/Auth/refresh-token"] == 0
        clock.advance(refreshes_by - quiet_until)
        get(http)
        get(http)
    assert service.counts["/Auth/refresh-token"] == 1
    assert service.counts["/Auth/login"] == 1


def test_expiry_counts_from_the_arrival_of_the_reply(
    make_auth: MakeAuth, service: FakeService, clock: FakeClock
) -> None:
    # The login takes 7 s of (fake) time: expiry must start when the reply arrived, not before.
    service.before_grant = lambda: clock.advance(7)
    start = clock.now
    token = make_auth().token()
    assert token.expires_at == start + 7 + service.lifetime
    assert token.lifetime == service.lifetime


def test_advisory_window_does_not_wait_for_another_refresher(
    make_auth: MakeAuth, service: FakeService, clock: FakeClock
) -> None:
    auth = make_auth()
    first = auth.token()
    clock.advance(250)  # 50 s left of 300: advisory (60 s), not mandatory (30 s)
    release = threading.Event()
    service.before_grant = lambda: release.wait(DEADLINE)
    refresher = threading.Thread(target=auth.token)
    refresher.start()
    wait_until(lambda: service.counts["/Auth/refresh-token"] > 0, "the refresh is sent")
    # Someone is refreshing: an advisory caller goes on with the current token at once.
    assert auth.token() is first
    release.set()
    join_all([refresher])
    assert auth.token() is not first
    assert service.counts["/Auth/refresh-token"] == 1


def test_mandatory_window_waits_for_the_refresh(
    make_auth: MakeAuth, service: FakeService, clock: FakeClock
) -> None:
    auth = make_auth()
    first = auth.token()
    clock.advance(280)  # 20 s left: mandatory
    release = threading.Event()
    service.before_grant = lambda: release.wait(DEADLINE)
    results: list[Token] = []
    refresher = threading.Thread(target=lambda: results.append(auth.token()))
    refresher.start()
    wait_until(lambda: service.counts["/Auth/refresh-token"] > 0, "the refresh is sent")
    waiter = threading.Thread(target=lambda: results.append(auth.token()))
    waiter.start()
    waiter.join(0.2)
    assert waiter.is_alive(), "a mandatory-window caller must wait for the renewal"
    release.set()
    join_all([refresher, waiter])
    assert results[0] is results[1] is not first
    assert service.counts["/Auth/refresh-token"] == 1


# Reactive 401 -> one renewal -> one replay; second 401 raises; streams not replayed ------


def test_401_renews_once_and_replays_once(make_auth: MakeAuth, service: FakeService) -> None:
    with client(make_auth(), service) as http:
        get(http)
        service.revoke_access()
        response = get(http)
    assert response.status_code == 200
    assert service.counts["/Auth/refresh-token"] == 1
    assert service.counts["/Device"] == 3
    assert service.seen_tokens[1] != service.seen_tokens[2]


def test_second_401_raises_without_looping(make_auth: MakeAuth, service: FakeService) -> None:
    with client(make_auth(), service) as http:
        get(http)
        # From now on the service rejects every bearer, renewed ones too.
        service.reject_every_bearer = True
        with pytest.raises(AuthenticationError, match="again"):
            get(http)
    assert service.counts["/Device"] == 3
    assert service.counts["/Auth/refresh-token"] == 1


def test_streamed_body_is_not_replayed(make_auth: MakeAuth, service: FakeService) -> None:
    def body() -> Iterator[bytes]:
        yield b'{"uniqueId": "x"}'

    with client(make_auth(), service) as http:
        get(http)
        service.revoke_access()
        with pytest.raises(AuthenticationError, match="cannot be sent again"):
            http.post("/Device", content=body())
        # The token was renewed on the way, so a retry by the caller goes through.
        assert get(http).status_code == 200
    assert service.counts["/Auth/refresh-token"] == 1


def test_401_on_a_token_already_replaced_replays_without_renewing(
    make_auth: MakeAuth, service: FakeService
) -> None:
    # Stepped by hand, like httpx's tests/test_auth.py.
    auth = make_auth()
    old = auth.token()
    request = httpx.Request("GET", DEVICE + "/Device")
    flow = auth.sync_auth_flow(request)
    sent = next(flow)
    assert sent.headers["Authorization"] == f"Bearer {old.access_token}"
    # Meanwhile another caller renewed after its own 401.
    other = auth.sync_auth_flow(httpx.Request("GET", DEVICE + "/Device"))
    rejected = next(other)
    other.send(httpx.Response(401, request=rejected))
    new = auth.token()
    assert new is not old
    refreshes = service.counts["/Auth/refresh-token"]
    replay = flow.send(httpx.Response(401, request=sent))
    assert replay.headers["Authorization"] == f"Bearer {new.access_token}"
    with pytest.raises(StopIteration):
        flow.send(httpx.Response(200, request=replay))
    assert service.counts["/Auth/refresh-token"] == refreshes


def test_token_endpoints_and_own_authorization_pass_through(
    make_auth: MakeAuth, service: FakeService
) -> None:
    auth = make_auth()
    request = httpx.Request("GET", DEVICE + "/Device", headers={"Authorization": "Bearer mine"})
    flow = auth.sync_auth_flow(request)
    assert next(flow).headers["Authorization"] == "Bearer mine"
    with pytest.raises(StopIteration):
        flow.send(httpx.Response(401))
    assert service.counts == {}


# Refresh refused -> one login; login refused -> AuthenticationError at once -----------


@pytest.mark.parametrize("status", [401, 409])
def test_refused_refresh_falls_back_to_one_login(
    make_auth: MakeAuth, service: FakeService, clock: FakeClock, status: int
) -> None:
    auth = make_auth()
    auth.token()
    clock.advance(301)
    service.refresh_replies = [status]
    token = auth.token()
    assert token.access_token == service.issued[-2]
    assert service.counts["/Auth/refresh-token"] == 1
    assert service.counts["/Auth/login"] == 2
    # The basic token is the same for everyone: fetched once.
    assert service.counts["/Auth/basic-token"] == 1


def test_rotation_spent_refresh_token_is_refused_then_one_login(
    make_auth: MakeAuth, service: FakeService, clock: FakeClock
) -> None:
    auth = make_auth()
    auth.token()
    clock.advance(301)
    auth.token()  # refresh 1 rotates the refresh token
    service.spend_refresh_tokens()  # ... and someone else spends the new one
    clock.advance(301)
    with client(auth, service) as http:
        assert get(http).status_code == 200
    assert service.counts["/Auth/refresh-token"] == 2
    assert service.counts["/Auth/login"] == 2


def test_refused_login_raises_at_once_every_time(make_auth: MakeAuth, service: FakeService) -> None:
    auth = make_auth(password="wrong")
    with client(auth, service) as http:
        for attempt in (1, 2):
            with pytest.raises(AuthenticationError, match="login refused"):
                get(http)
            assert service.counts["/Auth/login"] == attempt
    assert service.counts["/Device"] == 0


def test_refused_refresh_then_refused_login_raises_without_loop(
    make_auth: MakeAuth, service: FakeService, clock: FakeClock
) -> None:
    auth = make_auth()
    auth.token()
    clock.advance(301)
    service.refresh_replies = [409]
    service.login_replies = [401]
    with pytest.raises(AuthenticationError):
        auth.token()
    assert service.counts["/Auth/refresh-token"] == 1
    assert service.counts["/Auth/login"] == 2


# Transient renewal failure: harmless while valid, an error after expiry --------------


# A transport of ours raises typed errors itself (a token reply that broke off or is not JSON).
_TYPED_BY_TRANSPORT = DecodeError(200, "not JSON", "<html>")


@pytest.mark.parametrize("failure", [503, httpx.ConnectError("refused"), _TYPED_BY_TRANSPORT])
def test_transient_failure_while_valid_keeps_the_token(
    make_auth: MakeAuth,
    service: FakeService,
    clock: FakeClock,
    caplog: pytest.LogCaptureFixture,
    failure: int | Exception,
) -> None:
    auth = make_auth()
    first = auth.token()
    clock.advance(285)  # mandatory window, 15 s left
    service.refresh_replies = [failure]
    with caplog.at_level(logging.WARNING, "iotconnect"), client(auth, service) as http:
        assert get(http).status_code == 200
        # Cool-down: the next calls do not hammer the failing service.
        assert get(http).status_code == 200
    assert service.seen_tokens[-1] == first.access_token
    assert service.counts["/Auth/refresh-token"] == 1
    assert "token renewal failed" in caplog.text


@pytest.mark.parametrize(
    ("failure", "error"),
    [
        (503, ServiceUnavailable),
        (httpx.ConnectError("refused"), TransportError),
        (_TYPED_BY_TRANSPORT, DecodeError),
    ],
)
def test_transient_failure_after_expiry_fails_the_call(
    make_auth: MakeAuth,
    service: FakeService,
    clock: FakeClock,
    failure: int | Exception,
    error: type[Exception],
) -> None:
    auth = make_auth()
    auth.token()
    clock.advance(301)
    service.refresh_replies = [failure]
    with client(auth, service) as http:
        with pytest.raises(error):
            get(http)
        # The outage is over: the next call renews normally.
        assert get(http).status_code == 200
    assert service.counts["/Auth/refresh-token"] == 2


def test_waiters_share_a_failed_renewal_instead_of_repeating_it(
    make_auth: MakeAuth, service: FakeService, clock: FakeClock
) -> None:
    auth = make_auth()
    auth.token()
    clock.advance(301)
    service.refresh_replies = [503]
    service.refresh_delay = 0.2
    errors: list[BaseException] = []

    def call() -> None:
        try:
            auth.token()
        except ServiceUnavailable as exc:
            errors.append(exc)

    threads = [threading.Thread(target=call) for _ in range(8)]
    for thread in threads:
        thread.start()
    join_all(threads)
    assert len(errors) == 8
    assert service.counts["/Auth/refresh-token"] == 1


# Close forgets the tokens -------------------------------------------------------------


def test_close_forgets_tokens(make_auth: MakeAuth, service: FakeService) -> None:
    auth = make_auth()
    auth.token()
    auth.close()
    auth.token()
    assert service.counts["/Auth/login"] == 2
    assert service.counts["/Auth/basic-token"] == 2


async def test_async_flow_renews_on_401(make_auth: MakeAuth, service: FakeService) -> None:
    auth = make_auth()
    async with httpx.AsyncClient(auth=auth, transport=service, base_url=DEVICE) as http:
        assert (await http.get("/Device")).status_code == 200
        service.revoke_access()
        assert (await http.get("/Device")).status_code == 200
    await auth.aclose()
    assert service.counts["/Auth/refresh-token"] == 1
    assert service.counts["/Auth/login"] == 1


def test_malformed_token_reply_is_an_error_not_a_token(
    make_auth: MakeAuth, service: FakeService
) -> None:
    service.login_replies = [
        lambda request: httpx.Response(200, json={"token_type": "bearer", "status": 200})
    ]
    with pytest.raises(ApiError, match="lacks a bearer access_token"):
        make_auth().token()


def test_windows_are_validated(make_auth: MakeAuth) -> None:
    with pytest.raises(ConfigurationError, match="mandatory_window"):
        make_auth(advisory_window=10, mandatory_window=20)
