"""A hostile HTTP proxy on loopback: it forwards to a real server and lies, fails or floods.

Tests put it between a client (or a conformance run) and the mock, served by uvicorn on
127.0.0.1 and a free port, to see what the client does with a server that cannot be trusted.
What it does to each request is up to the test:

- ``answer(request)`` may answer a request itself, without forwarding it (a 503, say);
- ``alter(request, reply)`` may change the real server's reply (a lying GUID, a secret echoed);
- a reply body may be an iterable of chunks, streamed, so that a test can send 200 MB without
  holding it: :func:`huge_json` and :func:`deep_json` make such bodies.

The proxy asks the upstream for uncompressed replies, so that ``alter`` can read them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx
from starlette.types import Receive, Scope, Send

from iotconnect_mock import serve_in_thread

__all__ = [
    "Answer",
    "Request",
    "Upstream",
    "deep_json",
    "huge_json",
    "json_answer",
    "proxy",
]

# Hop-by-hop and framing headers: the proxy sets its own.
_NOT_FORWARDED = frozenset(
    {b"host", b"content-length", b"accept-encoding", b"connection", b"transfer-encoding"}
)
_CHUNK = 1 << 20


@dataclass(frozen=True)
class Request:
    """A request as the proxy received it."""

    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        """The request body as JSON, or None."""
        try:
            return json.loads(self.body)
        except ValueError:
            return None


@dataclass
class Upstream:
    """The real server's reply, which ``alter`` may read and change in place."""

    status: int
    headers: list[tuple[str, str]]
    body: bytes

    def json(self) -> Any:
        """The body as JSON, or None."""
        try:
            return json.loads(self.body)
        except ValueError:
            return None


@dataclass
class Answer:
    """What the proxy sends back: ``body`` bytes, or chunks streamed one by one."""

    status: int
    body: bytes | Iterable[bytes] = b""
    headers: list[tuple[str, str]] = field(
        default_factory=lambda: [("content-type", "application/json")]
    )


#: Answers a request instead of the upstream (None: forward it).
AnswerRule = Callable[[Request], Answer | None]
#: Changes the upstream's reply to a request (None: pass it on as it is).
AlterRule = Callable[[Request, Upstream], Answer | None]


def json_answer(status: int, value: object) -> Answer:
    """A JSON answer."""
    return Answer(status, json.dumps(value).encode())


def huge_json(size: int) -> Iterator[bytes]:
    """A valid JSON object of about ``size`` bytes (a long string), in chunks of 1 MiB."""
    yield b'{"data": [], "status": 200, "message": "'
    for _ in range(size // _CHUNK):
        yield b"x" * _CHUNK
    yield b'"}'


def deep_json(depth: int) -> bytes:
    """A JSON value nested ``depth`` arrays deep inside a reply's ``data``."""
    return b'{"status": 200, "data": ' + b"[" * depth + b"]" * depth + b"}"


def _app(upstream: str, answer: AnswerRule | None, alter: AlterRule | None) -> Any:
    # One client for the proxy's life (made in the server's event loop on first use), so that
    # forwarding reuses connections to the upstream.
    clients: list[httpx.AsyncClient] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while (await receive())["type"] != "lifespan.shutdown":
                await send({"type": "lifespan.startup.complete"})
            for client in clients:
                await client.aclose()
            await send({"type": "lifespan.shutdown.complete"})
            return
        if scope["type"] != "http":
            return
        body = bytearray()
        while True:
            message = await receive()
            body.extend(message.get("body", b""))
            if not message.get("more_body", False):
                break
        headers = {
            k.decode("latin-1"): v.decode("latin-1")
            for k, v in scope["headers"]
            if k.lower() not in _NOT_FORWARDED
        }
        request = Request(
            scope["method"], scope["path"], scope["query_string"].decode(), headers, bytes(body)
        )
        own = answer(request) if answer is not None else None
        if own is None:
            url = f"{upstream}{scope['raw_path'].decode()}"
            if request.query:
                url += f"?{request.query}"
            if not clients:
                clients.append(httpx.AsyncClient(timeout=30.0))
            got = await clients[0].request(
                request.method,
                url,
                headers={**headers, "accept-encoding": "identity"},
                content=request.body,
            )
            reply = Upstream(
                got.status_code,
                [
                    (k, v)
                    for k, v in got.headers.multi_items()
                    if k.lower() not in ("content-length", "transfer-encoding", "connection")
                ],
                got.content,
            )
            own = alter(request, reply) if alter is not None else None
            if own is None:
                own = Answer(reply.status, reply.body, reply.headers)
        await _send(send, own)

    return app


async def _send(send: Send, answer: Answer) -> None:
    headers = [
        (k.encode("latin-1"), v.encode("latin-1"))
        for k, v in answer.headers
        if k.lower() != "content-length"
    ]
    if isinstance(answer.body, bytes):
        headers.append((b"content-length", str(len(answer.body)).encode()))
        await send({"type": "http.response.start", "status": answer.status, "headers": headers})
        await send({"type": "http.response.body", "body": answer.body})
        return
    await send({"type": "http.response.start", "status": answer.status, "headers": headers})
    for chunk in answer.body:
        await send({"type": "http.response.body", "body": chunk, "more_body": True})
    await send({"type": "http.response.body", "body": b""})


@contextmanager
def proxy(
    upstream: str, *, answer: AnswerRule | None = None, alter: AlterRule | None = None
) -> Iterator[str]:
    """Serve a proxy to ``upstream`` (an origin) on 127.0.0.1 and a free port; yield its origin.

    Each request goes to ``answer`` first; unless it answers, it is forwarded and the reply
    goes through ``alter``.
    """
    with serve_in_thread(_app(upstream.rstrip("/"), answer, alter)) as origin:
        yield origin
