"""IoTConnect's login and refresh protocol, as the refresher that the token driver calls.

``GET /Auth/basic-token`` gives a token that is the same for every user of the host; ``POST
/Auth/login`` sends the user's name and password with HTTP Basic of that token and the
``solution-key`` header; ``POST /Auth/refresh-token`` trades a refresh token for new tokens.
Refresh tokens rotate: each is good for one refresh, and the service answers 409 to a spent one.

A refused refresh (400/401/403/409/412) falls back to one login; a refused login raises
:class:`~iotconnect.errors.AuthenticationError`; any other answer raises
:class:`~iotconnect.errors.ApiError`. One renewal sends at most one refresh and one login.

The requests are built and the replies parsed by the generated operations
(``iotconnect_client.api.auth``). A renewal is a generator that yields each ``httpx.Request`` and
is sent back its response, as ``httpx.Auth.auth_flow`` is, so it does no I/O and serves the sync
and the async driver alike.
The driver throws a :class:`~iotconnect.errors.TransportError` into it when a request could not
be sent. This is the seam botocore calls ``refresh_using``.
"""

from __future__ import annotations

import logging
from collections.abc import Generator
from typing import Final, Protocol, TypeGuard

import httpx

from iotconnect_client.api import OPERATIONS
from iotconnect_client.api.auth import get_basic_token, login, refresh_token
from iotconnect_client.models import (
    BasicTokenResponse,
    LoginRequest,
    RefreshTokenRequest,
    TokenResponse,
)
from iotconnect_client.types import RequestKwargs

from ._limits import fits_header
from ._routes import DECODING, Operation, build_request
from ._secrets import remember
from .errors import ApiError, AuthenticationError
from .tokens import Clock, Token

__all__ = ["Refresher", "Renewal", "VendorLogin"]

logger = logging.getLogger("iotconnect.auth")

Renewal = Generator[httpx.Request, httpx.Response, Token]
"""Requests out, responses in, a token at the end."""

# Answers to a refresh that mean "this refresh token is no good", as opposed to "try later".
_REFRESH_REFUSED: Final = frozenset({400, 401, 403, 409, 412})
_LOGIN_REFUSED: Final = frozenset({400, 401, 403, 412})
_TOKEN_MODULES: Final = (get_basic_token.__name__, login.__name__, refresh_token.__name__)
_TOKEN_PATHS: Final = tuple(
    info.path.lower() for info in OPERATIONS if info.module in _TOKEN_MODULES
)


class Refresher(Protocol):
    """How to get a token, as requests; the driver decides when, and sends them."""

    def __call__(self, current: Token | None, /) -> Renewal:
        """Renew ``current`` (None: there is none, so log in)."""
        ...

    def forget(self) -> None:
        """Drop whatever the protocol caches between renewals."""

    def sends(self, request: httpx.Request) -> bool:
        """Whether ``request`` is one of the protocol's own, which must not carry a bearer."""
        ...


class VendorLogin:
    """The refresher for one user of one solution at ``auth_url`` (the auth service base URL).

    ``clock`` stamps each token on arrival: expiry is counted from when the reply came.
    """

    def __init__(
        self, *, username: str, password: str, solution_key: str, auth_url: str, clock: Clock
    ) -> None:
        """Keep the credentials; nothing is sent until a renewal runs."""
        self.username = username
        self.auth_url = auth_url.rstrip("/")
        self._password = password
        self._solution_key = solution_key
        self._clock = clock
        self._basic_token: str | None = None
        # Server text that quotes them (a password echoed in a 401) is masked from now on.
        remember(password, solution_key)

    def __repr__(self) -> str:
        """Name the user and host; credentials and tokens stay out."""
        return f"VendorLogin(username={self.username!r}, auth_url={self.auth_url!r})"

    def __call__(self, current: Token | None, /) -> Renewal:
        """Refresh ``current`` if there is one; if that is refused, or there is none, log in."""
        if current is not None:
            logger.debug("refreshing the access token")
            spent = RefreshTokenRequest(refreshtoken=current.refresh_token)
            response = yield self._request(refresh_token.request_kwargs(body=spent))
            if response.status_code == httpx.codes.OK:
                return self._grant(refresh_token, response)
            if response.status_code not in _REFRESH_REFUSED:
                raise ApiError.from_reply(response.status_code, response.content)
            logger.info("refresh token refused (%d); logging in again", response.status_code)
        if not fits_header(self._solution_key):
            # httpx would raise a UnicodeEncodeError that holds the whole key.
            raise AuthenticationError(
                "the solution key cannot be sent in the solution-key header: it holds a "
                "character other than printable ASCII, or is too long"
            )
        if self._basic_token is None:
            response = yield self._request(get_basic_token.request_kwargs())
            self._basic_token = _basic_token(response)
        logger.debug("logging in as %s", self.username)
        credentials = LoginRequest(username=self.username, password=self._password)
        response = yield self._request(
            login.request_kwargs(body=credentials),
            # The spec's basicToken security scheme: not parameters of the operation.
            {"Authorization": f"Basic {self._basic_token}", "solution-key": self._solution_key},
        )
        if response.status_code == httpx.codes.OK:
            return self._grant(login, response)
        if response.status_code in _LOGIN_REFUSED:
            # The basic token might be the one that was refused: fetch it again next time.
            self._basic_token = None
            reason = ApiError.from_reply(response.status_code, response.content)
            raise AuthenticationError(f"login refused for {self.username!r}: {reason}")
        raise ApiError.from_reply(response.status_code, response.content)

    def forget(self) -> None:
        """Drop the basic token, so that the next login fetches it again."""
        self._basic_token = None

    def sends(self, request: httpx.Request) -> bool:
        """Whether ``request`` goes to one of the three token endpoints."""
        return request.url.path.lower().endswith(_TOKEN_PATHS)

    def _request(
        self, kwargs: RequestKwargs, security: dict[str, str] | None = None
    ) -> httpx.Request:
        return build_request(self.auth_url, kwargs, security)

    def _grant(self, operation: Operation, response: httpx.Response) -> Token:
        """The token of a login or refresh reply, its expiry counted from now, when it arrived."""
        arrived = self._clock()
        grant = _parsed(operation, response)
        try:
            if not isinstance(grant, TokenResponse):
                raise TypeError
            access, refresh = grant.access_token, grant.refresh_token
            lifetime = float(grant.expires_in)
            bearer = str(grant.token_type).lower() == "bearer"
        except (ValueError, TypeError):
            bearer = False
        if not (bearer and _sendable(access) and _nonempty(refresh) and lifetime > 0):
            raise ApiError(
                response.status_code,
                "the token reply lacks a bearer access_token (printable ASCII, to go in a "
                "header), refresh_token or expires_in",
            )
        remember(access, refresh)
        return Token(access, refresh, lifetime, arrived + lifetime)


def _nonempty(value: object) -> bool:
    return isinstance(value, str) and bool(value)


def _sendable(value: object) -> TypeGuard[str]:
    return isinstance(value, str) and bool(value) and fits_header(value)


def _parsed(operation: Operation, response: httpx.Response) -> object:
    """The generated parse of ``response``, or None when the body is not its model."""
    try:
        return operation.parse_response(response)
    except DECODING:
        return None


def _basic_token(response: httpx.Response) -> str:
    if response.status_code != httpx.codes.OK:
        raise ApiError.from_reply(response.status_code, response.content)
    parsed = _parsed(get_basic_token, response)
    data = parsed.data if isinstance(parsed, BasicTokenResponse) else None
    if not _sendable(data):
        raise ApiError(
            response.status_code,
            "the basic-token reply has no token in data that a header can carry",
        )
    remember(data)
    return data
