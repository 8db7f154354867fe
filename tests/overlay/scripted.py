"""Scripted replies, sent two ways: as ``httpx.MockTransport`` responses and, byte for byte, by a
loopback HTTP/1.1 server (:class:`RawServer`) that can cut a body short, stall or trickle it.

A test gives a handler ``(method, path, headers) -> Script``; both ways answer with the same
bytes, so a table of bad replies runs through httpx's in-memory transport and a real socket.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from http import HTTPStatus
from types import TracebackType

import httpx

JSON = (("Content-Type", "application/json; charset=utf-8"),)
WAIT_LIMIT = 5.0  # no scripted stall outlives this, nor any wait of the server


@dataclass(frozen=True)
class Script:
    """One reply: status, headers and body; ``cut`` sends only that many body bytes and closes
    (Content-Length stays the full size); ``stall`` sends the headers and then nothing;
    ``trickle`` waits that long between body bytes."""

    status: int
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = JSON
    cut: int | None = None
    stall: bool = False
    trickle: float = 0.0

    def head(self) -> bytes:
        try:
            reason = HTTPStatus(self.status).phrase
        except ValueError:
            reason = "Unknown"
        lines = [f"HTTP/1.1 {self.status} {reason}", *(f"{k}: {v}" for k, v in self.headers)]
        lines += [f"Content-Length: {len(self.body)}", "Connection: close"]
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


Handler = Callable[[str, str, httpx.Headers], Script]


class _Stream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body as the network would deliver it: the bytes, then maybe a failure."""

    def __init__(self, data: bytes, failure: Exception | None) -> None:
        self._data = data
        self._failure = failure

    def __iter__(self) -> Iterator[bytes]:
        if self._data:
            yield self._data
        if self._failure is not None:
            raise self._failure

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:
            yield chunk


def mock_transport(handler: Handler) -> httpx.MockTransport:
    """The scripts as in-memory responses: a cut body raises RemoteProtocolError, a stall
    ReadTimeout, as httpx's network transport would."""

    def answer(request: httpx.Request) -> httpx.Response:
        script = handler(request.method, request.url.path, request.headers)
        failure: Exception | None = None
        data = script.body
        if script.stall:
            data, failure = b"", httpx.ReadTimeout("timed out", request=request)
        elif script.cut is not None:
            data = data[: script.cut]
            failure = httpx.RemoteProtocolError("peer closed connection", request=request)
        headers = [*script.headers, ("Content-Length", str(len(script.body)))]
        return httpx.Response(script.status, headers=headers, stream=_Stream(data, failure))

    return httpx.MockTransport(answer)


class RawServer:
    """``handler``'s scripts over a real socket on 127.0.0.1, one connection per request."""

    def __init__(self, handler: Handler) -> None:
        self._handler = handler
        self._stop = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.05)
        self._threads: list[threading.Thread] = []
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"

    def __enter__(self) -> RawServer:
        self._spawn(self._accept)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=WAIT_LIMIT)
        self._listener.close()
        assert not any(thread.is_alive() for thread in self._threads)

    def _spawn(self, target: Callable[..., None], *args: object) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)
        self._threads.append(thread)
        thread.start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._listener.accept()
            except TimeoutError:
                continue
            self._spawn(self._serve, connection)

    def _serve(self, connection: socket.socket) -> None:
        # A client that gives up (a timeout, a refused header) closes first: nothing to report.
        with connection, contextlib.suppress(OSError):
            connection.settimeout(WAIT_LIMIT)
            request = _read_request(connection)
            if request is None:
                return
            script = self._handler(*request)
            connection.sendall(script.head())
            body = script.body if script.cut is None else script.body[: script.cut]
            if script.stall:
                self._stop.wait(WAIT_LIMIT)
            elif script.trickle:
                for index in range(len(body)):
                    if self._stop.wait(script.trickle):
                        return
                    connection.sendall(body[index : index + 1])
            else:
                connection.sendall(body)


def _read_request(connection: socket.socket) -> tuple[str, str, httpx.Headers] | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = connection.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    request_line, *header_lines = head.decode("latin-1").split("\r\n")
    headers = httpx.Headers([_pair(line) for line in header_lines])
    length = int(headers.get("Content-Length", "0"))
    while len(rest) < length:
        chunk = connection.recv(65536)
        if not chunk:
            return None
        rest += chunk
    method, target, _ = request_line.split(" ", 2)
    return method, target.split("?", 1)[0], headers


class Loopback(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """httpx's network transports without TLS set-up (each CA load costs ~0.1 s), for
    plain-HTTP loopback servers; one instance serves many short sessions."""

    def __init__(self) -> None:
        self._sync = httpx.HTTPTransport(verify=False)
        self._async = httpx.AsyncHTTPTransport(verify=False)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._sync.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._async.handle_async_request(request)


def _pair(line: str) -> tuple[str, str]:
    name, _, value = line.partition(":")
    return name, value.strip()
