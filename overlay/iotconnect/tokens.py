"""Tokens as immutable values, and where they are kept between requests or processes.

A :class:`Token` is frozen: a request reads one and sends exactly that, so a renewal running in
another thread can never hand it half of an old and half of a new token. Expiry is measured on a
monotonic clock from the moment the reply arrived, never from the token's own ``exp`` claim, so
clock skew between this host and the service does not matter.

Stores implement :class:`TokenStore`. :class:`MemoryTokenStore` is the default;
:class:`FileTokenStore` keeps tokens under the user's state directory so that later runs, or
other processes of the same user, reuse them instead of logging in again. Both are
:class:`SharedTokenStore` implementations: they hand out a lock per key (a ``threading.Lock``,
a file lock), which a session holds from re-reading the store to saving its renewal, so that
of all the sessions and processes sharing a store across an expiry one refreshes and the
others adopt.
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol, runtime_checkable

import platformdirs

from ._limits import fits_header
from .errors import TokenStoreError

__all__ = [
    "Claims",
    "Clock",
    "FileTokenStore",
    "MemoryTokenStore",
    "SharedTokenStore",
    "StoreLock",
    "Token",
    "TokenStore",
]

Clock = Callable[[], float]
"""A monotonic clock in seconds, e.g. :func:`time.monotonic`; tests inject a fake one."""


@dataclass(frozen=True, repr=False)
class Token:
    """An access token and its refresh token, frozen for the length of a request.

    ``lifetime`` is the ``expires_in`` the service granted; ``expires_at`` is when that runs out
    on the clock that stamped the reply.
    """

    access_token: str
    refresh_token: str
    lifetime: float
    expires_at: float

    def remaining(self, now: float) -> float:
        """Seconds left at ``now`` (negative once expired)."""
        return self.expires_at - now

    def __repr__(self) -> str:
        """Show the lifetime and expiry only: the token strings are secrets."""
        return f"Token(lifetime={self.lifetime:g}, expires_at={self.expires_at:.3f})"


@dataclass(frozen=True)
class Claims:
    """The claims of an access token that callers need, e.g. ``entity_guid`` to create a device.

    Read from the JWT payload without verifying the signature: the service verifies it, and this
    client only reads what the service said about the user. Tokens issued by a refresh lack
    ``roleName``, hence ``role_name`` may be None. The ``solutionKey`` claim is left out on
    purpose: it is a secret and this object shows up in reprs.
    """

    user_id: str | None
    company_id: str | None
    entity_guid: str | None
    solution_guid: str | None
    cp_id: str | None
    role_id: str | None
    role_name: str | None
    expires_at: datetime | None
    #: ``isCpidOptional``: True on a dedicated instance (a device's MQTT client id is its unique
    #: id), False on a shared one (``<cpId>-<unique id>``); None when the token does not say
    #: (tokens from a refresh).
    cpid_optional: bool | None = None

    @classmethod
    def from_jwt(cls, jwt: str) -> Claims:
        """Decode the payload of ``jwt``; ValueError if it is not a JWT with a JSON payload."""
        try:
            payload_segment = jwt.split(".")[1]
            padded = payload_segment + "=" * (-len(payload_segment) % 4)
            payload = json.loads(base64.urlsafe_b64decode(padded))
        except (IndexError, ValueError):
            # The cause could quote the token, so it is dropped.
            raise ValueError("the access token is not a JWT with a JSON payload") from None
        if not isinstance(payload, dict):
            raise ValueError("the access token payload is not a JSON object")
        user = payload.get("user")
        user = user if isinstance(user, dict) else {}
        exp = payload.get("exp")
        optional = user.get("isCpidOptional")
        return cls(
            user_id=_text(user.get("id")),
            company_id=_text(user.get("companyId")),
            entity_guid=_text(user.get("entityGuid")),
            solution_guid=_text(user.get("solutionGuid")),
            cp_id=_text(user.get("cpId")),
            role_id=_text(user.get("roleId")),
            role_name=_text(user.get("roleName")),
            expires_at=datetime.fromtimestamp(exp, UTC) if isinstance(exp, int | float) else None,
            cpid_optional=optional if isinstance(optional, bool) else None,
        )


def _text(value: object) -> str | None:
    return None if value is None else str(value)


@runtime_checkable
class TokenStore(Protocol):
    """Where tokens live between requests. ``key`` names one user of one solution on one host.

    Implementations must be safe to call from several threads at once.
    """

    def load(self, key: str) -> Token | None:
        """Return the token saved under ``key``, or None."""

    def save(self, key: str, token: Token) -> None:
        """Save ``token`` under ``key``, replacing any earlier one."""

    def delete(self, key: str) -> None:
        """Forget the token under ``key``; no error if there is none."""


class StoreLock(Protocol):
    """A lock on one key of a store, with ``threading.Lock``'s ``acquire`` and ``release``."""

    def acquire(self, blocking: bool = True, timeout: float = -1) -> bool:
        """Take the lock: at once or not at all unless ``blocking``, within ``timeout`` if >= 0."""

    def release(self) -> None:
        """Give the lock back."""


@runtime_checkable
class SharedTokenStore(TokenStore, Protocol):
    """A store several sessions (threads, processes) share, with a lock per key.

    A session renews only while it holds ``lock(key)``, after reading the store again, so a
    token another session renewed meanwhile is adopted instead of being refreshed a second time
    (the service rotates refresh tokens and refuses a spent one with 409).
    """

    def lock(self, key: str) -> StoreLock:
        """A new lock object for ``key``; every lock for the same key excludes the others."""


class MemoryTokenStore:
    """Tokens in a dict: the default. Share one instance to share tokens between clients."""

    def __init__(self) -> None:
        """Create an empty store."""
        self._tokens: dict[str, Token] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        """Count the entries; never show them."""
        return f"MemoryTokenStore(entries={len(self._tokens)})"

    def load(self, key: str) -> Token | None:
        """Return the token saved under ``key``, or None."""
        with self._lock:
            return self._tokens.get(key)

    def save(self, key: str, token: Token) -> None:
        """Save ``token`` under ``key``."""
        with self._lock:
            self._tokens[key] = token

    def delete(self, key: str) -> None:
        """Forget the token under ``key``."""
        with self._lock:
            self._tokens.pop(key, None)

    def lock(self, key: str) -> StoreLock:
        """The lock for ``key``, shared by every session of this process that uses this store."""
        with self._lock:
            return self._locks.setdefault(key, threading.Lock())


class FileTokenStore:
    """Tokens in JSON files under the user's state directory, readable by the user only.

    Each key has its own file (mode 0600, in a directory of mode 0700). Writes go to a temporary
    file that replaces the old one in a single rename, so a reader sees the old token or the new
    one and never a torn write. :meth:`lock` locks a sibling ``.lock`` file (``flock``, so POSIX
    only) across processes; sessions hold it while they renew. A directory that cannot be used
    raises :class:`~iotconnect.errors.TokenStoreError` when the first renewal takes the lock,
    before any login.

    The file holds the expiry as wall-clock time because a monotonic clock means nothing in
    another process or after a reboot; ``load`` converts it back onto ``clock``.
    """

    def __init__(
        self,
        directory: str | os.PathLike[str] | None = None,
        *,
        clock: Clock = time.monotonic,
        wall_clock: Clock = time.time,
    ) -> None:
        """Keep files in ``directory`` (default: the platformdirs user state dir for iotconnect).

        Pass the same ``clock`` as the client's when you inject a fake one in tests.
        """
        self.directory = Path(directory) if directory is not None else _default_directory()
        self._clock = clock
        self._wall_clock = wall_clock

    def __repr__(self) -> str:
        """Show the directory only."""
        return f"FileTokenStore(directory={str(self.directory)!r})"

    def load(self, key: str) -> Token | None:
        """Return the token saved under ``key``, or None if there is none or it is unreadable."""
        try:
            record = json.loads(self._path(key).read_text(encoding="utf-8"))
            wall_expiry = float(record["expires_at_epoch"])
            access = str(record["access_token"])
            if not fits_header(access):
                return None
            return Token(
                access_token=access,
                refresh_token=str(record["refresh_token"]),
                lifetime=float(record["lifetime"]),
                expires_at=self._clock() + (wall_expiry - self._wall_clock()),
            )
        except (OSError, ValueError, KeyError, TypeError):
            # Missing or damaged files only cost a fresh login; they are not worth an error.
            return None

    def save(self, key: str, token: Token) -> None:
        """Write ``token`` under ``key`` atomically, readable by the user only."""
        record = {
            "access_token": token.access_token,
            "refresh_token": token.refresh_token,
            "lifetime": token.lifetime,
            "expires_at_epoch": self._wall_clock() + token.remaining(self._clock()),
        }
        try:
            self._directory()
            # mkstemp creates the file with mode 0600 before any secret is written to it.
            fd, temp = tempfile.mkstemp(dir=self.directory, prefix=".token-", suffix=".tmp")
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as file:
                    json.dump(record, file)
                    file.flush()
                    os.fsync(file.fileno())
                os.replace(temp, self._path(key))
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(temp)
                raise
        except OSError as exc:
            raise self._unusable(exc) from None

    def delete(self, key: str) -> None:
        """Remove the file for ``key``, if any."""
        with contextlib.suppress(FileNotFoundError):
            self._path(key).unlink()

    def lock(self, key: str) -> StoreLock:
        """A lock on ``key`` across processes (``flock`` on ``token-<key>.lock``)."""
        return _FileLock(self, self.directory / f"token-{key}.lock")

    def _path(self, key: str) -> Path:
        return self.directory / f"token-{key}.json"

    def _directory(self) -> None:
        self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)

    def _unusable(self, error: OSError) -> TokenStoreError:
        reason = error.strerror or type(error).__name__
        return TokenStoreError(
            f"the token store directory {str(self.directory)!r} is unusable: {reason}"
        )


class _FileLock:
    """``flock`` on a file from ``acquire`` to ``release``; ``flock`` has no timeout, so a
    blocking acquire polls."""

    _POLL = 0.005

    def __init__(self, store: FileTokenStore, path: Path) -> None:
        self._store = store
        self._path = path
        self._fd: int | None = None

    def acquire(self, blocking: bool = True, timeout: float = -1) -> bool:
        try:
            self._store._directory()
            fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise self._store._unusable(exc) from None
        deadline = time.monotonic() + timeout if timeout >= 0 else None
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if not blocking or (deadline is not None and time.monotonic() >= deadline):
                    os.close(fd)
                    return False
                time.sleep(self._POLL)
            else:
                self._fd = fd
                return True

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)  # closing the descriptor releases the flock


def _default_directory() -> Path:
    return platformdirs.user_state_path("iotconnect", appauthor=False)
