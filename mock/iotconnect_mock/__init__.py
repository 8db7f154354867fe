"""A stateful mock of the IoTConnect REST API: Discovery, Auth and Device services.

``create_app(**options)`` returns the ASGI app (use it with ``httpx.ASGITransport``);
``serve_in_thread()`` runs it on a free loopback port for tests; ``iotconnect mock serve``
runs it from the command line. Test controls live under ``/_mock/`` (see ``control``).
Needs the ``mock`` extra: ``pip install 'iotconnect-openapi[mock]'``.
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
