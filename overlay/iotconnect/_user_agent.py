"""The ``User-Agent`` the library sends: its distribution and version, Python's and httpx's.

Operators of the service see which client and version sent a request (the vendor asks for it
when a support ticket concerns one); ``IoTConnect(user_agent=...)`` replaces it. The version is
read from the installed distribution when a session first needs it, not at import: reading
package metadata costs more than the rest of the import of this module.
"""

from __future__ import annotations

import functools
import platform
from typing import Final

import httpx

__all__ = ["DISTRIBUTION", "default_user_agent", "is_httpx_default", "version"]

DISTRIBUTION: Final = "iotconnect-openapi"
_HTTPX_AGENT: Final = "python-httpx/"


@functools.cache
def version() -> str:
    """This library's version, as installed."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed(DISTRIBUTION)
    except PackageNotFoundError:  # pragma: no cover - imported from a source tree
        return "0+unknown"


@functools.cache
def default_user_agent() -> str:
    """The ``User-Agent`` sessions send, e.g. ``iotconnect-openapi/0.1.0 python/3.11.7
    httpx/0.28.1``; ``f"my-tool/1.2 {default_user_agent()}"`` names a tool in front of it."""
    python = platform.python_version()
    return f"{DISTRIBUTION}/{version()} python/{python} httpx/{httpx.__version__}"


def is_httpx_default(user_agent: str) -> bool:
    """Whether ``user_agent`` is the one httpx gives every client (nobody chose it)."""
    return user_agent.startswith(_HTTPX_AGENT)
