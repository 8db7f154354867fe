"""The limits on what a server may make the client hold or do, and the pure checks behind them.

A reply is a stranger's bytes: a gzip bomb, a body that never ends, JSON nested until the
parser's recursion gives out, a header or token that cannot be sent back, a count of -5, a
reply that never comes. Each limit here is generous for the real service and turns the hostile
case into a typed error instead of memory, a raw ``RecursionError`` or ``UnicodeEncodeError``, a
loop without end or a wait without one. The transport (:mod:`._transport`) applies the body,
depth and header limits as the bytes arrive; the pager and the resources the others.
"""

from __future__ import annotations

import re
from itertools import accumulate
from typing import Final

import httpx

__all__ = [
    "DEFAULT_TIMEOUT",
    "MAX_BODY",
    "MAX_COUNT",
    "MAX_DEPTH",
    "MAX_HEADER_VALUE",
    "MAX_ITEMS",
    "fits_header",
    "too_deep",
]

DEFAULT_PAGE_SIZE: Final = 100
"""Items per request when listing, unless ``page_size`` says otherwise (the service allows
1 to 1000)."""

DEFAULT_TIMEOUT: Final = httpx.Timeout(30.0, connect=10.0)
"""10 s to connect, 30 s for each read, write and pool wait; the generated client has none."""

MAX_BODY: Final = 64 * 1024 * 1024
"""Default cap on a reply body in bytes, counted after gzip/deflate/br decoding."""
MAX_DEPTH: Final = 64
"""Deepest nesting of arrays and objects accepted in a JSON reply (the API's replies use 4)."""
MAX_HEADER_VALUE: Final = 16 * 1024
"""Longest header value sent or accepted, a token included (a JWT of the API is about 1 KiB)."""
MAX_ITEMS: Final = 1_000_000
"""Default cap on the items one listing yields before it stops with an error."""
MAX_COUNT: Final = 10**9
"""Largest device count taken as true."""

# A JSON string (to its closing quote, or the end of a body cut short, so that a stray quote
# costs one pass, never one per quote), or a run of openers or of closers.
_TOKENS: Final = re.compile(rb'"(?:[^"\\]++|\\.?)*+(?:"|\Z)|[\[{]++|[\]}]++', re.DOTALL)
_OPENERS: Final = frozenset(b"[{")
# bytes.translate's table and deletions: an opener becomes 1, a closer -1 (as a signed byte).
_STEPS: Final = bytes(1 if c in b"[{" else 255 if c in b"]}" else c for c in range(256))
_NOT_BRACKETS: Final = bytes(c for c in range(256) if c not in b"[]{}")


def too_deep(body: bytes, limit: int = MAX_DEPTH) -> bool:
    """Whether ``body``, read as JSON, nests arrays and objects deeper than ``limit``.

    Linear in the body and without recursion, so it can run before a parser that would recurse;
    brackets inside strings do not count. Bodies that are not JSON are left to the parser.
    """
    if body.count(b"[") + body.count(b"{") <= limit:
        return False
    if b"\\" not in body:
        # Without a backslash no quote is escaped: every other piece between quotes is a
        # string (an unterminated last one included), and the rest is counted in C.
        outside = b"".join(body.split(b'"')[::2])
        steps = memoryview(outside.translate(_STEPS, _NOT_BRACKETS)).cast("b")
        return len(steps) > limit and max(accumulate(steps)) > limit
    depth = 0
    for token in _TOKENS.finditer(body):
        run = token.group()
        if run[0] in _OPENERS:
            depth += len(run)
            if depth > limit:
                return True
        elif run[0] != ord('"'):
            depth -= len(run)
    return False


def fits_header(value: str) -> bool:
    """Whether ``value`` can travel as a header value: printable ASCII, tab, at most
    :data:`MAX_HEADER_VALUE` characters (httpx would raise ``UnicodeEncodeError`` quoting it)."""
    return (
        len(value) <= MAX_HEADER_VALUE
        and value.isascii()
        and value.replace("\t", " ").isprintable()
    )
