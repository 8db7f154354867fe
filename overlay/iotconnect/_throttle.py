"""What a session does with a 429: one gate for all its workers, opened with jitter.

A 429 says the server's request budget is spent, for the whole client, not for the one request
that drew it: if each worker of a bulk run only retried its own request after ``Retry-After``,
the others would keep drawing 429s, and each would spend its retries on them. So a session's
clients share one :class:`Throttle`, a gate. A 429 closes it for its ``Retry-After`` (or a
second when the reply says nothing); every request of the session, whichever thread or task
sends it, waits at the gate before it is sent; and each waiter adds its own jitter, so that a
crowd of workers does not reach the server in the same millisecond the gate opens. A bulk run
therefore slows down to the pace the server allows instead of failing.

A 429 is retried for every method, POST included: it means the request was refused before it
was carried out. The waits one call's 429s ask for are bounded (``MAX_THROTTLED``), and so is
the call by its deadline; a call still refused then raises
:class:`~iotconnect.errors.RateLimited`. ``max_retries=0`` turns the retry off, 429s included.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from typing import Final

__all__ = ["MAX_THROTTLED", "MIN_HOLD", "NO_RETRY_AFTER", "Throttle"]

#: The most seconds one call's 429s may ask it to wait, in all.
MAX_THROTTLED: Final = 300.0
#: How long a 429 without a usable ``Retry-After`` closes the gate.
NO_RETRY_AFTER: Final = 1.0
#: The shortest a 429 closes the gate: ``Retry-After: 0`` from a server that only answers 429
#: must not spin a call.
MIN_HOLD: Final = 0.1
# Each waiter adds up to this share of the wait (at most _MAX_JITTER seconds) on top of it.
_JITTER_SHARE: Final = 0.5
_MAX_JITTER: Final = 1.0


class Throttle:
    """The gate a session's 429s close (see the module docstring); thread-safe."""

    def __init__(
        self,
        clock: Callable[[], float] = time.monotonic,
        jitter: Callable[[], float] = random.random,
    ) -> None:
        """Start open; ``clock`` is monotonic seconds, ``jitter`` draws from [0, 1)."""
        self._clock = clock
        self._jitter = jitter
        self._lock = threading.Lock()
        self._until = clock()

    def hold(self, seconds: float) -> None:
        """Close the gate for ``seconds`` from now (a later opening already set stays)."""
        with self._lock:
            self._until = max(self._until, self._clock() + max(0.0, seconds))

    def wait(self) -> float:
        """Seconds the caller should wait before sending: 0 when the gate is open."""
        with self._lock:
            left = self._until - self._clock()
        if left <= 0:
            return 0.0
        return left + self._jitter() * min(left * _JITTER_SHARE, _MAX_JITTER)
