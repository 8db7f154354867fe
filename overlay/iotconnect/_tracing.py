"""OpenTelemetry spans for a session's requests (the ``otel`` extra): one per call, one per attempt.

Imported only when ``opentelemetry-api`` is installed. The spans follow the HTTP client semantic
conventions: a ``CLIENT`` span named after the method per attempt, with
``http.request.resend_count`` on retries, under an ``INTERNAL`` span ``iotconnect <METHOD>`` for
the whole call (retries and their pauses included). ``url.full`` keeps the query's names but
not its values, and every secret the process knows is masked in it, as in the log lines.
Spans go to the global tracer provider unless the session was given one; without an SDK
configured they are the API's no-op spans.
"""

from __future__ import annotations

from typing import Final

import httpx
from opentelemetry import trace
from opentelemetry.trace import Span, SpanKind, Status, StatusCode, TracerProvider
from opentelemetry.util.types import AttributeValue

from ._secrets import redact
from ._user_agent import version

__all__ = ["Tracing"]

_KNOWN_METHODS: Final = frozenset(
    ("CONNECT", "DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT", "TRACE")
)
_REDACTED: Final = "REDACTED"
# httpx leaves a scheme's default port out of URL.port; the conventions want it said.
_DEFAULT_PORTS: Final = {"http": 80, "https": 443}


class Tracing:
    """Starts and ends the spans of a session's calls and attempts."""

    def __init__(self, provider: TracerProvider | None) -> None:
        """Trace to ``provider``, or to the global one if None."""
        self._tracer = trace.get_tracer("iotconnect", version(), tracer_provider=provider)

    def call(self, request: httpx.Request) -> Span | None:
        """The span of a whole call, a child of the caller's current span; None when it is the
        API's no-op span (no SDK configured and no caller's span: its context is invalid, which
        an SDK's span never is), whose attempts' spans would be no-ops too, so none is started."""
        span = self._tracer.start_span(
            f"iotconnect {request.method}", kind=SpanKind.INTERNAL, attributes=_method(request)
        )
        if not span.get_span_context().is_valid:
            return None
        return _described(span, request)

    def attempt(self, call: Span, request: httpx.Request, attempt: int) -> Span:
        """The span of one attempt of ``call``."""
        attributes = _method(request)
        if attempt > 1:
            attributes["http.request.resend_count"] = attempt - 1
        span = self._tracer.start_span(
            str(attributes["http.request.method"]),
            context=trace.set_span_in_context(call),
            kind=SpanKind.CLIENT,
            attributes=attributes,
        )
        return _described(span, request)

    @staticmethod
    def end(span: Span, status: int | None, error: str | None) -> None:
        """End ``span`` with the reply's ``status`` and the ``error`` type, when there is one."""
        if status is not None:
            span.set_attribute("http.response.status_code", status)
        if error is not None:
            span.set_attribute("error.type", error)
            span.set_status(Status(StatusCode.ERROR))
        span.end()


def _method(request: httpx.Request) -> dict[str, AttributeValue]:
    method = request.method.upper()
    return {"http.request.method": method if method in _KNOWN_METHODS else "_OTHER"}


def _described(span: Span, request: httpx.Request) -> Span:
    # The URL's attributes cost a masking pass: only for a span that records (with no SDK
    # configured, none does). Samplers see the method and the resend count.
    if span.is_recording():
        url = request.url
        span.set_attribute("url.full", redact(_full(url)))
        span.set_attribute("server.address", url.host)
        port = url.port or _DEFAULT_PORTS.get(url.scheme)
        if port is not None:
            span.set_attribute("server.port", port)
    return span


def _full(url: httpx.URL) -> str:
    # No user info, and no query value: either could hold a credential.
    netloc = url.host if url.port is None else f"{url.host}:{url.port}"
    query = "&".join(f"{name}={_REDACTED}" for name, _ in url.params.multi_items())
    return f"{url.scheme}://{netloc}{url.path}" + (f"?{query}" if query else "")
