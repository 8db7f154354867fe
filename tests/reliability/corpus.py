"""Malformed requests of every kind issue 14 lists, built from one seed: the bad-input corpus.

Each ``Probe`` is one request. ``kinds`` builds them all from what a logged-in client knows (a
bearer token, a real device, template and entity); nothing here is sent. Probes that write
(POST, PUT, DELETE, PATCH) are all meant to be refused: none names a device it could delete,
and a body that could be valid has one field spoilt. What is sent over a raw socket (framing
an HTTP client will not produce) is in ``RAW``.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from iotconnect_mock import BASIC_TOKEN, DEMO_SOLUTION_KEY

__all__ = ["RAW", "Known", "Probe", "kinds"]

PREFIXES = ("/api/v2.1", "/api/v2", "/api/v1.1")
BASE = PREFIXES[0]
#: A GUID no tenant has.
NOBODY = "0BADF00D-0000-4000-8000-000000000000"
LONE = ("\ud800", "\udfff", "a\udc00\ud800b")
WRITES = frozenset({"POST", "PUT", "DELETE", "PATCH"})


@dataclass(frozen=True)
class Probe:
    """One malformed request: its kind, and what goes on the wire."""

    kind: str
    method: str
    path: str
    headers: dict[str, str | bytes] = field(default_factory=dict)
    body: bytes | None = None
    chunked: bool = False

    def wire_headers(self) -> list[tuple[bytes, bytes]]:
        """The headers as bytes (some values are not text on purpose)."""
        return [
            (name.encode(), value if isinstance(value, bytes) else value.encode())
            for name, value in self.headers.items()
        ]

    @property
    def writes(self) -> bool:
        """Whether the method could change state (so the probe must be refused)."""
        return self.method in WRITES


@dataclass(frozen=True)
class Known:
    """What a logged-in client of the demo tenant knows."""

    token: str
    device: str
    template: str
    entity: str

    @property
    def bearer(self) -> dict[str, str | bytes]:
        """The Authorization header."""
        return {"Authorization": f"Bearer {self.token}"}


def _json(value: Any) -> bytes:
    # json.dumps escapes lone surrogates as \ud800, which is how a client would send them.
    return json.dumps(value).encode()


# Spoilt values for a field of each type. None is wrong only where the field is required.
_NOT_STRING: tuple[Any, ...] = (1, -1, 1.5, 1e308, True, False, [], ["x"], {}, {"a": "b"})
_NOT_GUID: tuple[Any, ...] = (
    *_NOT_STRING,
    "not-a-guid",
    "{" + NOBODY + "}",
    NOBODY.replace("-", ""),
    "G" * 36,
)
_NOT_BOOL: tuple[Any, ...] = ("true", "false", 1, 0, None, [], {}, "yes", 1.0)
_NOT_PROPERTIES: tuple[Any, ...] = (
    "x",
    1,
    {},
    True,
    [1],
    ["x"],
    [None],
    [{}],
    [{"guid": "x", "value": "v"}],
    [{"value": "v"}],
    [{"guid": NOBODY, "value": 1}],
    [{"guid": NOBODY, "value": "v" * 501}],
)

# The write endpoints with JSON bodies: a valid body and how to spoil each of its fields.
_Endpoint = tuple[str, str, dict[str, str | bytes], dict[str, Any], dict[str, tuple[Any, ...]]]


def _endpoints(k: Known, prefix: str) -> list[_Endpoint]:
    login_headers: dict[str, str | bytes] = {
        "Authorization": f"Basic {BASIC_TOKEN}",
        "solution-key": DEMO_SOLUTION_KEY,
    }
    create = {
        "uniqueId": "bad-input-never",
        "deviceTemplateGuid": k.template,
        "displayName": "Never",
        "entityGuid": k.entity,
    }
    update = {"displayName": "Never", "entityGuid": k.entity}
    return [
        (
            "POST",
            f"{prefix}/Device",
            k.bearer,
            create,
            {
                "uniqueId": (*_NOT_STRING, None, "", "x" * 201),
                "deviceTemplateGuid": (*_NOT_GUID, None, NOBODY),
                "displayName": (*_NOT_STRING, None, "", "x" * 101),
                "entityGuid": (*_NOT_GUID, None, NOBODY),
                "note": (*_NOT_STRING, "x" * 501),
                "tag": (*_NOT_STRING, "x" * 101),
                "parentDeviceGuid": (*_NOT_GUID, NOBODY),
                "firmwareUpgradeGuid": _NOT_GUID,
                "properties": _NOT_PROPERTIES,
                "certificateText": (*_NOT_STRING, "not a certificate"),
            },
        ),
        (
            "PUT",
            f"{prefix}/Device/{k.device}",
            k.bearer,
            update,
            {
                "displayName": (*_NOT_STRING, None, "", "x" * 101),
                "entityGuid": (*_NOT_GUID, None, NOBODY),
                "note": (*_NOT_STRING, "x" * 501),
                "properties": _NOT_PROPERTIES,
            },
        ),
        ("PUT", f"{prefix}/Device/{k.device}/status", k.bearer, {}, {"isActive": _NOT_BOOL}),
        (
            "POST",
            f"{prefix}/Auth/login",
            login_headers,
            {"username": "nobody@example.com", "password": "wrong"},
            {"username": (*_NOT_STRING, None, ""), "password": (*_NOT_STRING, None, "")},
        ),
        (
            "POST",
            f"{prefix}/Auth/refresh-token",
            {},
            {"refreshtoken": "spent"},
            {"refreshtoken": (*_NOT_STRING, None, "")},
        ),
    ]


def _controls(k: Known) -> list[_Endpoint]:
    # A rule that would never fire, should one of its spoilt versions be accepted anyway: the
    # state comparison (which includes the rules) would still see it.
    rule = {"kind": "delay", "rate": 0.0, "count": 0, "delaySeconds": 0.0}
    not_number: tuple[Any, ...] = ("1", True, [], {}, None)
    return [
        (
            "POST",
            "/_mock/faults",
            {},
            rule,
            {
                "kind": ("teapot", 503, "", None, [], "DROP AFTER"),
                "rate": (2, -0.1, *not_number[:4]),
                "count": (-1, 1.5, "3", True, []),
                "path": _NOT_STRING,
                "method": _NOT_STRING,
                "retryAfter": (-1, 1e9, *not_number[:4]),
                "delaySeconds": (-1, 61, *not_number[:4]),
            },
        ),
        ("POST", "/_mock/clock/advance", {}, {}, {"seconds": (-1, 1e12, *not_number)}),
    ]


def _json_headers(headers: dict[str, str | bytes]) -> dict[str, str | bytes]:
    return {**headers, "Content-Type": "application/json"}


_BROKEN_JSON: tuple[bytes, ...] = (
    b"",
    b" \r\n\t",
    b"{",
    b"}",
    b'{"a":}',
    b"{'a': 1}",
    b"[1,2",
    b'{"uniqueId": "x",}',
    b"NaN",
    b'{"a": NaN}',
    b'{"a": Infinity}',
    b'{"a": -Infinity}',
    b"\xef\xbb\xbf{}",
    b"\xff\xfe{\x00}\x00",
    b'{"a": "\xff"}',
    b'{"a": "\xed\xa0\x80"}',
    b'{"a": "\xc0\xaf"}',
    b"null",
    b"true",
    b"1",
    b'"a string"',
    b"[]",
    b"[{}]",
    b'{"a":1}{"b":2}',
    b'{"a" 1}',
    b'{"a":"\\x41"}',
    b'{"a":"\\u12"}',
    b'{"a":01}',
    b"\x00",
    b'{"a":1}\x00',
    b'{"a":"unterminated}',
    b"<xml/>",
)


def _broken_json(endpoints: list[_Endpoint], rng: random.Random) -> Iterator[Probe]:
    garbage = [bytes(rng.randrange(256) for _ in range(rng.randrange(1, 64))) for _ in range(8)]
    for method, path, headers, _, _ in endpoints:
        for body in (*_BROKEN_JSON, *garbage):
            yield Probe("broken JSON", method, path, _json_headers(headers), body)
            yield Probe(
                "broken JSON", method, path, {**headers, "Content-Type": "text/plain"}, body
            )


def _wrong_types(endpoints: list[_Endpoint], rng: random.Random) -> Iterator[Probe]:
    for method, path, headers, valid, spoilers in endpoints:
        for name, values in spoilers.items():
            for value in values:
                body = _json({**valid, name: value})
                yield Probe("wrong types", method, path, _json_headers(headers), body)
        # Several fields spoilt at once, and field names in another case (the service
        # matches names ignoring case, so these must be checked the same way).
        for _ in range(8):
            chosen = rng.sample(sorted(spoilers), k=min(len(spoilers), rng.randrange(1, 4)))
            body_map = dict(valid)
            for name in chosen:
                spoilt = rng.choice(spoilers[name])
                body_map[name.upper() if rng.random() < 0.5 else name] = spoilt
                if name.upper() != name and name.upper() in body_map:
                    body_map.pop(name, None)
            if body_map == valid:
                continue
            yield Probe("wrong types", method, path, _json_headers(headers), _json(body_map))


def _invalid_unicode(k: Known, endpoints: list[_Endpoint]) -> Iterator[Probe]:
    for method, path, headers, valid, spoilers in endpoints:
        for name in spoilers:
            for lone in LONE:
                body = _json({**valid, name: lone})
                yield Probe("invalid Unicode", method, path, _json_headers(headers), body)
        yield Probe(
            "invalid Unicode", method, path, _json_headers(headers), _json({**valid, LONE[0]: 1})
        )
    properties = [{"guid": NOBODY, "value": lone} for lone in LONE]
    yield Probe(
        "invalid Unicode",
        "PUT",
        f"{BASE}/Device/{k.device}",
        _json_headers(k.bearer),
        _json({"displayName": "x", "entityGuid": k.entity, "properties": properties}),
    )
    for bad in ("%ED%A0%80", "%FF", "%C0%AF", "%E2%82", "%F4%90%80%80"):
        for param in ("UniqueId", "customField", "sortBy", "Status", "pageSize", "TemplateGuid"):
            yield Probe("invalid Unicode", "GET", f"{BASE}/Device?{param}={bad}", k.bearer)
        yield Probe("invalid Unicode", "GET", f"{BASE}/Device/uniqueId/{bad}", k.bearer)
        yield Probe("invalid Unicode", "GET", f"{BASE}/Device/{bad}", k.bearer)
        yield Probe("invalid Unicode", "PUT", f"{BASE}/Device/{bad}/status", k.bearer, b"{}")
        yield Probe("invalid Unicode", "DELETE", f"{BASE}/Device/{bad}", k.bearer)
        yield Probe("invalid Unicode", "GET", f"/api/uisdk/solutionkey/{bad}/env/{bad}")
    for raw in (b"\xff\xfe", b"Bearer \xed\xa0\x80", b"\xc0\xaf" * 10):
        yield Probe("invalid Unicode", "GET", f"{BASE}/Device", {"Authorization": raw})
        yield Probe(
            "invalid Unicode",
            "POST",
            f"{BASE}/Auth/login",
            {"Authorization": f"Basic {BASIC_TOKEN}", "solution-key": raw},
            b'{"username": "a", "password": "b"}',
        )


def _nuls(k: Known) -> Iterator[Probe]:
    # PUT to a device no tenant has: the body is checked first, then the 409, so NULs travel
    # the whole validation and nothing can be stored.
    for name in ("displayName", "note"):
        for text in ("\x00", "a\x00b", "\x00" * 100):
            body = {"displayName": "x", "entityGuid": k.entity, name: text}
            yield Probe(
                "NULs", "PUT", f"{BASE}/Device/{NOBODY}", _json_headers(k.bearer), _json(body)
            )
    for name in ("deviceTemplateGuid", "entityGuid", "parentDeviceGuid"):
        body = {
            "uniqueId": "nul",
            "deviceTemplateGuid": k.template,
            "displayName": "x",
            "entityGuid": k.entity,
            name: NOBODY[:8] + "\x00" + NOBODY[9:],
        }
        yield Probe("NULs", "POST", f"{BASE}/Device", _json_headers(k.bearer), _json(body))
    login: dict[str, str | bytes] = {
        "Authorization": f"Basic {BASIC_TOKEN}",
        "solution-key": DEMO_SOLUTION_KEY,
    }
    for user, password in (("\x00", "x"), ("demo@iotconnect.mock\x00", "x"), ("a", "\x00")):
        credentials = _json({"username": user, "password": password})
        yield Probe("NULs", "POST", f"{BASE}/Auth/login", _json_headers(login), credentials)
    yield Probe("NULs", "POST", f"{BASE}/Auth/refresh-token", {}, _json({"refreshtoken": "\x00"}))
    for param in ("UniqueId", "customField", "sortBy", "Status", "pageNumber", "EntityGuid"):
        yield Probe("NULs", "GET", f"{BASE}/Device?{param}=%00", k.bearer)
        yield Probe("NULs", "GET", f"{BASE}/Device?{param}=a%00b", k.bearer)
    for path in ("/Device/uniqueId/%00", "/Device/%00", "/Device/count?status=%00", "/%00"):
        yield Probe("NULs", "GET", BASE + path, k.bearer)
    yield Probe("NULs", "GET", "/api/uisdk/solutionkey/%00/env/%00")


def _huge(k: Known, endpoints: list[_Endpoint]) -> Iterator[Probe]:
    for method, path, headers, valid, spoilers in endpoints:
        for size in (64 * 1024 + 1, 256 * 1024, 2 * 1024 * 1024):
            body = _json({**valid, "padding": "x" * size})
            yield Probe("huge bodies", method, path, _json_headers(headers), body)
            yield Probe("huge bodies", method, path, _json_headers(headers), body, chunked=True)
        first = next(iter(spoilers))
        many = {**valid, **{f"k{n}": n for n in range(4000)}, first: spoilers[first][0]}
        yield Probe("huge bodies", method, path, _json_headers(headers), _json(many))
    long_fields = {
        "uniqueId": "u" * 60_000,
        "deviceTemplateGuid": k.template,
        "displayName": "d" * 60_000,
        "entityGuid": k.entity,
    }
    yield Probe(
        "huge bodies", "POST", f"{BASE}/Device", _json_headers(k.bearer), _json(long_fields)
    )
    properties = [{"guid": NOBODY, "value": "v"}] * 1500 + [{"guid": "x", "value": "v"}]
    body = _json({"displayName": "x", "entityGuid": k.entity, "properties": properties})
    yield Probe("huge bodies", "PUT", f"{BASE}/Device/{k.device}", _json_headers(k.bearer), body)


def _deep(endpoints: list[_Endpoint]) -> Iterator[Probe]:
    for method, path, headers, valid, spoilers in endpoints:
        first = next(iter(spoilers))
        for depth in (10, 100, 900, 1_000, 5_000, 30_000):
            yield Probe(
                "deep nesting",
                method,
                path,
                _json_headers(headers),
                b"[" * depth + b"]" * depth,
            )
            nested = b'{"a":' * depth + b"1" + b"}" * depth
            yield Probe("deep nesting", method, path, _json_headers(headers), nested)
            inner = ("[" * depth + "]" * depth).encode()
            spoilt = _json({**valid, first: 0}).replace(b"0}", inner + b"}", 1)
            yield Probe("deep nesting", method, path, _json_headers(headers), spoilt)


def _long_queries(k: Known) -> Iterator[Probe]:
    for size in (4_096, 16_384, 60_000):  # httpx refuses URLs over 64 KiB; RAW sends one
        yield Probe("long query strings", "GET", f"{BASE}/Device?UniqueId={'u' * size}", k.bearer)
        yield Probe("long query strings", "GET", f"{BASE}/Device?x={'%41' * (size // 3)}", k.bearer)
        many = "&".join(f"p{n}=1" for n in range(size // 8))
        yield Probe("long query strings", "GET", f"{BASE}/Device?{many}", k.bearer)
        yield Probe(
            "long query strings", "GET", f"{BASE}/Device?" + "pageSize=1&" * (size // 11), k.bearer
        )
        yield Probe("long query strings", "GET", f"{BASE}/Device/uniqueId/{'u' * size}", k.bearer)
        yield Probe("long query strings", "GET", f"{BASE}/device-template?{many}", k.bearer)
        yield Probe(
            "long query strings", "GET", f"{BASE}/Device/count?status={'a' * size}", k.bearer
        )
    for param in ("UniqueId", "customField", "sortBy", "EntityGuid"):
        yield Probe("long query strings", "GET", f"{BASE}/Device?{param}={'x' * 201}", k.bearer)


def _long_headers(k: Known) -> Iterator[Probe]:
    for size in (8_192, 65_536, 500_000):
        long = "x" * size
        yield Probe("long headers", "GET", f"{BASE}/Device", {"Authorization": f"Bearer {long}"})
        yield Probe("long headers", "GET", f"{BASE}/Device", {**k.bearer, "X-Long": long})
        yield Probe("long headers", "GET", f"{BASE}/Device", {**k.bearer, "Cookie": long})
        yield Probe(
            "long headers",
            "POST",
            f"{BASE}/Auth/login",
            {"Authorization": f"Basic {BASIC_TOKEN}", "solution-key": long},
            b'{"username": "a", "password": "b"}',
        )
        yield Probe(
            "long headers",
            "POST",
            f"{BASE}/Device",
            {**k.bearer, "Content-Type": f"application/json; {long}"},
            b"{}",
        )
    for count in (100, 1_000, 5_000):
        many: dict[str, str | bytes] = {f"X-H{n}": "v" for n in range(count)}
        yield Probe("long headers", "GET", f"{BASE}/Device", {**k.bearer, **many})
    for value in ("Bearer", "Bearer a.b", "Bearer a.b.c.d", "Basic", "Digest x", "x" * 40):
        yield Probe("long headers", "GET", f"{BASE}/Device", {"Authorization": value})


_ODD_METHODS = (
    "PATCH",
    "TRACE",
    "FOO",
    "PROPFIND",
    "OPTIONS",
    "HEAD",
    "PUT",
    "POST",
    "DELETE",
    "GET",
)


def _odd(k: Known) -> Iterator[Probe]:
    paths = [
        f"{BASE}/Device",
        f"{BASE}/Device/count",
        f"{BASE}/Device/uniqueId/demo-gw-01",
        f"{BASE}/Device/{NOBODY}",
        f"{BASE}/Device/{NOBODY}/status",
        f"{BASE}/device-template",
        f"{BASE}/Auth/basic-token",
        f"{BASE}/Auth/verify-token",
        f"/api/uisdk/solutionkey/{DEMO_SOLUTION_KEY}/env/poc",
        "/_mock/clock",
        "/openapi.yaml",
        f"{BASE}",
        f"{BASE}/",
        "/api",
        "/",
        f"{BASE}//Device",
        f"{BASE}/Device/../Auth/login",
        f"{BASE}/Device/%2e%2e/%2e%2e/etc/passwd",
        f"{BASE}/Device/%2F",
        f"{BASE}/Device/count/extra",
        f"{BASE}/Device/uniqueId/",
        f"{BASE}/Device/{NOBODY}/status/extra",
        "/api/v3/Device",
        "/api/v2.1/D%C3%A9vice",
        f"{BASE}/Device/{'x' * 5_000}",
        "/.git/config",
        "/api/uisdk/solutionkey//env/",
        f"/api/uisdk/solutionkey/{'k' * 5_000}/env/poc",
        "/_mock/unknown",
        "/_mock/faults/extra",
    ]
    for path in paths:
        for method in _ODD_METHODS:
            if method == "GET" and path.startswith("/_mock/"):
                continue
            if method in ("POST", "PUT", "DELETE") and path in (f"{BASE}/Device",):
                continue  # covered with bodies by the other kinds
            headers = {**k.bearer, "Content-Type": "application/json"}
            yield Probe(
                "odd methods and paths", method, path, headers, b"{}" if method in WRITES else None
            )
    for path in ("/_mock/reset", "/_mock/faults", "/_mock/clock/advance"):
        for method in ("GET", "PUT", "PATCH", "FOO"):
            yield Probe("odd methods and paths", method, path)


_PAGING = (
    "-1",
    "0",
    "-2147483648",
    "2147483648",
    "9223372036854775808",
    "99999999999999999999999999",
    "1e3",
    "1.5",
    "",
    " ",
    "abc",
    "0x10",
    "1_000",
    "\u0661",
    "+-1",
    "2147483647",
)


def _paging(k: Known) -> Iterator[Probe]:
    for number in _PAGING:
        for size in _PAGING:
            query = f"pageNumber={number}&pageSize={size}".replace(" ", "%20")
            yield Probe("paging numbers", "GET", f"{BASE}/Device?{query}", k.bearer)
        for path in ("/device-template", "/Device/count"):
            query = f"pageNumber={number}&pageSize={number}".replace(" ", "%20")
            yield Probe("paging numbers", "GET", f"{BASE}{path}?{query}", k.bearer)


def kinds(k: Known, seed: int = 14) -> list[Probe]:
    """Every probe, in a fixed order for a given seed."""
    rng = random.Random(seed)
    endpoints = [e for prefix in PREFIXES for e in _endpoints(k, prefix)] + _controls(k)
    return [
        *_broken_json(endpoints, rng),
        *_wrong_types(endpoints, rng),
        *_invalid_unicode(k, endpoints),
        *_nuls(k),
        *_huge(k, endpoints),
        *_deep(endpoints),
        *_long_queries(k),
        *_long_headers(k),
        *_odd(k),
        *_paging(k),
    ]


#: Framing no HTTP client produces: sent over a socket, each with its own deadline.
RAW: tuple[tuple[str, bytes], ...] = (
    ("NUL in a header", b"GET /api/v2.1/Device HTTP/1.1\r\nHost: x\r\nX: a\x00b\r\n\r\n"),
    ("binary garbage", b"\x00\x01\x02\xff\r\n\r\n"),
    ("unknown HTTP version", b"GET / HTTP/9.9\r\nHost: x\r\n\r\n"),
    ("header without colon", b"GET /api/v2.1/Device HTTP/1.1\r\nHost x\r\n\r\n"),
    ("bare LF", b"GET /api/v2.1/Auth/basic-token HTTP/1.1\nHost: x\nConnection: close\n\n"),
    ("negative length", b"POST /api/v2.1/Device HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n"),
    (
        "length not a number",
        b"POST /api/v2.1/Device HTTP/1.1\r\nHost: x\r\nContent-Length: ab\r\n\r\n",
    ),
    (
        "length and chunked",
        b"POST /api/v2.1/Auth/refresh-token HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n"
        b"Transfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /_mock/reset HTTP/1.1\r\n\r\n",
    ),
    (
        "bad chunk size",
        b"POST /api/v2.1/Auth/refresh-token HTTP/1.1\r\nHost: x\r\n"
        b"Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n",
    ),
    ("100 KiB request line", b"GET /" + b"a" * 102_400 + b" HTTP/1.1\r\nHost: x\r\n\r\n"),
    ("100 KiB header line", b"GET / HTTP/1.1\r\nHost: x\r\nX: " + b"a" * 102_400 + b"\r\n\r\n"),
    ("10,000 headers", b"GET / HTTP/1.1\r\nHost: x\r\n" + b"X: a\r\n" * 10_000 + b"\r\n"),
    ("CONNECT", b"CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: 127.0.0.1:22\r\n\r\n"),
    (
        "absolute-form target",
        b"GET http://evil.example/api/v2.1/Auth/basic-token HTTP/1.1\r\nHost: evil.example\r\n"
        b"Connection: close\r\n\r\n",
    ),
    ("non-ASCII method", b"G\xc3\x89T / HTTP/1.1\r\nHost: x\r\n\r\n"),
    ("no Host", b"GET /api/v2.1/Auth/basic-token HTTP/1.1\r\nConnection: close\r\n\r\n"),
    ("HTTP/1.0", b"GET /api/v2.1/Auth/basic-token HTTP/1.0\r\n\r\n"),
    ("request line only", b"GET /api/v2.1/Auth/basic-token\r\n\r\n"),
    ("space in target", b"GET /api/v2.1/Device /x HTTP/1.1\r\nHost: x\r\n\r\n"),
    ("obs-fold header", b"GET / HTTP/1.1\r\nHost: x\r\nX: a\r\n b\r\nConnection: close\r\n\r\n"),
)
