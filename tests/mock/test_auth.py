"""The Auth service: the three-step flow, login failures, bearer checks and refresh rotation."""

from __future__ import annotations

import asyncio

import httpx
import jwt
import pytest

from iotconnect_mock import BASIC_TOKEN, DEMO_PASSWORD, DEMO_SOLUTION_KEY, DEMO_USERNAME, Clock

from .helpers import BASE, OTHER_KEY, OTHER_PASSWORD, OTHER_USER, Session, login, make_app


async def test_three_step_flow(client: httpx.AsyncClient) -> None:
    basic = await client.get(f"{BASE}/Auth/basic-token")
    assert basic.status_code == 200
    assert basic.json() == {
        "data": BASIC_TOKEN,
        "status": 200,
        "message": "Basic token has been generated successfully",
        "count": None,
    }
    reply = await client.post(
        f"{BASE}/Auth/login",
        headers={"Authorization": f"Basic {BASIC_TOKEN}", "Solution-Key": DEMO_SOLUTION_KEY},
        json={"username": DEMO_USERNAME, "password": DEMO_PASSWORD},
    )
    assert reply.status_code == 200
    body = reply.json()
    assert set(body) == {"token_type", "access_token", "expires_in", "refresh_token", "status"}
    assert body["token_type"] == "bearer"
    assert body["expires_in"] == 86400
    assert body["status"] == 200
    devices = await client.get(
        f"{BASE}/Device", headers={"Authorization": f"Bearer {body['access_token']}"}
    )
    assert devices.status_code == 200
    assert len(devices.json()["data"]) == 5


async def test_access_token_carries_the_real_claims(session: Session) -> None:
    token = session.tokens["access_token"]
    assert jwt.get_unverified_header(token)["alg"] == "HS256"
    claims = jwt.decode(token, options={"verify_signature": False})
    assert claims["iss"] == "iotconnect-mock"
    assert claims["aud"] == "iotconnect"
    assert claims["exp"] - claims["iat"] == 86400
    user = claims["user"]
    assert set(user) == {
        "id",
        "companyId",
        "roleId",
        "roleName",
        "cpId",
        "entityGuid",
        "solutionGuid",
        "solutionKey",
        "isCpidOptional",
    }
    assert user["solutionKey"] == DEMO_SOLUTION_KEY
    assert user["id"] == user["id"].upper()


async def test_token_ttl_is_configurable() -> None:
    app = make_app(token_ttl=300)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://t"
    ) as client:
        body = (await login(client)).json()
    assert body["expires_in"] == 300
    claims = jwt.decode(body["access_token"], options={"verify_signature": False})
    assert claims["exp"] - claims["iat"] == 300


@pytest.mark.parametrize(
    ("username", "password", "key"),
    [
        (DEMO_USERNAME, "wrong-password", DEMO_SOLUTION_KEY),
        ("nobody@example.com", DEMO_PASSWORD, DEMO_SOLUTION_KEY),
        (DEMO_USERNAME, DEMO_PASSWORD, "dW5rbm93bg=="),
        (DEMO_USERNAME, DEMO_PASSWORD, OTHER_KEY),  # a real key, but not this user's solution
    ],
    ids=["wrong-password", "unknown-user", "unknown-key", "user-not-in-solution"],
)
async def test_bad_credentials_are_401(
    client: httpx.AsyncClient, username: str, password: str, key: str
) -> None:
    reply = await login(client, username, password, key)
    assert reply.status_code == 401
    body = reply.json()
    assert body["status"] == 401
    assert body["error"] is None
    assert body["data"] is None
    assert body["message"]


@pytest.mark.parametrize(
    "headers",
    [
        {"solution-key": DEMO_SOLUTION_KEY},
        {"solution-key": DEMO_SOLUTION_KEY, "Authorization": "Basic bm90LXRoZS10b2tlbg=="},
        {"solution-key": DEMO_SOLUTION_KEY, "Authorization": f"Bearer {BASIC_TOKEN}"},
        {"Authorization": f"Basic {BASIC_TOKEN}"},
    ],
    ids=["missing-basic", "wrong-basic", "wrong-scheme", "missing-solution-key"],
)
async def test_login_needs_basic_token_and_solution_key(
    client: httpx.AsyncClient, headers: dict[str, str]
) -> None:
    reply = await client.post(
        f"{BASE}/Auth/login",
        headers=headers,
        json={"username": DEMO_USERNAME, "password": DEMO_PASSWORD},
    )
    assert reply.status_code == 401
    assert reply.json() == {
        "status": 401,
        "message": reply.json()["message"],
        "error": None,
        "data": None,
    }


async def test_login_accepts_header_and_scheme_in_any_case(client: httpx.AsyncClient) -> None:
    reply = await client.post(
        f"{BASE}/Auth/login",
        headers={"authorization": f"basic {BASIC_TOKEN}", "SOLUTION-KEY": DEMO_SOLUTION_KEY},
        json={"UserName": DEMO_USERNAME.upper(), "Password": DEMO_PASSWORD},
    )
    assert reply.status_code == 200


async def test_login_body_validation(client: httpx.AsyncClient) -> None:
    headers = {"Authorization": f"Basic {BASIC_TOKEN}", "solution-key": DEMO_SOLUTION_KEY}
    missing = await client.post(f"{BASE}/Auth/login", headers=headers, json={"username": ""})
    assert missing.status_code == 412
    body = missing.json()
    assert body["error"] is None
    assert body["data"] is None
    assert "username" in body["message"]
    assert "password" in body["message"]
    malformed = await client.post(f"{BASE}/Auth/login", headers=headers, content=b"{oops")
    assert malformed.status_code == 400
    assert malformed.json()["error"] is None


async def test_verify_token(session: Session) -> None:
    reply = await session.client.get(f"{BASE}/Auth/verify-token", headers=session.headers)
    assert reply.status_code == 200
    assert reply.json() == {"data": [], "status": 200, "message": "Token is valid", "count": None}
    bad = await session.client.get(
        f"{BASE}/Auth/verify-token", headers={"Authorization": "Bearer x.y.z"}
    )
    assert bad.status_code == 401
    assert bad.json() == {"status": 401, "message": "Unauthorized", "error": []}


async def test_expired_token_is_401_after_advancing_the_clock(session: Session) -> None:
    assert (await session.get("/Device")).status_code == 200
    moved = await session.client.post("/_mock/clock/advance", json={"seconds": 86400})
    assert moved.status_code == 200
    assert moved.json()["data"]["offsetSeconds"] == 86400
    expired = await session.get("/Device")
    assert expired.status_code == 401
    assert expired.json() == {"status": 401, "message": "Unauthorized", "error": []}


async def test_tokens_issued_after_advancing_the_clock_work(session: Session) -> None:
    await session.client.post("/_mock/clock/advance", json={"seconds": 86400})
    fresh = await login(session.client)
    assert fresh.status_code == 200
    token = fresh.json()["access_token"]
    reply = await session.client.get(f"{BASE}/Device", headers={"Authorization": f"Bearer {token}"})
    assert reply.status_code == 200


async def test_injected_clock_expires_tokens() -> None:
    clock = Clock(time_source=lambda: 1_700_000_000.0)
    app = make_app(clock=clock, token_ttl=60)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://t"
    ) as client:
        token = (await login(client)).json()["access_token"]
        headers = {"Authorization": f"Bearer {token}"}
        clock.advance(59)
        assert (await client.get(f"{BASE}/Auth/verify-token", headers=headers)).status_code == 200
        clock.advance(1)
        assert (await client.get(f"{BASE}/Auth/verify-token", headers=headers)).status_code == 401


@pytest.mark.parametrize(
    "authorization",
    [
        None,
        "Bearer",
        "Bearer not-a-jwt",
        "Basic " + BASIC_TOKEN,
        # Right shape, signed with another key.
        "Bearer "
        + jwt.encode(
            {"exp": 4_000_000_000, "iss": "iotconnect-mock", "aud": "iotconnect", "user": {}},
            "another-key-that-is-long-enough-for-hs256",
            algorithm="HS256",
        ),
        # Unsigned.
        "Bearer "
        + jwt.encode(
            {"exp": 4_000_000_000, "iss": "iotconnect-mock", "aud": "iotconnect"},
            "",  # "none" takes no key (typed as a string once cryptography is installed)
            algorithm="none",
        ),
    ],
    ids=["missing", "empty", "malformed", "basic", "foreign-signature", "alg-none"],
)
async def test_bad_bearer_is_401(session: Session, authorization: str | None) -> None:
    headers = {} if authorization is None else {"Authorization": authorization}
    reply = await session.client.get(f"{BASE}/Device", headers=headers)
    assert reply.status_code == 401
    assert reply.json() == {"status": 401, "message": "Unauthorized", "error": []}


async def test_token_of_another_mock_is_401(session: Session) -> None:
    other = make_app()
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=other), base_url="http://t"
    ) as foreign_client:
        foreign = (await login(foreign_client)).json()["access_token"]
    reply = await session.client.get(
        f"{BASE}/Device", headers={"Authorization": f"Bearer {foreign}"}
    )
    assert reply.status_code == 401


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def test_tampered_company_claim_is_401() -> None:
    # Re-sign a token with a forged company using the app's own key: the store check must
    # still refuse a user that does not belong to that company.
    secret = "a-signing-key-the-test-knows-and-long-enough"
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=make_app(jwt_secret=secret)), base_url="http://t"
    ) as client:
        mine = (await login(client)).json()["access_token"]
        theirs = (await login(client, OTHER_USER, OTHER_PASSWORD, OTHER_KEY)).json()["access_token"]
        claims = jwt.decode(mine, secret, algorithms=["HS256"], audience="iotconnect")
        other = jwt.decode(theirs, secret, algorithms=["HS256"], audience="iotconnect")
        assert (await client.get(f"{BASE}/Device", headers=_bearer(mine))).status_code == 200
        claims["user"]["companyId"] = other["user"]["companyId"]
        forged = jwt.encode(claims, secret, algorithm="HS256")
        reply = await client.get(f"{BASE}/Device", headers=_bearer(forged))
    assert reply.status_code == 401


async def test_refresh_rotates_and_spent_tokens_are_409(session: Session) -> None:
    client = session.client
    first = session.tokens["refresh_token"]
    reply = await client.post(f"{BASE}/Auth/refresh-token", json={"refreshtoken": first})
    assert reply.status_code == 200
    body = reply.json()
    assert body["token_type"] == "bearer"
    assert body["refresh_token"] != first
    claims = jwt.decode(body["access_token"], options={"verify_signature": False})
    assert "roleName" not in claims["user"]
    headers = {"Authorization": f"Bearer {body['access_token']}"}
    assert (await client.get(f"{BASE}/Device", headers=headers)).status_code == 200

    spent = await client.post(f"{BASE}/Auth/refresh-token", json={"refreshtoken": first})
    assert spent.status_code == 409
    assert spent.json() == {
        "status": 409,
        "message": "Invalid refresh token",
        "error": None,
        "data": None,
    }
    again = await client.post(
        f"{BASE}/Auth/refresh-token", json={"refreshtoken": body["refresh_token"]}
    )
    assert again.status_code == 200


async def test_refresh_failures(client: httpx.AsyncClient) -> None:
    unknown = await client.post(f"{BASE}/Auth/refresh-token", json={"refreshtoken": "nope"})
    assert unknown.status_code == 409
    missing = await client.post(f"{BASE}/Auth/refresh-token", json={})
    assert missing.status_code == 412
    assert missing.json()["error"] is None
    malformed = await client.post(f"{BASE}/Auth/refresh-token", content=b"[1, 2")
    assert malformed.status_code == 400


async def test_refresh_token_expires(session: Session) -> None:
    await session.client.post("/_mock/clock/advance", json={"seconds": 31 * 86400})
    reply = await session.client.post(
        f"{BASE}/Auth/refresh-token", json={"refreshtoken": session.tokens["refresh_token"]}
    )
    assert reply.status_code == 409


@pytest.mark.slow
async def test_concurrent_refreshes_of_one_token_have_one_winner(live_url: str) -> None:
    async with httpx.AsyncClient(base_url=live_url) as client:
        refresh = (await login(client)).json()["refresh_token"]
        replies = await asyncio.gather(
            *(
                client.post(f"{BASE}/Auth/refresh-token", json={"refreshtoken": refresh})
                for _ in range(8)
            )
        )
    assert sorted(r.status_code for r in replies) == [200] + [409] * 7
