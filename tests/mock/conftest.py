"""Fixtures for the mock's tests: in-process apps over ``httpx.ASGITransport`` and real servers."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
from starlette.applications import Starlette

import iotconnect_mock

from .helpers import OTHER_KEY, OTHER_PASSWORD, OTHER_USER, Session, login, make_app


@pytest.fixture
def app() -> Starlette:
    return make_app()


@pytest.fixture
async def client(app: Starlette) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        yield c


@pytest.fixture
async def session(client: httpx.AsyncClient) -> Session:
    reply = await login(client)
    assert reply.status_code == 200, reply.text
    return Session(client, reply.json())


@pytest.fixture
async def other_session(client: httpx.AsyncClient) -> Session:
    reply = await login(client, OTHER_USER, OTHER_PASSWORD, OTHER_KEY)
    assert reply.status_code == 200, reply.text
    return Session(client, reply.json())


@pytest.fixture
def live_url() -> Iterator[str]:
    """A real uvicorn server on a free loopback port."""
    with iotconnect_mock.serve_in_thread(make_app()) as url:
        yield url
