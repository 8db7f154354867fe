"""A stateful mock of the IoTConnect REST API: Discovery, Auth and Device services.

``create_app(settings)`` returns the ASGI app (use it with ``httpx.ASGITransport``);
``MockSettings`` lists every setting, and ``create_app(token_ttl=60, ...)`` overrides them by
name. ``serve_in_thread()`` runs it on a free loopback port for tests; ``iotconnect mock serve``
runs it from the command line. Test controls live under ``/_mock/`` (see ``control``).
Needs the ``mock`` extra: ``pip install 'iotconnect-openapi[mock]'``.

Where things live::

    app            create_app: settings, state, middleware, routes
    settings       MockSettings: every option, its default and its check
    auth, devices, templates, discovery, control
                   one routes module per service (control: /_mock clock, reset, faults)
    listing        the list queries: paging, sorting, filters
    _http          routing, the JSON-body reader, field checks (Fields)
    errors         error shapes per service, and the handlers that emit them
    render         a device's JSON (list item and single read) and a template's
    store          the repository: every query, in transactions under one lock
    device_queries the joined device record, stored list items, list pages
    schema         tables, indexes, opening a database, upgrading old files
    page_cache     device-list pages kept between writes
    records        the values the store takes and returns
    faults         fault rules: kinds, parsing, the middleware that applies them
    tokens, seed, clock, server, cli
"""

from importlib.util import find_spec as _find_spec

if any(_find_spec(name) is None for name in ("jwt", "starlette", "uvicorn")):
    raise ImportError(
        "iotconnect_mock needs the 'mock' extra: pip install 'iotconnect-openapi[mock]'"
    )

from .app import create_app
from .auth import BASIC_TOKEN
from .clock import Clock
from .faults import DroppedConnection, Fault, FaultInjector
from .server import serve_in_thread
from .settings import (
    DEMO_PASSWORD,
    DEMO_SOLUTION_KEY,
    DEMO_USERNAME,
    MockSettings,
    Platform,
)

__all__ = [
    "BASIC_TOKEN",
    "DEMO_PASSWORD",
    "DEMO_SOLUTION_KEY",
    "DEMO_USERNAME",
    "Clock",
    "DroppedConnection",
    "Fault",
    "FaultInjector",
    "MockSettings",
    "Platform",
    "create_app",
    "serve_in_thread",
]
