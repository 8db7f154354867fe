"""Settings: ``MockSettings`` is the one list of them, for ``create_app`` and the CLI alike."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

from iotconnect_mock import MockSettings, create_app
from iotconnect_mock.cli import app as cli_app

from .helpers import BASE, login


async def _login_reply(settings: MockSettings | None = None, **overrides: Any) -> dict[str, int]:
    """``expires_in`` of a login and ``count`` of a device list against such an app."""
    app = create_app(settings, **overrides)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
        reply = await login(c)
        assert reply.status_code == 200, reply.text
        listed = await c.get(
            f"{BASE}/Device", headers={"Authorization": f"Bearer {reply.json()['access_token']}"}
        )
        return {"expires_in": reply.json()["expires_in"], "count": listed.json()["count"]}


async def test_keywords_override_the_settings_and_none_keeps_them() -> None:
    base = MockSettings(token_ttl=60, platform="az")
    assert await _login_reply(base) == {"expires_in": 60, "count": 5}
    assert await _login_reply(base, token_ttl=None, platform="aws") == {
        "expires_in": 60,
        "count": -1,
    }
    assert await _login_reply(token_ttl=90, demo_devices=2, platform="az") == {
        "expires_in": 90,
        "count": 2,
    }


def test_an_unknown_keyword_is_refused_with_the_known_ones() -> None:
    with pytest.raises(TypeError, match=r"unknown mock setting\(s\): tokn_ttl .*token_ttl"):
        create_app(tokn_ttl=60)


def test_invalid_values_are_refused_before_any_state_exists() -> None:
    with pytest.raises(ValueError, match="at least one second"):
        create_app(token_ttl=0)
    with pytest.raises(ValueError, match="EMAIL:PASSWORD"):
        create_app(users=["no-colon"])


def test_inputs_are_kept_plain() -> None:
    # As create_app passes its keywords on: lists and a path, as tests and callers write them.
    settings = MockSettings().replace(
        users=["a@example.com:pw"], tenants={"a2V5": ["b@example.com:pw"]}, db_path=Path("x.db")
    )
    assert settings.users == ("a@example.com:pw",)
    assert settings.tenants == {"a2V5": ("b@example.com:pw",)}
    assert settings.db_path == "x.db"


def test_the_cli_takes_its_defaults_and_checks_from_the_settings() -> None:
    defaults = MockSettings()
    shown = CliRunner().invoke(cli_app, ["serve", "--help"], terminal_width=200).output
    assert f"[default: {defaults.token_ttl}]" in shown
    assert f"[default: {defaults.list_cache_pages}]" in shown
    refused = CliRunner().invoke(cli_app, ["serve", "--port", "0", "--token-ttl", "0"])
    assert refused.exit_code == 2
    assert "at least one second" in refused.output
