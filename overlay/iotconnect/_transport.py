"""Retries under every client: httpx-retries' ``RetryTransport`` with a per-method policy.

Idempotent methods are retried on connection errors, timeouts and 502/503/504; POST and PATCH
only on errors that prove the request never reached the server (connect failures and pool
waits), since a refresh token sent twice is a spent token. Backoff is exponential with full
jitter, ``Retry-After`` is honoured (capped), and both the attempts and the total sleep are
bounded.
"""

from __future__ import annotations

from typing import Final

import httpx
from httpx_retries import Retry, RetryTransport

__all__ = ["async_part", "retrying_transport", "sync_part"]

_IDEMPOTENT: Final = ("GET", "HEAD", "OPTIONS", "PUT", "DELETE")
_UNSAFE: Final = ("POST", "PATCH")
_UNAVAILABLE: Final = (502, 503, 504)
_NEVER_SENT: Final = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_MAX_SINGLE_WAIT: Final = 30.0
_MAX_TOTAL_WAIT: Final = 60.0


class _NeverSentRetry(Retry):
    """Retries only what failed before reaching the server, whatever the status."""

    def is_retryable_status_code(self, status_code: int) -> bool:
        """A reply means the server saw the request: never retry it."""
        return False


class _PerMethodRetryTransport(RetryTransport):
    """Picks the retry policy by method; RetryTransport reads it from the request."""

    def __init__(
        self,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None,
        idempotent: Retry,
        unsafe: Retry,
    ) -> None:
        super().__init__(transport=transport, retry=idempotent)
        self._unsafe = unsafe

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._choose(request)
        return super().handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._choose(request)
        return await super().handle_async_request(request)

    def _choose(self, request: httpx.Request) -> None:
        if request.method.upper() in _UNSAFE:
            request.extensions.setdefault("retry", self._unsafe)


def retrying_transport(
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None,
    *,
    max_retries: int,
    backoff_factor: float,
) -> RetryTransport:
    """Wrap ``transport`` (None: httpx's defaults) in the retry policy described above."""
    idempotent = _bounded(Retry, max_retries, backoff_factor).copy_with(
        allowed_methods=_IDEMPOTENT, status_forcelist=_UNAVAILABLE
    )
    unsafe = _bounded(_NeverSentRetry, max_retries, backoff_factor).copy_with(
        allowed_methods=_UNSAFE, retry_on_exceptions=_NEVER_SENT
    )
    return _PerMethodRetryTransport(transport, idempotent, unsafe)


def _bounded(kind: type[Retry], max_retries: int, backoff_factor: float) -> Retry:
    return kind(
        total=max_retries,
        backoff_factor=backoff_factor,
        backoff_jitter=1.0,
        max_backoff_wait=_MAX_SINGLE_WAIT,
        total_timeout=_MAX_TOTAL_WAIT,
        respect_retry_after_header=True,
    )


def sync_part(
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None,
) -> httpx.BaseTransport | None:
    """``transport`` if it can send sync requests, else None (httpx's default)."""
    return transport if isinstance(transport, httpx.BaseTransport) else None


def async_part(
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None,
) -> httpx.AsyncBaseTransport | None:
    """``transport`` if it can send async requests, else None (httpx's default)."""
    return transport if isinstance(transport, httpx.AsyncBaseTransport) else None
