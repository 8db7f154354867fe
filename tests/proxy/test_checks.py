"""The exchange checker on exchanges built by hand: requests, statuses, content types,
envelopes. Pure units, no socket."""

from __future__ import annotations

import json

import pytest

from iotconnect_proxy import Exchange, ExchangeChecker, Finding

JSON = {"content-type": "application/json; charset=utf-8"}
BEARER = {"authorization": "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl"}
PAGE = {
    "data": [
        {
            "guid": "9DFF6B26-F845-56DD-8FF4-8CCD92600A5C",
            "uniqueId": "demo-gw-01",
            "displayName": "Gateway 1",
            "isActive": True,
        }
    ],
    "status": 200,
    "message": "Devices fetched successfully",
    "count": 1,
}


@pytest.fixture(scope="module")
def checker() -> ExchangeChecker:
    return ExchangeChecker()


def _list(query: str = "", headers: dict[str, str] = BEARER, **reply: object) -> Exchange:
    body = reply.get("body", PAGE)
    return Exchange(
        "GET",
        "/Device",
        query,
        headers,
        b"",
        int(reply.get("status", 200)),  # type: ignore[call-overload]
        reply.get("reply_headers", JSON),  # type: ignore[arg-type]
        body if isinstance(body, bytes) else json.dumps(body).encode(),
    )


def _found(checker: ExchangeChecker, exchange: Exchange) -> list[tuple[str, str, str]]:
    operation, found = checker.check(exchange)
    assert all(f.operation == operation for f in found)
    return [(f.check, f.pointer, f.found) for f in found]


def test_a_conforming_exchange_has_no_finding(checker: ExchangeChecker) -> None:
    assert checker.check(_list("pageSize=1&sortBy=uniqueId%20asc")) == ("listDevices", [])


def test_query_names_are_read_without_regard_to_case(checker: ExchangeChecker) -> None:
    assert _found(checker, _list("PAGESIZE=1&uniqueid=gw")) == []


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("pageSize=0", [("request", "/query/pageSize", "integer (other)")]),
        ("pageSize=ten", [("request", "/query/pageSize", "string")]),
        ("sortBy=name", [("request", "/query/sortBy", "string (other)")]),
        ("colour=red", [("request", "/query/colour", "unknown")]),
    ],
)
def test_request_parameters(
    checker: ExchangeChecker, query: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _found(checker, _list(query)) == expected


def test_missing_credentials(checker: ExchangeChecker) -> None:
    assert _found(checker, _list(headers={})) == [("request", "/header/Authorization", "absent")]


def test_a_login_body_without_password(checker: ExchangeChecker) -> None:
    exchange = Exchange(
        "POST",
        "/Auth/login",
        "",
        {"authorization": "Basic YWJjZGVm", "solution-key": "a2V5a2V5"},
        b'{"username": "me@example.com"}',
        401,
        JSON,
        b'{"status": 401, "message": "Unauthorized", "error": null, "data": null}',
    )
    operation, found = checker.check(exchange)
    assert operation == "login"
    assert [(f.check, f.pointer, f.expected) for f in found] == [
        ("request", "/body/password", "present")
    ]


def test_reply_checks(checker: ExchangeChecker) -> None:
    assert _found(checker, _list(status=202)) == [("status", "", "202")]
    text = {"content-type": "text/plain"}
    assert _found(checker, _list(reply_headers=text)) == [("content-type", "", "text/plain")]
    assert _found(checker, _list(body={**PAGE, "status": 500})) == [
        ("envelope", "/status", "another status")
    ]
    assert _found(checker, _list(body={"count": 1})) == [("schema", "/data", "absent")]
    assert _found(checker, _list(status=204, body=b"{}")) == [("envelope", "", "a body")]
    assert _found(checker, _list(status=204, body=b"")) == []


def test_a_finding_never_holds_a_value(checker: ExchangeChecker) -> None:
    secret = "S3cret-Value-Here"
    item = {**PAGE["data"][0], "displayName": {"nested": secret}}  # type: ignore[index]
    exchange = _list(f"UniqueId={secret * 20}", body={**PAGE, "data": [item]})
    found = checker.check(exchange)[1]
    assert found
    assert secret not in repr(found)


def test_a_path_the_spec_lacks(checker: ExchangeChecker) -> None:
    exchange = Exchange("GET", "/Nothing/here", "", BEARER, b"", 404, JSON, b"{}")
    assert checker.check(exchange) == (
        "GET",
        [Finding("GET", "operation", "", "an operation of the spec", "a path it lacks")],
    )
