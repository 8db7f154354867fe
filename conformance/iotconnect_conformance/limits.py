"""How much of a server's reply a run reads: a cap on body size and on JSON depth.

A run checks servers nobody vouches for (a tenant behind a proxy, a network it does not
control), and a reply is the server's to shape: 200 MB, or JSON nested 100,000 deep. Every
reply the run reads, in the parent and in the schemathesis children, goes through these limits:

- the body is read streamed and decoded, and reading stops once it passes the cap
  (:class:`ReplyTooLarge`; gzip counts after decoding);
- JSON is parsed only through :func:`json_of`, which refuses nesting deeper than
  :data:`MAX_JSON_DEPTH` (:class:`ReplyTooDeep`) instead of letting a ``RecursionError`` out.

Both errors are ``ValueError`` (what the run's readers of JSON already handle) and name the
limit, never the reply's text.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator
from typing import Any, Final

import httpx

__all__ = [
    "MAX_JSON_DEPTH",
    "MAX_REPLY_BYTES",
    "READ_CHUNK",
    "CappedTransport",
    "ReplyTooDeep",
    "ReplyTooLarge",
    "UnreadableReply",
    "capped_body",
    "json_of",
    "too_deep",
]

#: The default cap on a reply body, decoded: far above the largest page the service sends
#: (1,000 devices of about 1 kB), far below what would strain the machine running the check.
MAX_REPLY_BYTES: Final = 32 * 2**20
#: The deepest JSON a reply may hold: the spec's replies are 4 levels deep.
MAX_JSON_DEPTH: Final = 64
#: How much of a reply is read at a time.
READ_CHUNK: Final = 64 * 2**10
# What the run asks for, and so what it can decode within the cap.
_ENCODINGS: Final = "gzip, deflate"


class UnreadableReply(ValueError):
    """A reply the run will not read: it passes one of the run's limits."""


class ReplyTooLarge(UnreadableReply):
    """A reply body longer than the cap, decoded."""

    def __init__(self, cap: int) -> None:
        super().__init__(f"the reply body passed the cap of {cap} bytes (decoded)")


class ReplyTooDeep(UnreadableReply):
    """A JSON reply nested deeper than :data:`MAX_JSON_DEPTH`."""

    def __init__(self) -> None:
        super().__init__(f"the reply's JSON is nested deeper than {MAX_JSON_DEPTH} levels")


def _decoder(encoding: str) -> Any:
    """A zlib decompressor for a content-encoding, ``None`` for identity."""
    name = encoding.strip().lower()
    if name in ("", "identity"):
        return None
    if name in ("gzip", "x-gzip"):
        return zlib.decompressobj(16 + zlib.MAX_WBITS)
    if name == "deflate":
        return zlib.decompressobj(zlib.MAX_WBITS)
    raise UnreadableReply(f"the reply is encoded with {name!r}, which the run did not ask for")


def capped_body(chunks: Iterator[bytes], encoding: str, cap: int) -> bytes:
    """The decoded body of raw ``chunks`` in ``encoding``; ReplyTooLarge past ``cap`` bytes.

    Decompression is bounded chunk by chunk, so a small gzip bomb never expands in memory.
    """
    decoder = _decoder(encoding)
    body = bytearray()
    for raw in chunks:
        data = raw
        while data:
            if decoder is None:
                out, data = data, b""
            else:
                try:
                    out = decoder.decompress(data, cap + 1 - len(body))
                except zlib.error:
                    raise UnreadableReply("the reply's compressed body is corrupt") from None
                data = decoder.unconsumed_tail
            body += out
            if len(body) > cap:
                # Whoever keeps the error keeps this frame: not the body with it.
                body.clear()
                raise ReplyTooLarge(cap)
            if decoder is not None and not out:
                break
    return bytes(body)


class CappedTransport(httpx.BaseTransport):
    """An httpx transport that reads each reply whole, decoded, up to a cap.

    Replies reach httpx already decoded (no ``content-encoding`` left for it to expand);
    a body past the cap raises :class:`ReplyTooLarge` from the request.
    """

    def __init__(self, cap: int = MAX_REPLY_BYTES, inner: httpx.BaseTransport | None = None):
        """Read through ``inner`` (default: httpx's network transport), at most ``cap`` bytes."""
        self.cap = cap
        self._inner = inner or httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request``; the reply with its body read, decoded and capped."""
        request.headers["accept-encoding"] = _ENCODINGS
        reply = self._inner.handle_request(request)
        try:
            body = capped_body(
                iter(reply.stream),  # type: ignore[arg-type]
                reply.headers.get("content-encoding", ""),
                self.cap,
            )
        except UnreadableReply as exc:
            raise httpx.DecodingError(str(exc), request=request) from exc
        finally:
            reply.close()
        headers = [
            (name, value)
            for name, value in reply.headers.multi_items()
            if name.lower() not in ("content-encoding", "content-length", "transfer-encoding")
        ]
        return httpx.Response(
            reply.status_code,
            headers=headers,
            content=body,
            request=request,
            extensions=reply.extensions,
        )

    def close(self) -> None:
        """Close the inner transport."""
        self._inner.close()


def too_deep(body: bytes) -> bool:
    """Whether ``body``, read as JSON, nests deeper than :data:`MAX_JSON_DEPTH`.

    Bodies with fewer brackets than the limit (nearly all) are not parsed at all.
    """
    if body.count(b"[") + body.count(b"{") <= MAX_JSON_DEPTH:
        return False
    try:
        json_of(body)
    except ReplyTooDeep:
        return True
    except ValueError:
        return False
    return False


def json_of(body: bytes | str) -> Any:
    """``body`` parsed as JSON; ValueError when it is not JSON, ReplyTooDeep when too deep."""
    try:
        value = json.loads(body)
    except RecursionError:
        raise ReplyTooDeep from None
    # Iterative, so that a value just under the parser's own limit cannot overflow the stack.
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            if depth > MAX_JSON_DEPTH:
                raise ReplyTooDeep
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, depth + 1) for child in children)
    return value
