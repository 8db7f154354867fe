"""The proxy as an ASGI app: every request checked, forwarded, its reply checked and returned.

``/<service>/<path>`` goes to that service's upstream base URL (``ProxySettings.services``);
``/api/uisdk/solutionkey/{key}/env/{env}`` to the discovery host, whose reply is rewritten so
that every ``*BaseUrl`` names the proxy (``/<service>`` at the address the connection reached,
never the request's ``Host``): a client pointed at the proxy for discovery finds the proxy for
every service. ``GET /_proxy/findings`` answers what the proxy found so far, as JSON.

Bodies are read up to ``max_body`` bytes either way; beyond that the exchange ends with a local
502 and a ``size`` finding, so a huge reply costs bounded memory. Requests that may change the
tenant are refused with a local 403 unless ``allow_writes``. The proxy's own answers carry the
header ``x-iotconnect-proxy`` and the service's error shape, naming the proxy.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from typing import Any, Final
from urllib.parse import unquote

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from iotconnect.redaction import Redactor

from .checks import Exchange, ExchangeChecker, SpecOperation
from .findings import Finding, Findings
from .record import Recorder, now
from .settings import ProxySettings

__all__ = ["LOCAL_HEADER", "Proxy", "create_app"]

LOCAL_HEADER: Final = "x-iotconnect-proxy"
"""The header on every answer the proxy makes itself (refusals, upstream failures)."""

_LOG: Final = logging.getLogger("iotconnect_proxy")
_DISCOVERY: Final = "/api/uisdk/solutionkey/{key}/env/{env}"
_METHODS: Final = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"]
# Hop-by-hop headers (RFC 9110 7.6.1) and those the proxy sets itself: the body is sent
# decoded and whole, so its length and encoding are the proxy's.
_NOT_FORWARDED: Final = frozenset(
    {
        "connection",
        "keep-alive",
        "proxy-authenticate",
        "proxy-authorization",
        "proxy-connection",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
        "host",
        "content-length",
        "content-encoding",
        "accept-encoding",
    }
)


class _TooLarge(Exception):
    pass


class Proxy:
    """What one proxy holds: its settings, the upstream base URLs it knows, the checker, the
    findings and the redactor that learns every secret passing through."""

    def __init__(self, settings: ProxySettings, checker: ExchangeChecker | None = None) -> None:
        """A proxy for ``settings``; ``checker`` defaults to one on the installed spec."""
        self.settings = settings
        self.checker = checker or ExchangeChecker()
        self.findings = Findings()
        self.redactor = Redactor()
        self._services = {name: url.rstrip("/") for name, url in settings.services.items()}
        self.recorder = (
            None if settings.record is None else Recorder(settings.record, self.redactor)
        )
        self._lock = threading.Lock()

    def upstream(self, service: str) -> str | None:
        """The upstream base URL of ``service``, if known."""
        with self._lock:
            return self._services.get(service.lower())

    def learn_services(self, data: Mapping[str, Any]) -> None:
        """Remember the upstream base URLs a discovery reply names."""
        with self._lock:
            for key, value in data.items():
                if isinstance(key, str) and key.endswith("BaseUrl") and isinstance(value, str):
                    self._services[key.removesuffix("BaseUrl").lower()] = value.rstrip("/")

    def learn_secrets(self, op: SpecOperation | None, exchange: Exchange) -> None:
        """Remember the credentials and tokens of an exchange, so that none is ever written."""
        authorization = exchange.headers.get("authorization", "")
        self.redactor.add(
            authorization, authorization.partition(" ")[2], exchange.headers.get("solution-key")
        )
        for body in (exchange.body, exchange.reply_body):
            document = _json(body)
            self.redactor.learn(document)
            # The basic token is the data of its reply, no secret member.
            if op is not None and op.operation_id == "getBasicToken" and isinstance(document, dict):
                data = document.get("data")
                self.redactor.add(data if isinstance(data, str) else None)
        if op is not None and op.path == "/api/uisdk/solutionkey/{solutionKey}/env/{env}":
            found = op.pattern.fullmatch(exchange.path)
            if found is not None:
                self.redactor.add(unquote(found.group("solutionKey")))

    def observe(self, op: SpecOperation | None, exchange: Exchange, label: str) -> str:
        """Check ``exchange`` of ``op`` (as :meth:`ExchangeChecker.find` named it) and count its
        findings (each new one logged); returns the operation's id."""
        self.learn_secrets(op, exchange)
        operation, found = self.checker.check_operation(op, exchange)
        example = self.redactor.text(f"{exchange.method} {label} -> {exchange.status}")
        for finding in self.findings.add(operation, found, example):
            _LOG.warning("finding: %s (%s)", finding, example)
        return operation


def create_app(settings: ProxySettings | None = None, proxy: Proxy | None = None) -> Starlette:
    """The proxy's ASGI app, for ``settings`` or an existing ``proxy`` (its state kept)."""
    if proxy is None:
        proxy = Proxy(settings or ProxySettings())
    state: dict[str, httpx.AsyncClient] = {}

    @asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        async with httpx.AsyncClient(
            timeout=proxy.settings.timeout, follow_redirects=False, trust_env=False
        ) as client:
            state["client"] = client
            yield

    async def service(request: Request) -> Response:
        name = str(request.path_params["service"])
        base = proxy.upstream(name)
        if base is None:
            return _local(
                404,
                "no upstream",
                f"the proxy knows no upstream for the {name!r} service: give --target or "
                "--env, or discover through the proxy first",
            )
        raw = request.scope.get("raw_path", b"").decode("latin-1").split("?")[0]
        path = "/" + raw.split("/", 2)[2] if raw.count("/") >= 2 else "/"
        return await _forward(request, base, path, f"/{name}{path}", name)

    async def discovery(request: Request) -> Response:
        base = proxy.settings.discovery_url
        if base is None:
            return _local(404, "no upstream", "no discovery host: give --target or --env")
        raw = request.scope.get("raw_path", b"").decode("latin-1").split("?")[0]
        reply = await _forward(request, base.rstrip("/"), raw, raw, "discovery")
        if reply.status_code != 200 or reply.headers.get(LOCAL_HEADER):
            return reply
        document = _json(bytes(reply.body))
        data = document.get("data") if isinstance(document, dict) else None
        if not isinstance(data, dict):
            return reply
        proxy.learn_services(data)
        origin = _origin(request)
        for key, value in data.items():
            if isinstance(key, str) and key.endswith("BaseUrl") and isinstance(value, str):
                data[key] = f"{origin}/{key.removesuffix('BaseUrl').lower()}"
        headers = {k: v for k, v in reply.headers.items() if k.lower() != "content-length"}
        return Response(json.dumps(document).encode(), reply.status_code, headers)

    async def findings(_request: Request) -> Response:
        return JSONResponse(proxy.findings.as_json())

    async def _forward(
        request: Request, base: str, path: str, label: str, service: str
    ) -> Response:
        query = request.scope.get("query_string", b"").decode("latin-1")
        op = proxy.checker.find(request.method, path)
        writes = op.writes if op is not None else request.method not in ("GET", "HEAD", "OPTIONS")
        if writes and not proxy.settings.allow_writes:
            what = op.operation_id if op is not None else "a request the spec does not name"
            return _local(
                403,
                "read-only, the request was not sent",
                f"{request.method} {label} ({what}) may change the tenant; start the proxy "
                "with --allow-writes to let it through",
                "ProxyReadOnly",
            )
        try:
            body = await _read(request.stream(), proxy.settings.max_body)
        except _TooLarge:
            return _local(
                413, "request too large", f"the body is over {proxy.settings.max_body} bytes"
            )
        headers = [(k, v) for k, v in request.headers.items() if k.lower() not in _NOT_FORWARDED]
        url = base + path + (f"?{query}" if query else "")
        upstream = state["client"].build_request(request.method, url, headers=headers, content=body)
        started, clock = now(), time.perf_counter()
        try:
            reply = await state["client"].send(upstream, stream=True)
        except httpx.HTTPError as exc:
            return _local(502, "upstream unreachable", type(exc).__name__)
        try:
            reply_body = await _read(reply.aiter_bytes(), proxy.settings.max_body)
        except _TooLarge:
            found = Finding(
                op.operation_id if op is not None else request.method,
                "size",
                "",
                f"a body of at most {proxy.settings.max_body} bytes",
                "a larger one",
            )
            proxy.findings.add(found.operation, [found], proxy.redactor.text(label))
            return _local(
                502, "reply too large", f"the reply is over {proxy.settings.max_body} bytes"
            )
        except httpx.HTTPError as exc:
            return _local(502, "upstream reply broke off", type(exc).__name__)
        finally:
            await reply.aclose()
        exchange = Exchange(
            request.method,
            path,
            query,
            {k.lower(): v for k, v in request.headers.items()},
            body,
            reply.status_code,
            {k.lower(): v for k, v in reply.headers.items()},
            reply_body,
        )
        operation = proxy.observe(op, exchange, label)
        if proxy.recorder is not None:
            proxy.recorder.write(
                exchange,
                service=service,
                url=url,
                operation=operation,
                started=started,
                elapsed=time.perf_counter() - clock,
            )
        kept = {k: v for k, v in reply.headers.items() if k.lower() not in _NOT_FORWARDED}
        return Response(reply_body, reply.status_code, kept)

    app = Starlette(
        routes=[
            Route("/_proxy/findings", findings, methods=["GET"]),
            Route(_DISCOVERY, discovery, methods=["GET"]),
            Route("/{service}/{rest:path}", service, methods=_METHODS),
        ],
        lifespan=lifespan,
    )
    app.state.proxy = proxy
    return app


async def _read(chunks: AsyncIterator[bytes], limit: int) -> bytes:
    body = bytearray()
    async for chunk in chunks:
        body += chunk
        if len(body) > limit:
            raise _TooLarge
    return bytes(body)


def _local(status: int, message: str, detail: str, code: str = "IoTConnectProxy") -> Response:
    """The proxy's own answer, in the service's error shape, so that clients report it."""
    body = {
        "status": status,
        "message": f"iotconnect proxy: {message}",
        "error": [{"param": code, "message": detail}],
    }
    return JSONResponse(body, status, headers={LOCAL_HEADER: "local"})


def _origin(request: Request) -> str:
    # The address this connection reached, never the Host header (a client's word).
    host, port = request.scope.get("server") or ("127.0.0.1", None)
    host = f"[{host}]" if ":" in str(host) else str(host)
    return f"{request.url.scheme}://{host}" + ("" if port is None else f":{port}")


def _json(body: bytes) -> Any:
    try:
        return json.loads(body) if body.strip() else None
    except (ValueError, RecursionError):
        return None
