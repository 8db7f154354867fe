"""Observability over real HTTP: the mock served by uvicorn on a loopback port receives the
library's User-Agent and a brought-your-own client's headers, a fault it injects shows as a
retry line and a resent span; and, in a process without OpenTelemetry, nothing imports it."""

from __future__ import annotations

import logging
import re
import subprocess
import sys
from typing import Any

import httpx
import pytest
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from iotconnect import IoTConnect, default_user_agent
from iotconnect_mock import (
    DEMO_PASSWORD,
    DEMO_SOLUTION_KEY,
    DEMO_USERNAME,
    create_app,
    serve_in_thread,
)
from tests.openapi_doc import ROOT

from .fakes import leaks

pytestmark = pytest.mark.slow


class Recording:
    """ASGI middleware keeping each request's method, path and headers as the server got them."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.seen: list[tuple[str, str, dict[str, str]]] = []

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and not scope["path"].startswith("/_mock"):
            headers = {name.decode(): value.decode() for name, value in scope["headers"]}
            self.seen.append((scope["method"], scope["path"], headers))
        await self.app(scope, receive, send)


def test_the_mock_sees_who_calls_and_the_retry_shows(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="iotconnect.http")
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    recording = Recording(create_app())
    with serve_in_thread(recording) as base:
        fault = {"kind": "503", "path": "/Device", "count": 1, "retryAfter": 0}
        httpx.post(f"{base}/_mock/faults", json=fault, timeout=5).raise_for_status()
        client = httpx.Client(limits=httpx.Limits(max_connections=1), headers={"X-Team": "ops"})
        with (
            client,
            IoTConnect(
                username=DEMO_USERNAME,
                password=DEMO_PASSWORD,
                solution_key=DEMO_SOLUTION_KEY,
                auth_url=f"{base}/api/v2.1",
                device_url=f"{base}/api/v2.1",
                http_client=client,
                tracer_provider=provider,
            ) as iot,
        ):
            assert len(list(iot.devices.list())) == 5
    host = base.removeprefix("http://")
    assert [(method, path) for method, path, _ in recording.seen] == [
        ("GET", "/api/v2.1/Auth/basic-token"),
        ("POST", "/api/v2.1/Auth/login"),
        ("GET", "/api/v2.1/Device"),
        ("GET", "/api/v2.1/Device"),
    ]
    assert {headers["user-agent"] for _, _, headers in recording.seen} == {default_user_agent()}
    assert {headers["x-team"] for _, _, headers in recording.seen} == {"ops"}
    lines = [re.sub(r"\d+ ms", "N ms", r.getMessage()) for r in caplog.records]
    assert lines == [
        f"GET {host}/api/v2.1/Auth/basic-token -> 200 (attempt 1, N ms)",
        f"POST {host}/api/v2.1/Auth/login -> 200 (attempt 1, N ms)",
        f"GET {host}/api/v2.1/Device -> 503 (attempt 1, N ms); retrying (1/3) in 0.00 s",
        f"GET {host}/api/v2.1/Device -> 200 (attempt 2, N ms)",
    ]
    spans = exporter.get_finished_spans()
    resent = [dict(s.attributes or {}).get("http.request.resend_count") for s in spans]
    assert resent == [None, None, None, None, None, 1, None]  # the retried call: 2 attempts
    texts = [str(dict(span.attributes or {})) for span in spans] + lines
    assert leaks(texts, [DEMO_PASSWORD, DEMO_SOLUTION_KEY]) == []


def test_without_opentelemetry_nothing_imports_it() -> None:
    program = """
import importlib.abc, sys

class NotInstalled(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name.partition(".")[0] == "opentelemetry":
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None

sys.meta_path.insert(0, NotInstalled())
from iotconnect_mock import create_app
from tests.overlay.inprocess import InProcess, demo_session

with demo_session(InProcess(create_app())) as iot:
    print(iot.devices.count(), [m for m in sys.modules if m.startswith("opentelemetry")])
"""
    done = subprocess.run(  # noqa: S603 - this interpreter, a fixed program
        [sys.executable, "-c", program],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "5 []\n"
