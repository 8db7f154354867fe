"""The route table: which generated operation a request is, from its method and path; and
:func:`build_request`, the request of a generated operation for a given base URL.

It is derived from the one list of generated operations, ``iotconnect_client.api.OPERATIONS``
(written by the generator from the spec), so an operation added to the spec is routed after
``make generate`` with nothing restated here. The error boundary finds the operation whose
parser reads a reply; the spec check (:mod:`iotconnect.replies`) finds its schemas.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Final, Protocol

import httpx

from iotconnect_client.api import OPERATIONS
from iotconnect_client.api import Operation as OperationInfo
from iotconnect_client.types import RequestKwargs

__all__ = [
    "DECODING",
    "ROUTES",
    "SESSION_ROUTES",
    "Operation",
    "Route",
    "RouteTable",
    "build_request",
    "find",
    "service",
]

DECODING: Final = (ValueError, KeyError, TypeError, AttributeError, IndexError)
"""What a generated ``parse_response`` raises on a body that is not its model."""


class Operation(Protocol):
    """A generated operation module, e.g. ``iotconnect_client.api.device.list_devices``."""

    def request_kwargs(self, *args: Any, **kwargs: Any) -> RequestKwargs:
        """What ``httpx.Client.request`` needs to send the operation."""

    def parse_response(self, response: httpx.Response) -> Any:
        """The reply as the model the spec documents for its status; None if undocumented."""


@dataclass(frozen=True)
class Route:
    """A generated operation and how to recognise its requests below the base URL."""

    info: OperationInfo
    pattern: re.Pattern[str]
    literals: int

    @property
    def operation(self) -> Operation:
        """The operation's module (imported on first use)."""
        module: Operation = self.info.load()
        return module

    def key(self, path: str) -> str | None:
        """The id the request looks up (a GUID, unique id or code), when its path names one."""
        found = self.pattern.fullmatch(path)
        return (
            found.group("key") if found is not None and "key" in self.pattern.groupindex else None
        )


def _route(info: OperationInfo) -> Route:
    parts = info.path.strip("/").split("/")
    # The one parameter of a path is the id it looks up; with two or more (discovery's solution
    # key and environment) none is, and a solution key must never reach an error's text.
    named = sum(part.startswith("{") for part in parts) == 1
    segments = (
        ("(?P<key>[^/]+)" if named else "[^/]+") if part.startswith("{") else re.escape(part)
        for part in parts
    )
    literals = sum(not part.startswith("{") for part in parts)
    # The service matches paths case-insensitively.
    return Route(info, re.compile("/" + "/".join(segments), re.IGNORECASE), literals)


class RouteTable(tuple[Route, ...]):
    """Routes in the order a request is matched against them, indexed by method and the first
    segment of the path (lower case), so that a lookup tries only the routes that can match."""

    _by_head: dict[tuple[str, str], tuple[Route, ...]]

    def __new__(cls, routes: Iterable[Route]) -> RouteTable:
        """The table of ``routes``, in the order given."""
        table = super().__new__(cls, routes)
        heads = {(r.info.method, _head(r.info.path)) for r in table}
        # A route whose first segment is a parameter can match any first segment.
        table._by_head = {
            (method, head): tuple(
                r for r in table if r.info.method == method and _head(r.info.path) in (head, "{")
            )
            for method, head in heads
        }
        return table

    def candidates(self, method: str, path: str) -> tuple[Route, ...]:
        """The routes a ``method`` request to ``path`` may match, in order: all of the method's
        when the first segment is none of the table's (no request of ours, only then read)."""
        found = self._by_head.get((method, _head(path)))
        return found if found is not None else tuple(r for r in self if r.info.method == method)


def _head(path: str) -> str:
    head = path.lstrip("/").partition("/")[0]
    return "{" if head.startswith("{") else head.lower()


# A literal segment wins over a parameter (`/Device/count` before `/Device/{device_guid}`).
ROUTES: Final = RouteTable(sorted(map(_route, OPERATIONS), key=lambda route: -route.literals))
"""Every generated operation, literal paths first."""

SESSION_ROUTES: Final = RouteTable(route for route in ROUTES if route.info.tag != "discovery")
"""The operations a session's clients send (discovery has its own host and no session)."""


def find(routes: RouteTable, method: str, path: str) -> Route | None:
    """The route of a ``method`` request to ``path`` (below the base URL), if there is one."""
    method = method.upper()
    return next((r for r in routes.candidates(method, path) if r.pattern.fullmatch(path)), None)


def build_request(
    base_url: str, kwargs: RequestKwargs, headers: dict[str, str] | None = None
) -> httpx.Request:
    """The ``httpx.Request`` a generated ``request_kwargs`` describes, sent to ``base_url``, with
    ``headers`` added (what the operation's security asks for)."""
    return httpx.Request(
        kwargs["method"].upper(),
        base_url.rstrip("/") + kwargs["url"],
        params=kwargs.get("params"),
        headers={**kwargs.get("headers", {}), **(headers or {})},
        json=kwargs.get("json"),
    )


_SERVICES: Final = {info.module: info.tag for info in OPERATIONS}


def service(operation: Operation) -> str:
    """The service (host) an operation module belongs to: its spec tag, ``device`` by default."""
    return _SERVICES.get(getattr(operation, "__name__", ""), "device")
