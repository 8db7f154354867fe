"""The machinery of a resource: plans of generated calls, run blocking or awaited.

A resource method is written once, as a plan (see :mod:`._plans`) that yields the generated
calls it needs. :class:`Method` makes the plan a method that runs it with
:func:`~iotconnect._plans.run` on a blocking resource and with :func:`~iotconnect._plans.arun`
on an async one, keeping the plan's signature and docstring. :class:`Runner` answers each
step: a generated request sent through the session's client of the operation's service (device
or user host), or the token's entity.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Generic, ParamSpec, Protocol, Self, TypeVar, cast, overload
from uuid import UUID

import httpx

from iotconnect_client import AuthenticatedClient
from iotconnect_client.types import RequestKwargs

from ._plans import Plan, arun, run
from ._routes import Operation, service
from ._transport import EXPECTED, OPTIONS, PARSED, CallOptions
from .errors import ConfigurationError, IoTConnectError
from .tokens import Claims

__all__ = [
    "AsyncResource",
    "BlockingResource",
    "Call",
    "Connection",
    "Entity",
    "Facts",
    "Method",
    "Runner",
    "SessionFacts",
    "Step",
    "as_guid",
    "call",
]


def as_guid(value: UUID | str) -> UUID:
    """``value``, a GUID the caller gave, as a UUID; :class:`~iotconnect.ConfigurationError` (a
    ``ValueError`` too) when it is none, so that a caller's typo is typed like every failure."""
    if isinstance(value, UUID):
        return value
    try:
        return UUID(value)
    except (ValueError, TypeError, AttributeError):
        # Not echoed: a wrong argument may be anything, a secret included.
        raise ConfigurationError("a GUID argument is not a GUID (32 hexadecimal digits)") from None


M = TypeVar("M")
R = TypeVar("R")
T = TypeVar("T")
P = ParamSpec("P")


class Connection(Protocol):
    """What the resources need from a session (``IoTConnect`` provides it)."""

    def client(self, service: str) -> AuthenticatedClient:
        """The generated client of ``service`` (an operation's tag: ``device``, ``user``),
        blocking discovery if needed."""

    async def aclient(self, service: str) -> AuthenticatedClient:
        """The generated client of ``service``."""

    def entity(self) -> UUID:
        """The entity GUID of the token's user (logging in if needed; blocking)."""

    async def aentity(self) -> UUID:
        """The entity GUID of the token's user, logging in if needed."""

    def facts(self) -> SessionFacts:
        """The token's claims and the session's platform and environment (blocking)."""

    async def afacts(self) -> SessionFacts:
        """The token's claims and the session's platform and environment."""


@dataclass(frozen=True)
class Call(Generic[M]):
    """Send the request a generated ``request_kwargs`` built; get back its ``model``, which the
    session's error boundary parsed and checked."""

    operation: Operation
    model: type[M]
    request: RequestKwargs

    def send_kwargs(self, options: CallOptions, base_url: httpx.URL) -> dict[str, Any]:
        """The keyword arguments of ``httpx.Client.request`` for a client at ``base_url``."""
        expected = (self.operation, self.model)
        kwargs: dict[str, Any] = {
            **self.request,
            "extensions": {EXPECTED: expected, OPTIONS: options},
        }
        # The whole URL, the query as httpx writes it included, which httpx then parses once:
        # given params, and a URL below its base URL, it parses and writes it three times more
        # to merge them (half of building a request). httpx's base URL ends with a slash.
        url = f"{base_url}{kwargs['url'].lstrip('/')}"
        params = kwargs.pop("params", None)
        kwargs["url"] = f"{url}?{httpx.QueryParams(params)}" if params else url
        if options.timeout is not None:
            kwargs["timeout"] = options.timeout
        return kwargs

    def read(self, response: httpx.Response) -> M:
        return cast(M, response.extensions.pop(PARSED))


@dataclass(frozen=True)
class Entity:
    """Ask for the entity GUID of the token's user."""


@dataclass(frozen=True)
class SessionFacts:
    """What the token and the session say about where devices live (a :class:`Facts` step)."""

    claims: Claims
    platform: str
    environment: str | None


@dataclass(frozen=True)
class Facts:
    """Ask for the :class:`SessionFacts` (logging in if needed)."""


Step = Call[Any] | Entity | Facts


def call(operation: Operation, model: type[M], request: RequestKwargs) -> Plan[Step, M]:
    reply = yield Call(operation, model, request)
    return cast(M, reply)


@dataclass(frozen=True)
class Runner:
    """Runs plans for one session with one set of call options."""

    connection: Connection
    options: CallOptions

    def run(self, plan: Plan[Step, R]) -> R:
        return run(plan, self._answer, (IoTConnectError,))

    async def arun(self, plan: Plan[Step, R]) -> R:
        return await arun(plan, self._aanswer, (IoTConnectError,))

    def _answer(self, step: Step) -> object:
        if isinstance(step, Entity):
            return self.connection.entity()
        if isinstance(step, Facts):
            return self.connection.facts()
        client = self.connection.client(service(step.operation)).get_httpx_client()
        response = client.request(**step.send_kwargs(self.options, client.base_url))
        return step.read(response)

    async def _aanswer(self, step: Step) -> object:
        if isinstance(step, Entity):
            return await self.connection.aentity()
        if isinstance(step, Facts):
            return await self.connection.afacts()
        client = (await self.connection.aclient(service(step.operation))).get_async_httpx_client()
        response = await client.request(**step.send_kwargs(self.options, client.base_url))
        return step.read(response)


class Resource:
    def __init__(self, runner: Runner) -> None:
        self._runner = runner


class BlockingResource(Resource):
    """Its :class:`Method`s block."""


class AsyncResource(Resource):
    """Its :class:`Method`s are coroutines."""


class Method(Generic[P, R]):
    """A plan function as a method: blocking on a blocking resource, a coroutine on an async one.

    The plan stays reachable as ``plan``, for other plans to ``yield from``.
    """

    def __init__(self, plan: Callable[P, Plan[Step, R]]) -> None:
        self.plan = plan
        self.__doc__ = plan.__doc__

    @overload
    def __get__(self, resource: None, owner: type | None = None) -> Self: ...

    @overload
    def __get__(
        self, resource: AsyncResource, owner: type | None = None
    ) -> Callable[P, Awaitable[R]]: ...

    @overload
    def __get__(self, resource: BlockingResource, owner: type | None = None) -> Callable[P, R]: ...

    def __get__(self, resource: Resource | None, owner: type | None = None) -> object:
        if resource is None:
            return self
        plan, runner = self.plan, resource._runner
        if isinstance(resource, AsyncResource):

            @functools.wraps(plan)
            async def coroutine(*args: P.args, **kwargs: P.kwargs) -> R:
                return await runner.arun(plan(*args, **kwargs))

            return coroutine

        @functools.wraps(plan)
        def method(*args: P.args, **kwargs: P.kwargs) -> R:
            return runner.run(plan(*args, **kwargs))

        return method
