"""The secrets this process has handled, kept only to cut them out of text the library prints.

The library writes its own messages without secrets, but some text comes from elsewhere: a
server that echoes the password in its 401 message, a body that quotes a token, an httpx error
that quotes a header. Every such piece passes through :func:`redact` before it reaches an
exception, a log record or a repr. The credentials of a session, the tokens it is issued and
the bearer and basic tokens it sends are handed to :func:`remember` as they appear.

The registry is process-wide because the text can surface far from the session that knows the
secret (a token renewal shared by several clients, an error copied to another task); it keeps the
most recent :data:`_KEEP` values, which is far more than the live secrets of any process.
"""

from __future__ import annotations

import re
import threading
from typing import Final

__all__ = ["redact", "remember"]

MASK: Final = "***"
# Shorter values are too common to mask without mangling ordinary words and numbers.
_MIN_LENGTH: Final = 4
_KEEP: Final = 512
# JWTs are recognisable whoever issued them, even ones this process never saw.
_JWT: Final = re.compile(r"eyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]*")


class _Registry:
    def __init__(self) -> None:
        self._values: dict[str, None] = {}  # insertion-ordered: oldest first
        self._pattern: re.Pattern[str] | None = None
        self._lock = threading.Lock()

    def remember(self, values: tuple[str | None, ...]) -> None:
        # A token that ends in a newline is quoted without it as often as with it.
        forms = {
            form
            for value in values
            if value
            for form in (value, value.strip())
            if len(form) >= _MIN_LENGTH
        }
        if forms <= self._values.keys():  # the common case: nothing new, no lock
            return
        with self._lock:
            for form in forms:
                self._values.pop(form, None)
                self._values[form] = None
            for stale in list(self._values)[: max(0, len(self._values) - _KEEP)]:
                del self._values[stale]
            # Longest first, so that a secret containing another is masked whole.
            ordered = sorted(self._values, key=len, reverse=True)
            self._pattern = re.compile("|".join(map(re.escape, ordered)))

    def redact(self, text: str) -> str:
        pattern = self._pattern
        if pattern is not None:
            text = pattern.sub(MASK, text)
        return _JWT.sub(MASK, text)


_REGISTRY: Final = _Registry()


def remember(*values: str | None) -> None:
    """Add secrets to mask from now on (None and empty values are ignored)."""
    _REGISTRY.remember(values)


def redact(text: str) -> str:
    """``text`` with every remembered secret, and anything shaped like a JWT, masked."""
    return _REGISTRY.redact(text)
