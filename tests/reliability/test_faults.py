"""Faults: a mixed workload through the session's resources while the mock fails on purpose.

The mock (real HTTP, loopback) answers a seeded share of the device host's requests with 503
(``Retry-After: 0``), 500 (writes only: a server error is not transient, the session does not
retry it, and a read must not meet one here), a delay, a connection dropped before the app sees
the request (``drop``) or after it processed it (``drop-after``: a create is stored, its reply
never sent). Reads, creates with distinct unique ids and updates go through ``iot.devices``:

- every read succeeds, by retry;
- no create is ever duplicated or answered ``409 UniqueIdAlreadyExists`` (which a retried create
  would get): each unique id is on the service at most once, and exactly once when acknowledged;
  some creates are stored although their reply was lost (drop-after), and they too are there
  once;
- every failure is an ``IoTConnectError`` subclass; an acknowledged update is what reads back.
"""

from __future__ import annotations

import json
import random
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from typing import TypeVar

import httpx
import pytest

from iotconnect import Conflict, IoTConnect, IoTConnectError
from iotconnect_mock import DEMO_PASSWORD, DEMO_SOLUTION_KEY, DEMO_USERNAME, serve_in_thread

from ..mock.helpers import make_app
from .conftest import Figures
from .corpus import BASE

pytestmark = pytest.mark.slow

OPERATIONS = 240
#: Device-host requests: the share each rule hits (tried in this order).
RULES = (
    {"kind": "503", "rate": 0.10, "retryAfter": 0},
    {"kind": "500", "rate": 0.08, "method": "POST"},
    {"kind": "500", "rate": 0.08, "method": "PUT"},
    {"kind": "delay", "rate": 0.05, "delaySeconds": 0.05},
    {"kind": "drop", "rate": 0.08},
    {"kind": "drop-after", "rate": 0.10},
)
CALL_DEADLINE = 20.0

T = TypeVar("T")


class CountingTransport(httpx.HTTPTransport):
    """httpx's transport, counting the create attempts that leave for each unique id."""

    def __init__(self) -> None:
        super().__init__()
        self.creates: Counter[str] = Counter()
        self._lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and request.url.path.lower().endswith("/device"):
            unique_id = json.loads(request.content)["uniqueId"]
            with self._lock:
                self.creates[unique_id] += 1
        return super().handle_request(request)


@dataclass
class Tally:
    """What the workload saw."""

    ok: Counter[str] = field(default_factory=Counter)
    failed: Counter[tuple[str, str]] = field(default_factory=Counter)
    untyped: list[str] = field(default_factory=list)
    #: unique id -> guid, for creates the service acknowledged.
    created: dict[str, str] = field(default_factory=dict)
    #: unique ids whose create failed, and how.
    unacknowledged: dict[str, str] = field(default_factory=dict)
    #: guid -> display name of the last acknowledged update.
    renamed: dict[str, str] = field(default_factory=dict)
    #: guid -> display names of updates that failed (they may have landed all the same).
    maybe: dict[str, set[str]] = field(default_factory=dict)


@pytest.fixture
def served() -> Iterator[str]:
    with serve_in_thread(make_app(fault_seed=14)) as url:
        yield url


def _run(kind: str, call: Callable[[], T], tally: Tally) -> T | Exception:
    try:
        result = call()
    except IoTConnectError as exc:
        tally.failed[(kind, type(exc).__name__)] += 1
        return exc
    except Exception as exc:  # anything else is the failure under test
        tally.untyped.append(f"{kind}: {type(exc).__name__}: {exc}")
        return exc
    tally.ok[kind] += 1
    return result


def _workload(iot: IoTConnect, template: str, tally: Tally) -> None:
    rng = random.Random(14)  # picks the operations, guards nothing
    devices = iot.with_options(deadline=CALL_DEADLINE).devices
    known = ["9DFF6B26-F845-56DD-8FF4-8CCD92600A5C"]
    for n in range(OPERATIONS):
        roll = rng.random()
        if roll < 0.45:
            read = rng.choice(("get", "by unique id", "list"))
            guid = rng.choice(known)
            calls: dict[str, Callable[[], object]] = {
                "get": partial(devices.get, guid),
                "by unique id": partial(devices.get_by_unique_id, "demo-sensor-02"),
                "list": partial(next, devices.list(page_size=10).pages()),
            }
            _run(f"read: {read}", calls[read], tally)
        elif roll < 0.75 or len(known) < 2:
            unique_id = f"faults-{n}"
            create = partial(
                devices.create,
                unique_id=unique_id,
                display_name=f"Created {unique_id}",
                template=template,
            )
            made = _run("create", create, tally)
            if isinstance(made, Exception):
                tally.unacknowledged[unique_id] = type(made).__name__
            else:
                guid = str(made.newid)
                tally.created[unique_id] = guid
                known.append(guid)
        else:
            guid = rng.choice(known[1:])
            name = f"renamed {n}"
            update = partial(devices.update, guid, display_name=name, entity=None, note=None)
            done = _run("update", update, tally)
            if isinstance(done, Exception):
                tally.maybe.setdefault(guid, set()).add(name)
            else:
                tally.renamed[guid] = name
                tally.maybe.pop(guid, None)


def _devices(url: str) -> list[dict[str, object]]:
    """Every device of the demo tenant, read with plain httpx once the faults are gone."""
    with httpx.Client(base_url=url + BASE, timeout=10) as client:
        basic = client.get("/Auth/basic-token").json()["data"]
        token = client.post(
            "/Auth/login",
            headers={"Authorization": f"Basic {basic}", "solution-key": DEMO_SOLUTION_KEY},
            json={"username": DEMO_USERNAME, "password": DEMO_PASSWORD},
        ).json()["access_token"]
        page = client.get(
            "/Device", params={"pageSize": 1000}, headers={"Authorization": f"Bearer {token}"}
        )
        items: list[dict[str, object]] = page.json()["data"]
        return items


def test_mixed_workload_under_faults(served: str, figures: Figures) -> None:
    transport = CountingTransport()
    tally = Tally()
    with IoTConnect(
        username=DEMO_USERNAME,
        password=DEMO_PASSWORD,
        solution_key=DEMO_SOLUTION_KEY,
        auth_url=served + BASE,
        device_url=served + BASE,
        transport=transport,
        max_retries=8,
        retry_backoff=0.01,
        timeout=httpx.Timeout(5.0),
    ) as iot:
        template = str(next(t.guid for t in iot.templates.list() if t.auth_type == 5))
        iot.token_auth.token()  # the login and the template are not under test
        for rule in RULES:
            httpx.post(f"{served}/_mock/faults", json={**rule, "path": "/Device"}, timeout=5)
        _workload(iot, template, tally)
        injected = httpx.get(f"{served}/_mock/faults", timeout=5).json()["data"]
        httpx.delete(f"{served}/_mock/faults", timeout=5)

    listed = _devices(served)
    by_unique_id = Counter(str(d["uniqueId"]).lower() for d in listed)
    names = {str(d["guid"]): str(d["displayName"]) for d in listed}
    attempted = [*tally.created, *tally.unacknowledged]
    duplicated = [u for u in attempted if by_unique_id[u.lower()] > 1]
    lost = [u for u in tally.created if by_unique_id[u.lower()] != 1]
    stored_unacknowledged = [u for u in tally.unacknowledged if by_unique_id[u.lower()] == 1]
    conflicts = [k for k in tally.failed if k[1] == Conflict.__name__]
    failed_reads = {k: n for k, n in tally.failed.items() if k[0].startswith("read")}
    stale = [
        g
        for g, name in tally.renamed.items()
        if g in names and names[g] not in {name, *tally.maybe.get(g, set())}
    ]

    part = "faults"
    figures.add(part, "operations", OPERATIONS)
    figures.add(
        part, "faults injected", ", ".join(f"{r['kind']} {r['injected']}" for r in injected)
    )
    figures.add(part, "succeeded", ", ".join(f"{k} {n}" for k, n in sorted(tally.ok.items())))
    figures.add(
        part,
        "failed (typed)",
        ", ".join(f"{k} -> {e} {n}" for (k, e), n in sorted(tally.failed.items())) or "none",
    )
    figures.add(part, "failed (untyped)", len(tally.untyped))
    figures.add(
        part, "create attempts sent per unique id", dict(Counter(transport.creates.values()))
    )
    figures.add(
        part,
        "creates unacknowledged, stored once",
        f"{len(stored_unacknowledged)} of {len(tally.unacknowledged)}",
    )
    figures.add(
        part, "duplicated unique ids, 409 on create", f"{len(duplicated)}, {len(conflicts)}"
    )

    assert not tally.untyped, tally.untyped[:5]
    assert not failed_reads, failed_reads
    assert not duplicated, duplicated
    assert not conflicts
    assert not lost, lost
    assert not stale, stale
    assert all(attempts == 1 for attempts in transport.creates.values()), transport.creates
    kinds = {r["kind"]: r["injected"] for r in injected if r["injected"]}
    assert set(kinds) == {"503", "500", "delay", "drop", "drop-after"}, kinds
    assert stored_unacknowledged, "no create was processed and then cut off"
    assert sum(tally.ok.values()) >= OPERATIONS // 2
