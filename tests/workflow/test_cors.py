"""CORS in a real browser: the static page on one loopback origin logs in to the mock on another.

The page (clients/typescript/web, compiled by `make ts-build`) is served from 127.0.0.1; it finds
the mock through discovery at localhost, and discovery answers with the address the mock is bound
to (never the request's Host), so the calls go to 127.0.0.1 on the mock's port: another origin
either way, and Chromium sends a CORS preflight before the login (it carries Authorization and
solution-key headers) and before the bearer-token device list. The
control run strips the mock's CORS headers and must fail: the browser, not the test, enforces it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import pytest
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from iotconnect_mock import create_app, serve_in_thread

from .conftest import DEMO_ENV, node_json

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SEEDED = {"demo-gw-01", "demo-sensor-02", "demo-sensor-03"}  # among the mock's demo devices


def without_cors(app: ASGIApp) -> ASGIApp:
    """``app`` with every Access-Control-* reply header removed."""

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        async def strip(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [
                    (name, value)
                    for name, value in message["headers"]
                    if not name.lower().startswith(b"access-control-")
                ]
                message = {**message, "headers": headers}
            await send(message)

        await app(scope, receive, strip)

    return wrapped


def _other_origin(url: str) -> str:
    return url.replace("http://127.0.0.1:", "http://localhost:")


@pytest.fixture
def mock_origin() -> Iterator[str]:
    with serve_in_thread(create_app()) as url:
        yield _other_origin(url)


def _drive(site_url: str, mock: str) -> Any:
    return node_json("tools/browser.mjs", "cors", f"{site_url}/index.html", mock, env=DEMO_ENV)


def test_page_lists_devices_across_origins(chromium: None, site_url: str, mock_origin: str) -> None:
    shown = _drive(site_url, mock_origin)
    assert shown["pageErrors"] == []
    assert set(shown["devices"]) >= SEEDED
    assert shown["status"] == f"{len(shown['devices'])} devices"
    mock_port = urlsplit(mock_origin).port
    to_mock = [r for r in shown["requests"] if urlsplit(r["url"]).port == mock_port]
    preflights = {urlsplit(r["url"]).path: r for r in to_mock if r["method"] == "OPTIONS"}
    for path in ("/api/v2.1/Auth/login", "/api/v2.1/Device"):
        preflight = preflights[path]
        assert preflight["type"] == "Preflight", preflight
        assert preflight["status"] == 200, preflight
    assert not [r for r in to_mock if "failed" in r], to_mock


def test_without_cors_headers_the_browser_refuses(chromium: None, site_url: str) -> None:
    with serve_in_thread(without_cors(create_app())) as url:
        shown = _drive(site_url, _other_origin(url))
    assert shown["status"].startswith("Failed")
    assert shown["devices"] == []
    blocked = [r for r in shown["requests"] if r.get("cors")]
    assert blocked, shown["requests"]
