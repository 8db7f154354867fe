"""JSON replies: the content type and envelope every reply of the service shares."""

from __future__ import annotations

import json
from typing import Any

from starlette.responses import Response

__all__ = ["JsonResponse", "dumps", "envelope"]


def dumps(value: Any) -> str:
    """JSON text as the mock writes every body: compact, UTF-8 as is, no NaN (JSON has none)."""
    return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


class JsonResponse(Response):
    """A JSON reply with ``charset=utf-8`` spelled out, as the contract asks of every reply."""

    media_type = "application/json; charset=utf-8"

    def render(self, content: Any) -> bytes:
        """Encode with ``dumps``."""
        return dumps(content).encode()


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
