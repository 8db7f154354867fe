"""The renewal policy alone: windows, cool-down and adoption, stepped through on a fake clock.

The policy is private (``iotconnect._renewal``) and pure, so it is tested directly; the same rules
seen through ``TokenAuth`` and a fake service are in test_auth.py. Last, the driver with a
refresher of the test's own, which is how ``TokenAuth`` gets the vendor protocol.
"""

from __future__ import annotations

import httpx
import pytest

from iotconnect import (
    ADVISORY_WINDOW,
    DEFAULT_TIMEOUT,
    MANDATORY_WINDOW,
    ConfigurationError,
    MemoryTokenStore,
    Token,
)
from iotconnect._driver import RenewingAuth
from iotconnect._login import Renewal
from iotconnect._renewal import EXPIRY_MARGIN, Need, RenewalPolicy

from .fakes import FakeClock

POLICY = RenewalPolicy()


def issued(clock: FakeClock, lifetime: float = 300.0, name: str = "a") -> Token:
    return Token(f"access-{name}", f"refresh-{name}", lifetime, clock() + lifetime)


def test_defaults_are_the_public_caps() -> None:
    assert (POLICY.advisory_window, POLICY.mandatory_window) == (ADVISORY_WINDOW, MANDATORY_WINDOW)


@pytest.mark.parametrize(
    ("lifetime", "advisory", "mandatory", "cooldown"),
    [
        (300, 60, 30, 6),  # shares of a short lifetime: 20 %, 10 %, 2 %
        (3600, 720, 360, 60),  # the one-minute cap on the cool-down applies first
        (86_400, 900, 600, 60),  # a day: the 15- and 10-minute caps apply
    ],
)
def test_windows_scale_with_the_lifetime_up_to_their_caps(
    lifetime: float, advisory: float, mandatory: float, cooldown: float
) -> None:
    token = Token("a", "r", lifetime, lifetime)
    assert POLICY.advisory(token) == pytest.approx(advisory)
    assert POLICY.mandatory(token) == pytest.approx(mandatory)
    assert POLICY.cooldown(token) == pytest.approx(cooldown)


def test_smaller_caps_win_over_the_shares() -> None:
    token = Token("a", "r", 300.0, 300.0)
    policy = RenewalPolicy(advisory_window=10, mandatory_window=5)
    assert (policy.advisory(token), policy.mandatory(token)) == (10, 5)


def test_a_token_goes_from_nothing_to_try_to_wait_as_the_clock_runs() -> None:
    clock = FakeClock()
    token = issued(clock)  # 300 s: advisory from 60 s left, mandatory from 30 s left
    expected = {
        0: Need.NOTHING,
        239.9: Need.NOTHING,
        240: Need.TRY,  # exactly 60 s left: the window includes its edge
        269.9: Need.TRY,
        270: Need.WAIT,
        300: Need.WAIT,
        400: Need.WAIT,
    }
    start = clock()
    for elapsed, need in expected.items():
        clock.now = start + elapsed
        assert POLICY.need(token, clock()) is need, f"after {elapsed} s"


def test_no_token_or_a_rejected_one_means_wait() -> None:
    clock = FakeClock()
    token = issued(clock)
    assert POLICY.need(None, clock()) is Need.WAIT
    # A fresh token the service just refused is waited on, however long it has left ...
    assert POLICY.need(token, clock(), rejected=token) is Need.WAIT
    copy = Token(token.access_token, token.refresh_token, token.lifetime, token.expires_at)
    assert POLICY.need(token, clock(), rejected=copy) is Need.WAIT
    # ... but a 401 on an older token says nothing about the current one.
    assert POLICY.need(token, clock(), rejected=issued(clock, name="old")) is Need.NOTHING


def test_cooldown_after_a_failure_keeps_a_valid_token_then_ends() -> None:
    clock = FakeClock()
    token = issued(clock)
    clock.advance(280)  # 20 s left: mandatory
    failed_at = clock()
    assert POLICY.need(token, clock(), failed_at=failed_at) is Need.NOTHING
    clock.advance(5.9)  # the cool-down of a 300 s token is 6 s
    assert POLICY.need(token, clock(), failed_at=failed_at) is Need.NOTHING
    clock.advance(0.2)
    assert POLICY.need(token, clock(), failed_at=failed_at) is Need.WAIT


def test_cooldown_never_covers_an_expired_or_rejected_token() -> None:
    clock = FakeClock()
    token = issued(clock)
    clock.advance(300)
    assert POLICY.need(token, clock(), failed_at=clock()) is Need.WAIT
    fresh = issued(clock, name="b")
    assert POLICY.need(fresh, clock(), rejected=fresh, failed_at=clock()) is Need.WAIT


def test_a_stored_token_is_adopted_only_if_new_to_us_and_not_due() -> None:
    clock = FakeClock()
    current = issued(clock, name="current")
    stored = issued(clock, name="stored")
    assert POLICY.adoptable(stored, clock(), current=current, rejected=None)
    assert POLICY.adoptable(stored, clock(), current=None, rejected=None)
    # The token being renewed, found again in the store, is no renewal.
    assert not POLICY.adoptable(current, clock(), current=current, rejected=None)
    assert not POLICY.adoptable(stored, clock(), current=current, rejected=stored)
    clock.advance(270.5)  # inside the stored token's mandatory window
    assert not POLICY.adoptable(stored, clock(), current=current, rejected=None)


def test_usable_means_unexpired_and_not_rejected() -> None:
    clock = FakeClock()
    token = issued(clock)
    assert POLICY.usable(token, clock(), rejected=None)
    assert not POLICY.usable(None, clock(), rejected=None)
    assert not POLICY.usable(token, clock(), rejected=token)
    clock.advance(300)
    assert not POLICY.usable(token, clock(), rejected=None)


def test_a_token_is_spent_a_safety_margin_before_expires_in() -> None:
    # The service counts from when it issued the token and cuts exp to whole seconds: it may
    # refuse a token a second before this client's count ends.
    clock = FakeClock()
    token = issued(clock)
    failed_at = clock()
    clock.advance(300 - EXPIRY_MARGIN + 0.01)
    assert POLICY.margin(token) == EXPIRY_MARGIN == 5.0
    assert not POLICY.usable(token, clock(), rejected=None)
    # Even in the cool-down after a failed renewal, a renewal is awaited, not the token used.
    assert POLICY.need(token, clock(), failed_at=failed_at + 290) is Need.WAIT
    clock.advance(-0.02)
    assert POLICY.usable(token, clock(), rejected=None)


@pytest.mark.parametrize("lifetime", [1.0, 20.0, 300.0, 3600.0, 86400.0])
def test_the_margin_lies_inside_the_mandatory_window(lifetime: float) -> None:
    token = issued(FakeClock(), lifetime)
    assert 0 < POLICY.margin(token) <= POLICY.mandatory(token) <= POLICY.advisory(token)
    assert POLICY.margin(token) == min(EXPIRY_MARGIN, 0.1 * lifetime)


@pytest.mark.parametrize(("advisory", "mandatory"), [(10, 20), (10, -1)])
def test_windows_out_of_order_are_refused(advisory: float, mandatory: float) -> None:
    with pytest.raises(ConfigurationError, match="mandatory_window"):
        RenewalPolicy(advisory_window=advisory, mandatory_window=mandatory)


class CountingRefresher:
    """Mints tokens without a request, remembering which token each renewal started from."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.started_from: list[Token | None] = []
        self.forgotten = 0

    def __call__(self, current: Token | None, /) -> Renewal:
        self.started_from.append(current)
        return issued(self.clock, name=str(len(self.started_from)))
        yield  # a generator that sends nothing

    def forget(self) -> None:
        self.forgotten += 1

    def sends(self, request: httpx.Request) -> bool:
        return False


def test_the_driver_renews_through_the_refresher_it_is_given() -> None:
    clock = FakeClock()
    refresher = CountingRefresher(clock)
    store = MemoryTokenStore()
    auth = RenewingAuth(
        refresher,
        key="k",
        store=store,
        policy=RenewalPolicy(),
        clock=clock,
        transport=httpx.MockTransport(lambda request: httpx.Response(500)),
        timeout=DEFAULT_TIMEOUT,
    )
    first = auth.token()
    assert auth.token() is first
    clock.advance(250)  # advisory window
    second = auth.token()
    assert refresher.started_from == [None, first]
    assert store.load("k") is second
    auth.close()
    assert refresher.forgotten == 1
    assert store.load("k") is second  # the caller's store keeps its tokens
