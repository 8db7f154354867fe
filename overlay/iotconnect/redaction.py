"""Secrets out of text: the one redactor of the client's messages and the conformance reports.

A :class:`Redactor` replaces with :data:`MASK`

- every secret it was given, in each form it takes in text: raw (and without surrounding
  whitespace), URL-encoded (``%2F`` and ``%2f``; ``+`` for spaces), JSON-escaped (ASCII only,
  UTF-8, and .NET's default, which escapes ``+ < > & '``), and base64-encoded at any of the three
  byte offsets it can have inside a longer base64 text (an HTTP Basic credential, a body encoded
  whole);
- anything shaped like a JWT, whoever issued it (expired, forged and foreign tokens too);
- the values of JSON members that hold secrets (:data:`SECRET_MEMBERS`), in text and in parsed
  JSON, also inside base64 bodies (``{"$base64": ...}``, as schemathesis records them).
  :meth:`Redactor.learn` adds such values to its secrets, so that they are masked wherever else
  they show up.

Masking costs time linear in the text whatever the number of secrets (a conformance run learns
hundreds of tokens): the secrets are indexed by their first characters, not tried one by one.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import threading
from collections.abc import Iterable, Mapping
from typing import Any, Final
from urllib.parse import quote, quote_plus

__all__ = ["MASK", "SECRET_MEMBERS", "Redactor"]

MASK: Final = "[REDACTED]"
"""What a secret is replaced with."""

SECRET_MEMBERS: Final = frozenset(
    {"password", "access_token", "refresh_token", "refreshtoken", "authorization", "solution-key"}
)
"""JSON members (and headers) whose values are secrets wherever they occur, in any case."""

# Shorter values are too common to mask without mangling ordinary words and numbers; the index
# of the secrets is keyed by this many characters.
_SHORTEST: Final = 4
# A base64 form shorter than this would match pieces of unrelated base64 text.
_SHORTEST_BASE64: Final = 8
_JWT: Final = re.compile(r"eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")
_MEMBER_IN_TEXT: Final = re.compile(
    r'("(?:' + "|".join(map(re.escape, sorted(SECRET_MEMBERS))) + r')"\s*:\s*)"(?:[^"\\]|\\.)*"',
    re.IGNORECASE,
)
_PERCENT_ESCAPE: Final = re.compile(r"%[0-9A-F]{2}")
# System.Text.Json's default encoder escapes these besides what JSON requires.
_DOTNET_ESCAPES: Final = {char: f"\\u{ord(char):04X}" for char in "+<>&'"}
# Of base64 text holding a secret at byte offset 0, 1 or 2: the first character that depends
# on the secret's bytes only.
_FIRST_OWN_CHARACTER: Final = (0, 2, 3)


class Redactor:
    """Replaces known and recognisable secrets in text and in parsed JSON. Thread-safe.

    ``keep`` bounds the secrets kept, the oldest forgotten first (None: no bound), for a
    process that lives long and rotates tokens.
    """

    def __init__(self, secrets: Iterable[str | None] = (), *, keep: int | None = None) -> None:
        """Start with ``secrets`` (``None`` and values shorter than 4 characters are ignored)."""
        self._keep = keep
        self._secrets: dict[str, set[str]] = {}  # each secret's forms, the oldest first
        self._index: Mapping[str, tuple[str, ...]] = {}
        self._lock = threading.Lock()
        self.add(*secrets)

    def add(self, *secrets: str | None) -> None:
        """Also replace each of ``secrets``, in every form it may take in text."""
        # Known ones first: a session hands over its bearer token with every request.
        new = [s for s in secrets if s and s not in self._secrets and len(s.strip()) >= _SHORTEST]
        if not new:  # the common case: nothing new, no lock
            return
        with self._lock:
            for secret in new:
                self._secrets[secret] = _forms(secret)
            if self._keep is not None:
                for stale in list(self._secrets)[: max(0, len(self._secrets) - self._keep)]:
                    del self._secrets[stale]
            forms = set().union(*self._secrets.values())
            index: dict[str, list[str]] = {}
            # Longest first, so that a secret containing another is masked whole.
            for form in sorted(forms, key=len, reverse=True):
                index.setdefault(form[:_SHORTEST], []).append(form)
            self._index = {prefix: tuple(forms) for prefix, forms in index.items()}

    def text(self, text: str) -> str:
        """``text`` with every secret replaced."""
        text = _MEMBER_IN_TEXT.sub(rf'\1"{MASK}"', text)
        text = _JWT.sub(MASK, text)
        return _masked(text, self._index)

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
                if str(key).lower() in SECRET_MEMBERS:
                    # A header's value is a string, or a list of them in schemathesis' events;
                    # a generated body may put a number or null there, which is no secret.
                    values = item if isinstance(item, list) else [item]
                    self.add(*(v for v in values if isinstance(v, str)))
                else:
                    self.learn(item)
        elif isinstance(value, list):
            for item in value:
                self.learn(item)

    def _base64(self, encoded: str) -> str:
        try:
            raw = base64.b64decode(encoded, validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            # Not text: what can still be masked is a secret's base64 form.
            return self.text(encoded)
        try:
            cleaned = json.dumps(self.value(json.loads(raw)), ensure_ascii=False)
        except ValueError:
            cleaned = self.text(raw)
        return base64.b64encode(cleaned.encode()).decode()


def _forms(secret: str) -> set[str]:
    """Every form of ``secret`` to mask (each at least 4 characters long)."""
    forms: set[str] = set()
    for raw in {secret, secret.strip()}:
        escaped = json.dumps(raw)[1:-1]
        url = {quote(raw, safe=""), quote(raw), quote_plus(raw, safe="")}
        forms |= {raw, escaped, json.dumps(raw, ensure_ascii=False)[1:-1]}
        forms.add("".join(_DOTNET_ESCAPES.get(char, char) for char in escaped))
        forms |= url | {_PERCENT_ESCAPE.sub(lambda m: m.group().lower(), u) for u in url}
        forms |= _base64_forms(raw.encode())
    return {form for form in forms if len(form) >= _SHORTEST}


def _base64_forms(secret: bytes) -> set[str]:
    """The base64 characters that only ``secret`` determines, at each offset it can have."""
    forms = set()
    for offset, first in enumerate(_FIRST_OWN_CHARACTER):
        encoded = base64.b64encode(bytes(offset) + secret).decode()
        # The last character that depends on the secret's bytes only.
        own = encoded[first : (offset + len(secret)) * 8 // 6]
        if len(own) >= _SHORTEST_BASE64:
            forms |= {own, own.replace("+", "-").replace("/", "_")}  # standard and URL-safe
    return forms


def _masked(text: str, index: Mapping[str, tuple[str, ...]]) -> str:
    """``text`` with every form in ``index`` replaced, leftmost-longest first."""
    if not index:
        return text
    parts = []
    start = position = 0
    end = len(text) - _SHORTEST
    while position <= end:
        for form in index.get(text[position : position + _SHORTEST], ()):
            if text.startswith(form, position):
                parts += [text[start:position], MASK]
                position = start = position + len(form)
                break
        else:
            position += 1
    if not parts:
        return text
    parts.append(text[start:])
    return "".join(parts)


def _decoded_json(encoded: str) -> Any:
    try:
        return json.loads(base64.b64decode(encoded, validate=True))
    except (binascii.Error, ValueError):
        return None
