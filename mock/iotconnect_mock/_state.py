"""The per-app objects every handler reaches through ``request.app.state.mock``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from starlette.requests import Request

from .clock import Clock
from .faults import FaultInjector
from .rate_limit import RateLimiter
from .settings import MockSettings
from .store import Store
from .tokens import TokenService

__all__ = ["MockContext", "context"]


@dataclass(slots=True)
class MockContext:
    """Settings, clock, store, token service, fault table and rate limit of one app."""

    settings: MockSettings
    clock: Clock
    store: Store
    tokens: TokenService
    faults: FaultInjector
    rate_limit: RateLimiter


def context(request: Request) -> MockContext:
    """The context of the app serving ``request``."""
    return cast(MockContext, request.app.state.mock)
