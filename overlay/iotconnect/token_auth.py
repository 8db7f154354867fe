"""The IoTConnect token lifecycle as one ``httpx.Auth``, shared by every client of a session.

Per request, :class:`TokenAuth` reads a frozen :class:`~iotconnect.tokens.Token`, sends the
request with it, and on a 401 renews once and replays once. Getting a token is lazy: nothing
is sent until the first request, which triggers ``GET /Auth/basic-token`` and ``POST
/Auth/login`` (HTTP Basic with the basic token, plus the ``solution-key`` header). Later
renewals refresh, with a fresh login when the service refuses the refresh token.

Three parts, as botocore splits ``RefreshableCredentials``: when to renew is a pure policy
(windows scaled to the token's lifetime, a cool-down after a failure; ``_renewal``), how is the
vendor's login and refresh protocol as a generator of requests (``_login``), and the
``httpx.Auth`` driver (``_driver``) runs it single flight across threads and event loops.
:class:`TokenAuth` is that driver, configured with the vendor protocol for one user.

The module is named for the session's ``iot.token_auth`` (this ``TokenAuth``), apart from
``iot.auth``, the generated client of the auth service; its lines go to the ``iotconnect.auth``
logger.
"""

from __future__ import annotations

import hashlib
import time
from urllib.parse import urlsplit

import httpx

from ._driver import RenewingAuth
from ._limits import DEFAULT_TIMEOUT
from ._login import VendorLogin
from ._renewal import ADVISORY_WINDOW, MANDATORY_WINDOW, RenewalPolicy
from .errors import DecodeError
from .tokens import Claims, Clock, TokenStore

__all__ = [
    "ADVISORY_WINDOW",
    "DEFAULT_TIMEOUT",
    "MANDATORY_WINDOW",
    "TokenAuth",
]


class TokenAuth(RenewingAuth):
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
        policy = RenewalPolicy(advisory_window, mandatory_window)
        login = VendorLogin(
            username=username,
            password=password,
            solution_key=solution_key,
            auth_url=auth_url,
            clock=clock,
        )
        self.username = username
        self.auth_url = login.auth_url
        # One user of one solution on one host; hashed so that the key names no secret.
        identity = "\n".join((self.auth_url, username, solution_key)).encode()
        key = hashlib.sha256(identity).hexdigest()[:32]
        super().__init__(
            login,
            key=key,
            store=store,
            policy=policy,
            clock=clock,
            transport=transport,
            timeout=timeout,
        )

    def __repr__(self) -> str:
        """Name the user and host; credentials and tokens stay out."""
        return f"TokenAuth(username={self.username!r}, auth_url={self.auth_url!r})"

    def claims(self) -> Claims:
        """The claims of the current access token, logging in first if needed (blocking); a
        :class:`~iotconnect.DecodeError` if the service issued a token that is not a JWT."""
        return self._claims(self.token().access_token)

    async def aclaims(self) -> Claims:
        """The claims of the current access token, logging in first if needed."""
        return self._claims((await self.atoken()).access_token)

    def _claims(self, access_token: str) -> Claims:
        try:
            return Claims.from_jwt(access_token)
        except ValueError as exc:  # the service's word: a typed error, the token left out
            where = f"a token request to {urlsplit(self.auth_url).netloc}"
            raise DecodeError(200, str(exc), "", request=where) from None
