"""What the parent hands each ``schemathesis run`` child, through one environment variable.

The parent resolves everything once (hosts, references, the run's device prefix) so that every
child checks the same target the same way; secrets travel in the environment, never in a file.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Final

from iotconnect import IoTConnect

from .limits import MAX_REPLY_BYTES, CappedTransport

__all__ = ["HANDOFF_VARIABLE", "Handoff"]

#: How the child process learns what to check and as whom.
HANDOFF_VARIABLE: Final = "IOTC_CONFORMANCE_HANDOFF"


@dataclass(frozen=True)
class Handoff:
    """Resolved hosts, references and credentials of one run, as a child needs them."""

    #: The session the child authenticates with (keyword arguments of IoTConnect, hosts
    #: resolved); the hosts, the solution key and the login below are read from it.
    connection: dict[str, str | None] = field(repr=False)
    #: A user of another tenant on the same hosts (IoTConnect keyword arguments), for isolation.
    peer_connection: dict[str, str | None] | None = field(default=None, repr=False)
    #: An access token the server must refuse as expired (``None``: that check cannot run).
    expired_token: str | None = field(default=None, repr=False)
    #: Whether the run may send state-changing requests at all.
    writes: bool = False
    #: Every device this run creates gets a unique id that starts with this.
    device_prefix: str = "conformance-"
    #: The user's entity (valid creates and entity reads name it) and the template a valid
    #: create names (``None`` in a read-only run).
    entity_guid: str | None = None
    template_guid: str | None = None
    #: The run's device log (see :class:`iotconnect_conformance.devices.DeviceLog`).
    device_log: Path | None = None
    #: A device the tenant held at the preflight: valid reads of one device name it.
    sample_guid: str | None = None
    sample_unique_id: str | None = None
    #: The most a reply body may hold (see :mod:`iotconnect_conformance.limits`).
    max_reply_bytes: int = MAX_REPLY_BYTES

    @property
    def auth_url(self) -> str:
        """The auth service's base URL."""
        return str(self.connection["auth_url"])

    @property
    def device_url(self) -> str:
        """The device service's base URL."""
        return str(self.connection["device_url"])

    @property
    def discovery_url(self) -> str:
        """The discovery host."""
        return str(self.connection["discovery_url"])

    @property
    def solution_key(self) -> str:
        """The solution key: discovery takes it as a path parameter, login as a header."""
        return str(self.connection["solution_key"])

    @property
    def login(self) -> tuple[str, str]:
        """The target's user, whom valid login cases log in (the reports are redacted)."""
        return str(self.connection["username"]), str(self.connection["password"])

    def base_url(self, tag: str) -> str:
        """The base URL of the service that operations with this tag belong to."""
        return {"auth": self.auth_url, "discovery": self.discovery_url}.get(tag, self.device_url)

    def to_json(self) -> str:
        """The handoff as JSON, for the child process."""
        data = asdict(self)
        data["device_log"] = None if self.device_log is None else str(self.device_log)
        return json.dumps(data)

    @classmethod
    def from_json(cls, text: str) -> Handoff:
        """The inverse of :meth:`to_json`."""
        data: dict[str, Any] = json.loads(text)
        log = data.pop("device_log")
        return cls(**data, device_log=None if log is None else Path(log))

    def session(self) -> IoTConnect:
        """The child's session: the target's user on the resolved hosts, replies capped."""
        transport = CappedTransport(self.max_reply_bytes)
        return IoTConnect(**self.connection, transport=transport)  # type: ignore[arg-type]

    def peer_session(self) -> IoTConnect | None:
        """A session of the other tenant's user, when the run has one."""
        if self.peer_connection is None:
            return None
        transport = CappedTransport(self.max_reply_bytes)
        return IoTConnect(**self.peer_connection, transport=transport)  # type: ignore[arg-type]
