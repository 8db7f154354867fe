"""A conformance run behind a hostile proxy (:mod:`tests.hostile`) in front of the mock.

The proxy lies about the GUIDs a create made, claims in lists that other devices are the run's,
fails set-up steps with a 503, floods and nests replies, and echoes secrets back. Whatever it
does, a write run changes nothing it did not create (every pre-existing device reads back byte
for byte), leaves nothing of its own behind, and ends with its report and its verdict line.
"""

from __future__ import annotations

import base64
import io
import itertools
import json
import os
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest

import iotconnect_mock
from iotconnect_conformance import Options, Outcome, Target, run
from iotconnect_conformance.devices import guids_in
from iotconnect_conformance.operations import spec_operations
from iotconnect_mock import DEMO_PASSWORD, DEMO_SOLUTION_KEY, DEMO_USERNAME, serve_in_thread
from tests.hostile import (
    Answer,
    Request,
    Upstream,
    deep_json,
    huge_json,
    json_answer,
    proxy,
)

pytestmark = pytest.mark.slow

_COMMAND = Path(sys.executable).parent / "iotconnect"
_WRITES = ("POST", "PUT", "DELETE", "PATCH")
# The operations on devices: every way a run could write to one, and the reads it could be
# lied to with.
_DEVICE_OPERATIONS = (
    "listDevices",
    "createDevice",
    "getDevice",
    "getDeviceByUniqueId",
    "updateDevice",
    "updateDeviceStatus",
    "deleteDevice",
)


def _target(origin: str) -> Target:
    base = f"{origin}/api/v2.1"
    return Target(DEMO_USERNAME, DEMO_PASSWORD, DEMO_SOLUTION_KEY, auth_url=base, device_url=base)


def _records(origin: str) -> dict[str, bytes]:
    """Every device of the mock (asked directly, not through the proxy): its full record."""
    with _target(origin).session() as owner:
        http = owner.device.get_httpx_client()
        records = {}
        for number in range(1, 100):
            reply = http.get("/Device", params={"pageNumber": number, "pageSize": 100})
            page = reply.json()["data"] if reply.status_code == 200 else []
            for item in page:
                records[item["guid"].upper()] = http.get(f"/Device/{item['guid']}").content
            if len(page) < 100:
                return records
    raise AssertionError("the list never ended")


@contextmanager
def _mock(devices: int = 5) -> Iterator[str]:
    with serve_in_thread(iotconnect_mock.create_app(demo_devices=devices)) as origin:
        yield origin


class _Writes:
    """Notes every state-changing request that names one of ``guids`` (an ``answer`` rule)."""

    def __init__(self, guids: set[str]) -> None:
        self.guids = guids
        self.named: list[str] = []

    def __call__(self, request: Request) -> Answer | None:
        if request.method in _WRITES:
            named = set(guids_in(request.path)) | set(
                guids_in(request.body.decode(errors="ignore"))
            )
            self.named += [f"{request.method} {request.path}" for _ in named & self.guids]
        return None


def _writing(tmp_path: Path) -> Options:
    return Options(
        report=tmp_path / "c.xml",
        allow_writes=True,
        max_examples=2,
        operations=_DEVICE_OPERATIONS,
    )


def _last_line(out: io.StringIO) -> str:
    return out.getvalue().rstrip().splitlines()[-1]


def _assert_untouched(before: dict[str, bytes], after: dict[str, bytes], writes: _Writes) -> None:
    for guid, record in before.items():
        assert after.get(guid) == record, f"pre-existing device {guid} changed or gone"
    assert set(after) == set(before), f"left behind: {sorted(set(after) - set(before))}"
    assert writes.named == []


def test_a_create_that_answers_an_existing_guid_never_leads_to_a_write(tmp_path: Path) -> None:
    # Before the proof of ownership this run deleted all 5 pre-existing devices, sent 150
    # state-changing requests naming them and left 14 devices of its own behind.
    with _mock() as mock:
        before = _records(mock)
        victims = itertools.cycle(sorted(before))

        def lie(request: Request, reply: Upstream) -> Answer | None:
            if (
                request.method == "POST"
                and request.path.endswith("/Device")
                and reply.status == 200
            ):
                data = reply.json()
                data["data"][0]["newid"] = next(victims).lower()
                return json_answer(200, data)
            return None

        writes = _Writes(set(before))
        out = io.StringIO()
        with proxy(mock, answer=writes, alter=lie) as hostile:
            outcome = run(_target(hostile), _writing(tmp_path), out=out)
        after = _records(mock)

    _assert_untouched(before, after, writes)
    assert outcome.status == 1, out.getvalue()
    assert _last_line(out).startswith("verdict: exit 1, ")
    assert outcome.summary.failed[("POST /Device", "ownership_proven")] > 0
    message = outcome.summary.messages[("POST /Device", "ownership_proven")]
    assert "reads back as uniqueId 'demo-" in message
    assert "nothing was written to it" in message
    # What it did create (the mock made each device), it found by unique id and deleted.
    assert all(device.created for device in outcome.touched)
    assert not set(before) & {device.guid for device in outcome.touched}


def _templates(origin: str) -> dict[str, bytes]:
    """Every template of the mock (asked directly): its full record, by GUID."""
    with _target(origin).session() as owner:
        http = owner.device.get_httpx_client()
        listed = http.get("/device-template", params={"pageSize": 100}).json()["data"]
        return {
            t["guid"].upper(): http.get(f"/device-template/{t['guid']}").content for t in listed
        }


def test_a_template_upload_that_answers_an_existing_guid_deletes_no_template(
    tmp_path: Path,
) -> None:
    # Before the proof, the run deleted the template an upload's reply named, whoever's it was.
    with _mock() as mock:
        before = _templates(mock)
        victim = sorted(before)[0]

        def lie(request: Request, reply: Upstream) -> Answer | None:
            if request.path.endswith("/device-template/quick") and reply.status == 200:
                data = reply.json()
                data["data"][0]["deviceTemplateGuid"] = victim.lower()
                return json_answer(200, data)
            return None

        writes = _Writes(set(before))
        out = io.StringIO()
        options = Options(
            report=tmp_path / "c.xml",
            allow_writes=True,
            max_examples=2,
            # With a send, the fleet probe runs too: it uploads a template of its own.
            operations=(
                "createDeviceTemplateFromFile",
                "deleteDeviceTemplate",
                "sendCommandToDevice",
            ),
        )
        with proxy(mock, answer=writes, alter=lie) as hostile:
            outcome = run(_target(hostile), options, out=out)
        after = _templates(mock)

    # No write to a template of the tenant's (its devices may be made from them, as always).
    assert [line for line in writes.named if "/device-template/" in line] == []
    # Nothing deleted, nothing changed, nothing of the run's left behind (found by its codes).
    assert after == before
    assert outcome.status == 1, out.getvalue()
    assert f"the upload answered template {victim}, which does not read back" in out.getvalue()
    probe = outcome.summary.messages[("POST /device-template/quick", "template_reads_back")]
    assert probe.startswith(f"a template upload answered {victim.lower()}, which does not read")


def test_a_list_that_claims_other_devices_for_the_run_changes_nothing(tmp_path: Path) -> None:
    with _mock() as mock:
        before = _records(mock)

        def lie(request: Request, reply: Upstream) -> Answer | None:
            if request.method != "GET" or not request.path.endswith("/Device"):
                return None
            # Every pre-existing device, renamed to match the filter: the run's own, it says.
            stem = parse_qs(request.query).get("UniqueId", ["conformance-"])[0]
            data = reply.json() or {"status": 200, "message": "", "data": []}
            data["data"] = (data.get("data") or []) + [
                {"guid": guid, "uniqueId": f"{stem}{n:02d}", "displayName": stem, "isActive": True}
                for n, guid in enumerate(sorted(before))
            ]
            return json_answer(200, data)

        writes = _Writes(set(before))
        out = io.StringIO()
        with proxy(mock, answer=writes, alter=lie) as hostile:
            outcome = run(_target(hostile), _writing(tmp_path), out=out)
        after = _records(mock)

    _assert_untouched(before, after, writes)
    assert outcome.status == 1
    assert ("GET /Device", "pages_partition") in outcome.summary.failed
    assert _last_line(out).startswith("verdict: exit 1, ")


# The set-up steps of a write run, as (method, path suffix, which occurrence): preflight, the
# mock's clock, the auth probes' logins, the paging probe's creates and walks.
_STEPS = [
    ("GET", "/Auth/basic-token", 1),
    ("POST", "/Auth/login", 1),
    ("GET", "/Device", 1),
    ("GET", "/device-template", 1),
    ("GET", "/_mock/clock", 1),
    ("POST", "/_mock/clock/advance", 1),
    ("POST", "/Auth/login", 2),
    ("POST", "/Device", 1),
    ("POST", "/Device", 4),
    ("POST", "/Device", 7),
    ("GET", "/Device", 2),
]


# Each step refused with a 503, and each state-changing one also carried out by the mock with
# its reply lost (a 503 instead): only the run's own bookkeeping can then find what it made.
_FAILURES = [(*step, False) for step in _STEPS] + [
    (*step, True) for step in _STEPS if step[0] == "POST"
]


@pytest.mark.parametrize(("method", "suffix", "nth", "forwarded"), _FAILURES)
def test_a_503_at_any_set_up_step_still_ends_well(
    tmp_path: Path, method: str, suffix: str, nth: int, forwarded: bool
) -> None:
    # Before: a 503 answering the 1st, 4th or 7th create of the paging probe, or the clock's
    # advance, raised out of run() with no verdict line and no report, leaving 0, 3 or 6
    # devices behind; a lost create reply left one more.
    seen = itertools.count(1)
    fired = threading.Event()

    def matches(request: Request) -> bool:
        wanted = request.method == method and request.path.endswith(suffix)
        return wanted and not fired.is_set() and next(seen) == nth

    def refuse(request: Request) -> Answer | None:
        if not forwarded and matches(request):
            fired.set()
            return json_answer(503, {"status": 503, "message": "Service Unavailable"})
        return None

    def lose(request: Request, reply: Upstream) -> Answer | None:
        if forwarded and matches(request):
            fired.set()
            return json_answer(503, {"status": 503, "message": "Service Unavailable"})
        return None

    report = tmp_path / "c.xml"
    with _mock(3) as mock:
        before = _records(mock)
        out = io.StringIO()
        with proxy(mock, answer=refuse, alter=lose) as hostile:
            options = Options(
                report=report,
                allow_writes=True,
                max_examples=1,
                operations=("listDevices", "createDevice", "login", "refreshToken"),
            )
            outcome = run(_target(hostile), options, out=out)
        after = _records(mock)

    assert fired.is_set()
    # Exit 2 when a step the run needs failed; 1 or 0 when it could go on (no clock: no
    # expired token to check; a failed probe: a failed check).
    assert _last_line(out).startswith(f"verdict: exit {outcome.status}, ")
    assert report.exists()
    assert "Traceback" not in out.getvalue()
    assert after == before, "the run left devices behind or changed one"


def _cli(
    *arguments: str, target: Target, folder: Path
) -> tuple[subprocess.CompletedProcess[str], int]:
    """The CLI against ``target``; its outcome and the peak RSS (kB) of it and its children."""
    environ = {
        **os.environ,
        "IOTC_USER": target.username,
        "IOTC_PASS": target.password,
        "IOTC_SKEY": target.solution_key,
    }
    command = [
        str(_COMMAND), "conformance", "--auth-url", str(target.auth_url),
        "--device-url", str(target.device_url), *arguments,
    ]  # fmt: skip
    stdout, stderr, peak = folder / "stdout", folder / "stderr", folder / "peak"
    with stdout.open("w") as out, stderr.open("w") as err:
        child = subprocess.Popen(  # noqa: S603 - our own interpreter and command
            [sys.executable, "-c", _MEASURED, str(peak), *command],
            env=environ,
            stdout=out,
            stderr=err,
        )
    deadline = threading.Timer(600, child.kill)
    deadline.start()
    try:
        child.wait()
    finally:
        deadline.cancel()
    result = subprocess.CompletedProcess(
        command, child.returncode, stdout.read_text(), stderr.read_text()
    )
    return result, int(peak.read_text())


# Runs the command and writes the peak RSS (kB) of it and of every process it waited for. Linux
# keeps a process's high-water mark across exec, so a CLI forked straight from pytest (400+ MB
# late in a full run) would report pytest's size; forked from this small launcher, it cannot.
_MEASURED = (
    "import resource, subprocess, sys; "
    "code = subprocess.run(sys.argv[2:], timeout=590).returncode; "
    "open(sys.argv[1], 'w').write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)); "
    "sys.exit(code)"
)


def _flooding(kind: str) -> Any:
    """An ``answer`` rule: every device list but the preflight's (pageSize=1) is 200 MB of
    JSON, or JSON nested 100,000 deep."""

    def answer(request: Request) -> Answer | None:
        if request.method != "GET" or not request.path.endswith("/Device"):
            return None
        if request.query == "pageSize=1":
            return None
        if kind == "huge":
            return Answer(200, huge_json(200 * 2**20))
        return Answer(200, deep_json(100_000))

    return answer


def test_huge_replies_are_a_typed_finding_within_bounded_memory(tmp_path: Path) -> None:
    # Before: 1.4 GB of memory on 200 MB replies. The cap stops reading at 1 MiB here.
    with _mock() as mock, proxy(mock, answer=_flooding("huge")) as hostile:
        result, peak_kb = _cli(
            "--operation", "listDevices", "--max-examples", "1", "--max-reply-bytes",
            str(2**20), "--report", str(tmp_path / "c.xml"), target=_target(hostile),
            folder=tmp_path,
        )  # fmt: skip
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stderr == ""
    assert "the reply body passed the cap of 1048576 bytes" in result.stdout
    assert result.stdout.rstrip().splitlines()[-1].startswith("verdict: exit 1, ")
    assert (tmp_path / "c.xml").exists()
    assert peak_kb < 400 * 1024, f"peak RSS {peak_kb} kB"


def test_deeply_nested_json_is_a_typed_finding(tmp_path: Path) -> None:
    with _mock() as mock, proxy(mock, answer=_flooding("deep")) as hostile:
        out = io.StringIO()
        options = Options(report=tmp_path / "c.xml", operations=("listDevices",), max_examples=1)
        outcome = run(_target(hostile), options, out=out)
    printed = out.getvalue()
    assert outcome.status == 1, printed
    assert "the reply's JSON is nested deeper than 64 levels" in printed
    assert "RecursionError" not in printed
    assert _last_line(out).startswith("verdict: exit 1, ")


class _Echo:
    """An ``alter`` rule: every reply carries back what the request held (path, query, body,
    headers) in its message, in every list item's unique id and in a header; every token the
    server issues is noted."""

    def __init__(self) -> None:
        self.tokens: set[str] = set()

    def __call__(self, request: Request, reply: Upstream) -> Answer | None:
        data = reply.json()
        if not isinstance(data, dict):
            return None
        for name in ("access_token", "refresh_token"):
            if isinstance(data.get(name), str):
                self.tokens.add(data[name])
        body = request.body.decode(errors="replace")
        sent = " ".join([request.path, request.query, body, *request.headers.values()])
        data["message"] = f"you sent: {sent}"
        items = data.get("data")
        for item in items if isinstance(items, list) else []:
            if isinstance(item, dict):
                item["uniqueId"] = sent
        printable = "".join(c for c in sent if " " <= c <= "~")[:4000]
        headers = [*reply.headers, ("x-echo", printable)]
        return Answer(reply.status, json.dumps(data).encode(), headers)


def _decoded(text: str) -> str:
    """``text`` and every base64 body in it (event logs keep bodies so), decoded."""
    bodies = re.findall(r'"\$base64": "([A-Za-z0-9+/=]*)"', text)
    return "\n".join([text, *(base64.b64decode(body).decode(errors="replace") for body in bodies)])


def test_secrets_a_server_echoes_never_reach_the_output_or_the_report(tmp_path: Path) -> None:
    report = tmp_path / "c.xml"
    echo = _Echo()
    with _mock() as mock:
        with httpx.Client(base_url=f"{mock}/api/v2.1") as http:
            basic = http.get("/Auth/basic-token").json()["data"]
        with proxy(mock, alter=echo) as hostile:
            out = io.StringIO()
            options = Options(report=report, allow_writes=True, max_examples=3)
            outcome = run(_target(hostile), options, out=out)
    written = {"output": out.getvalue()} | {
        path.name: _decoded(path.read_text(encoding="utf-8", errors="replace"))
        for path in tmp_path.iterdir()
    }
    assert outcome.status == 1
    assert len(written) >= 4
    assert len(echo.tokens) > 10
    for name, text in written.items():
        for secret in (DEMO_PASSWORD, DEMO_SOLUTION_KEY, basic, *echo.tokens):
            at = text.find(secret)
            assert at < 0, f"{name}: {text[max(0, at - 300) : at + 100]}"


def _outcome_of(operation: str, tmp_path: Path) -> Outcome:
    return run(
        None,
        Options(report=tmp_path / "c.xml", operations=(operation,), max_examples=2),
        out=io.StringIO(),
    )


@pytest.mark.parametrize("operation", [op.operation_id for op in spec_operations()])
def test_each_operation_alone_passes_on_the_mock(operation: str, tmp_path: Path) -> None:
    # Before: countDevices exited 1 (schemathesis' NoLinksFound in the stateful phase),
    # getDevice failed reached_2xx (random GUIDs name no device), and resendCommand did too (the
    # guard re-sends only the run's own commands, and alone the run had sent none).
    outcome = _outcome_of(operation, tmp_path)
    assert outcome.status == 0, outcome.verdict
