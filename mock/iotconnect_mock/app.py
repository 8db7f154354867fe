"""``create_app``: assembles settings, state, middleware, error handlers and the route lists."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Mount, Router

from iotconnect_spec import SPEC_NAME, spec_bytes

from . import (
    auth,
    commands,
    control,
    device_state,
    devices,
    discovery,
    entities,
    properties,
    rate_limit,
    templates,
)
from ._http import endpoint, path_regex
from ._state import MockContext
from .clock import Clock
from .control import ServiceCorsMiddleware
from .discovery import VERSION_PREFIXES
from .errors import BodyLimitMiddleware, CatchAllMiddleware, error_for_path, exception_handlers
from .exposure import HostCheckMiddleware
from .faults import FaultInjector, FaultMiddleware, install_log_filter
from .future import FutureMiddleware
from .replay import Recordings, ReplayMiddleware
from .seed import seed_store
from .settings import MockSettings
from .store import Store
from .tokens import TokenService

__all__ = ["create_app"]


async def _openapi(request: Request) -> Response:
    try:
        text = spec_bytes()
    except OSError:
        raise error_for_path(request.url.path, 404, "The spec file is not available") from None
    return Response(text, media_type="application/yaml; charset=utf-8")


def _routes(settings: MockSettings) -> list[BaseRoute]:
    services = [
        *auth.routes,
        *device_state.routes,
        *properties.routes,
        *devices.routes,
        # Before the templates: /template-command/send and /history are no template GUID.
        *commands.routes,
        *templates.routes,
        *entities.routes,
    ]
    mounts: list[BaseRoute] = []
    for prefix in VERSION_PREFIXES.values():
        # redirect_slashes=False here and on the app's router: Starlette would answer a path
        # with a slash too many or too few (/api/v2.1, /api/v2.1/Device/%2F) with a 307 to
        # http://<the request's Host>/...: an open redirect. The routes take an optional
        # trailing slash themselves (``_http.endpoint``), so nothing needs it.
        mount = Mount(prefix, app=Router(services, redirect_slashes=False))
        # Matched like the routes inside: /API/V2.1/device is /api/v2.1/Device.
        mount.path_regex = path_regex(mount.path_regex.pattern)
        mounts.append(mount)
    return [
        *mounts,
        *discovery.routes,
        # Switched off, they are unknown paths: a 404 like any other.
        *(control.routes if settings.controls else []),
        endpoint(f"/{SPEC_NAME}", {"GET": _openapi}),
    ]


def create_app(
    settings: MockSettings | None = None, *, clock: Clock | None = None, **overrides: Any
) -> Starlette:
    """Build the mock as an ASGI app, e.g. for ``httpx.ASGITransport`` or uvicorn.

    ``settings`` defaults to ``MockSettings()`` (the demo tenant, in memory, AWS flavour);
    keyword arguments named like its fields override them (``create_app(token_ttl=60)``), and
    a ``None`` among them keeps the setting. ``clock`` lets a test own time;
    ``/_mock/clock/advance`` moves it over HTTP too. The state lives on ``app.state.mock`` and
    exists as soon as this returns, so the app works without a lifespan run
    (``httpx.ASGITransport`` does not send one).
    """
    chosen = (settings or MockSettings()).replace(
        **{name: value for name, value in overrides.items() if value is not None}
    )
    the_clock = clock or Clock()
    store = Store(chosen.db_path, list_cache_pages=chosen.list_cache_pages)
    seed_store(store, chosen, the_clock.now_ms())
    tokens = TokenService(
        store,
        the_clock,
        token_ttl=chosen.token_ttl,
        refresh_ttl=chosen.refresh_ttl,
        secret=chosen.jwt_secret,
        dedicated=chosen.dedicated,
    )
    faults = FaultInjector(chosen.fault_seed)
    replay = None if chosen.replay is None else Recordings.read(Path(chosen.replay))
    limiter = rate_limit.RateLimiter(chosen.rate_limit, chosen.rate_limit_burst)
    state = MockContext(
        settings=chosen,
        clock=the_clock,
        store=store,
        tokens=tokens,
        faults=faults,
        rate_limit=limiter,
    )

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        install_log_filter()
        try:
            yield
        finally:
            store.close()

    app = Starlette(
        routes=_routes(chosen),
        middleware=[
            # Outermost first: a request for a foreign Host is refused before anything runs.
            Middleware(HostCheckMiddleware, settings=chosen),
            # CORS headers go on every reply of the services, errors and faults included.
            Middleware(
                ServiceCorsMiddleware,
                allow_origins=["*"],
                allow_methods=["GET", "POST", "PUT", "DELETE", "OPTIONS"],
                allow_headers=["*"],
                expose_headers=["Retry-After", "Allow"],
                max_age=600,
            ),
            Middleware(CatchAllMiddleware),
            # Inside the CORS and Host checks, outside the faults: a recording is the service.
            *([Middleware(ReplayMiddleware, recordings=replay)] if replay is not None else []),
            # Outside the faults: an injected 503 is a reply of the future service too.
            Middleware(FutureMiddleware, always=chosen.future),
            Middleware(FaultMiddleware, injector=faults),
            Middleware(rate_limit.RateLimitMiddleware, limiter=limiter),
            Middleware(BodyLimitMiddleware, max_body_bytes=chosen.max_body_bytes),
        ],
        exception_handlers=exception_handlers(),
        lifespan=lifespan,
    )
    app.router.redirect_slashes = False  # see _routes
    app.state.mock = state
    return app
