"""Access tokens (HS256 JWTs signed by the mock) and rotating, single-use refresh tokens."""

from __future__ import annotations

import hashlib
import secrets
import threading
from dataclasses import dataclass
from typing import Any

import jwt

from .clock import Clock
from .records import Company, User
from .store import Store

__all__ = ["AUDIENCE", "ISSUER", "InvalidToken", "Principal", "TokenService"]

ISSUER = "iotconnect-mock"
AUDIENCE = "iotconnect"
_VERIFIED_CACHE_SIZE = 4096
_SECRET_META_KEY = "jwt_secret"  # noqa: S105 - the name of a meta row, not a secret


class InvalidToken(Exception):
    """The bearer token is missing, malformed, foreign, expired or names no known user."""


@dataclass(frozen=True, slots=True)
class Principal:
    """Who a valid access token speaks for."""

    user: User
    company: Company


def _hash(refresh_token: str) -> str:
    # Only hashes are stored: a leaked database file holds no usable refresh token.
    return hashlib.sha256(refresh_token.encode()).hexdigest()


class TokenService:
    """Issues and checks tokens against the store, reading time from the mock's clock."""

    def __init__(
        self,
        store: Store,
        clock: Clock,
        *,
        token_ttl: int,
        refresh_ttl: int,
        secret: str | None = None,
        dedicated: bool = False,
    ) -> None:
        """Use ``secret`` to sign, else the one kept in the store, else a fresh random one.

        ``dedicated``: login tokens say the instance is dedicated (``isCpidOptional``).
        """
        self.dedicated = dedicated
        self._store = store
        self._clock = clock
        self.token_ttl = token_ttl
        self.refresh_ttl = refresh_ttl
        self._fixed_secret = secret
        self._secret = self._load_secret()
        # Signature checks cost more than the rest of a list request (pyjwt scans every
        # character); a token that passed once is remembered by its exact text. Expiry and the
        # user's membership are still checked on every use.
        self._verified: dict[str, tuple[float, dict[str, Any]]] = {}
        self._verified_lock = threading.Lock()

    def _load_secret(self) -> str:
        if self._fixed_secret is not None:
            return self._fixed_secret
        # Kept in the database so tokens stay valid across restarts on the same file.
        stored = self._store.get_meta(_SECRET_META_KEY)
        if stored is None:
            stored = secrets.token_hex(32)
            self._store.set_meta(_SECRET_META_KEY, stored)
        return stored

    def rotate_secret(self) -> None:
        """Draw a new signing key (after a reset), so every earlier token stops working."""
        self._secret = self._load_secret()
        with self._verified_lock:
            self._verified.clear()

    def issue(self, principal: Principal, *, refreshed: bool = False) -> dict[str, Any]:
        """A login/refresh reply body: access token, lifetime and a new refresh token."""
        now = self._clock.now()
        user, company = principal.user, principal.company
        claims: dict[str, Any] = {
            "id": user.guid,
            "companyId": company.guid,
            "roleId": user.role_guid,
            "roleName": user.role_name,
            "cpId": company.cp_id,
            "entityGuid": user.entity_guid,
            "solutionGuid": company.solution_guid,
            "solutionKey": company.solution_key,
            # True on a dedicated instance, where a device's MQTT client id is its unique id.
            "isCpidOptional": self.dedicated,
        }
        if refreshed:
            # The real service's refreshed tokens lack optional user fields: roleName, and
            # isCpidOptional (clients then assume a shared instance; api-facts).
            del claims["roleName"]
            del claims["isCpidOptional"]
        payload = {
            "iat": int(now),
            "exp": int(now) + self.token_ttl,
            "iss": ISSUER,
            "aud": AUDIENCE,
            "user": claims,
        }
        access_token = jwt.encode(payload, self._secret, algorithm="HS256")
        refresh_token = secrets.token_urlsafe(32)
        expires_ms = int((now + self.refresh_ttl) * 1000)
        self._store.add_refresh_token(_hash(refresh_token), user.guid, expires_ms)
        return {
            "token_type": "bearer",
            "access_token": access_token,
            "expires_in": self.token_ttl,
            "refresh_token": refresh_token,
            "status": 200,
        }

    def _claims(self, token: str) -> tuple[float, dict[str, Any]]:
        with self._verified_lock:
            cached = self._verified.get(token)
        if cached is not None:
            return cached
        try:
            payload = jwt.decode(
                token,
                self._secret,
                algorithms=["HS256"],
                audience=AUDIENCE,
                issuer=ISSUER,
                # Time is checked by the caller against the mock's clock, which tests advance:
                # PyJWT would compare exp and iat with the wall clock, and a token issued after
                # an advance would have an iat in the future.
                options={
                    "verify_exp": False,
                    "verify_iat": False,
                    "verify_nbf": False,
                    "require": ["exp", "iss", "aud"],
                },
            )
        except jwt.PyJWTError:
            raise InvalidToken("malformed or foreign token") from None
        exp = payload.get("exp")
        claims = payload.get("user")
        if (
            not isinstance(exp, int | float)
            or isinstance(exp, bool)
            or not isinstance(claims, dict)
        ):
            raise InvalidToken("token lacks exp or user")
        entry = (float(exp), claims)
        with self._verified_lock:
            if len(self._verified) >= _VERIFIED_CACHE_SIZE:
                self._verified.clear()
            self._verified[token] = entry
        return entry

    def verify(self, token: str) -> Principal:
        """The principal of a valid access token, or ``InvalidToken``."""
        exp, claims = self._claims(token)
        if exp <= self._clock.now():
            raise InvalidToken("token expired")
        user = self._store.user(str(claims.get("id", "")))
        if user is None or user.company_guid != claims.get("companyId"):
            raise InvalidToken("token names no user of that company")
        company = self._store.company(user.company_guid)
        if company is None or company.solution_key != claims.get("solutionKey"):
            raise InvalidToken("token names another solution")
        return Principal(user=user, company=company)

    def redeem(self, refresh_token: str) -> Principal | None:
        """Spend a refresh token and return its principal; ``None`` if unknown, spent or expired."""
        user_guid = self._store.spend_refresh_token(_hash(refresh_token), self._clock.now_ms())
        if user_guid is None:
            return None
        user = self._store.user(user_guid)
        company = None if user is None else self._store.company(user.company_guid)
        if user is None or company is None:
            return None
        return Principal(user=user, company=company)
