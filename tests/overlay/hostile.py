"""A hostile IoTConnect server on 127.0.0.1: it logs anyone in, then answers as a test scripts it.

:class:`Hostile` serves the auth service's two login steps and hands every other request to the
test's ``answer(method, path, query)``, which returns a :class:`Reply` whose body is an iterable
of chunks, sent as they are produced: a gigabyte gzip bomb (:func:`gzip_bomb`) or a 300 MB body
(:func:`zeros`) costs the server a few kilobytes. The body ends the connection (no
Content-Length), so a client that stops reading early just closes it.

Used by ``tests/reliability/test_hostile_server.py``; :func:`client_peak` is the client half of
its memory measurements.
"""

from __future__ import annotations

import json
import resource
import struct
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from iotconnect import IoTConnect

from ..loopback import serving

API = "/api/v2.1"
USERNAME = "hostile@example.test"
PASSWORD = "Hostile-Password-1"
SOLUTION_KEY = "aG9zdGlsZS1zb2x1dGlvbi1rZXk="
BASIC = "aG9zdGlsZS1iYXNpYy10b2tlbg=="
ACCESS = "hostile-access-token"
GUID = "9DFF6B26-F845-56DD-8FF4-8CCD92600A5C"
MIB = 1024 * 1024
_GZIP_HEADER = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"


@dataclass(frozen=True)
class Reply:
    """A status, headers and a body sent chunk by chunk as the iterable yields them."""

    status: int = 200
    body: Iterable[bytes] = ()
    headers: tuple[tuple[str, str], ...] = (("Content-Type", "application/json"),)


Answer = Callable[[str, str, dict[str, list[str]]], Reply]


def document(value: object, status: int = 200) -> Reply:
    """A JSON reply."""
    return Reply(status, [json.dumps(value).encode()])


def gzip_bomb(size: int, block: int = MIB) -> Iterator[bytes]:
    """``size`` zero bytes gzipped (about 1 KiB a MiB), produced a block at a time."""
    deflate = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    # A full flush empties the window, so this piece needs nothing before it: repeating it
    # is a valid stream of the same blocks, and the bomb is never held whole.
    piece = deflate.compress(bytes(block)) + deflate.flush(zlib.Z_FULL_FLUSH)
    yield _GZIP_HEADER
    crc = 0
    zero_block = bytes(block)
    for _ in range(size // block):
        yield piece
        crc = zlib.crc32(zero_block, crc)
    yield deflate.flush() + struct.pack("<II", crc, size & 0xFFFFFFFF)


def zeros(size: int, block: int = MIB) -> Iterator[bytes]:
    """``size`` bytes of ``0`` digits (a JSON number, were it read whole), a block at a time."""
    chunk = b"0" * block
    for _ in range(size // block):
        yield chunk


def page(guids: Iterable[str], count: int = -1) -> Reply:
    """A page of the device list holding ``guids``, ``count`` as AWS answers it."""
    data = [
        {"guid": g, "uniqueId": f"d-{g[:8]}", "displayName": "D", "isActive": True, "authType": 2}
        for g in guids
    ]
    return document({"data": data, "status": 200, "message": "ok", "count": count})


def guid(number: int) -> str:
    """The ``number``-th GUID of the server's made-up tenant."""
    return f"00000000-0000-4000-8000-{number:012x}"


@dataclass
class Hostile:
    """The server's script: ``answer`` for every request but the login, and what it was asked."""

    answer: Answer
    basic_token: str = BASIC
    access_token: str = ACCESS
    requests: list[str] = field(default_factory=list)

    def handle(self, method: str, target: str) -> Reply:
        """The reply to ``method target``."""
        url = urlsplit(target)
        path = url.path.removeprefix(API)
        self.requests.append(f"{method} {path}")
        if path == "/Auth/basic-token":
            return document({"data": self.basic_token, "status": 200})
        if path == "/Auth/login":
            return document(
                {
                    "token_type": "bearer",
                    "access_token": self.access_token,
                    "refresh_token": "hostile-refresh-token",
                    "expires_in": 86400,
                    "status": 200,
                }
            )
        return self.answer(method, path, parse_qs(url.query))


@contextmanager
def hostile(answer: Answer, **script: Any) -> Iterator[tuple[str, Hostile]]:
    """A :class:`Hostile` server on a free loopback port; yields its API base URL and script."""
    server = Hostile(answer, **script)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.0"

        def _reply(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(length)
            reply = server.handle(self.command, self.path)
            self.send_response(reply.status)
            for name, value in reply.headers:
                self.send_header(name, value)
            self.send_header("Connection", "close")
            self.end_headers()
            try:
                for chunk in reply.body:
                    self.wfile.write(chunk)
            except OSError:
                pass  # the client stopped reading: what a limit is for

        do_GET = do_POST = do_PUT = do_DELETE = _reply

        def log_message(self, format: str, *args: Any) -> None:
            pass

    with serving(Handler) as origin:
        yield origin + API, server


def client_peak(url: str, call: str) -> None:
    """Call ``iot.devices.<call>`` against ``url`` and print, as JSON, the outcome (what it
    returned or the name of what it raised) and this process's peak RSS in MB: run it in a
    process of its own (:data:`CLIENT`), so that the figure is the client's alone."""
    iot = IoTConnect(
        username=USERNAME,
        password=PASSWORD,
        solution_key=SOLUTION_KEY,
        auth_url=url,
        device_url=url,
        max_retries=0,
    )
    outcome = "returned"
    try:
        getattr(iot.devices, call)(GUID)
    except BaseException as exc:  # what a raw MemoryError looks like is the point
        outcome = type(exc).__name__
    print(json.dumps({"outcome": outcome, "peak_mb": own_peak_kb() // 1024}))


def own_peak_kb() -> int:
    """This process's peak RSS in kB since it started its program.

    Linux's ``getrusage`` keeps the high-water mark across ``exec``, so a process forked from a
    big parent (pytest late in a full run holds 400+ MB) reports the parent's size as its own;
    ``VmHWM`` belongs to the process's own memory map, which ``exec`` replaced.
    """
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(next(line for line in status.splitlines() if line.startswith("VmHWM:")).split()[1])


CLIENT = "import sys; from tests.overlay.hostile import client_peak; client_peak(*sys.argv[1:])"
"""``python -c CLIENT URL get``, from the repository's root: :func:`client_peak`."""
