"""The run's limits on what it reads: reply size (decoded, streamed) and JSON depth."""

from __future__ import annotations

import gzip
import tracemalloc

import httpx
import pytest

from iotconnect_conformance.limits import (
    MAX_JSON_DEPTH,
    CappedTransport,
    ReplyTooDeep,
    ReplyTooLarge,
    capped_body,
    json_of,
    too_deep,
)


def _bomb(size: int) -> bytes:
    """``size`` zero bytes, gzipped (about a thousandth of that)."""
    return gzip.compress(b"\0" * size, compresslevel=9)


def _chunks(data: bytes, size: int = 16 * 1024) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)]


def test_a_gzip_bomb_stops_at_the_cap_without_expanding() -> None:
    bomb = _bomb(64 * 2**20)
    tracemalloc.start()
    try:
        with pytest.raises(ReplyTooLarge, match="cap of 1048576 bytes"):
            capped_body(iter(_chunks(bomb)), "gzip", 2**20)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * 2**20, f"peak {peak} bytes"


def test_a_body_within_the_cap_reads_whole() -> None:
    data = b"x" * 5000
    assert capped_body(iter(_chunks(gzip.compress(data), 100)), "gzip", 5000) == data
    assert capped_body(iter(_chunks(data, 7)), "", 5000) == data
    with pytest.raises(ReplyTooLarge):
        capped_body(iter(_chunks(data, 7)), "identity", 4999)


def test_an_encoding_the_run_did_not_ask_for_is_refused() -> None:
    with pytest.raises(ValueError, match="'br'"):
        capped_body(iter([b"abc"]), "br", 100)


def test_the_transport_caps_replies_and_asks_only_for_what_it_decodes() -> None:
    asked: list[str] = []

    def server(request: httpx.Request) -> httpx.Response:
        asked.append(request.headers["accept-encoding"])
        if request.url.path == "/bomb":
            headers = {"content-encoding": "gzip"}
            return httpx.Response(200, headers=headers, content=_bomb(50 * 2**20))
        return httpx.Response(200, json={"data": []})

    inner = httpx.MockTransport(server)
    with httpx.Client(base_url="http://t", transport=CappedTransport(2**20, inner)) as http:
        assert http.get("/fine").json() == {"data": []}
        with pytest.raises(httpx.DecodingError, match="cap of 1048576 bytes"):
            http.get("/bomb")
    assert asked == ["gzip, deflate", "gzip, deflate"]


def test_deep_json_is_a_typed_error_not_a_recursion_error() -> None:
    for depth in (MAX_JSON_DEPTH + 1, 1_000, 100_000):
        deep = "[" * depth + "]" * depth
        with pytest.raises(ReplyTooDeep, match=f"deeper than {MAX_JSON_DEPTH} levels"):
            json_of(deep)
        assert too_deep(deep.encode())
    fine = "[" * MAX_JSON_DEPTH + "]" * MAX_JSON_DEPTH
    assert json_of(fine) is not None
    assert not too_deep(fine.encode())
    assert not too_deep(b"[" * 100)  # not JSON: not a depth problem
    with pytest.raises(ValueError, match="Expecting"):
        json_of("{")
