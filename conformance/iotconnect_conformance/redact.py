"""Secrets out of everything a run writes: console output, event logs, reports.

A run handles the password, the solution key (a path segment of discovery), the basic token and
the access and refresh tokens of every login schemathesis makes. :class:`Redactor` replaces

- every secret it was given, raw and as it looks URL-encoded or JSON-escaped;
- anything shaped like a JWT (access tokens, expired or forged ones);
- the values of JSON members that hold secrets (``password``, ``access_token``,
  ``refresh_token``, ``refreshtoken``), also inside the base64 bodies of event logs; values
  found this way are then replaced wherever else they occur.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Iterable
from typing import Any, Final
from urllib.parse import quote

__all__ = ["MASK", "SECRET_MEMBERS", "Redactor"]

#: What a secret is replaced with.
MASK: Final = "[REDACTED]"
#: JSON members whose values are secrets wherever they occur.
SECRET_MEMBERS: Final = frozenset(
    {"password", "access_token", "refresh_token", "refreshtoken", "authorization", "solution-key"}
)

_JWT: Final = re.compile(r"eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")
_MEMBER_IN_TEXT: Final = re.compile(
    r'("(?:' + "|".join(sorted(SECRET_MEMBERS)) + r')"\s*:\s*)"(?:[^"\\]|\\.)*"', re.IGNORECASE
)
_SHORTEST_SECRET: Final = 4


class Redactor:
    """Replaces known and recognisable secrets in text and in parsed JSON."""

    def __init__(self, secrets: Iterable[str | None] = ()) -> None:
        """Start with these secrets (``None`` and very short values are ignored)."""
        self._literals: set[str] = set()
        for secret in secrets:
            self.add(secret)

    def add(self, secret: str | None) -> None:
        """Also replace ``secret``, in every form it may take in a URL or a JSON string."""
        if secret is None or len(secret) < _SHORTEST_SECRET:
            return
        forms = {secret, quote(secret, safe=""), quote(secret), json.dumps(secret)[1:-1]}
        forms |= {form.replace("%2F", "%2f").replace("%3D", "%3d") for form in forms}
        self._literals |= forms

    def text(self, text: str) -> str:
        """``text`` with every secret replaced."""
        text = _MEMBER_IN_TEXT.sub(rf'\1"{MASK}"', text)
        text = _JWT.sub(MASK, text)
        # Longest first: a secret may contain another one's encoded form.
        for literal in sorted(self._literals, key=len, reverse=True):
            text = text.replace(literal, MASK)
        return text

    def value(self, value: Any) -> Any:
        """A JSON value with every secret replaced; base64 bodies (``{"$base64": ...}``) too."""
        if isinstance(value, dict):
            if set(value) == {"$base64"} and isinstance(value["$base64"], str):
                return {"$base64": self._base64(value["$base64"])}
            return {
                key: MASK if str(key).lower() in SECRET_MEMBERS else self.value(item)
                for key, item in value.items()
            }
        if isinstance(value, list):
            return [self.value(item) for item in value]
        if isinstance(value, str):
            return self.text(value)
        return value

    def learn(self, value: Any) -> None:
        """Remember the values of secret members in ``value`` (a JSON value, bodies decoded)."""
        if isinstance(value, dict):
            if set(value) == {"$base64"} and isinstance(value["$base64"], str):
                self.learn(_decoded_json(value["$base64"]))
                return
            for key, item in value.items():
                if str(key).lower() in SECRET_MEMBERS and isinstance(item, str):
                    self.add(item)
                else:
                    self.learn(item)
        elif isinstance(value, list):
            for item in value:
                self.learn(item)

    def _base64(self, encoded: str) -> str:
        try:
            raw = base64.b64decode(encoded, validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return encoded
        try:
            cleaned = json.dumps(self.value(json.loads(raw)), ensure_ascii=False)
        except ValueError:
            cleaned = self.text(raw)
        return base64.b64encode(cleaned.encode()).decode()


def _decoded_json(encoded: str) -> Any:
    try:
        return json.loads(base64.b64decode(encoded, validate=True))
    except (binascii.Error, ValueError):
        return None
