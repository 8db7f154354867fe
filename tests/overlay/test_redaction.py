"""The one redactor (``iotconnect.redaction``), on its own: every form a secret takes in a
message, a URL, a JSON body, a base64 body or a header, and every token shape, is masked; the
client's process-wide registry and the conformance run's reports both go through it."""

from __future__ import annotations

import base64
import binascii
import json
import re
from urllib.parse import quote, quote_plus

import pytest

from iotconnect._secrets import redact, remember
from iotconnect.redaction import MASK, Redactor

KEY = "dGVuYW50LWtleS8yMDI2Kw=="  # base64 with '/', '+' and '=' once encoded
PASSWORD = "Pässword 1+2/3&<ok>'"  # a space, non-ASCII and what .NET escapes in JSON
JWT = "eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjF9.c2lnbmF0dXJl"


def _b64(value: object) -> dict[str, str]:
    return {"$base64": base64.b64encode(json.dumps(value).encode()).decode()}


def _recoverable(text: str, secret: str) -> bool:
    """Whether base64 pieces of ``text`` between masks decode to the bulk of ``secret``."""
    middle = secret.encode()[2:-2]
    for piece in text.split(MASK):
        for skip in range(4):
            chunk = piece[skip:]
            for altchars in (b"+/", b"-_"):
                try:
                    decoded = base64.b64decode(chunk[: len(chunk) // 4 * 4], altchars)
                except binascii.Error:
                    continue
                if middle in decoded:
                    return True
    return False


@pytest.mark.parametrize(
    ("form", "of"),
    [
        (PASSWORD, "raw"),
        (quote(PASSWORD, safe=""), "URL-encoded"),
        (
            re.sub("%..", lambda m: m.group().lower(), quote(PASSWORD, safe="")),
            "URL-encoded, lower-case escapes",
        ),
        (quote(PASSWORD), "URL-encoded path ('/' kept)"),
        (quote_plus(PASSWORD, safe=""), "form-encoded ('+' for spaces)"),
        (json.dumps(PASSWORD)[1:-1], "JSON-escaped, ASCII only"),
        (json.dumps(PASSWORD, ensure_ascii=False)[1:-1], "JSON-escaped, UTF-8"),
        (
            json.dumps(PASSWORD)[1:-1]
            .replace("+", "\\u002B")
            .replace("&", "\\u0026")
            .replace("<", "\\u003C")
            .replace(">", "\\u003E")
            .replace("'", "\\u0027"),
            "JSON-escaped as .NET does",
        ),
    ],
)
def test_a_known_secret_goes_in_every_encoding(form: str, of: str) -> None:
    redactor = Redactor([PASSWORD])
    assert redactor.text(f"before {form} after") == f"before {MASK} after", of


@pytest.mark.parametrize("prefix", ["", "u:", "us:", "user:"])
def test_a_secret_inside_base64_goes_at_every_offset(prefix: str) -> None:
    redactor = Redactor([PASSWORD])
    for encode in (base64.b64encode, base64.urlsafe_b64encode):
        encoded = encode(f"{prefix}{PASSWORD}:tail".encode()).decode()
        assert _recoverable(encoded, PASSWORD)
        masked = redactor.text(f"Authorization: Basic {encoded}")
        assert not _recoverable(masked.removeprefix("Authorization: Basic "), PASSWORD)


def test_the_solution_key_in_a_discovery_path() -> None:
    redactor = Redactor([KEY])
    path = "/api/uisdk/solutionkey/dGVuYW50LWtleS8yMDI2Kw%3D%3D/env/poc"
    assert redactor.text(path) == f"/api/uisdk/solutionkey/{MASK}/env/poc"
    assert redactor.text(f"curl -H 'solution-key: {KEY}'") == f"curl -H 'solution-key: {MASK}'"


@pytest.mark.parametrize(
    "token",
    [
        JWT,
        "eyJhbGciOiJub25lIn0.e30.",  # alg none, no claims, no signature
        "eyJhbGciOiJIUzUxMiJ9.eyJzdWIiOiJ4In0.c2ln_c2ln-c2ln",
    ],
)
def test_anything_shaped_like_a_jwt_goes_whoever_issued_it(token: str) -> None:
    assert Redactor().text(f"Authorization: Bearer {token}") == f"Authorization: Bearer {MASK}"
    assert Redactor().text(json.dumps({"t": token})) == json.dumps({"t": MASK})


def test_secret_members_go_in_text_and_in_parsed_json() -> None:
    redactor = Redactor()
    text = '{"Password": "pw\\"1", "refresh_token":"opaque-9", "user": "ann"}'
    assert (
        redactor.text(text) == f'{{"Password": "{MASK}", "refresh_token":"{MASK}", "user": "ann"}}'
    )
    headers = {"Authorization": ["Bearer opaque-7"], "solution-key": "k-1234", "Accept": "json"}
    assert redactor.value(headers) == {
        "Authorization": MASK,
        "solution-key": MASK,
        "Accept": "json",
    }


def test_tokens_are_learned_from_members_and_then_masked_anywhere() -> None:
    redactor = Redactor()
    reply = {"access_token": "opaque-1", "refresh_token": "opaque-2", "token_type": "bearer"}
    event = {
        "response": {"content": _b64(reply)},
        "request": {"body": {"refreshtoken": "x-3456"}, "headers": {"authorization": ["tok-5"]}},
    }
    redactor.learn(event)
    cleaned = redactor.value(event)
    decoded = json.loads(base64.b64decode(cleaned["response"]["content"]["$base64"]))
    assert decoded == {"access_token": MASK, "refresh_token": MASK, "token_type": "bearer"}
    assert cleaned["request"]["body"] == {"refreshtoken": MASK}
    # Once seen as a member, a value is replaced wherever else it shows up.
    for learned in ("opaque-2", "x-3456", "tok-5"):
        assert redactor.text(f"replayed with {learned} later") == f"replayed with {MASK} later"


def test_a_base64_body_that_is_not_text_still_loses_the_secret() -> None:
    redactor = Redactor([PASSWORD])
    body = base64.b64encode(b"\xff\xfe" + PASSWORD.encode() + b"\x00").decode()
    assert _recoverable(body, PASSWORD)
    assert not _recoverable(redactor.value({"$base64": body})["$base64"], PASSWORD)


def test_the_longest_secret_goes_whole_and_short_ones_are_not_secrets() -> None:
    redactor = Redactor(["abcd", "abcdefgh", None, "abc", "   "])
    assert redactor.text("abcdefgh abcd abc") == f"{MASK} {MASK} abc"
    assert redactor.text("None and abc") == "None and abc"


def test_a_bounded_redactor_forgets_the_oldest_secrets_first() -> None:
    redactor = Redactor(keep=2)
    redactor.add("first-secret", "second-secret", "third-secret")
    assert redactor.text("first-secret second-secret third-secret") == (
        f"first-secret {MASK} {MASK}"
    )


def test_among_thousands_of_secrets_each_is_found() -> None:
    redactor = Redactor(f"refresh-{n:05}-token" for n in range(2000))
    text = " ".join(f"refresh-{n:05}-token" for n in range(0, 2000, 7))
    assert set(redactor.text(text).split()) == {MASK}


def test_the_process_registry_is_this_redactor() -> None:
    remember("pw-Registry-77\n", None)
    assert redact("echoed pw-Registry-77 and pw-Registry-77%0A") == f"echoed {MASK} and {MASK}"


def test_a_secret_member_that_is_not_a_string_is_not_learned() -> None:
    # Schemathesis generates bodies such as {"password": 1.5}: learning must not fail on them.
    redactor = Redactor()
    redactor.learn({"request": {"body": {"password": 1.5, "refresh_token": None}}})
    redactor.learn({"headers": {"authorization": [7, "tok-5678"]}})
    assert redactor.text("sent tok-5678 and 1.5") == f"sent {MASK} and 1.5"
