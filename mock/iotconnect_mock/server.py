"""Run the mock on a real socket: in a background thread for tests, or in the foreground.

Every way of serving it (``serve_in_thread``, ``iotconnect mock serve``, the benchmark, which
runs that command) builds its uvicorn config with ``server_config``, so they all run the same
HTTP parser and event loop, all offer the ``drop-after`` fault a way to close a connection
with nothing sent (``ConnectionCloser``), and all bound what idle clients can hold
(``LimitedProtocol``): uvicorn closes a connection idle between requests, but not one whose
request head never ends, and accepts connections until the process runs out of file
descriptors, after which no request at all is served.
"""

from __future__ import annotations

import asyncio
import importlib
import importlib.util
import json
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, ClassVar, cast

import uvicorn
from starlette.types import ASGIApp, Receive, Scope, Send
from uvicorn.protocols.http.h11_impl import H11Protocol

from .app import create_app
from .errors import DeviceError
from .faults import ABORT_SCOPE_KEY

try:
    import resource
except ImportError:  # Windows: no RLIMIT_NOFILE to stay below
    resource = None  # type: ignore[assignment]

__all__ = [
    "DEFAULT_HEADER_TIMEOUT",
    "EVENT_LOOP",
    "HTTP_PARSER",
    "ConnectionCloser",
    "LimitedProtocol",
    "bind_socket",
    "default_max_connections",
    "serve_in_thread",
    "server_config",
]


def _importable(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


# The C parser and loop (uvicorn[standard]) roughly double what one process serves; the pure
# Python ones remain a working fallback where the wheels do not exist (uvloop has none for
# Windows). Named explicitly rather than "auto" so the choice is visible and reportable.
HTTP_PARSER = "httptools" if _importable("httptools") else "h11"
EVENT_LOOP = "uvloop" if _importable("uvloop") else "asyncio"

#: Seconds a connection may take to send a request's head (request line and headers), from
#: its opening or from the end of the previous reply, before it is closed.
DEFAULT_HEADER_TIMEOUT = 10.0
# Descriptors kept for everything but connections: the listening socket, the SQLite file and
# its journal, the event loop's own, logging; an eighth of the limit, at least 32.
_RESERVED_FDS = 32
# Where the limit is "unlimited", a bound still: each connection costs memory too.
_UNLIMITED_CONNECTIONS = 65_536


def default_max_connections() -> int:
    """Open connections allowed at once: below the file-descriptor limit, with room to spare."""
    if resource is None:
        return 1000
    soft, _hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY:
        return _UNLIMITED_CONNECTIONS
    return max(1, soft - max(_RESERVED_FDS, soft // 8))


def _busy_reply() -> bytes:
    # What a connection over the limit gets before it is closed: the documented error shape.
    body = json.dumps(DeviceError(503, "Too many open connections").body()).encode()
    head = (
        "HTTP/1.1 503 Service Unavailable\r\ncontent-type: application/json\r\n"
        f"content-length: {len(body)}\r\nretry-after: 1\r\nconnection: close\r\n\r\n"
    )
    return head.encode() + body


_BUSY = _busy_reply()


def _parser_protocol() -> type[H11Protocol]:
    # The protocol class of HTTP_PARSER; both share the attributes LimitedProtocol reads.
    name = "HttpToolsProtocol" if HTTP_PARSER == "httptools" else "H11Protocol"
    module = importlib.import_module(f"uvicorn.protocols.http.{HTTP_PARSER}_impl")
    return cast(type[H11Protocol], getattr(module, name))


if TYPE_CHECKING:
    _ParserProtocol = H11Protocol
else:
    _ParserProtocol = _parser_protocol()


class LimitedProtocol(_ParserProtocol):
    """uvicorn's HTTP protocol with a deadline on request heads and a cap on connections.

    A connection over ``max_connections`` gets a 503 and is closed at once, so the process keeps
    descriptors to serve the others. A request head unfinished ``header_timeout`` seconds after
    the connection opened (or after the previous reply) closes the connection: without it,
    sockets that send half a request line stay open for good. ``server_config`` makes a subclass
    with the values chosen.
    """

    header_timeout: ClassVar[float] = DEFAULT_HEADER_TIMEOUT
    max_connections: ClassVar[int] = _UNLIMITED_CONNECTIONS
    _head_timer: asyncio.TimerHandle | None = None
    _waiting_since: object = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        """Count the connection; refuse it over the cap, else start waiting for a head."""
        super().connection_made(transport)
        if len(self.connections) > self.max_connections:
            transport.write(_BUSY)
            transport.close()
            return
        self._await_head()

    def data_received(self, data: bytes) -> None:
        """Parse as uvicorn does; a new request cycle means its head is complete."""
        super().data_received(data)
        if self._head_timer is not None and self.cycle is not self._waiting_since:
            self._head_timer.cancel()
            self._head_timer = None

    def on_response_complete(self) -> None:
        """After a reply on a kept-alive connection, the next head has the same deadline."""
        super().on_response_complete()
        if self.timeout_keep_alive_task is not None:  # idle, with no pipelined request queued
            self._await_head()

    def connection_lost(self, exc: Exception | None) -> None:
        """Drop the deadline with the connection."""
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None
        super().connection_lost(exc)

    def _await_head(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
        self._waiting_since = self.cycle
        self._head_timer = self.loop.call_later(self.header_timeout, self._head_overdue)

    def _head_overdue(self) -> None:
        self._head_timer = None
        if self.cycle is self._waiting_since and not self.transport.is_closing():
            self.transport.close()


class ConnectionCloser:
    """Puts a ``close()`` of the request's connection into each HTTP scope (``faults``).

    ASGI has no message for "close without replying", so this reads uvicorn's request cycle,
    the bound method behind ``send``, for its asyncio transport. Where that is not there (a
    future uvicorn), the scope gets nothing and ``drop-after`` falls back to ``drop``'s cut;
    ``tests/mock`` checks over a real socket that no byte of a reply arrives.
    """

    def __init__(self, app: ASGIApp) -> None:
        """Wrap ``app``."""
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Add the closer to an HTTP scope, then run the app."""
        if scope["type"] == "http":
            transport = getattr(getattr(send, "__self__", None), "transport", None)
            close = getattr(transport, "close", None)
            if callable(close):
                scope = {**scope, ABORT_SCOPE_KEY: close}
        await self.app(scope, receive, send)


def server_config(
    app: ASGIApp,
    *,
    log_level: str = "warning",
    access_log: bool = False,
    header_timeout: float = DEFAULT_HEADER_TIMEOUT,
    max_connections: int | None = None,
) -> uvicorn.Config:
    """The uvicorn config every entry point serves the mock with.

    ``max_connections`` defaults to ``default_max_connections()``, read when this is called.
    """
    if header_timeout <= 0:
        raise ValueError("header_timeout must be positive")
    cap = default_max_connections() if max_connections is None else max_connections
    if cap < 1:
        raise ValueError("max_connections must be at least 1")
    protocol = type(
        LimitedProtocol.__name__,
        (LimitedProtocol,),
        {"header_timeout": header_timeout, "max_connections": cap},
    )
    return uvicorn.Config(
        ConnectionCloser(app),
        http=protocol,
        loop=EVENT_LOOP,
        lifespan="on",
        log_level=log_level,
        access_log=access_log,
    )


def bind_socket(host: str = "127.0.0.1", port: int = 0) -> socket.socket:
    """A listening-ready TCP socket; port 0 lets the OS pick a free one (see ``getsockname``)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    return sock


@contextmanager
def serve_in_thread(
    app: ASGIApp | None = None,
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    startup_timeout: float = 10.0,
    header_timeout: float = DEFAULT_HEADER_TIMEOUT,
    max_connections: int | None = None,
) -> Iterator[str]:
    """Serve ``app`` (default: ``create_app()``) with uvicorn in a thread; yield its base URL.

    The base URL is ``http://127.0.0.1:<port>`` with the free port the OS picked. On exit the
    server finishes in-flight requests and the thread is joined. ``header_timeout`` and
    ``max_connections`` are ``server_config``'s.
    """
    config = server_config(
        app if app is not None else create_app(),
        header_timeout=header_timeout,
        max_connections=max_connections,
    )
    sock = bind_socket(host, port)
    bound_port = sock.getsockname()[1]
    server = uvicorn.Server(config)
    thread = threading.Thread(
        target=server.run,
        kwargs={"sockets": [sock]},
        name=f"iotconnect-mock:{bound_port}",
        daemon=True,
    )
    thread.start()
    try:
        deadline = time.monotonic() + startup_timeout
        while not server.started:
            if not thread.is_alive():
                raise RuntimeError("the mock server stopped during startup")
            if time.monotonic() > deadline:
                raise TimeoutError(f"the mock server did not start within {startup_timeout}s")
            time.sleep(0.005)
        shown = f"[{host}]" if ":" in host else host
        yield f"http://{shown}:{bound_port}"
    finally:
        server.should_exit = True
        thread.join(timeout=startup_timeout)
        sock.close()
