"""A rate limit the mock can be told to apply: 429 with ``Retry-After`` over a request budget.

The real service documents no rate limit (``api-facts.md``), but any gateway in front of it
may throttle, and a bulk run must slow down rather than fail when one does. So the mock can
enforce one: a token bucket of ``burst`` requests refilled at ``perSecond``, shared by every
request outside ``/_mock/`` (one budget for the whole mock, as a per-tenant limit looks to one
client). A request that finds the bucket empty is refused before the app sees it: 429, the
error body of the service its path belongs to, and ``Retry-After`` in whole seconds (at least
1, as HTTP has no fractions) until a request would be let through again.

Set it with ``MockSettings(rate_limit=...)`` (``iotconnect mock serve --rate-limit N``) or at
run time: ``GET|POST|DELETE /_mock/rate-limit`` with ``{"perSecond": 50, "burst": 10}``;
``GET`` also shows how many requests it refused. ``POST /_mock/reset`` leaves it as it is.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from starlette.types import ASGIApp, Receive, Scope, Send

from .errors import error_for_path
from .faults import is_control_path

__all__ = ["MAX_BURST", "MAX_RATE", "RATE_LIMIT_FIELDS", "RateLimitMiddleware", "RateLimiter"]

#: The names ``POST /_mock/rate-limit`` takes (its route lives with the other controls).
RATE_LIMIT_FIELDS = ("perSecond", "burst")
#: The bounds ``POST /_mock/rate-limit`` accepts.
MAX_RATE = 1_000_000.0
MAX_BURST = 1_000_000


@dataclass(frozen=True, slots=True)
class _Limit:
    per_second: float
    burst: int


class RateLimiter:
    """A token bucket over the mock's requests; off until ``set`` gives it a rate."""

    def __init__(
        self, per_second: float = 0.0, burst: int = 1, clock: Callable[[], float] = time.monotonic
    ) -> None:
        """Start full; ``per_second`` 0 means no limit. ``clock`` is monotonic seconds."""
        self._clock = clock
        self._lock = threading.Lock()
        self._limit: _Limit | None = None
        self._tokens = 0.0
        self._at = clock()
        self.refused = 0
        self.set(per_second, burst)

    def set(self, per_second: float, burst: int) -> None:
        """Allow ``per_second`` requests a second, ``burst`` at once (0 turns the limit off)."""
        if per_second < 0 or burst < 1:
            raise ValueError("a rate limit needs perSecond >= 0 and burst >= 1")
        with self._lock:
            self._limit = _Limit(per_second, burst) if per_second > 0 else None
            self._tokens, self._at = float(burst), self._clock()

    def take(self) -> int | None:
        """Spend one request; ``None`` if allowed, else the whole seconds to wait (>= 1)."""
        with self._lock:
            limit = self._limit
            if limit is None:
                return None
            now = self._clock()
            self._tokens = min(limit.burst, self._tokens + (now - self._at) * limit.per_second)
            self._at = now
            if self._tokens >= 1:
                self._tokens -= 1
                return None
            self.refused += 1
            return max(1, math.ceil((1 - self._tokens) / limit.per_second))

    def as_json(self) -> dict[str, float | int | None]:
        """What ``GET /_mock/rate-limit`` shows."""
        with self._lock:
            limit = self._limit
            return {
                "perSecond": None if limit is None else limit.per_second,
                "burst": None if limit is None else limit.burst,
                "refused": self.refused,
            }


class RateLimitMiddleware:
    """Refuses requests outside ``/_mock/`` with 429 while the limiter's bucket is empty."""

    def __init__(self, app: ASGIApp, limiter: RateLimiter) -> None:
        """Wrap ``app``."""
        self.app = app
        self.limiter = limiter

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Let the request through or refuse it."""
        path: str = scope.get("path", "/")
        if scope["type"] != "http" or is_control_path(path):
            await self.app(scope, receive, send)
            return
        wait = self.limiter.take()
        if wait is None:
            await self.app(scope, receive, send)
            return
        error = error_for_path(
            path, 429, "Too many requests (rate limit)", headers={"Retry-After": str(wait)}
        )
        await error.response()(scope, receive, send)
