"""The rate limit the mock can be told to apply: a token bucket, 429 with ``Retry-After``."""

from __future__ import annotations

import httpx
import pytest

from iotconnect_mock.rate_limit import RateLimiter

from .helpers import BASE, Session, make_app


class _Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_bucket_lets_a_burst_through_then_one_request_per_refill() -> None:
    clock = _Clock()
    limiter = RateLimiter(per_second=2.0, burst=3, clock=clock)
    assert [limiter.take() for _ in range(3)] == [None, None, None]
    assert limiter.take() == 1  # half a second to the next request: HTTP says 1
    clock.now += 0.5
    assert limiter.take() is None
    assert limiter.take() == 1
    clock.now += 10  # a long pause refills the burst, no more
    assert [limiter.take() for _ in range(4)] == [None, None, None, 1]
    assert limiter.as_json() == {"perSecond": 2.0, "burst": 3, "refused": 3}


def test_a_slow_rate_asks_for_a_longer_wait() -> None:
    limiter = RateLimiter(per_second=0.25, burst=1, clock=_Clock())
    assert limiter.take() is None
    assert limiter.take() == 4


def test_no_rate_means_no_limit() -> None:
    limiter = RateLimiter()
    assert all(limiter.take() is None for _ in range(1000))
    with pytest.raises(ValueError, match="burst"):
        limiter.set(1.0, 0)


async def test_the_limit_is_set_and_lifted_through_the_controls(session: Session) -> None:
    shown = await session.client.post("/_mock/rate-limit", json={"perSecond": 0.5, "burst": 2})
    assert shown.status_code == 200
    assert shown.json()["data"] == [{"perSecond": 0.5, "burst": 2, "refused": 0}]
    replies = [await session.get("/Device") for _ in range(3)]
    assert [r.status_code for r in replies] == [200, 200, 429]
    assert replies[2].headers["retry-after"] == "2"
    assert replies[2].json() == {
        "status": 429,
        "message": "Too many requests (rate limit)",
        "error": [],
    }
    # The controls are never limited; the auth service answers in its own shape.
    assert (await session.client.get("/_mock/rate-limit")).json()["data"][0]["refused"] == 1
    token = await session.client.get(f"{BASE}/Auth/basic-token")
    assert token.status_code == 429
    assert token.json()["status"] == 429
    assert (await session.client.delete("/_mock/rate-limit")).status_code == 200
    assert (await session.get("/Device")).status_code == 200


@pytest.mark.parametrize(
    "body", [{}, {"perSecond": -1}, {"perSecond": "5"}, {"perSecond": 5, "burst": 0}]
)
async def test_a_bad_limit_is_a_412_naming_the_field(
    client: httpx.AsyncClient, body: object
) -> None:
    reply = await client.post("/_mock/rate-limit", json=body)
    assert reply.status_code == 412
    assert reply.json()["error"][0]["param"] in ("perSecond", "burst")


async def test_the_setting_limits_from_the_start() -> None:
    app = make_app(rate_limit=1.0, rate_limit_burst=1)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        first = await client.get(f"{BASE}/Auth/basic-token")
        second = await client.get(f"{BASE}/Auth/basic-token")
    assert (first.status_code, second.status_code) == (200, 429)
    assert second.headers["retry-after"] == "1"
