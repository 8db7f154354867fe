"""Where the tenant is and who logs in: the connection options of every tenant command, once.

Each option takes its ``IOTC_*`` variable as default, so ``export`` lines (the mock's banner
prints them) set up a shell once. Credentials come from ``IOTC_USER``, ``IOTC_PASS`` and
``IOTC_SKEY`` only (read by :meth:`IoTConnect.from_env`), never from options, so that they stay
out of shell histories and process lists.

A command logs in afresh and keeps its tokens in memory, unless ``iotconnect login`` kept a
session for this user, solution and host in the file token store: then it uses that session,
and keeps it renewed there, until ``iotconnect logout`` or a failed renewal ends it.
"""

from __future__ import annotations

import enum
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Final, cast

import typer

from ..hooks import EventHooks
from ..tokens import FileTokenStore, MemoryTokenStore, StoreLock, Token
from .output import UsageError, usage_error

if TYPE_CHECKING:
    from ..client import IoTConnect, IoTConnectOptions

__all__ = ["Connection", "PlatformName", "SessionStore", "connection_options"]

_PANEL: Final = "Connection"


class PlatformName(enum.StrEnum):
    """The clouds a tenant runs on, spelled as the vendor CLI's ``IOTC_PF``."""

    aws = "aws"
    az = "az"


@dataclass(frozen=True)
class Connection:
    """The connection options of one command line."""

    environment: str | None
    platform: PlatformName
    auth_url: str | None
    device_url: str | None
    discovery_url: str | None
    user_url: str | None = None
    """The user service's base URL (entities), with --auth-url and --device-url."""
    event_hooks: EventHooks[None] | None = None
    """The output's hooks (a line per retry on a terminal), set by the command."""

    def session(
        self, *, store: SessionStore | None = None, password: str | None = None
    ) -> IoTConnect:
        """A session with the tenant, its tokens in ``store``; send nothing yet.

        The default store uses a session ``login`` kept, if there is one. ``password`` stands
        in for ``IOTC_PASS`` (``logout`` needs none). A missing setting is a usage error
        naming what to set.
        """
        if (self.auth_url is None) != (self.device_url is None):
            usage_error(
                "give --auth-url (IOTC_AUTH_URL) and --device-url (IOTC_DEVICE_URL) together"
            )
        if self.environment is None and self.auth_url is None:
            usage_error(
                "say where the tenant is: --env (IOTC_ENV) to look it up through discovery, "
                "or --auth-url (IOTC_AUTH_URL) and --device-url (IOTC_DEVICE_URL)"
            )
        given = {
            "environment": self.environment,
            "auth_url": self.auth_url,
            "device_url": self.device_url,
            "discovery_url": self.discovery_url,
            "user_url": self.user_url,
            "password": password,
        }
        # Each of these is a str when set; an option left out keeps the environment's value.
        from ..client import IoTConnect  # the client stack, when a command runs

        options = cast("IoTConnectOptions", {k: v for k, v in given.items() if v is not None})
        options["platform"] = self.platform.value
        options["token_store"] = store or SessionStore(FileTokenStore(), keep=False)
        options["event_hooks"] = self.event_hooks
        try:
            return IoTConnect.from_env(os.environ, **options)
        except ValueError as exc:
            raise UsageError(str(exc)) from None


def connection_options(
    environment: Annotated[
        str | None,
        typer.Option(
            "--env",
            envvar="IOTC_ENV",
            help="Environment of the tenant (poc, prod...): its URLs come from discovery.",
            rich_help_panel=_PANEL,
        ),
    ] = None,
    platform: Annotated[
        PlatformName,
        typer.Option(
            "--platform",
            envvar="IOTC_PF",
            case_sensitive=False,
            help="Cloud of the tenant, for discovery.",
            rich_help_panel=_PANEL,
        ),
    ] = PlatformName.aws,
    auth_url: Annotated[
        str | None,
        typer.Option(
            "--auth-url",
            envvar="IOTC_AUTH_URL",
            help="Auth service base URL, with --device-url instead of discovery.",
            rich_help_panel=_PANEL,
        ),
    ] = None,
    device_url: Annotated[
        str | None,
        typer.Option(
            "--device-url",
            envvar="IOTC_DEVICE_URL",
            help="Device service base URL, with --auth-url instead of discovery.",
            rich_help_panel=_PANEL,
        ),
    ] = None,
    user_url: Annotated[
        str | None,
        typer.Option(
            "--user-url",
            envvar="IOTC_USER_URL",
            help="User service base URL (entities), with --auth-url and --device-url.",
            rich_help_panel=_PANEL,
        ),
    ] = None,
    discovery_url: Annotated[
        str | None,
        typer.Option(
            "--discovery-url",
            envvar="IOTC_DISCOVERY_URL",
            help="Discovery service, for a private cloud or the mock.",
            show_default="the public one",
            rich_help_panel=_PANEL,
        ),
    ] = None,
) -> Connection:
    """The connection options; their values, as the command receives them."""
    return Connection(environment, platform, auth_url, device_url, discovery_url, user_url)


class SessionStore:
    """The CLI's token store: the file store for a session ``login`` kept, memory otherwise.

    With ``keep`` (``login``) tokens go to ``files``. Without, a token already in ``files``
    (a kept session) is used and its renewals go back there; a session that finds none stays
    in memory and leaves nothing on disk.
    """

    def __init__(self, files: FileTokenStore, *, keep: bool) -> None:
        """Use ``files`` for kept sessions, always if ``keep``."""
        self.files = files
        self._keep = keep
        self._memory = MemoryTokenStore()

    def __repr__(self) -> str:
        """Show the directory only."""
        return f"SessionStore(directory={str(self.files.directory)!r}, keep={self._keep})"

    def kept(self, key: str) -> bool:
        """Whether the file store holds a session under ``key``."""
        return self.files.load(key) is not None

    def load(self, key: str) -> Token | None:
        """The kept token, else the one of this process."""
        return self.files.load(key) or self._memory.load(key)

    def save(self, key: str, token: Token) -> None:
        """Keep ``token`` in the file store if this session is kept, else in memory."""
        if self._keep or self.kept(key):
            self.files.save(key, token)
        else:
            self._memory.save(key, token)

    def delete(self, key: str) -> None:
        """Forget the token under ``key`` everywhere: a failed renewal ends a kept session."""
        self.files.delete(key)
        self._memory.delete(key)

    def lock(self, key: str) -> StoreLock:
        """The file lock for a kept session, which other processes share; else a memory lock."""
        return (self.files if self._keep or self.kept(key) else self._memory).lock(key)
