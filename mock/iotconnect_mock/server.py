"""Run the mock on a real socket: in a background thread for tests, or in the foreground.

Every way of serving it (``serve_in_thread``, ``iotconnect mock serve``, the benchmark, which
runs that command) builds its uvicorn config with ``server_config``, so they all run the same
HTTP parser and event loop.
"""

from __future__ import annotations

import importlib.util
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn
from starlette.types import ASGIApp

from .app import create_app

__all__ = ["EVENT_LOOP", "HTTP_PARSER", "bind_socket", "serve_in_thread", "server_config"]


def _importable(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


# The C parser and loop (uvicorn[standard]) roughly double what one process serves; the pure
# Python ones remain a working fallback where the wheels do not exist (uvloop has none for
# Windows). Named explicitly rather than "auto" so the choice is visible and reportable.
HTTP_PARSER = "httptools" if _importable("httptools") else "h11"
EVENT_LOOP = "uvloop" if _importable("uvloop") else "asyncio"


def server_config(
    app: ASGIApp, *, log_level: str = "warning", access_log: bool = False
) -> uvicorn.Config:
    """The uvicorn config every entry point serves the mock with."""
    return uvicorn.Config(
        app,
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
