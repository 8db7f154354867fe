"""Future mode: every reply as a later release of the service might send it.

The real service adds fields, enum values and auth types without notice (auth type 7, CA-signed
individual, was in use long before the spec listed it). Future mode lets the clients' tests prove
that they survive that. A reply of the service (never of the ``/_mock`` controls)
is rewritten after the app rendered it:

- every JSON object, at every depth (envelopes, list items, nested objects, error items),
  gains ``FUTURE_FIELD`` (a string) and ``FUTURE_OBJECT`` (an object holding ``FUTURE_FIELD``
  and a list of objects that hold it);
- the CA-signed auth type 2 (``authType``, ``deviceTemplateAuthType``, ``parentAuthType``)
  becomes ``FUTURE_AUTH_TYPE``, the number after the spec's highest ``AuthType``, as a variant
  of it a later release might add (the other types stay, as a release adds a type without
  renumbering the rest), and every ``deviceStatus`` becomes
  ``FUTURE_DEVICE_STATUS``: values of the right JSON type that the spec does not list;
- a page (an envelope with a ``count`` and a ``data`` list) gains ``pageNumber``, ``pageSize`` and
  ``nextPageToken``, paging fields the spec does not name;
- every reply, JSON or not (a 204 too), carries the header ``FUTURE_HEADER``.

The future service also keeps one device field the spec does not name, ``FUTURE_DEVICE_FIELD``:
the single-device reads show it, and ``PUT /Device/{guid}`` sets it, or clears it when the
body leaves it out, as today's service does with ``note`` (the update body is the service's
whole update record: an ASP.NET request model, where a member the body omits is null). Fields
the update record does not have (``tag``, certificates) a PUT never touches, and a field the
record does not have is dropped, not stored: ASP.NET's model binding ignores JSON members it
does not know, and the service matches member names case-insensitively as that binding does
(api-facts). So a client keeps what it does not know only by sending back what it read.

Future mode is on for every request with ``MockSettings.future`` (``serve --future``), and for
chosen requests with a rule ``{"kind": "future", "path": ..., "method": ..., "rate": ...,
"count": ...}`` of ``POST /_mock/faults``, matched like the fault rules.
"""

from __future__ import annotations

import json
from typing import Any, Final
from urllib.parse import parse_qsl

from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ._json import dumps, encode
from ._state import context
from .auth_types import AUTH_TYPES
from .faults import CONTROL_PREFIX, FUTURE_SCOPE_KEY

__all__ = [
    "FUTURE_AUTH_TYPE",
    "FUTURE_DEVICE_FIELD",
    "FUTURE_DEVICE_STATUS",
    "FUTURE_FIELD",
    "FUTURE_HEADER",
    "FUTURE_OBJECT",
    "FutureMiddleware",
    "is_future",
    "rewrite",
]

FUTURE_FIELD: Final = "futureField"
FUTURE_OBJECT: Final = "futureObject"
FUTURE_HEADER: Final = "X-IoTConnect-Future"
#: An auth type the spec does not list (it follows the spec's highest); it stands in for 2,
#: CA-signed.
FUTURE_AUTH_TYPE: Final = max(AUTH_TYPES) + 1
_CA_SIGNED: Final = 2
FUTURE_DEVICE_STATUS: Final = "quarantined"
FUTURE_DEVICE_FIELD: Final = "futureSetting"

_TEXT: Final = "added by a later release"
_AUTH_TYPE_FIELDS: Final = frozenset({"authType", "deviceTemplateAuthType", "parentAuthType"})
_NEXT_PAGE: Final = "opaque-cursor-of-a-later-release"


def is_future(request: Request) -> bool:
    """Whether ``request`` is answered as the future service would."""
    return context(request).settings.future or bool(request.scope.get(FUTURE_SCOPE_KEY))


def rewrite(document: Any, query: dict[str, str] | None = None) -> Any:
    """``document`` (a decoded JSON reply) as the future service sends it; ``query`` is the
    request's query string, whose paging a page echoes."""
    result = _rewrite(document)
    if (
        isinstance(result, dict)
        and isinstance(result.get("data"), list)
        and result.get("count") is not None
    ):
        query = {key.lower(): value for key, value in (query or {}).items()}
        result["pageNumber"] = _number(query.get("pagenumber"), 1)
        result["pageSize"] = _number(query.get("pagesize"), len(result["data"]))
        result["nextPageToken"] = _NEXT_PAGE
    return result


def _rewrite(value: Any) -> Any:
    if isinstance(value, list):
        return [_rewrite(item) for item in value]
    if not isinstance(value, dict):
        return value
    result = {key: _value(key, _rewrite(item)) for key, item in value.items()}
    result[FUTURE_FIELD] = _TEXT
    result[FUTURE_OBJECT] = {FUTURE_FIELD: _TEXT, "items": [{FUTURE_FIELD: _TEXT}]}
    return result


def _value(key: str, value: Any) -> Any:
    if key in _AUTH_TYPE_FIELDS and value == _CA_SIGNED and not isinstance(value, bool):
        return FUTURE_AUTH_TYPE
    if key == "deviceStatus" and isinstance(value, str):
        return FUTURE_DEVICE_STATUS
    return value


def _number(text: str | None, default: int) -> int:
    # ASCII digits only: "²".isdigit() holds, and int() refuses it.
    ok = text is not None and text.isascii() and text.isdigit() and len(text) < 10
    return int(text) if ok and text is not None else default


class FutureMiddleware:
    """Rewrites the replies of future requests (see the module docstring)."""

    def __init__(self, app: ASGIApp, *, always: bool) -> None:
        """Wrap ``app``; ``always`` (``MockSettings.future``) makes every request future."""
        self.app = app
        self.always = always

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass the request on; hold a future reply back until it is whole, then rewrite it."""
        path: str = scope.get("path", "/")
        if scope["type"] != "http" or path.lower().startswith(CONTROL_PREFIX):
            await self.app(scope, receive, send)
            return
        start: Message | None = None
        chunks: list[bytes] = []

        async def held(message: Message) -> None:
            nonlocal start
            # A fault rule marks its request while the app runs, so decide at the reply.
            if not (self.always or scope.get(FUTURE_SCOPE_KEY)):
                await send(message)
            elif message["type"] == "http.response.start":
                start = message
            elif message["type"] == "http.response.body" and start is not None:
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False):
                    await _send_rewritten(send, scope, start, b"".join(chunks))
            else:
                await send(message)

        await self.app(scope, receive, held)


async def _send_rewritten(send: Send, scope: Scope, start: Message, body: bytes) -> None:
    headers = list(start.get("headers", []))
    if body and dict(headers).get(b"content-type", b"").startswith(b"application/json"):
        query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
        body = encode(dumps(rewrite(json.loads(body), query)))
        headers = [
            (name, str(len(body)).encode() if name == b"content-length" else value)
            for name, value in headers
        ]
    headers.append((FUTURE_HEADER.lower().encode(), b"1"))
    await send({**start, "headers": headers})
    await send({"type": "http.response.body", "body": body})
