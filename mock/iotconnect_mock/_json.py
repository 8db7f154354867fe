"""JSON replies: the content type and envelope every reply of the service shares."""

from __future__ import annotations

import json
import re
from typing import Any

from starlette.responses import Response

__all__ = ["JsonResponse", "dumps", "encode", "envelope"]

_SURROGATE = re.compile(r"[\ud800-\udfff]")


def dumps(value: Any) -> str:
    """JSON text as the mock writes every body: compact, UTF-8 as is, no NaN (JSON has none)."""
    return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def encode(text: str) -> bytes:
    """UTF-8 bytes of a reply's text; a lone surrogate becomes U+FFFD instead of failing it.

    Requests cannot store one (``_http.json_fields`` answers 412), but a database file written
    by an older version may hold one; a read must still answer.
    """
    try:
        return text.encode()
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text).encode()


class JsonResponse(Response):
    """A JSON reply with ``charset=utf-8`` spelled out, as the contract asks of every reply."""

    media_type = "application/json; charset=utf-8"

    def render(self, content: Any) -> bytes:
        """Encode with ``dumps``."""
        return encode(dumps(content))


def envelope(
    data: Any,
    *,
    status: int = 200,
    message: str | None = None,
    count: int | None = None,
    headers: dict[str, str] | None = None,
) -> JsonResponse:
    """The service's success envelope: ``{"data", "status", "message", "count"}``."""
    body = {"data": data, "status": status, "message": message, "count": count}
    return JsonResponse(body, status_code=status, headers=headers)
