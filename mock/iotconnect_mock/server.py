"""Run the mock on a real socket: in a background thread for tests, or in the foreground.

Every way of serving it (``serve_in_thread``, ``iotconnect mock serve``, the benchmark, which
runs that command) builds its uvicorn config with ``server_config``, so they all run the same
HTTP parser and event loop, and all offer the ``drop-after`` fault a way to close a connection
with nothing sent (``ConnectionCloser``).
"""

from __future__ import annotations

import importlib.util
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn
from starlette.types import ASGIApp, Receive, Scope, Send

from .app import create_app
from .faults import ABORT_SCOPE_KEY

__all__ = [
    "EVENT_LOOP",
    "HTTP_PARSER",
    "ConnectionCloser",
    "bind_socket",
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
    app: ASGIApp, *, log_level: str = "warning", access_log: bool = False
) -> uvicorn.Config:
    """The uvicorn config every entry point serves the mock with."""
    return uvicorn.Config(
        ConnectionCloser(app),
        http=HTTP_PARSER,
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
) -> Iterator[str]:
    """Serve ``app`` (default: ``create_app()``) with uvicorn in a thread; yield its base URL.

    The base URL is ``http://127.0.0.1:<port>`` with the free port the OS picked. On exit the
    server finishes in-flight requests and the thread is joined.
    """
    sock = bind_socket(host, port)
    bound_port = sock.getsockname()[1]
    server = uvicorn.Server(server_config(app if app is not None else create_app()))
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
