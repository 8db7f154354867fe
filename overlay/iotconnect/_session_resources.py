"""A session's resources, each imported and built when first used: ``iot.devices``,
``iot.templates``, ``iot.entities``, ``iot.commands`` and their async twins under ``iot.aio``.

So ``from iotconnect import IoTConnect`` imports none of the resource modules, their generated
operations and models, and a script that only lists devices never imports the commands' or the
entities' (the import costs more than the session's other work before its first request). Once
built, a resource is a plain attribute of the session: using it costs no more than before.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from ._resource import Connection, Runner
    from ._transport import CallOptions
    from .commands import AsyncCommands, Commands
    from .entities import AsyncEntities, Entities
    from .resources import AsyncDevices, AsyncTemplates, Devices, Templates

__all__ = ["AsyncResources", "Resources"]


class Resources:
    """The resources of a session with one set of call options (``IoTConnect`` is one, and
    ``IoTConnect.with_options`` makes another)."""

    def __init__(self, connection: Connection, options: CallOptions | None = None) -> None:
        """Bind to ``connection``; ``options`` override the session's settings per call."""
        from ._resource import Runner
        from ._transport import CallOptions

        # with_options binds a copy of a session: what the original had built is bound to the
        # original's call options, so the copy builds its own.
        built = vars(self)
        for name in _BUILT:
            built.pop(name, None)
        self._runner = Runner(connection, options or CallOptions())

    @cached_property
    def devices(self) -> Devices:
        """The company's devices."""
        from .resources import Devices

        return Devices(self._runner)

    @cached_property
    def templates(self) -> Templates:
        """The company's device templates."""
        from .resources import Templates

        return Templates(self._runner)

    @cached_property
    def entities(self) -> Entities:
        """The company's entities (on the user host)."""
        from .entities import Entities

        return Entities(self._runner)

    @cached_property
    def commands(self) -> Commands:
        """Commands to the company's devices, and their history."""
        from .commands import Commands

        return Commands(self._runner)

    @cached_property
    def aio(self) -> AsyncResources:
        """The async twins: ``iot.aio.devices``, ``iot.aio.templates``, ``iot.aio.entities``."""
        return AsyncResources(self._runner)


# What a session builds on first use: each cached property of Resources.
_BUILT: Final = tuple(
    name for name, value in vars(Resources).items() if isinstance(value, cached_property)
)


class AsyncResources:
    """``iot.aio``: the async resources."""

    def __init__(self, runner: Runner) -> None:
        """Share ``runner`` (session and call options) with the blocking resources."""
        self._runner = runner

    @cached_property
    def devices(self) -> AsyncDevices:
        """The company's devices."""
        from .resources import AsyncDevices

        return AsyncDevices(self._runner)

    @cached_property
    def templates(self) -> AsyncTemplates:
        """The company's device templates."""
        from .resources import AsyncTemplates

        return AsyncTemplates(self._runner)

    @cached_property
    def entities(self) -> AsyncEntities:
        """The company's entities (on the user host)."""
        from .entities import AsyncEntities

        return AsyncEntities(self._runner)

    @cached_property
    def commands(self) -> AsyncCommands:
        """Commands to the company's devices, and their history."""
        from .commands import AsyncCommands

        return AsyncCommands(self._runner)
