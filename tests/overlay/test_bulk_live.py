"""Bulk import over real HTTP: a killed CLI run resumed from its journal, and a rate-limited mock.

Both serve the mock with uvicorn on a loopback port. The interrupted import sends
``IOTC_TEST_IMPORT_ROWS`` rows (2,000 by default, so that CI spends seconds, not minutes, on
it; the issue's 10,000 pass too: ``IOTC_TEST_IMPORT_ROWS=10000``).
"""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import httpx
import pytest

from iotconnect.bulk import COLUMNS
from iotconnect_mock import (
    DEMO_PASSWORD,
    DEMO_SOLUTION_KEY,
    DEMO_USERNAME,
    create_app,
    serve_in_thread,
)

from .inprocess import demo_session

pytestmark = pytest.mark.slow

ROWS = int(os.environ.get("IOTC_TEST_IMPORT_ROWS", "2000"))
# Bounds on every wait, so that a hung run fails instead of hanging CI.
_RUN_TIMEOUT = 60 + ROWS * 0.05


def _write_rows(path: Path, rows: int) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for n in range(rows):
            # A gateway every 50 rows, the next 49 its children.
            gateway = n - n % 50
            parent = "" if n == gateway else f"gw-{gateway:05d}"
            unique_id = f"gw-{n:05d}" if n == gateway else f"sensor-{n:05d}"
            template = "edgegw" if n == gateway else "tempsensor"
            writer.writerow([unique_id, f"Device {n}", template, "", f"row {n}", "", parent])


def _cli(file: Path, base: str, tmp_path: Path) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "IOTC_AUTH_URL": f"{base}/api/v2.1",
        "IOTC_DEVICE_URL": f"{base}/api/v2.1",
        "IOTC_USER": DEMO_USERNAME,
        "IOTC_PASS": DEMO_PASSWORD,
        "IOTC_SKEY": DEMO_SOLUTION_KEY,
        "XDG_STATE_HOME": str(tmp_path / "state"),
    }
    command = [sys.executable, "-m", "iotconnect", "devices", "import", str(file)]
    return subprocess.Popen(  # noqa: S603 - our own interpreter and module
        [*command, "--concurrency", "8", "--json"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _journal(path: Path) -> Counter[str]:
    outcomes: Counter[str] = Counter()
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        try:
            outcomes[json.loads(line)["outcome"]] += 1
        except (ValueError, KeyError):
            outcomes["torn"] += 1  # the line the killed run was writing
    return outcomes


def test_a_killed_import_resumes_to_exactly_every_row(tmp_path: Path) -> None:
    rows = tmp_path / "fleet.csv"
    _write_rows(rows, ROWS)
    journal = tmp_path / "fleet.csv.journal.jsonl"
    with serve_in_thread(create_app(demo_devices=0)) as base:
        first = _cli(rows, base, tmp_path)
        try:
            deadline = time.monotonic() + _RUN_TIMEOUT
            while time.monotonic() < deadline and first.poll() is None:
                if journal.exists() and len(journal.read_bytes().splitlines()) > ROWS // 3:
                    break
                time.sleep(0.05)
            assert first.poll() is None, "the first run ended before it could be killed"
            first.send_signal(signal.SIGKILL)
        finally:
            first.kill()
            first.communicate(timeout=30)
        before = _journal(journal)
        assert ROWS // 3 <= before["created"] < ROWS

        second = _cli(rows, base, tmp_path)
        out, err = second.communicate(timeout=_RUN_TIMEOUT)
        assert second.returncode == 0, err
        summary = json.loads(out)
        with demo_session(None, auth_url=f"{base}/api/v2.1", device_url=f"{base}/api/v2.1") as iot:
            count = iot.devices.count()
            child = iot.devices.get_by_unique_id("sensor-00051")
            parent = iot.devices.get_by_unique_id("gw-00050")
    assert count == ROWS
    assert summary["rows"] == ROWS
    assert (summary["failed"], summary["different"], summary["complete"]) == ([], [], True)
    # What the journal finished is skipped; creates sent but not journaled are found again.
    assert summary["doneBefore"] == before["created"]
    assert summary["doneBefore"] + summary["created"] + summary["unchanged"] == ROWS
    assert summary["unchanged"] <= 8 + before["torn"]  # at most the creates in flight at the kill
    assert json.loads((tmp_path / "fleet.csv.summary.json").read_text()) == summary
    assert child.parent_device_guid == parent.guid
    assert child.note == "row 51"


def test_a_rate_limited_import_slows_down_instead_of_failing() -> None:
    rows = [
        {"uniqueId": f"limited-{n:03d}", "displayName": f"L {n}", "template": "tempsensor"}
        for n in range(150)
    ]
    app = create_app(demo_devices=0, rate_limit=50.0, rate_limit_burst=5)
    with serve_in_thread(app) as base:
        api = f"{base}/api/v2.1"
        with demo_session(None, auth_url=api, device_url=api) as iot:
            started = time.monotonic()
            summary = iot.devices.import_rows(rows, concurrency=16)
            seconds = time.monotonic() - started
            limit = httpx.get(f"{base}/_mock/rate-limit", timeout=10).json()["data"][0]
            count = iot.with_options(max_retries=5).devices.count()
    assert (summary.created, summary.failed, summary.complete) == (150, [], True)
    assert count == 150
    assert limit["refused"] > 0, "the mock never answered 429: nothing was tested"
    # 150 creates and the look-ups at 50 a second cannot take less than about 3 seconds.
    assert seconds >= (150 - 5) / 50
