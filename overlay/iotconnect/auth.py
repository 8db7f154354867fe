"""The IoTConnect token lifecycle as one ``httpx.Auth``, shared by every client of a session.

Per request, :class:`TokenAuth` reads a frozen :class:`~iotconnect.tokens.Token`, sends the
request with it, and on a 401 renews once and replays once. Getting a token is lazy:
nothing is sent until the first request, which triggers ``GET /Auth/basic-token`` and
``POST /Auth/login`` (HTTP Basic with the basic token, plus the ``solution-key`` header).

Renewal follows botocore's ``RefreshableCredentials``, with windows scaled to the token's
lifetime so that a 300 s service-account token is not refreshed on every call (botocore#2189):

* more than the *advisory* window left: use the token as it is;
* inside the advisory window: refresh if nobody else is refreshing, else use the token;
* inside the *mandatory* window, expired, or just rejected with a 401: wait for a renewal.

Refresh tokens rotate and the service answers 409 to a spent one, so a herd of refreshes is a
correctness bug, not only waste. Renewals are therefore single flight across threads *and*
asyncio tasks: all renewers hold one ``threading.Lock``; tasks of one event loop first queue on
an ``asyncio.Lock`` so that at most one of them per loop waits for the thread lock, in an
executor thread, without blocking the loop. Whoever gets the lock re-checks: a renewal that
finished while it waited is used, not repeated.

A refused refresh (401/409) falls back to one fresh login; a refused login raises
:class:`~iotconnect.errors.AuthenticationError` at once. Any other failure (unreachable, 5xx,
malformed reply) is transient: while the current token is still valid the caller goes on with
it and renewal is not retried for a short cool-down; once it has expired the caller gets the
error. No path sends more than one refresh and one login per renewal, so nothing loops.

The renewal itself is a generator that yields ``httpx.Request``s (like ``httpx.Auth.auth_flow``),
so one piece of code serves both the sync and the async driver. Token requests go through
private clients rather than the caller's: only that way can a transport error during a refresh
be caught and survived (httpx raises those in the client, not in the auth flow).
"""

from __future__ import annotations

import asyncio
import copy
import hashlib
import logging
import threading
import time
import weakref
from collections.abc import AsyncGenerator, Generator
from dataclasses import dataclass
from enum import Enum
from typing import Any, Final, cast

import httpx

from ._transport import async_part, sync_part
from .errors import ApiError, AuthenticationError, IoTConnectError, TransportError
from .tokens import Claims, Clock, MemoryTokenStore, Token, TokenStore

__all__ = [
    "ADVISORY_WINDOW",
    "DEFAULT_TIMEOUT",
    "MANDATORY_WINDOW",
    "PLACEHOLDER_TOKEN",
    "TokenAuth",
]

logger = logging.getLogger(__name__)

ADVISORY_WINDOW: Final[float] = 15 * 60.0
"""Longest advisory window in seconds: from here on, try to refresh without waiting."""
MANDATORY_WINDOW: Final[float] = 10 * 60.0
"""Longest mandatory window in seconds: from here on, every caller waits for a renewal."""
DEFAULT_TIMEOUT: Final = httpx.Timeout(30.0, connect=10.0)
"""10 s to connect, 30 s for each read, write and pool wait; the generated client has none."""
PLACEHOLDER_TOKEN: Final = "set-per-request-by-iotconnect"  # noqa: S105 - not a secret
"""What the generated clients carry as their ``token``; :class:`TokenAuth` replaces it per request.

The generated ``AuthenticatedClient`` bakes its token into a default header and prints it in its
repr, so it is only ever given this harmless value.
"""

# The windows never exceed these shares of the lifetime: a 300 s token is used for 240 s
# before anyone tries to refresh it, an 86,400 s token is refreshed 15 minutes early.
_ADVISORY_SHARE: Final = 0.2
_MANDATORY_SHARE: Final = 0.1
# After a failed renewal while the token is still valid, callers keep using it for this share of
# the lifetime (at most a minute) before anyone tries again, so an outage costs one request per
# cool-down and not one per call.
_COOLDOWN_SHARE: Final = 0.02
_COOLDOWN_MAX: Final = 60.0
_LOCK_TIMEOUT: Final = 120.0
# Answers to a refresh that mean "this refresh token is no good", as opposed to "try later".
_REFRESH_REFUSED: Final = frozenset({400, 401, 403, 409, 412})
_LOGIN_REFUSED: Final = frozenset({400, 401, 403, 412})
_TOKEN_PATHS: Final = ("/auth/basic-token", "/auth/login", "/auth/refresh-token")


class _Need(Enum):
    NOTHING = "use the current token"
    TRY = "refresh unless someone else is"
    WAIT = "wait for a renewal"


@dataclass(frozen=True)
class _TokenWanted:
    """A step of the request flow: the driver answers it with a token (sync or async)."""

    rejected: Token | None


@dataclass(frozen=True)
class _Failure:
    at: float
    error: IoTConnectError


class TokenAuth(httpx.Auth):
    """Bearer tokens for IoTConnect: lazy login, proactive and reactive renewal, single flight.

    One instance can serve any number of ``httpx.Client`` and ``httpx.AsyncClient`` instances,
    threads and tasks at once. ``transport`` and ``timeout`` configure the private clients that
    send the token requests to ``auth_url`` (the auth service base URL, e.g.
    ``https://awspocauth.iotconnect.io/api/v2.1``). ``clock`` must be monotonic; tests pass a
    fake one. ``advisory_window`` and ``mandatory_window`` cap the renewal windows, which
    otherwise scale with the token's lifetime.

    Requests to the token endpoints themselves, and requests that already carry an
    ``Authorization`` header of their own, are passed through untouched.
    """

    def __init__(
        self,
        *,
        username: str,
        password: str,
        solution_key: str,
        auth_url: str,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        store: TokenStore | None = None,
        clock: Clock = time.monotonic,
        advisory_window: float = ADVISORY_WINDOW,
        mandatory_window: float = MANDATORY_WINDOW,
    ) -> None:
        """Keep the credentials; send nothing until the first request needs a token."""
        if not 0 <= mandatory_window <= advisory_window:
            raise ValueError("need 0 <= mandatory_window <= advisory_window")
        self.username = username
        self.auth_url = auth_url.rstrip("/")
        self._password = password
        self._solution_key = solution_key
        self._transport = transport
        self._timeout = timeout
        self._owns_store = store is None
        self._store: TokenStore = MemoryTokenStore() if store is None else store
        self._clock = clock
        self._advisory_window = advisory_window
        self._mandatory_window = mandatory_window
        # One user of one solution on one host; hashed so that the key names no secret.
        identity = "\n".join((self.auth_url, username, solution_key)).encode()
        self._key = hashlib.sha256(identity).hexdigest()[:32]

        self._token: Token | None = None
        self._basic_token: str | None = None
        self._failure: _Failure | None = None
        self._attempts = 0
        self._lock = threading.Lock()
        self._loop_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        self._loop_locks_guard = threading.Lock()
        self._client: httpx.Client | None = None
        self._async_client: httpx.AsyncClient | None = None

    def __repr__(self) -> str:
        """Name the user and host; credentials and tokens stay out."""
        return f"TokenAuth(username={self.username!r}, auth_url={self.auth_url!r})"

    # Public helpers -------------------------------------------------------------------------

    def token(self) -> Token:
        """A valid token, logging in or renewing first if needed (blocking)."""
        return self._sync_token(None)

    async def atoken(self) -> Token:
        """A valid token, logging in or renewing first if needed."""
        return await self._async_token(None)

    def claims(self) -> Claims:
        """The claims of the current access token, logging in first if needed (blocking)."""
        return Claims.from_jwt(self.token().access_token)

    async def aclaims(self) -> Claims:
        """The claims of the current access token, logging in first if needed."""
        return Claims.from_jwt((await self.atoken()).access_token)

    def forget(self) -> None:
        """Drop the tokens: the API has no logout, so this is how a session ends.

        Tokens in a store passed to the constructor stay there, as that is what it is for.
        """
        # No lock: a renewal in flight on this event loop could hold it, and waiting here
        # would then never end. Plain assignments are atomic enough for "forget".
        self._token = None
        self._basic_token = None
        self._failure = None
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
            if self._is_placeholder(request):
                del request.headers["Authorization"]
            yield request
            return
        token = cast(Token, (yield _TokenWanted(None)))
        response = cast(httpx.Response, (yield self._authorize(request, token)))
        if response.status_code != httpx.codes.UNAUTHORIZED:
            return
        logger.debug("%s %s got 401; renewing the token", request.method, request.url.path)
        renewed = cast(Token, (yield _TokenWanted(token)))
        if not isinstance(request.stream, httpx.ByteStream):
            raise AuthenticationError(
                f"{request.method} {request.url.path} was rejected as unauthorized and its "
                "streamed body cannot be sent again; the token has been renewed, retry the call"
            )
        response = cast(httpx.Response, (yield self._authorize(request, renewed)))
        if response.status_code == httpx.codes.UNAUTHORIZED:
            raise AuthenticationError(
                f"{request.method} {request.url.path} was rejected as unauthorized again "
                "with a renewed token"
            )

    def _manages(self, request: httpx.Request) -> bool:
        if request.url.path.lower().endswith(_TOKEN_PATHS):
            return False
        return "Authorization" not in request.headers or self._is_placeholder(request)

    @staticmethod
    def _is_placeholder(request: httpx.Request) -> bool:
        header: str = request.headers.get("Authorization", "")
        return header.endswith(PLACEHOLDER_TOKEN)

    @staticmethod
    def _authorize(request: httpx.Request, token: Token) -> httpx.Request:
        request.headers["Authorization"] = f"Bearer {token.access_token}"
        return request

    # Deciding whether to renew --------------------------------------------------------------

    def _advisory(self, token: Token) -> float:
        return min(self._advisory_window, _ADVISORY_SHARE * token.lifetime)

    def _mandatory(self, token: Token) -> float:
        return min(self._mandatory_window, _MANDATORY_SHARE * token.lifetime)

    def _check(self, rejected: Token | None) -> tuple[Token | None, _Need]:
        """What the caller must do with the current token; lock-free, so re-checked under it."""
        token = self._token
        if token is None or _same(token, rejected):
            return token, _Need.WAIT
        now = self._clock()
        remaining = token.remaining(now)
        if remaining > self._advisory(token):
            return token, _Need.NOTHING
        failure = self._failure
        cooldown = min(_COOLDOWN_MAX, _COOLDOWN_SHARE * token.lifetime)
        if remaining > 0 and failure is not None and now - failure.at < cooldown:
            return token, _Need.NOTHING
        if remaining > self._mandatory(token):
            return token, _Need.TRY
        return token, _Need.WAIT

    def _usable(self, token: Token | None, rejected: Token | None) -> bool:
        if token is None or _same(token, rejected):
            return False
        return token.remaining(self._clock()) > 0

    # Single flight --------------------------------------------------------------------------

    def _sync_token(self, rejected: Token | None) -> Token:
        token, need = self._check(rejected)
        if token is not None and need is _Need.NOTHING:
            return token
        seen = self._attempts
        if need is _Need.TRY:
            if not self._lock.acquire(blocking=False):
                return cast(Token, token)
        elif not self._lock.acquire(timeout=_LOCK_TIMEOUT):
            raise _lock_timeout()
        try:
            return self._drive_sync(self._renew(seen, rejected))
        finally:
            self._lock.release()

    async def _async_token(self, rejected: Token | None) -> Token:
        token, need = self._check(rejected)
        if token is not None and need is _Need.NOTHING:
            return token
        seen = self._attempts
        loop_lock = self._loop_lock()
        if need is _Need.TRY and loop_lock.locked():
            return cast(Token, token)
        async with loop_lock:
            if need is _Need.TRY:
                if not self._lock.acquire(blocking=False):
                    return cast(Token, token)
            else:
                await self._acquire_in_thread()
            try:
                return await self._drive_async(self._renew(seen, rejected))
            finally:
                self._lock.release()

    def _loop_lock(self) -> asyncio.Lock:
        # asyncio locks belong to one loop; a session used from several loops gets one per loop.
        loop = asyncio.get_running_loop()
        with self._loop_locks_guard:
            lock = self._loop_locks.get(loop)
            if lock is None:
                lock = self._loop_locks[loop] = asyncio.Lock()
            return lock

    async def _acquire_in_thread(self) -> None:
        if self._lock.acquire(blocking=False):
            return
        # A thread (or another loop) is renewing: wait for it off the event loop.
        waiter = asyncio.get_running_loop().run_in_executor(
            None, self._lock.acquire, True, _LOCK_TIMEOUT
        )
        try:
            acquired = await asyncio.shield(waiter)
        except asyncio.CancelledError:
            # The executor thread may still get the lock after we are gone: hand it back then.
            waiter.add_done_callback(self._release_if_acquired)
            raise
        if not acquired:
            raise _lock_timeout()

    def _release_if_acquired(self, waiter: asyncio.Future[bool]) -> None:
        if not waiter.cancelled() and waiter.exception() is None and waiter.result():
            self._lock.release()

    # Renewal: one generator for both drivers ------------------------------------------------

    def _renew(
        self, seen: int, rejected: Token | None
    ) -> Generator[httpx.Request, httpx.Response, Token]:
        """Under the lock: reuse, adopt or obtain a token, applying the failure policy."""
        token, need = self._check(rejected)
        if token is not None and need is _Need.NOTHING:
            return token
        failure = self._failure
        if self._attempts != seen and failure is not None:
            # A renewal failed while we waited for the lock; trying again at once would turn
            # an outage into a queue of doomed requests.
            shared = copy.copy(failure.error)
            shared.__cause__ = failure.error
            return self._fall_back(token, rejected, shared)
        stored = self._store.load(self._key)
        if stored is not None and self._adoptable(stored, token, rejected):
            logger.debug("using a token renewed elsewhere (store)")
            self._token = stored
            return stored
        try:
            renewed = yield from self._obtain(token or stored)
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

    def _adoptable(self, stored: Token, token: Token | None, rejected: Token | None) -> bool:
        if token is not None and stored.access_token == token.access_token:
            return False
        remaining = stored.remaining(self._clock())
        return remaining > self._mandatory(stored) and not _same(stored, rejected)

    def _fall_back(self, token: Token | None, rejected: Token | None, error: Exception) -> Token:
        if token is None or not self._usable(token, rejected):
            raise error
        logger.warning(
            "token renewal failed (%s); going on with the current token, valid for %.0f s",
            error,
            token.remaining(self._clock()),
        )
        return token

    def _obtain(self, base: Token | None) -> Generator[httpx.Request, httpx.Response, Token]:
        """Refresh ``base`` if there is one; if that is refused, or there is none, log in."""
        if base is not None:
            logger.debug("refreshing the access token")
            response = yield self._request(
                "POST", "/Auth/refresh-token", json={"refreshtoken": base.refresh_token}
            )
            if response.status_code == httpx.codes.OK:
                return self._grant(response)
            if response.status_code not in _REFRESH_REFUSED:
                raise ApiError.from_reply(response.status_code, response.content)
            logger.info("refresh token refused (%d); logging in again", response.status_code)
        if self._basic_token is None:
            response = yield self._request("GET", "/Auth/basic-token")
            self._basic_token = _basic_token(response)
        logger.debug("logging in as %s", self.username)
        response = yield self._request(
            "POST",
            "/Auth/login",
            json={"username": self.username, "password": self._password},
            headers={
                "Authorization": f"Basic {self._basic_token}",
                "solution-key": self._solution_key,
            },
        )
        if response.status_code == httpx.codes.OK:
            return self._grant(response)
        if response.status_code in _LOGIN_REFUSED:
            # The basic token might be the one that was refused: fetch it again next time.
            self._basic_token = None
            reason = ApiError.from_reply(response.status_code, response.content)
            raise AuthenticationError(f"login refused for {self.username!r}: {reason}")
        raise ApiError.from_reply(response.status_code, response.content)

    def _request(self, method: str, path: str, **kwargs: Any) -> httpx.Request:
        return httpx.Request(method, self.auth_url + path, **kwargs)

    def _grant(self, response: httpx.Response) -> Token:
        """The token of a login or refresh reply, its expiry counted from now, when it arrived."""
        arrived = self._clock()
        try:
            body = response.json()
            access, refresh = body["access_token"], body["refresh_token"]
            lifetime = float(body["expires_in"])
            bearer = str(body.get("token_type") or "bearer").lower() == "bearer"
        except (ValueError, KeyError, TypeError, AttributeError):
            bearer = False
        if not (bearer and _nonempty(access) and _nonempty(refresh) and lifetime > 0):
            raise ApiError(
                response.status_code,
                "the token reply lacks a bearer access_token, refresh_token or expires_in",
            )
        return Token(access, refresh, lifetime, arrived + lifetime)

    # I/O: the only code that differs between sync and async --------------------------------

    def _drive_sync(self, flow: Generator[httpx.Request, httpx.Response, Token]) -> Token:
        if self._client is None:
            self._client = httpx.Client(transport=sync_part(self._transport), timeout=self._timeout)
        try:
            request = next(flow)
            while True:
                try:
                    response = self._client.send(request)
                except httpx.HTTPError as exc:
                    request = flow.throw(_transport_error(request, exc))
                else:
                    request = flow.send(response)
        except StopIteration as stop:
            token: Token = stop.value
            return token

    async def _drive_async(self, flow: Generator[httpx.Request, httpx.Response, Token]) -> Token:
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(
                transport=async_part(self._transport), timeout=self._timeout
            )
        try:
            request = next(flow)
            while True:
                try:
                    response = await self._async_client.send(request)
                except httpx.HTTPError as exc:
                    request = flow.throw(_transport_error(request, exc))
                else:
                    request = flow.send(response)
        except StopIteration as stop:
            token: Token = stop.value
            return token


def _nonempty(value: object) -> bool:
    return isinstance(value, str) and bool(value)


def _same(token: Token, other: Token | None) -> bool:
    return other is not None and token.access_token == other.access_token


def _basic_token(response: httpx.Response) -> str:
    if response.status_code != httpx.codes.OK:
        raise ApiError.from_reply(response.status_code, response.content)
    try:
        data = response.json().get("data")
    except (ValueError, AttributeError):
        data = None
    if not isinstance(data, str) or not data:
        raise ApiError(response.status_code, "the basic-token reply has no token in data")
    return data


def _transport_error(request: httpx.Request, exc: httpx.HTTPError) -> TransportError:
    # Only the class name: some httpx messages (h11's header checks) quote header values, and
    # headers hold secrets here. The httpx error stays reachable as the cause.
    error = TransportError(f"{type(exc).__name__} on {request.method} {request.url.path}")
    error.__cause__ = exc
    return error


def _lock_timeout() -> TransportError:
    return TransportError(f"gave up after {_LOCK_TIMEOUT:.0f} s waiting for a token renewal")
