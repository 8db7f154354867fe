"""Every setting of the proxy, with its default."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

__all__ = ["DEFAULT_MAX_BODY", "ProxySettings"]

DEFAULT_MAX_BODY: Final = 64 * 1024 * 1024
"""Bytes of a request or reply body the proxy holds (the client's own ``max_body``)."""


@dataclass(frozen=True)
class ProxySettings:
    """Where the proxy sends what it receives, and what it lets through.

    ``services`` maps a service name (``auth``, ``device``, ``user``...) to its upstream base URL
    (version prefix included); the proxy serves it under ``/<name>``. Discovery replies fetched
    through the proxy from ``discovery_url`` add to it. ``allow_writes`` lets requests through
    that may change the tenant; without it they are refused locally with a 403.
    """

    services: dict[str, str] = field(default_factory=dict)
    discovery_url: str | None = None
    allow_writes: bool = False
    max_body: int = DEFAULT_MAX_BODY
    timeout: float = 30.0
    record: Path | None = None
