"""The Auth service: basic token, login, refresh and verify, and bearer checks for the others."""

from __future__ import annotations

import base64

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute

from ._http import Fields, endpoint, json_fields
from ._json import JsonResponse, envelope
from ._state import context
from .errors import AuthError, DeviceError
from .seed import check_password
from .tokens import InvalidToken, Principal

__all__ = ["BASIC_TOKEN", "authenticate", "routes"]

#: The OAuth client id and secret the service hands to everyone, base64 as on the wire.
BASIC_TOKEN = base64.b64encode(b"iotconnect-mock-client:iotconnect-mock-client-secret").decode()


def _scheme_value(request: Request, scheme: str) -> str | None:
    header = request.headers.get("authorization", "")
    name, _, value = header.strip().partition(" ")
    if name.lower() != scheme or not value.strip():
        return None
    return value.strip()


def authenticate(request: Request) -> Principal:
    """The caller behind the bearer token, or a 401 in the device-service shape."""
    token = _scheme_value(request, "bearer")
    if token is None:
        raise DeviceError(401, "Unauthorized")
    try:
        return context(request).tokens.verify(token)
    except InvalidToken:
        raise DeviceError(401, "Unauthorized") from None


def _validation_failed(fields: Fields) -> AuthError:
    return AuthError(412, "; ".join(e.message for e in fields.errors))


async def basic_token(request: Request) -> Response:
    """``GET /Auth/basic-token``: the basic token every client logs in with."""
    return envelope(BASIC_TOKEN, message="Basic token has been generated successfully")


async def login(request: Request) -> Response:
    """``POST /Auth/login``: basic token + solution key + username/password -> tokens."""
    ctx = context(request)
    if _scheme_value(request, "basic") != BASIC_TOKEN:
        raise AuthError(401, "Invalid or missing basic token")
    company = ctx.store.company_by_key(request.headers.get("solution-key", "").strip())
    if company is None:
        raise AuthError(401, "Invalid solution key")
    fields = await json_fields(request, ("username", "password"))
    username = fields.string("username", required=True)
    password = fields.string("password", required=True)
    if fields.errors or username is None or password is None:
        raise _validation_failed(fields)
    found = ctx.store.user_credentials(company.guid, username)
    if found is None or not check_password(found[1], found[2], password):
        raise AuthError(401, "Invalid username or password")
    return JsonResponse(ctx.tokens.issue(Principal(user=found[0], company=company)))


async def refresh_token(request: Request) -> Response:
    """``POST /Auth/refresh-token``: spend a refresh token for a new pair (409 if spent)."""
    ctx = context(request)
    fields = await json_fields(request, ("refreshtoken",))
    token = fields.string("refreshtoken", required=True)
    if fields.errors or token is None:
        raise _validation_failed(fields)
    principal = ctx.tokens.redeem(token)
    if principal is None:
        raise AuthError(409, "Invalid refresh token")
    return JsonResponse(ctx.tokens.issue(principal, refreshed=True))


async def verify_token(request: Request) -> Response:
    """``GET /Auth/verify-token``: 200 for a valid bearer token, else 401."""
    authenticate(request)
    return envelope([], message="Token is valid")


routes: list[BaseRoute] = [
    endpoint("/Auth/basic-token", {"GET": basic_token}),
    endpoint("/Auth/login", {"POST": login}),
    endpoint("/Auth/refresh-token", {"POST": refresh_token}),
    endpoint("/Auth/verify-token", {"GET": verify_token}),
]
