"""The proxy on a real socket: in a thread for tests and benchmarks, or in the foreground."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn
from starlette.types import ASGIApp

__all__ = ["bind", "serve_in_thread", "server_config"]


def server_config(app: ASGIApp) -> uvicorn.Config:
    """The uvicorn config every way of serving the proxy uses."""
    return uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on")


def bind(host: str = "127.0.0.1", port: int = 0) -> socket.socket:
    """A TCP socket bound to ``host`` and ``port`` (0: a free one), listening already: a
    client that reads the banner may connect before uvicorn has started, and waits."""
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
        sock.listen(socket.SOMAXCONN)
    except OSError:
        sock.close()
        raise
    return sock


@contextmanager
def serve_in_thread(app: ASGIApp, startup_timeout: float = 10.0) -> Iterator[str]:
    """Serve ``app`` on 127.0.0.1 and a free port from a thread; yield its origin."""
    sock = bind()
    server = uvicorn.Server(server_config(app))
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, name="iotconnect-proxy", daemon=True
    )
    thread.start()
    try:
        deadline = time.monotonic() + startup_timeout
        while not server.started:
            if not thread.is_alive():
                raise RuntimeError("the proxy stopped during startup")
            if time.monotonic() > deadline:
                raise TimeoutError(f"the proxy did not start within {startup_timeout}s")
            time.sleep(0.005)
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=startup_timeout)
        sock.close()
