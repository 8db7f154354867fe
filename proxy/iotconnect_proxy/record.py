"""Recordings: each exchange as a HAR 1.2 file, every secret removed; and reading them back.

``--record DIR`` writes one file per exchange (``000001-listDevices.har``, a whole HAR document
with one entry), so a recording is complete after every exchange, costs no memory over time,
and any HAR viewer opens it. Before anything is written:

- the headers that carry credentials (``Authorization``, ``solution-key``, cookies) are dropped;
- every other header, the URL, the query and the bodies pass through the proxy's redactor, which
  by then has learned every password, solution key, basic token and token of the session, and
  masks each raw, URL-encoded, JSON-escaped and base64-encoded, and anything shaped like a JWT;
  JSON bodies are masked member by member (``password``, ``access_token``... whatever they hold).

Each entry carries ``_iotconnect``: the service, the path below its base URL and the operation,
so :func:`read_recordings` and ``iotconnect proxy diff`` check it as the proxy did.
"""

from __future__ import annotations

import itertools
import json
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final
from urllib.parse import parse_qsl, urlsplit

from iotconnect.redaction import SECRET_MEMBERS, Redactor

from .checks import Exchange

__all__ = ["Recorder", "Recording", "now", "read_recordings"]

# Headers never written: they carry credentials whole.
_DROPPED: Final = frozenset(
    {"authorization", "proxy-authorization", "cookie", "set-cookie", *SECRET_MEMBERS}
)
_CREATOR: Final = {"name": "iotconnect-proxy", "version": "1"}


@dataclass(frozen=True)
class Recording:
    """One recorded exchange, as read back: where it went and what was exchanged (redacted)."""

    file: Path
    service: str
    exchange: Exchange


class Recorder:
    """Writes each exchange into ``directory`` as a HAR file, with ``redactor``'s masks."""

    def __init__(self, directory: Path, redactor: Redactor) -> None:
        """Record into ``directory`` (created, mode 0700: it holds a tenant's data)."""
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        self._directory = directory
        self._redactor = redactor
        self._numbers = itertools.count(1 + len(list(directory.glob("*.har"))))
        self._lock = threading.Lock()

    def write(
        self,
        exchange: Exchange,
        *,
        service: str,
        url: str,
        operation: str,
        started: datetime,
        elapsed: float,
    ) -> Path:
        """Write one exchange; returns the file."""
        clean = self._redactor.text
        with self._lock:
            number = next(self._numbers)
        entry = {
            "startedDateTime": started.isoformat(),
            "time": round(elapsed * 1000, 3),
            "request": {
                "method": exchange.method,
                "url": clean(url),
                "httpVersion": "HTTP/1.1",
                "cookies": [],
                "headers": self._headers(exchange.headers),
                "queryString": [
                    {"name": clean(name), "value": clean(value)}
                    for name, value in parse_qsl(exchange.query, keep_blank_values=True)
                ],
                "headersSize": -1,
                "bodySize": len(exchange.body),
                **self._post_data(exchange.headers, exchange.body),
            },
            "response": {
                "status": exchange.status,
                "statusText": "",
                "httpVersion": "HTTP/1.1",
                "cookies": [],
                "headers": self._headers(exchange.reply_headers),
                "content": {
                    "size": len(exchange.reply_body),
                    "mimeType": exchange.reply_headers.get("content-type", ""),
                    "text": self._body(exchange.reply_body),
                },
                "redirectURL": "",
                "headersSize": -1,
                "bodySize": len(exchange.reply_body),
            },
            "cache": {},
            "timings": {"send": 0, "wait": round(elapsed * 1000, 3), "receive": 0},
            "_iotconnect": {
                "service": service,
                "path": clean(exchange.path),
                "operation": operation,
            },
        }
        document = {"log": {"version": "1.2", "creator": _CREATOR, "entries": [entry]}}
        path = self._directory / f"{number:06d}-{_safe(operation)}.har"
        path.write_text(json.dumps(document, indent=1, ensure_ascii=False), encoding="utf-8")
        return path

    def _headers(self, headers: Mapping[str, str]) -> list[dict[str, str]]:
        return [
            {"name": name, "value": self._redactor.text(value)}
            for name, value in headers.items()
            if name.lower() not in _DROPPED
        ]

    def _post_data(self, headers: Mapping[str, str], body: bytes) -> dict[str, Any]:
        if not body:
            return {}
        return {"postData": {"mimeType": headers.get("content-type", ""), "text": self._body(body)}}

    def _body(self, body: bytes) -> str:
        text = body.decode("utf-8", "replace")
        try:
            document = json.loads(text)
        except (ValueError, RecursionError):
            return self._redactor.text(text)
        return json.dumps(self._redactor.value(document), ensure_ascii=False)


def read_recordings(directory: Path) -> Iterator[Recording]:
    """Every exchange recorded in ``directory`` (HAR files, in name order); entries without
    the proxy's ``_iotconnect`` note are read by their URL's path."""
    for file in sorted(directory.glob("*.har")):
        try:
            entries = json.loads(file.read_text(encoding="utf-8"))["log"]["entries"]
        except (OSError, ValueError, KeyError, TypeError):
            raise ValueError(f"{file} is not a HAR file") from None
        for entry in entries:
            yield _recording(file, entry)


def _recording(file: Path, entry: Mapping[str, Any]) -> Recording:
    try:
        request, response = entry["request"], entry["response"]
        note = entry.get("_iotconnect") or {}
        url = urlsplit(str(request["url"]))
        body = (request.get("postData") or {}).get("text", "")
        return Recording(
            file,
            str(note.get("service", "")),
            Exchange(
                str(request["method"]).upper(),
                str(note.get("path") or url.path),
                url.query,
                _header_map(request.get("headers", [])),
                str(body).encode(),
                int(response["status"]),
                _header_map(response.get("headers", [])),
                str((response.get("content") or {}).get("text", "")).encode(),
            ),
        )
    except (KeyError, TypeError, ValueError):
        raise ValueError(f"{file} holds an entry that is not a HAR request and reply") from None


def _header_map(headers: list[Mapping[str, Any]]) -> dict[str, str]:
    return {str(h["name"]).lower(): str(h["value"]) for h in headers}


def _safe(name: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in name)[:60] or "exchange"


def now() -> datetime:
    """The time an exchange starts, for its entry."""
    return datetime.now(UTC)
