"""OpenTelemetry spans (the 'otel' extra), read through the SDK's in-memory exporter: a span per
call and one per attempt, with the HTTP semantic conventions' attributes, and no secret in any
of them; without OpenTelemetry installed, no span and no import."""

from __future__ import annotations

import sys
from collections.abc import Callable

import httpx
import pytest
from opentelemetry import trace
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.util.types import AttributeValue

from iotconnect import IoTConnect, TransportError
from iotconnect._observe import load_tracing
from iotconnect.redaction import MASK
from iotconnect_client.api.device import list_devices

from .fakes import PASSWORD, SOLUTION_KEY, FakeClock, FakeService, leaks, unavailable

MakeIoT = Callable[..., IoTConnect]
Shape = tuple[str, str, str | None, dict[str, AttributeValue], str]
DEVICE = {
    "http.request.method": "GET",
    "server.address": "device.example.test",
    "server.port": 443,
}


@pytest.fixture
def exporter() -> InMemorySpanExporter:
    return InMemorySpanExporter()


@pytest.fixture
def traced(make_iot: MakeIoT, exporter: InMemorySpanExporter) -> Callable[..., IoTConnect]:
    """Sessions tracing to a provider of their own (the global one can be set once only)."""
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    return lambda **kwargs: make_iot(tracer_provider=provider, **kwargs)


def shapes(spans: tuple[ReadableSpan, ...]) -> list[Shape]:
    """Each span's name, kind, parent's name, attributes and status, in the order they ended."""
    names = {span.context.span_id: span.name for span in spans if span.context is not None}
    return [
        (
            span.name,
            span.kind.name,
            None if span.parent is None else names.get(span.parent.span_id, "outside"),
            dict(span.attributes or {}),
            span.status.status_code.name,
        )
        for span in spans
    ]


def test_a_span_per_call_and_per_attempt(
    traced: MakeIoT, service: FakeService, exporter: InMemorySpanExporter, sleeps: list[float]
) -> None:
    with traced() as iot:
        iot.token_auth.token()
        exporter.clear()
        service.device_replies = [unavailable(), httpx.ConnectError("refused")]
        list_devices.sync_detailed(client=iot.device, page_size=5, unique_id="boiler")
    query = "pageNumber=REDACTED&pageSize=REDACTED&UniqueId=REDACTED"
    request = {**DEVICE, "url.full": f"https://device.example.test/api/v2.1/Device?{query}"}
    done = {**request, "http.response.status_code": 200}
    assert shapes(exporter.get_finished_spans()) == [
        (
            "GET",
            "CLIENT",
            "iotconnect GET",
            {**request, "http.response.status_code": 503, "error.type": "503"},
            "ERROR",
        ),
        (
            "GET",
            "CLIENT",
            "iotconnect GET",
            {**request, "http.request.resend_count": 1, "error.type": "httpx.ConnectError"},
            "ERROR",
        ),
        (
            "GET",
            "CLIENT",
            "iotconnect GET",
            {**done, "http.request.resend_count": 2},
            "UNSET",
        ),
        ("iotconnect GET", "INTERNAL", None, done, "UNSET"),
    ]


def test_a_failed_call_and_the_callers_span(
    traced: MakeIoT,
    service: FakeService,
    exporter: InMemorySpanExporter,
    sleeps: list[float],
) -> None:
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    with traced(max_retries=0) as iot, provider.get_tracer("app").start_as_current_span("job"):
        iot.token_auth.token()
        exporter.clear()
        service.device_replies = [httpx.ConnectError("refused")]
        with pytest.raises(TransportError):
            list_devices.sync_detailed(client=iot.device)
    url = "https://device.example.test/api/v2.1/Device?pageNumber=REDACTED&pageSize=REDACTED"
    request = {**DEVICE, "url.full": url}
    failed = {**request, "error.type": "httpx.ConnectError"}
    assert shapes(exporter.get_finished_spans()) == [
        ("GET", "CLIENT", "iotconnect GET", failed, "ERROR"),
        ("iotconnect GET", "INTERNAL", "job", failed, "ERROR"),
        ("job", "INTERNAL", None, {}, "UNSET"),
    ]


async def test_async_calls_are_traced_alike(
    traced: MakeIoT, service: FakeService, exporter: InMemorySpanExporter
) -> None:
    async with traced() as iot:
        await list_devices.asyncio_detailed(client=iot.device)
    names = [(name, parent) for name, _, parent, _, _ in shapes(exporter.get_finished_spans())]
    assert names == [
        ("GET", "iotconnect GET"),
        ("iotconnect GET", None),
        ("POST", "iotconnect POST"),
        ("iotconnect POST", None),
        ("GET", "iotconnect GET"),
        ("iotconnect GET", None),
    ]


def test_no_secret_in_any_span(
    traced: MakeIoT,
    service: FakeService,
    clock: FakeClock,
    exporter: InMemorySpanExporter,
    sleeps: list[float],
) -> None:
    with traced(
        auth_url=None,
        device_url=None,
        environment="poc",
        discovery_url="https://discovery.example.test",
    ) as iot:
        list_devices.sync_detailed(client=iot.device, unique_id=PASSWORD)
        clock.advance(250)  # a refresh
        service.device_replies = [httpx.ConnectError(f"refused {PASSWORD}")]
        list_devices.sync_detailed(client=iot.device, unique_id=service.issued[-1])
    spans = exporter.get_finished_spans()
    texts = [f"{span.name} {dict(span.attributes or {})}" for span in spans]
    # A span per call and per attempt: discovery, basic token, login, list, refresh, list twice.
    assert len(spans) == 6 + 7
    discovery = dict(spans[1].attributes or {})
    assert discovery["url.full"] == (
        f"https://discovery.example.test/api/uisdk/solutionkey/{MASK}/env/poc"
        "?version=REDACTED&pf=REDACTED"
    )
    assert SOLUTION_KEY not in str(discovery)
    assert leaks(texts, service.secrets) == []


def test_without_opentelemetry_there_is_no_span(
    make_iot: MakeIoT, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "opentelemetry", None)  # as if not installed
    monkeypatch.delitem(sys.modules, "iotconnect._tracing")
    assert load_tracing(None) is None
    with make_iot() as iot:
        assert list_devices.sync_detailed(client=iot.device).status_code == 200
    assert "iotconnect._tracing" not in sys.modules


def test_without_an_sdk_a_call_starts_one_no_op_span_and_no_attempt_span(
    make_iot: MakeIoT, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[str] = []
    tracer = type(trace.get_tracer("iotconnect"))  # the API's own: no provider was set
    start_span = tracer.start_span

    def counting(self: trace.Tracer, name: str, *args: object, **kwargs: object) -> trace.Span:
        started.append(name)
        return start_span(self, name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(tracer, "start_span", counting)
    with make_iot() as iot:
        assert list_devices.sync_detailed(client=iot.device).status_code == 200
    assert started  # the login's and the listing's calls
    assert "GET" not in started  # an attempt's span is named after the method alone
