"""The mock's notion of time: the wall clock plus an offset tests can advance."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

__all__ = ["Clock", "format_timestamp"]


class Clock:
    """Wall-clock time that tests can move forward without sleeping.

    Every expiry in the mock (access tokens, refresh tokens) and every timestamp it writes reads
    this clock, so ``advance(3600)`` expires a one-hour token at once. ``time_source`` lets a test
    freeze the underlying time too.
    """

    def __init__(self, time_source: Callable[[], float] = time.time) -> None:
        """Create a clock reading ``time_source`` (seconds since the epoch) plus an offset."""
        self._time_source = time_source
        self._offset = 0.0
        # Handlers run on the event loop while tests may call advance() from another thread.
        self._lock = threading.Lock()

    def now(self) -> float:
        """Seconds since the epoch, as the mock sees them."""
        with self._lock:
            offset = self._offset
        return self._time_source() + offset

    def now_ms(self) -> int:
        """Milliseconds since the epoch, the unit the store keeps."""
        return int(self.now() * 1000)

    @property
    def offset(self) -> float:
        """Seconds added to the underlying time so far."""
        with self._lock:
            return self._offset

    def advance(self, seconds: float) -> float:
        """Move the clock forward by ``seconds`` (never back) and return the new time."""
        if seconds < 0:
            raise ValueError("the mock clock only moves forward")
        with self._lock:
            self._offset += seconds
        return self.now()

    def reset(self) -> None:
        """Drop the offset, back to the underlying time."""
        with self._lock:
            self._offset = 0.0


def format_timestamp(epoch_ms: int | None) -> str | None:
    """Milliseconds since the epoch as the service writes them: ``2022-11-28T16:29:12.483Z``."""
    if epoch_ms is None:
        return None
    # Integer timedelta arithmetic: exact milliseconds, and isoformat is much cheaper than
    # strftime on a page of 50 devices with three timestamps each.
    moment = _EPOCH + timedelta(milliseconds=epoch_ms)
    return moment.isoformat(timespec="milliseconds")[:-6] + "Z"
