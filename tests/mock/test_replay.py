"""``serve --replay DIR``: recorded requests get the recorded replies, in the order recorded;
token requests, discovery and everything unrecorded are the stateful mock's. In process."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from iotconnect_mock.replay import Recordings

from .helpers import logged_in, make_app


def _har(directory: Path, name: str, *entries: tuple[str, str, int, Any]) -> None:
    har = {
        "log": {
            "version": "1.2",
            "entries": [
                {
                    "request": {"method": method, "url": f"https://device.example{url}"},
                    "response": {
                        "status": status,
                        "content": {"mimeType": "application/json", "text": json.dumps(body)},
                    },
                }
                for method, url, status, body in entries
            ],
        }
    }
    (directory / name).write_text(json.dumps(har))


async def test_recorded_replies_in_order_then_the_last_again(tmp_path: Path) -> None:
    first = {"data": [{"deviceCount": 41}], "status": 200}
    second = {"data": [{"deviceCount": 42}], "status": 200}
    _har(tmp_path, "1.har", ("GET", "/api/v2.1/Device/count?status=active", 200, first))
    _har(tmp_path, "2.har", ("GET", "/api/v2.1/Device/count?status=active", 200, second))
    async with logged_in(make_app(replay=tmp_path)) as s:  # the login is the mock's own
        counts = [
            (await s.get("/device/count", params={"STATUS": "active"})).json()["data"][0]
            for _ in range(3)
        ]
        unrecorded = await s.get("/Device/count")
    assert counts == [{"deviceCount": 41}, {"deviceCount": 42}, {"deviceCount": 42}]
    assert unrecorded.json()["data"][0]["deviceCount"] == 5  # the demo tenant's own


async def test_token_requests_are_never_replayed(tmp_path: Path) -> None:
    refused = {"status": 401, "message": "recorded refusal"}
    _har(tmp_path, "1.har", ("POST", "/api/v2.1/Auth/login", 401, refused))
    async with logged_in(make_app(replay=tmp_path)) as s:
        assert s.tokens["access_token"]


def test_a_directory_of_something_else_is_refused(tmp_path: Path) -> None:
    (tmp_path / "x.har").write_text("not json")
    with pytest.raises(ValueError, match=r"x\.har is not a HAR file"):
        Recordings.read(tmp_path)
    assert len(Recordings.read(tmp_path / "empty-and-absent")) == 0
