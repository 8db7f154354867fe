"""The redactor on its own: every form a secret takes in what schemathesis records."""

from __future__ import annotations

import base64
import json

from iotconnect_conformance.redact import MASK, Redactor

KEY = "dGVuYW50LWtleS8yMDI2Kw=="  # base64 with '/', '+' and '=' once encoded
JWT = "eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjF9.c2lnbmF0dXJl"


def _b64(value: object) -> dict[str, str]:
    return {"$base64": base64.b64encode(json.dumps(value).encode()).decode()}


def test_a_known_secret_goes_in_every_encoding() -> None:
    redactor = Redactor([KEY])
    path = "/api/uisdk/solutionkey/dGVuYW50LWtleS8yMDI2Kw%3D%3D/env/poc"
    assert redactor.text(path) == f"/api/uisdk/solutionkey/{MASK}/env/poc"
    assert redactor.text(f"curl -H 'solution-key: {KEY}'") == f"curl -H 'solution-key: {MASK}'"


def test_tokens_are_found_by_shape_and_by_member() -> None:
    redactor = Redactor()
    assert redactor.text(f"Authorization: Bearer {JWT}") == f"Authorization: Bearer {MASK}"
    reply = {"access_token": "opaque-1", "refresh_token": "opaque-2", "token_type": "bearer"}
    event = {"response": {"content": _b64(reply)}, "request": {"body": {"refreshtoken": "x-3"}}}
    redactor.learn(event)
    cleaned = redactor.value(event)
    decoded = json.loads(base64.b64decode(cleaned["response"]["content"]["$base64"]))
    assert decoded == {"access_token": MASK, "refresh_token": MASK, "token_type": "bearer"}
    assert cleaned["request"]["body"] == {"refreshtoken": MASK}
    # Once seen as a member, a value is replaced wherever else it shows up.
    assert redactor.text("replayed with opaque-2 later") == f"replayed with {MASK} later"


def test_short_or_missing_values_are_not_secrets() -> None:
    redactor = Redactor([None, "abc"])
    assert redactor.text("abc and None") == "abc and None"
