"""Replay: answer recorded requests with the recorded replies (``serve --replay DIR``).

``DIR`` holds HAR files (``iotconnect proxy --record DIR`` writes one per exchange, every
secret masked). A request whose method, path below the version prefix (without regard to case)
and query (names without regard to case, in any order) match a recorded entry gets that entry's
status, content type and body; several recordings of one request are answered in the order
recorded, the last one again after that. Everything else falls back to the stateful mock:
the token requests and discovery always do (a recorded token is masked, so the mock issues real
ones), as do requests nothing recorded. A replayed write changes no state.
"""

from __future__ import annotations

import json
import threading
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final
from urllib.parse import parse_qsl, urlsplit

from starlette.types import ASGIApp, Receive, Scope, Send

from .discovery import VERSION_PREFIXES

__all__ = ["Recorded", "Recordings", "ReplayMiddleware"]

# Answered by the mock itself, whatever was recorded: tokens must be real to be used.
_NEVER_REPLAYED: Final = ("/auth/",)
_PREFIXES: Final = sorted((p.lower() for p in VERSION_PREFIXES.values()), key=len, reverse=True)

_Key = tuple[str, str, tuple[tuple[str, str], ...]]


@dataclass(frozen=True)
class Recorded:
    """A recorded reply: status, content type, body."""

    status: int
    content_type: str
    body: bytes


class Recordings:
    """The recorded replies of a directory of HAR files, by request. Thread-safe."""

    def __init__(self, entries: Iterable[tuple[_Key, Recorded]]) -> None:
        """Hold ``entries`` (request key, reply) in the order recorded."""
        self._replies: dict[_Key, deque[Recorded]] = {}
        for key, reply in entries:
            self._replies.setdefault(key, deque()).append(reply)
        self._lock = threading.Lock()

    def __len__(self) -> int:
        """Recorded replies held."""
        return sum(len(replies) for replies in self._replies.values())

    @classmethod
    def read(cls, directory: Path) -> Recordings:
        """Every entry of the ``*.har`` files of ``directory``, in name order; a file that is
        not HAR is a ``ValueError`` naming it."""
        entries = []
        for file in sorted(Path(directory).glob("*.har")):
            try:
                found = json.loads(file.read_text(encoding="utf-8"))["log"]["entries"]
                entries += [_entry(entry) for entry in found]
            except (OSError, ValueError, KeyError, TypeError):
                raise ValueError(f"{file} is not a HAR file of requests and replies") from None
        return cls(entry for entry in entries if entry is not None)

    def next(self, method: str, path: str, query: str) -> Recorded | None:
        """The reply to give this request, if one was recorded."""
        key = _key(method, path, query)
        if key is None:
            return None
        with self._lock:
            replies = self._replies.get(key)
            if not replies:
                return None
            return replies.popleft() if len(replies) > 1 else replies[0]


class ReplayMiddleware:
    """Answers recorded requests from ``recordings``; passes the rest to the mock."""

    def __init__(self, app: ASGIApp, *, recordings: Recordings) -> None:
        """Wrap ``app``."""
        self.app = app
        self.recordings = recordings

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Send the recorded reply, or let the mock answer."""
        recorded = None
        if scope["type"] == "http":
            query = scope.get("query_string", b"").decode("latin-1")
            recorded = self.recordings.next(scope["method"], scope.get("path", "/"), query)
        if recorded is None:
            await self.app(scope, receive, send)
            return
        headers = [(b"content-length", str(len(recorded.body)).encode())]
        if recorded.content_type:
            headers.append((b"content-type", recorded.content_type.encode("latin-1", "replace")))
        await send({"type": "http.response.start", "status": recorded.status, "headers": headers})
        await send({"type": "http.response.body", "body": recorded.body})


def _entry(entry: Mapping[str, Any]) -> tuple[_Key, Recorded] | None:
    request, response = entry["request"], entry["response"]
    url = urlsplit(str(request["url"]))
    key = _key(str(request["method"]), url.path, url.query)
    if key is None:
        return None
    content = response.get("content") or {}
    body = str(content.get("text", "")).encode()
    return key, Recorded(int(response["status"]), str(content.get("mimeType", "")), body)


def _key(method: str, path: str, query: str) -> _Key | None:
    """What identifies a request: None for one that is never replayed."""
    lowered = path.lower()
    prefix = next((p for p in _PREFIXES if lowered.startswith(p + "/")), None)
    if prefix is None:
        return None  # discovery, the controls, the spec: the mock's own
    below = lowered[len(prefix) :]
    if below.startswith(_NEVER_REPLAYED):
        return None
    pairs = sorted((name.lower(), value) for name, value in parse_qsl(query, True))
    return method.upper(), below.rstrip("/"), tuple(pairs)
