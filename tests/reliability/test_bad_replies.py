"""Bad replies to the client: the SDK issue's table, every case over a real loopback socket.

The table (20 kinds of bad reply, from cut-short JSON to a stall after the headers, crossed with
10 calls: the resources, sync and async, and the plain generated functions) is defined once, in
``tests/overlay/test_bad_replies.py``, which runs it in memory; here each case is served by a
scripted server on a socket (:class:`~tests.overlay.scripted.RawServer`) and must raise exactly
the table's ``IoTConnectError`` subclass, with no password, solution key or token in its text,
repr or traceback, although every bad body echoes them.
"""

from __future__ import annotations

import time
from collections import Counter

import pytest

from ..overlay.scripted import Loopback, RawServer
from ..overlay.test_bad_replies import CALLS, CASES, KINDS, Service, _check, _session
from .conftest import Figures

pytestmark = pytest.mark.slow


def test_every_bad_reply_over_a_socket_is_a_typed_error(figures: Figures) -> None:
    # A stall costs the read timeout, long enough for a login on a busy machine; retries are
    # the faults part's business, so there are none here.
    current: list[Service] = []
    raised: Counter[str] = Counter()
    started = time.monotonic()
    with RawServer(lambda *request: current[-1](*request)) as server:
        for kind, call in CASES:
            script = KINDS[kind].make(CALLS[call])
            assert script is not None
            current.append(Service(script))
            # Every reply says Connection: close, so no pooled connection outlives its loop.
            with _session(server.url, Loopback(), read=0.75, retries=0) as iot:
                raised[type(_check(kind, call, current[-1], iot)).__name__] += 1
    part = "bad replies"
    figures.add(part, "cases (kinds x calls), over a socket", f"{len(CASES)} ({len(KINDS)} kinds)")
    figures.add(part, "typed errors", ", ".join(f"{k} {n}" for k, n in sorted(raised.items())))
    figures.add(part, "secrets in an error's text, repr or traceback", 0)
    figures.add(part, "seconds", f"{time.monotonic() - started:.1f}")
    assert sum(raised.values()) == len(CASES)
