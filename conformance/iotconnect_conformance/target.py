"""What a run checks: a server, the user to check it as, and optionally another tenant's user."""

from __future__ import annotations

from dataclasses import dataclass, field

from iotconnect import DISCOVERY_URL, IoTConnect

from .preflight import origin

__all__ = ["Identity", "Target"]


@dataclass(frozen=True)
class Identity:
    """A user of another tenant on the same hosts (to check that tenants are isolated)."""

    username: str
    password: str = field(repr=False)
    solution_key: str = field(repr=False)


@dataclass(frozen=True)
class Target:
    """A server to check and the user to check it as; :func:`run` takes ``None`` for the mock.

    Give ``environment`` (and ``platform``) to find the hosts through discovery, or ``auth_url``
    and ``device_url``. ``discovery_url`` defaults to the origin of ``auth_url`` when the hosts
    are given (the mock serves discovery there), else to the public discovery service. ``peer``
    is a user of another tenant: with one, the run checks that it sees none of this tenant.
    """

    username: str
    password: str = field(repr=False)
    solution_key: str = field(repr=False)
    environment: str | None = None
    platform: str = "aws"
    auth_url: str | None = None
    device_url: str | None = None
    discovery_url: str | None = None
    peer: Identity | None = None

    def discovery(self) -> str:
        """The discovery host this run uses (see the class docstring)."""
        if self.discovery_url:
            return self.discovery_url
        if self.auth_url and self.device_url:
            return origin(self.auth_url)
        return DISCOVERY_URL

    def connection(self, identity: Identity | None = None) -> dict[str, str | None]:
        """The keyword arguments of :class:`~iotconnect.IoTConnect` for this target's user
        (or another ``identity`` on the same hosts)."""
        who = identity or Identity(self.username, self.password, self.solution_key)
        return {
            "username": who.username,
            "password": who.password,
            "solution_key": who.solution_key,
            "environment": self.environment,
            "platform": self.platform,
            "auth_url": self.auth_url,
            "device_url": self.device_url,
            "discovery_url": self.discovery(),
        }

    def secrets(self) -> list[str]:
        """The passwords and solution keys of the run's users: never printed or written."""
        peer = [] if self.peer is None else [self.peer.password, self.peer.solution_key]
        return [self.password, self.solution_key, *peer]

    def session(self) -> IoTConnect:
        """A new session of this target's user."""
        return IoTConnect(**self.connection())  # type: ignore[arg-type]

    def describe(self) -> str:
        """Where the run goes, without secrets: hosts by origin, discovery by environment."""
        if self.auth_url and self.device_url:
            hosts = f"auth {self.auth_url}, device {self.device_url}"
        else:
            hosts = f"hosts found through discovery at {origin(self.discovery())}"
            hosts += f" (environment {self.environment}, platform {self.platform})"
        return f"{hosts}, as {self.username}"
