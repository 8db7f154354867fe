"""When to renew a token: windows scaled to the token's lifetime, and a cool-down after a failure.

The policy of botocore's ``RefreshableCredentials``, with windows that shrink with the token's
lifetime so that a 300 s service-account token is not refreshed on every call (botocore#2189):

* more than the *advisory* window left: use the token as it is;
* inside the advisory window: refresh if nobody else is refreshing, else use the token;
* inside the *mandatory* window, expired, or just rejected with a 401: wait for a renewal.

After a failed renewal, callers go on with a still-valid token for a short cool-down before
anyone tries again, so an outage costs one request per cool-down and not one per call.

"Valid" ends a *safety margin* before ``expires_in`` runs out: the service counts the lifetime
from when it issued the token (a request's latency earlier than the reply arrived here) and
cuts ``exp`` to whole seconds, so it may refuse a token a second before this client's count
ends. The margin, min(5 s, the mandatory window), lies inside the mandatory window, which lies
inside the advisory one: advisory >= mandatory >= margin >= 0 for every lifetime.

Pure: no I/O, no lock and no clock of its own. Every answer depends on the arguments only (the
time is one of them), so tests step time by passing numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Final

from .errors import ConfigurationError
from .tokens import Token

__all__ = ["ADVISORY_WINDOW", "EXPIRY_MARGIN", "MANDATORY_WINDOW", "Need", "RenewalPolicy", "same"]

ADVISORY_WINDOW: Final[float] = 15 * 60.0
"""Longest advisory window in seconds: from here on, try to refresh without waiting."""
MANDATORY_WINDOW: Final[float] = 10 * 60.0
"""Longest mandatory window in seconds: from here on, every caller waits for a renewal."""
EXPIRY_MARGIN: Final[float] = 5.0
"""Longest safety margin in seconds: from here on a token counts as expired."""

# The windows never exceed these shares of the lifetime: a 300 s token is used for 240 s
# before anyone tries to refresh it, an 86,400 s token is refreshed 15 minutes early.
_ADVISORY_SHARE: Final = 0.2
_MANDATORY_SHARE: Final = 0.1
# The cool-down is this share of the lifetime, at most a minute: long enough to spare a failing
# service, short enough that a recovered one is used again well before the token runs out.
_COOLDOWN_SHARE: Final = 0.02
_COOLDOWN_MAX: Final = 60.0


class Need(Enum):
    """What a caller must do before sending a request with the current token."""

    NOTHING = "use the current token"
    TRY = "refresh unless someone else is"
    WAIT = "wait for a renewal"


@dataclass(frozen=True)
class RenewalPolicy:
    """Renewal windows capped at ``advisory_window`` and ``mandatory_window`` seconds."""

    advisory_window: float = ADVISORY_WINDOW
    mandatory_window: float = MANDATORY_WINDOW

    def __post_init__(self) -> None:
        """Refuse windows in the wrong order: the mandatory one lies inside the advisory one."""
        if not 0 <= self.mandatory_window <= self.advisory_window:
            raise ConfigurationError("need 0 <= mandatory_window <= advisory_window")

    def advisory(self, token: Token) -> float:
        """Seconds before expiry from which ``token`` is refreshed if nobody else is."""
        return min(self.advisory_window, _ADVISORY_SHARE * token.lifetime)

    def mandatory(self, token: Token) -> float:
        """Seconds before expiry from which every caller waits for ``token``'s renewal."""
        return min(self.mandatory_window, _MANDATORY_SHARE * token.lifetime)

    def margin(self, token: Token) -> float:
        """Seconds before expiry from which ``token`` counts as expired (within the mandatory
        window, so a token is always due for renewal before it stops being used)."""
        return min(EXPIRY_MARGIN, self.mandatory(token))

    def usable(self, token: Token | None, now: float, *, rejected: Token | None) -> bool:
        """Whether a request may still be sent with ``token``: not ``rejected``, and more than
        its safety margin left."""
        return (
            token is not None
            and not same(token, rejected)
            and token.remaining(now) > self.margin(token)
        )

    def cooldown(self, token: Token) -> float:
        """Seconds after a failed renewal during which a valid ``token`` is used as it is."""
        return min(_COOLDOWN_MAX, _COOLDOWN_SHARE * token.lifetime)

    def need(
        self,
        token: Token | None,
        now: float,
        *,
        rejected: Token | None = None,
        failed_at: float | None = None,
    ) -> Need:
        """What to do at ``now`` with ``token`` (None: there is none yet).

        ``rejected`` is a token the service just refused with a 401; ``failed_at`` is when the
        last renewal failed, if the last one did.
        """
        if token is None or same(token, rejected):
            return Need.WAIT
        remaining = token.remaining(now)
        if remaining > self.advisory(token):
            return Need.NOTHING
        if (
            remaining > self.margin(token)
            and failed_at is not None
            and now - failed_at < self.cooldown(token)
        ):
            return Need.NOTHING
        if remaining > self.mandatory(token):
            return Need.TRY
        return Need.WAIT

    def adoptable(
        self, stored: Token, now: float, *, current: Token | None, rejected: Token | None
    ) -> bool:
        """Whether a token found in the store can stand in for a renewal.

        It must differ from ``current`` (else it is the token being renewed) and from
        ``rejected``, and have more than its mandatory window left.
        """
        if current is not None and same(stored, current):
            return False
        return stored.remaining(now) > self.mandatory(stored) and not same(stored, rejected)


def same(token: Token, other: Token | None) -> bool:
    """Whether ``other`` is ``token`` (same access token), possibly another copy of it."""
    return other is not None and token.access_token == other.access_token
