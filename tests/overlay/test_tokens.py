"""Token stores (memory, file: 0600, atomic, two processes) and the claims of a JWT."""

from __future__ import annotations

import base64
import json
import multiprocessing
import stat
from collections.abc import Callable
from pathlib import Path

import platformdirs
import pytest

from iotconnect import Claims, FileTokenStore, MemoryTokenStore, Token, TokenAuth, TokenStore

from .fakes import FakeClock, FakeService, join_all

TOKEN = Token("access-SECRET", "refresh-SECRET", 300.0, 1300.0)


def test_token_repr_shows_no_secret() -> None:
    assert "SECRET" not in repr(TOKEN) + str(TOKEN)
    assert TOKEN.remaining(1000.0) == 300.0


@pytest.mark.parametrize("store", [MemoryTokenStore(), FileTokenStore("/nonexistent")])
def test_stores_implement_the_protocol(store: TokenStore) -> None:
    assert isinstance(store, TokenStore)


def test_memory_store_round_trip() -> None:
    store = MemoryTokenStore()
    store.save("k", TOKEN)
    assert store.load("k") is TOKEN
    store.delete("k")
    store.delete("k")
    assert store.load("k") is None
    assert "SECRET" not in repr(store)


def test_file_store_defaults_to_the_user_state_dir() -> None:
    expected = platformdirs.user_state_path("iotconnect", appauthor=False)
    assert FileTokenStore().directory == expected


def test_file_store_is_private_atomic_and_clock_aware(tmp_path: Path) -> None:
    directory = tmp_path / "state"
    writer = FileTokenStore(directory, clock=lambda: 1000.0, wall_clock=lambda: 50_000.0)
    writer.save("k", TOKEN)
    assert stat.S_IMODE(directory.stat().st_mode) == 0o700
    assert stat.S_IMODE((directory / "token-k.json").stat().st_mode) == 0o600
    assert sorted(p.name for p in directory.iterdir()) == ["token-k.json"]
    # Another process: a different monotonic origin, 100 s later on the wall clock.
    reader = FileTokenStore(directory, clock=lambda: 7.0, wall_clock=lambda: 50_100.0)
    loaded = reader.load("k")
    assert loaded is not None
    assert (loaded.access_token, loaded.refresh_token, loaded.lifetime) == (
        "access-SECRET",
        "refresh-SECRET",
        300.0,
    )
    assert loaded.remaining(7.0) == pytest.approx(200.0)
    assert "SECRET" not in repr(reader)
    reader.delete("k")
    assert reader.load("k") is None


def test_file_store_ignores_damaged_files(tmp_path: Path) -> None:
    store = FileTokenStore(tmp_path)
    (tmp_path / "token-k.json").write_text("{not json")
    assert store.load("k") is None


def _hammer(directory: str, worker: int, rounds: int) -> None:
    store = FileTokenStore(directory)
    for n in range(rounds):
        store.save("shared", Token(f"a-{worker}-{n}", f"r-{worker}-{n}", 300.0, 1e9))
        loaded = store.load("shared")
        if (
            loaded is None
            or loaded.access_token.split("-")[2] != loaded.refresh_token.split("-")[2]
        ):
            raise SystemExit(1)


@pytest.mark.slow
def test_file_store_is_safe_with_two_processes(tmp_path: Path) -> None:
    context = multiprocessing.get_context("fork")
    workers = [context.Process(target=_hammer, args=(str(tmp_path), w, 150)) for w in range(2)]
    for process in workers:
        process.start()
    join_all(workers, within=30)
    assert [p.exitcode for p in workers] == [0, 0]
    assert FileTokenStore(tmp_path).load("shared") is not None
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".tmp"]


def test_a_second_session_adopts_the_stored_token(
    make_auth: Callable[..., TokenAuth], service: FakeService, clock: FakeClock, tmp_path: Path
) -> None:
    store = FileTokenStore(tmp_path, clock=clock, wall_clock=lambda: clock.now + 1.7e9)
    first = make_auth(store=store).token()
    second = make_auth(store=store).token()  # a later run: no login
    assert second.access_token == first.access_token
    assert service.counts["/Auth/login"] == 1
    # An expired stored token is refreshed with its refresh token, not by logging in again.
    clock.advance(301)
    make_auth(store=store).token()
    assert service.counts["/Auth/login"] == 1
    assert service.counts["/Auth/refresh-token"] == 1


def test_close_keeps_a_store_the_caller_passed(
    make_auth: Callable[..., TokenAuth], service: FakeService
) -> None:
    store = MemoryTokenStore()
    auth = make_auth(store=store)
    first = auth.token()
    auth.close()
    # A later session finds the token in the store: no second login.
    assert make_auth(store=store).token().access_token == first.access_token
    assert service.counts["/Auth/login"] == 1


def _jwt(payload: object) -> str:
    body = base64.urlsafe_b64encode(json.dumps(payload).encode()).rstrip(b"=").decode()
    return f"eyJhbGciOiJIUzI1NiJ9.{body}.signature"


def test_claims_decode_the_payload_without_verifying() -> None:
    user = {
        "id": "U1",
        "companyId": "C1",
        "roleId": "R1",
        "cpId": "CP",
        "entityGuid": "E1",
        "solutionGuid": "S1",
        "solutionKey": "KEY-SECRET",
    }
    claims = Claims.from_jwt(_jwt({"exp": 1_700_000_000, "user": user}))
    assert (claims.user_id, claims.company_id, claims.entity_guid, claims.cp_id) == (
        "U1",
        "C1",
        "E1",
        "CP",
    )
    assert claims.role_name is None  # refreshed tokens lack it
    assert claims.expires_at is not None
    assert claims.expires_at.year == 2023
    assert "KEY-SECRET" not in repr(claims)


def test_claims_reject_a_non_jwt_without_quoting_it() -> None:
    with pytest.raises(ValueError, match="not a JWT") as caught:
        Claims.from_jwt("opaque-SECRET")
    assert "SECRET" not in str(caught.value)
    assert caught.value.__cause__ is None
