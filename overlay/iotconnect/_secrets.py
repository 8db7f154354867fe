"""The secrets this process has handled, kept only to cut them out of text the library prints.

The library writes its own messages without secrets, but some text comes from elsewhere: a
server that echoes the password in its 401 message, a body that quotes a token, an httpx error
that quotes a header. Every such piece passes through :func:`redact` before it reaches an
exception, a log record or a repr; :class:`~iotconnect.redaction.Redactor` masks them in every
encoding they may take there. The credentials of a session, the tokens it is issued and
the bearer and basic tokens it sends are handed to :func:`remember` as they appear.

The registry is process-wide because the text can surface far from the session that knows the
secret (a token renewal shared by several clients, an error copied to another task); it keeps the
most recent :data:`_KEEP` values, which is far more than the live secrets of any process.
"""

from __future__ import annotations

from typing import Final

from .redaction import Redactor

__all__ = ["redact", "remember"]

# Far more than the live secrets of any process; a long-lived one rotates tokens.
_KEEP: Final = 512
_PROCESS: Final = Redactor(keep=_KEEP)


def remember(*values: str | None) -> None:
    """Add secrets to mask from now on (None and empty values are ignored)."""
    _PROCESS.add(*values)


def redact(text: str) -> str:
    """``text`` with every remembered secret, and anything shaped like a JWT, masked."""
    return _PROCESS.text(text)
