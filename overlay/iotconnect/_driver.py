"""The ``httpx.Auth`` that puts a bearer token on each request and renews it, single flight.

Per request it reads a frozen :class:`~iotconnect.tokens.Token`, sends the request with it, and
on a 401 renews once and replays once. When to renew is the
:class:`~iotconnect._renewal.RenewalPolicy`'s call; how is the injected
:class:`~iotconnect._login.Refresher`'s. This module owns what is left: the locks, the state,
the store, and the private clients that send the refresher's requests.

Refresh tokens rotate and the service answers 409 to a spent one, so a herd of refreshes is a
correctness bug, not only waste. Renewals are therefore single flight across threads *and*
asyncio tasks: all renewers hold one ``threading.Lock``; tasks of one event loop first queue on
an ``asyncio.Lock`` so that at most one of them per loop waits for the thread lock, in an
executor thread, without blocking the loop. Whoever gets the lock re-checks: a renewal that
finished while it waited is used, not repeated.

A refused login raises :class:`~iotconnect.errors.AuthenticationError` at once. Any other
failure (unreachable, 5xx, malformed reply) is transient: while the current token is still
valid the caller goes on with it, and renewal waits for the policy's cool-down; once it has
expired the caller gets the error. Callers that queued behind a failed renewal share its error
instead of repeating it, so an outage never turns into a queue of doomed requests.

The refresher's requests go through private clients rather than the caller's: only that way can
a transport error during a refresh be caught and survived (httpx raises those in the client,
not in the auth flow).
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import functools
import logging
import threading
import weakref
from collections.abc import AsyncGenerator, Generator
from dataclasses import dataclass
from typing import Any, Final, cast

import httpx

from ._login import Refresher, Renewal
from ._renewal import Need, RenewalPolicy
from ._transport import async_part, sync_part
from .errors import AuthenticationError, IoTConnectError, TransportError
from .tokens import Clock, MemoryTokenStore, SharedTokenStore, StoreLock, Token, TokenStore

__all__ = ["PLACEHOLDER_TOKEN", "RenewingAuth"]

logger = logging.getLogger("iotconnect.auth")

PLACEHOLDER_TOKEN: Final = "set-per-request-by-iotconnect"  # noqa: S105 - not a secret
"""What the generated clients carry as their ``token``; :class:`TokenAuth` replaces it per request.

The generated ``AuthenticatedClient`` bakes its token into a default header and prints it in its
repr, so it is only ever given this harmless value.
"""

_LOCK_TIMEOUT: Final = 120.0


@dataclass(frozen=True)
class _TokenWanted:
    """A step of the request flow: the driver answers it with a token (sync or async)."""

    rejected: Token | None


@dataclass(frozen=True)
class _Failure:
    at: float
    error: IoTConnectError


class RenewingAuth(httpx.Auth):
    """Bearer tokens from ``refresher``, renewed as ``policy`` says, one renewal at a time.

    ``key`` names the session's entry in ``store`` (default: a private
    :class:`~iotconnect.tokens.MemoryTokenStore`). ``clock`` must be monotonic and the one the
    refresher stamps tokens with. ``transport`` and ``timeout`` configure the private clients
    that send the refresher's requests.
    """

    def __init__(
        self,
        refresher: Refresher,
        *,
        key: str,
        store: TokenStore | None,
        policy: RenewalPolicy,
        clock: Clock,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None,
        timeout: httpx.Timeout,
    ) -> None:
        """Keep the parts; send nothing until the first request needs a token."""
        self._refresher = refresher
        self._key = key
        self._owns_store = store is None
        self._store: TokenStore = MemoryTokenStore() if store is None else store
        self._policy = policy
        self._clock = clock
        self._transport = transport
        self._timeout = timeout

        self._token: Token | None = None
        self._failure: _Failure | None = None
        self._attempts = 0
        self._lock = threading.Lock()
        self._loop_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        self._loop_locks_guard = threading.Lock()
        self._client: httpx.Client | None = None
        self._async_client: httpx.AsyncClient | None = None

    # Public helpers -------------------------------------------------------------------------

    @property
    def key(self) -> str:
        """The name of this session's entry in its token store (names no secret)."""
        return self._key

    def token(self) -> Token:
        """A valid token, logging in or renewing first if needed (blocking)."""
        return self._sync_token(None)

    async def atoken(self) -> Token:
        """A valid token, logging in or renewing first if needed."""
        return await self._async_token(None)

    def forget(self) -> None:
        """Drop the tokens: the API has no logout, so this is how a session ends.

        Tokens in a store passed to the constructor stay there, as that is what it is for.
        """
        # No lock: a renewal in flight on this event loop could hold it, and waiting here
        # would then never end. Plain assignments are atomic enough for "forget".
        self._token = None
        self._failure = None
        self._refresher.forget()
        if self._owns_store:
            self._store.delete(self._key)

    def close(self) -> None:
        """Forget the tokens and close the client used for token requests."""
        self.forget()
        if self._client is not None:
            self._client.close()
            self._client = None

    async def aclose(self) -> None:
        """Forget the tokens and close the clients used for token requests."""
        self.close()
        if self._async_client is not None:
            await self._async_client.aclose()
            self._async_client = None

    # httpx.Auth drivers ---------------------------------------------------------------------

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        """Drive :meth:`_flow` with blocking token renewals."""
        flow = self._flow(request)
        reply: Any = None
        try:
            while True:
                try:
                    step = flow.send(reply)
                except StopIteration:
                    return
                if isinstance(step, _TokenWanted):
                    reply = self._sync_token(step.rejected)
                else:
                    reply = yield step
        finally:
            flow.close()

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Drive :meth:`_flow` with awaited token renewals."""
        flow = self._flow(request)
        reply: Any = None
        try:
            while True:
                try:
                    step = flow.send(reply)
                except StopIteration:
                    return
                if isinstance(step, _TokenWanted):
                    reply = await self._async_token(step.rejected)
                else:
                    reply = yield step
        finally:
            flow.close()

    def _flow(self, request: httpx.Request) -> Generator[httpx.Request | _TokenWanted, Any, None]:
        """One request: authorize, send, and on a 401 renew once and replay once."""
        if not self._manages(request):
            if _is_placeholder(request):
                del request.headers["Authorization"]
            yield request
            return
        token = cast(Token, (yield _TokenWanted(None)))
        response = cast(httpx.Response, (yield _authorize(request, token)))
        if response.status_code != httpx.codes.UNAUTHORIZED:
            return
        logger.debug("%s %s got 401; renewing the token", request.method, request.url.path)
        renewed = cast(Token, (yield _TokenWanted(token)))
        if not isinstance(request.stream, httpx.ByteStream):
            raise AuthenticationError(
                f"{request.method} {request.url.path} was rejected as unauthorized and its "
                "streamed body cannot be sent again; the token has been renewed, retry the call"
            )
        response = cast(httpx.Response, (yield _authorize(request, renewed)))
        if response.status_code == httpx.codes.UNAUTHORIZED:
            raise AuthenticationError(
                f"{request.method} {request.url.path} was rejected as unauthorized again "
                "with a renewed token"
            )

    def _manages(self, request: httpx.Request) -> bool:
        if self._refresher.sends(request):
            return False
        return "Authorization" not in request.headers or _is_placeholder(request)

    def _check(self, rejected: Token | None) -> tuple[Token | None, Need]:
        """The current token and what the caller must do; lock-free, so re-checked under it."""
        token, failure = self._token, self._failure
        failed_at = None if failure is None else failure.at
        need = self._policy.need(token, self._clock(), rejected=rejected, failed_at=failed_at)
        return token, need

    # Single flight --------------------------------------------------------------------------

    def _sync_token(self, rejected: Token | None) -> Token:
        token, need = self._check(rejected)
        if token is not None and need is Need.NOTHING:
            return token
        seen = self._attempts
        with contextlib.ExitStack() as held:
            # This session's lock, then the store's: the one other sessions share.
            for lock in (self._lock, self._store_lock()):
                if need is Need.TRY:
                    if not lock.acquire(blocking=False):
                        return cast(Token, token)
                elif not lock.acquire(timeout=_LOCK_TIMEOUT):
                    raise _lock_timeout()
                held.callback(lock.release)
            return self._drive_sync(self._renew(seen, rejected))

    async def _async_token(self, rejected: Token | None) -> Token:
        token, need = self._check(rejected)
        if token is not None and need is Need.NOTHING:
            return token
        seen = self._attempts
        loop_lock = self._loop_lock()
        if need is Need.TRY and loop_lock.locked():
            return cast(Token, token)
        async with loop_lock:
            with contextlib.ExitStack() as held:
                for lock in (self._lock, self._store_lock()):
                    if need is Need.TRY:
                        if not lock.acquire(blocking=False):
                            return cast(Token, token)
                    else:
                        await _acquire_in_thread(lock)
                    held.callback(lock.release)
                return await self._drive_async(self._renew(seen, rejected))

    def _store_lock(self) -> StoreLock:
        if isinstance(self._store, SharedTokenStore):
            return self._store.lock(self._key)
        return _NO_LOCK

    def _loop_lock(self) -> asyncio.Lock:
        # asyncio locks belong to one loop; a session used from several loops gets one per loop.
        loop = asyncio.get_running_loop()
        with self._loop_locks_guard:
            lock = self._loop_locks.get(loop)
            if lock is None:
                lock = self._loop_locks[loop] = asyncio.Lock()
            return lock

    # Renewal under the lock: one generator for both drivers --------------------------------

    def _renew(self, seen: int, rejected: Token | None) -> Renewal:
        """Reuse, adopt or obtain a token, applying the failure policy.

        Runs under the lock, and is the only code that reads or writes the store: the store is
        read first, so a token another session saved there is adopted instead of renewed again.
        """
        token, need = self._check(rejected)
        if token is not None and need is Need.NOTHING:
            return token
        failure = self._failure
        if self._attempts != seen and failure is not None:
            # A renewal failed while we waited for the lock; trying again at once would turn
            # an outage into a queue of doomed requests.
            shared = copy.copy(failure.error)
            shared.__cause__ = failure.error
            return self._fall_back(token, rejected, shared)
        stored = self._store.load(self._key)
        if stored is not None and self._policy.adoptable(
            stored, self._clock(), current=token, rejected=rejected
        ):
            logger.debug("using a token renewed elsewhere (store)")
            self._token = stored
            return stored
        try:
            renewed = yield from self._refresher(token or stored)
        except IoTConnectError as exc:
            self._attempts += 1
            self._failure = _Failure(self._clock(), exc)
            if isinstance(exc, AuthenticationError):
                self._token = None
                self._store.delete(self._key)
                raise
            return self._fall_back(token, rejected, exc)
        self._attempts += 1
        self._failure = None
        self._token = renewed
        self._store.save(self._key, renewed)
        return renewed

    def _fall_back(self, token: Token | None, rejected: Token | None, error: Exception) -> Token:
        if token is None or not self._policy.usable(token, self._clock(), rejected=rejected):
            raise error
        logger.warning(
            "token renewal failed (%s); going on with the current token, valid for %.0f s",
            error,
            token.remaining(self._clock()),
        )
        return token

    # I/O: the only code that differs between sync and async --------------------------------

    def _drive_sync(self, renewal: Renewal) -> Token:
        if self._client is None:
            self._client = httpx.Client(transport=sync_part(self._transport), timeout=self._timeout)
        try:
            request = next(renewal)
            while True:
                try:
                    response = self._client.send(request)
                except (httpx.HTTPError, IoTConnectError) as exc:
                    request = renewal.throw(_typed(request, exc))
                else:
                    request = renewal.send(response)
        except StopIteration as stop:
            token: Token = stop.value
            return token

    async def _drive_async(self, renewal: Renewal) -> Token:
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(
                transport=async_part(self._transport), timeout=self._timeout
            )
        try:
            request = next(renewal)
            while True:
                try:
                    response = await self._async_client.send(request)
                except (httpx.HTTPError, IoTConnectError) as exc:
                    request = renewal.throw(_typed(request, exc))
                else:
                    request = renewal.send(response)
        except StopIteration as stop:
            token: Token = stop.value
            return token


def _typed(request: httpx.Request, exc: httpx.HTTPError | IoTConnectError) -> IoTConnectError:
    # A transport of ours may have typed the failure already (a body that broke off or is not
    # JSON); either way it goes to the renewal, whose failure policy decides what it means.
    return exc if isinstance(exc, IoTConnectError) else TransportError.from_httpx(request, exc)


def _is_placeholder(request: httpx.Request) -> bool:
    header: str = request.headers.get("Authorization", "")
    return header.endswith(PLACEHOLDER_TOKEN)


def _authorize(request: httpx.Request, token: Token) -> httpx.Request:
    request.headers["Authorization"] = f"Bearer {token.access_token}"
    return request


async def _acquire_in_thread(lock: StoreLock) -> None:
    if lock.acquire(blocking=False):
        return
    # A thread, another loop or another process is renewing: wait for it off the event loop.
    waiter = asyncio.get_running_loop().run_in_executor(None, lock.acquire, True, _LOCK_TIMEOUT)
    try:
        acquired = await asyncio.shield(waiter)
    except asyncio.CancelledError:
        # The executor thread may still get the lock after we are gone: hand it back then.
        waiter.add_done_callback(functools.partial(_release_if_acquired, lock))
        raise
    if not acquired:
        raise _lock_timeout()


def _release_if_acquired(lock: StoreLock, waiter: asyncio.Future[bool]) -> None:
    if not waiter.cancelled() and waiter.exception() is None and waiter.result():
        lock.release()


class _NoLock:
    """The lock of a store that has none: sessions sharing it may renew at once."""

    def acquire(self, blocking: bool = True, timeout: float = -1) -> bool:
        return True

    def release(self) -> None:
        pass


_NO_LOCK: Final = _NoLock()


def _lock_timeout() -> TransportError:
    return TransportError(f"gave up after {_LOCK_TIMEOUT:.0f} s waiting for a token renewal")
