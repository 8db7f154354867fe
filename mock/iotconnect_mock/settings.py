"""Typed options of one mock instance: the one list of what ``create_app`` and the CLI can set."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import urlsplit

from .page_cache import DEFAULT_LIST_CACHE_PAGES

__all__ = [
    "DEFAULT_PORTS",
    "DEMO_PASSWORD",
    "DEMO_SOLUTION_KEY",
    "DEMO_USERNAME",
    "MockSettings",
    "Platform",
    "parse_user",
    "public_origin",
]

Platform = Literal["aws", "az"]

#: The port a URL of each scheme means when it names none.
DEFAULT_PORTS = {"http": 80, "https": 443}

#: The demo tenant's credentials. They are printed by ``serve`` on purpose: they guard nothing.
DEMO_USERNAME = "demo@iotconnect.mock"
DEMO_PASSWORD = "Demo-Password-1"  # noqa: S105 - a published demo credential, not a secret
#: Solution keys are base64 text on the real service; this one is base64 of "iotconnect-mock-demo".
DEMO_SOLUTION_KEY = "aW90Y29ubmVjdC1tb2NrLWRlbW8="


def public_origin(url: str) -> str:
    """``url`` as an origin, ``scheme://host[:port]`` in lower case, or ``ValueError``.

    Discovery appends the version prefix to it, so a path, query or user part has no place.
    """
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        raise ValueError(f"public_url is not a URL: {url!r}") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ValueError(f"public_url must be http:// or https:// with a host, got {url!r}")
    if parts.path not in ("", "/") or parts.query or parts.fragment or "@" in parts.netloc:
        raise ValueError(f"public_url must be scheme://host[:port] only, got {url!r}")
    scheme = parts.scheme.lower()
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    # The default port is left out, as browsers leave it out of the Host they send.
    shown_port = "" if port in (None, DEFAULT_PORTS[scheme]) else f":{port}"
    return f"{scheme}://{host}{shown_port}"


def parse_user(spec: str) -> tuple[str, str]:
    """Split ``EMAIL:PASSWORD`` at the first colon (passwords may contain colons, emails don't)."""
    email, sep, password = spec.partition(":")
    if not sep or not email or not password:
        raise ValueError(f"expected EMAIL:PASSWORD, got {email or '(empty)'}:…")
    return email, password


@dataclass(frozen=True, slots=True)
class MockSettings:
    """Everything that shapes one mock instance.

    The main tenant is ``solution_key`` with ``users``; ``tenants`` adds more companies
    (solution key to ``EMAIL:PASSWORD`` list), each with its own root entity and templates, so
    tests can check that one company never sees another's devices. Defaults, checks and the
    names ``create_app`` accepts as keyword arguments all come from the fields below.
    """

    #: ``EMAIL:PASSWORD`` entries of the main tenant.
    users: Sequence[str] = (f"{DEMO_USERNAME}:{DEMO_PASSWORD}",)
    #: Solution key of the main tenant.
    solution_key: str = DEMO_SOLUTION_KEY
    #: More tenants: solution key -> ``EMAIL:PASSWORD`` entries.
    tenants: Mapping[str, Sequence[str]] = field(default_factory=dict)
    #: Lifetime of access tokens in seconds, echoed as ``expires_in``.
    token_ttl: int = 86400
    #: Lifetime of refresh tokens in seconds.
    refresh_ttl: int = 30 * 86400
    #: SQLite file (a path-like is kept as ``str``); ``None`` keeps the state in memory.
    db_path: str | None = None
    #: ``aws`` answers the device list with ``count: -1``; ``az`` with the total.
    platform: Platform = "aws"
    #: Seed demo templates, an entity hierarchy and devices into the main tenant on first start.
    seed: bool = True
    #: How many demo devices the seed creates (benchmarks ask for thousands).
    demo_devices: int = 5
    #: Largest request body accepted; larger ones get 413.
    max_body_bytes: int = 64 * 1024
    #: HS256 signing key for access tokens; ``None`` draws one (and keeps it in the db file).
    jwt_secret: str | None = None
    #: Seed of the random generator that picks which requests get injected faults.
    fault_seed: int | None = None
    #: Device-list pages kept until the next write that could change them; 0 turns this off.
    list_cache_pages: int = DEFAULT_LIST_CACHE_PAGES
    #: Requests a second the mock lets through before it answers 429 (``rate_limit``); 0: all.
    rate_limit: float = 0.0
    #: Requests the rate limit lets through at once.
    rate_limit_burst: int = 10
    #: Answer every request as a later release would: unknown fields, values and a header.
    future: bool = False
    #: Serve the unauthenticated ``/_mock`` controls (clock, reset, faults, rate limit); off: 404.
    controls: bool = True
    #: ``scheme://host[:port]`` clients reach the mock at. Discovery hands it out, and requests
    #: naming another ``Host`` are refused (421). ``None``: discovery names the bound address.
    public_url: str | None = None
    #: A dedicated instance: devices' MQTT client ids are their unique ids, and login tokens
    #: say so (``isCpidOptional: true``); a shared one (the default) prefixes the CPID.
    dedicated: bool = False
    #: A directory of HAR files whose recorded replies answer the requests they recorded
    #: (``replay``); everything else is the stateful mock's. ``None``: no replay.
    replay: str | None = None

    def __post_init__(self) -> None:
        """Reject options that cannot work, before any state is created."""
        # Callers pass lists and paths; what is kept is immutable and plain.
        object.__setattr__(self, "users", tuple(self.users))
        tenants = {key: tuple(entries) for key, entries in self.tenants.items()}
        object.__setattr__(self, "tenants", tenants)
        if self.db_path is not None:
            object.__setattr__(self, "db_path", os.fspath(self.db_path))
        if self.replay is not None:
            object.__setattr__(self, "replay", os.fspath(self.replay))
        for entry in self.users:
            parse_user(entry)
        for key, entries in self.tenants.items():
            if not key:
                raise ValueError("a tenant needs a non-empty solution key")
            if key == self.solution_key:
                raise ValueError("tenants must not repeat the main solution key")
            for entry in entries:
                parse_user(entry)
        if not self.solution_key:
            raise ValueError("solution_key must not be empty")
        if self.token_ttl < 1 or self.refresh_ttl < 1:
            raise ValueError("token lifetimes must be at least one second")
        if self.rate_limit < 0 or self.rate_limit_burst < 1:
            raise ValueError("rate_limit must not be negative and rate_limit_burst at least 1")
        if self.list_cache_pages < 0:
            raise ValueError("list_cache_pages must not be negative")
        if self.platform not in ("aws", "az"):
            raise ValueError("platform must be 'aws' or 'az'")
        if self.demo_devices < 0:
            raise ValueError("demo_devices must not be negative")
        if self.max_body_bytes < 1:
            raise ValueError("max_body_bytes must be positive")
        if self.public_url is not None:
            object.__setattr__(self, "public_url", public_origin(self.public_url))

    def replace(self, **changes: Any) -> MockSettings:
        """A copy with ``changes``, named like the fields; another name raises ``TypeError``."""
        known = {f.name for f in dataclasses.fields(self)}
        unknown = sorted(set(changes) - known)
        if unknown:
            raise TypeError(
                f"unknown mock setting(s): {', '.join(unknown)} (known: {', '.join(sorted(known))})"
            )
        return dataclasses.replace(self, **changes)
