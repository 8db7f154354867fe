"""The mock as users run it, in a process of its own, for the benchmarks in this folder.

``python -m iotconnect_mock serve`` (the command behind ``iotconnect mock serve``) on a free
loopback port, access log off, so the server never shares a GIL with the client under test.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

__all__ = ["HOST", "ROOT", "free_port", "mock_command", "mock_env", "process", "serve_mock"]

ROOT = Path(__file__).resolve().parents[1]
HOST = "127.0.0.1"


def free_port() -> int:
    """A loopback port that was free a moment ago."""
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


def wait_until_up(url: str, timeout: float = 60.0) -> None:
    """Poll ``url`` until anything answers."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            httpx.get(url, timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.1)
    raise TimeoutError(f"{url} did not come up within {timeout}s")


@contextmanager
def process(
    command: list[str], ready_url: str, env: dict[str, str] | None = None, *, start: float = 60.0
) -> Iterator[subprocess.Popen[bytes]]:
    """Run ``command`` until the block ends, once ``ready_url`` answers (within ``start``
    seconds); always stop it."""
    # stderr goes to a file: an unread pipe that fills up would stall the server mid-run.
    with tempfile.TemporaryFile() as log:
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=log, env=env, cwd=ROOT)
        try:
            try:
                wait_until_up(ready_url, start)
            except TimeoutError:
                proc.terminate()
                proc.wait(timeout=10)
                log.seek(0)
                err = log.read().decode(errors="replace")[-2000:]
                raise RuntimeError(f"{command[0]} failed to start:\n{err}") from None
            yield proc
        finally:
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()


def mock_command(port: int, *, devices: int, list_cache: bool = True) -> list[str]:
    """The mock's own ``serve`` command with ``devices`` demo devices and no access log."""
    command = [sys.executable, "-m", "iotconnect_mock", "serve", "--host", HOST]
    command += ["--port", str(port), "--demo-devices", str(devices), "--no-access-log"]
    return command if list_cache else [*command, "--list-cache", "0"]


def mock_env() -> dict[str, str]:
    """This environment, with the mock's sources importable."""
    return {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT / "mock"), os.environ.get("PYTHONPATH", "")]),
    }


@contextmanager
def serve_mock(*, devices: int, list_cache: bool = True) -> Iterator[str]:
    """Serve the mock in its own process until the block ends; yield its origin URL."""
    port = free_port()
    origin = f"http://{HOST}:{port}"
    with process(
        mock_command(port, devices=devices, list_cache=list_cache),
        f"{origin}/_mock/clock",
        mock_env(),
    ):
        yield origin
