"""Deviations planted in the mock's replies, one at a time, for the proxy to find.

Each wraps the mock's ASGI app and changes one kind of reply of one operation: what a service
that drifted from the spec would send. ``PLANTED`` names, for each, the operation and the JSON
pointer the proxy must report.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, NamedTuple

from starlette.types import ASGIApp, Message, Receive, Scope, Send


class Planted(NamedTuple):
    """A deviation: which replies it changes, how, and what the proxy must name."""

    method: str
    path: str  # below /api/v2.1
    status: int | None  # only replies of this status (None: any)
    change: Callable[[int, dict[str, str], bytes], tuple[int, dict[str, str], bytes]]
    operation: str
    check: str
    pointer: str


def _json_change(edit: Callable[[Any], None]) -> Callable[..., tuple[int, dict[str, str], bytes]]:
    def change(
        status: int, headers: dict[str, str], body: bytes
    ) -> tuple[int, dict[str, str], bytes]:
        document = json.loads(body)
        edit(document)
        return status, headers, json.dumps(document).encode()

    return change


def _rename_unique_id(document: Any) -> None:
    for item in document["data"]:
        item["uniqueID"] = item.pop("uniqueId")


def _drop_message(document: Any) -> None:
    del document["message"]


def _accepted(
    status: int, headers: dict[str, str], body: bytes
) -> tuple[int, dict[str, str], bytes]:
    return 202, headers, body


def _text_plain(
    status: int, headers: dict[str, str], body: bytes
) -> tuple[int, dict[str, str], bytes]:
    return status, {**headers, "content-type": "text/plain; charset=utf-8"}, body


PLANTED = {
    "renamed field": Planted(
        "GET",
        "/Device",
        200,
        _json_change(_rename_unique_id),
        "listDevices",
        "schema",
        "/data/*/uniqueId",
    ),
    "wrong status": Planted("GET", "/Device/count", 200, _accepted, "countDevices", "status", ""),
    "text/plain reply": Planted(
        "GET", "/device-template", 200, _text_plain, "listDeviceTemplates", "content-type", ""
    ),
    "missing envelope member": Planted(
        "GET",
        "/Device/uniqueId/no-such-device",
        409,
        _json_change(_drop_message),
        "getDeviceByUniqueId",
        "schema",
        "/message",
    ),
}


def plant(app: ASGIApp, planted: Planted) -> ASGIApp:
    """``app`` with ``planted`` applied to the replies it names."""

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["method"] != planted.method
            or scope["path"] != ("/api/v2.1" + planted.path)
        ):
            await app(scope, receive, send)
            return
        start: dict[str, Any] = {}
        body = bytearray()

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                body.extend(message.get("body", b""))
                if not message.get("more_body"):
                    await _send_changed(start, bytes(body), planted, send)

        await app(scope, receive, capture)

    return wrapped


async def _send_changed(start: dict[str, Any], body: bytes, planted: Planted, send: Send) -> None:
    status = int(start["status"])
    headers = {k.decode().lower(): v.decode() for k, v in start.get("headers", [])}
    if planted.status is None or status == planted.status:
        status, headers, body = planted.change(status, headers, body)
    headers["content-length"] = str(len(body))
    raw = [(k.encode(), v.encode()) for k, v in headers.items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})
