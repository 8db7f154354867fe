"""The ``User-Agent`` the library sends: its distribution and version, Python's and httpx's.

Operators of the service see which client and version sent a request (the vendor asks for it
when a support ticket concerns one); ``IoTConnect(user_agent=...)`` replaces it.
"""

from __future__ import annotations

import platform
from importlib.metadata import PackageNotFoundError, version
from typing import Final

import httpx

__all__ = ["DISTRIBUTION", "USER_AGENT", "VERSION", "is_httpx_default"]

DISTRIBUTION: Final = "iotconnect-openapi"
_HTTPX_AGENT: Final = "python-httpx/"


def _version() -> str:
    try:
        return version(DISTRIBUTION)
    except PackageNotFoundError:  # pragma: no cover - imported from a source tree
        return "0+unknown"


VERSION: Final = _version()
"""This library's version."""
USER_AGENT: Final = (
    f"{DISTRIBUTION}/{VERSION} python/{platform.python_version()} httpx/{httpx.__version__}"
)
"""The default ``User-Agent``, e.g. ``iotconnect-openapi/0.1.0 python/3.11.7 httpx/0.28.1``."""


def is_httpx_default(user_agent: str) -> bool:
    """Whether ``user_agent`` is the one httpx gives every client (nobody chose it)."""
    return user_agent.startswith(_HTTPX_AGENT)
