"""``IoTConnect``: the one entry point, with resources and generated clients sharing one token.

``iot.devices``, ``iot.templates`` and ``iot.entities`` (async: ``iot.aio.devices``...) are the
resources of :mod:`iotconnect.resources`. ``iot.auth``, ``iot.device`` and ``iot.user`` are the
generated ``iotconnect_client.AuthenticatedClient``s bound to the auth, device and user base
URLs, for the generated functions. All go through the same httpx layer, passed in through
``httpx_args``: one shared :class:`~iotconnect.token_auth.TokenAuth` wrapped in the reply checks of
:class:`~iotconnect._results.ReplyBoundary`, a :class:`~iotconnect._transport.Boundary`
transport per client (retries, whole bodies, deadlines, typed errors), and default timeouts.
Every request, discovery's included, goes through a boundary, which reports it to the session's
:class:`~iotconnect._observe.Observer` (log lines, event hooks, spans).
"""

from __future__ import annotations

import copy
import dataclasses
import os
import threading
import time
from collections.abc import Awaitable, Mapping
from dataclasses import dataclass, field
from types import TracebackType
from typing import TYPE_CHECKING, Final, Literal, Self, TypedDict, Unpack, cast
from urllib.parse import urlsplit
from uuid import UUID

import httpx

from ._limits import DEFAULT_TIMEOUT, MAX_BODY
from ._secrets import remember
from ._session_resources import Resources
from ._user_agent import default_user_agent
from .discovery import DISCOVERY_URL, BaseUrls, Platform
from .errors import ConfigurationError, IoTConnectError
from .logs import log_to_stderr_if_asked

# The transport, the token flow, the reply checks and the generated client are imported by the
# methods that use them (the constructor, the first request), so that importing the session
# costs little more than httpx: a command's --help, or a module that only names the type.
if TYPE_CHECKING:
    from opentelemetry.trace import TracerProvider

    from iotconnect_client import AuthenticatedClient

    from ._observe import Observer
    from ._resource import SessionFacts
    from ._transport import Boundary, CallOptions, Network
    from .hooks import EventHooks
    from .replies import Addition, CheckReplies, Drift, ReplyChecker
    from .token_auth import TokenAuth
    from .tokens import Claims, Clock, TokenStore

__all__ = ["IoTConnect", "IoTConnectOptions"]

_PLATFORMS: Final[Mapping[str, Platform]] = {"aws": "aws", "az": "az", "azure": "az"}
# The constructor's arguments that from_env reads, and the vendor CLI's variable for each.
_VARIABLES: Final[Mapping[str, str]] = {
    "username": "IOTC_USER",
    "password": "IOTC_PASS",
    "solution_key": "IOTC_SKEY",
    "environment": "IOTC_ENV",
    "platform": "IOTC_PF",
    "auth_url": "IOTC_AUTH_URL",
    "device_url": "IOTC_DEVICE_URL",
    "user_url": "IOTC_USER_URL",
    "discovery_url": "IOTC_DISCOVERY_URL",
}
_CREDENTIALS: Final = ("username", "password", "solution_key")
_DEFAULT_RETRIES: Final = 3
_DEFAULT_BACKOFF: Final = 0.5


class IoTConnectOptions(TypedDict, total=False):
    """The keywords of the :class:`IoTConnect` constructor, each optional: what
    :meth:`IoTConnect.from_env` takes as overrides (a test keeps the two in step)."""

    username: str
    password: str
    solution_key: str
    environment: str | None
    platform: str
    auth_url: str | None
    device_url: str | None
    user_url: str | None
    discovery_url: str
    timeout: float | httpx.Timeout
    max_retries: int
    retry_backoff: float
    deadline: float | None
    max_body: int
    token_store: TokenStore | None
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None
    clock: Clock
    check_replies: CheckReplies | None
    http_client: httpx.Client | None
    async_http_client: httpx.AsyncClient | None
    event_hooks: EventHooks[None] | None
    async_event_hooks: EventHooks[Awaitable[None]] | None
    user_agent: str | None
    tracer_provider: TracerProvider | None


@dataclass(frozen=True)
class _Session:
    """Everything built once the base URLs are known, shared by every client of the session."""

    urls: BaseUrls
    token_auth: TokenAuth


@dataclass
class _Shared:
    """What an :class:`IoTConnect` and the clients its :meth:`~IoTConnect.with_options` made
    share: the network, the base URLs, the session (its tokens), the plain httpx clients."""

    network: Network
    lock: threading.Lock = field(default_factory=threading.Lock)
    urls: BaseUrls | None = None
    session: _Session | None = None
    plain: dict[str, httpx.Client] = field(default_factory=dict)


@dataclass(frozen=True)
class _Generated:
    """One client's generated clients, for its call options, on the session they belong to."""

    session: _Session
    auth: AuthenticatedClient
    device: AuthenticatedClient
    user: AuthenticatedClient | None


class IoTConnect(Resources):
    """A session with the IoTConnect REST API for one user of one solution.

    Give either ``environment`` (and ``platform``) to find the base URLs through the discovery
    service, or ``auth_url`` and ``device_url`` to bypass it (the mock, a private cloud), with
    ``user_url`` for the entities (the user service; discovery finds it too).
    Nothing is sent until it is needed: discovery on entering a ``with`` block or on first use
    of ``auth``/``device``, the login on the first API call.

    ``timeout`` (seconds, or an ``httpx.Timeout``) defaults to 10 s to connect and 30 s per
    read. ``max_retries`` bounds the
    retries of idempotent calls on connection errors (also while the body arrives) and
    502/503/504 (POSTs only when the request never left), with exponential backoff of
    ``retry_backoff`` seconds and full jitter. ``deadline`` (seconds, default none) bounds each
    whole call, retries included. ``max_body`` caps each reply body in bytes, counted after
    decoding (gzip, deflate, br), and is read as it arrives, so a compressed bomb or an endless
    body costs no more memory than that: past it a call raises
    :class:`~iotconnect.ReplyTooLarge`. :meth:`with_options` changes these per call.
    ``token_store`` keeps tokens (default: in memory); ``transport`` replaces httpx's network
    transport (tests pass ``httpx.MockTransport``); ``clock`` is the monotonic clock for expiry.
    ``check_replies`` ("warn" or "raise", the 'check-replies' extra) checks every reply against
    the spec's schema for its operation and status (see :mod:`iotconnect.replies`); with "warn",
    a value of another type than the generated model says is reported and passed on instead of
    raising :class:`~iotconnect.DecodeError`.

    ``http_client`` and ``async_http_client`` are httpx clients of yours (proxies, a CA bundle,
    limits) to send through instead of ``transport``: the session adds its token, retries,
    deadlines and typed errors around them, and never closes them (see
    :mod:`iotconnect._user_client`). ``event_hooks`` and ``async_event_hooks`` are called per
    request, reply and retry (:mod:`iotconnect.hooks`); ``user_agent`` replaces
    :func:`~iotconnect.default_user_agent`; ``tracer_provider`` receives the OpenTelemetry
    spans (the 'otel' extra; default: the global provider).
    """

    def __init__(
        self,
        *,
        username: str,
        password: str,
        solution_key: str,
        environment: str | None = None,
        platform: str = "aws",
        auth_url: str | None = None,
        device_url: str | None = None,
        user_url: str | None = None,
        discovery_url: str = DISCOVERY_URL,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = _DEFAULT_RETRIES,
        retry_backoff: float = _DEFAULT_BACKOFF,
        deadline: float | None = None,
        max_body: int = MAX_BODY,
        token_store: TokenStore | None = None,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        clock: Clock = time.monotonic,
        check_replies: CheckReplies | None = None,
        http_client: httpx.Client | None = None,
        async_http_client: httpx.AsyncClient | None = None,
        event_hooks: EventHooks[None] | None = None,
        async_event_hooks: EventHooks[Awaitable[None]] | None = None,
        user_agent: str | None = None,
        tracer_provider: TracerProvider | None = None,
    ) -> None:
        """Check and keep the settings; send nothing."""
        from ._observe import Observer, load_tracing
        from ._transport import CallOptions, Network, as_timeout, async_part, sync_part
        from ._user_client import AsyncClientTransport, ClientTransport
        from .replies import ReplyChecker

        if transport is not None and (http_client is not None or async_http_client is not None):
            raise ConfigurationError("give transport or http_client/async_http_client, not both")
        if platform.lower() not in _PLATFORMS:
            raise ConfigurationError(
                f"platform must be one of {sorted(_PLATFORMS)}, not {platform!r}"
            )
        explicit = auth_url is not None and device_url is not None
        if not explicit and environment is None:
            raise ConfigurationError(
                "give environment (for discovery), or both auth_url and device_url"
            )
        super().__init__(_Connection(self))
        self.username = username
        self.environment = environment
        self.platform: Platform = _PLATFORMS[platform.lower()]
        self._password = password
        self._solution_key = solution_key
        self._auth_url = auth_url
        self._device_url = device_url
        self._user_url = user_url
        self._discovery_url = discovery_url
        self._timeout: httpx.Timeout = as_timeout(timeout)
        if max_body <= 0:
            raise ConfigurationError(
                f"max_body must be a positive number of bytes, not {max_body!r}"
            )
        self._defaults: CallOptions = CallOptions(
            timeout=self._timeout, max_retries=max_retries, deadline=deadline, max_body=max_body
        )
        self._retry_backoff = retry_backoff
        self._token_store = token_store
        self._sync_network = (
            sync_part(transport) if http_client is None else ClientTransport(http_client)
        )
        self._async_network = (
            async_part(transport)
            if async_http_client is None
            else AsyncClientTransport(async_http_client)
        )
        self._observer: Observer = Observer(
            clock=clock,
            hooks=event_hooks,
            async_hooks=async_event_hooks,
            tracing=load_tracing(tracer_provider),
        )
        self._user_agent = user_agent or default_user_agent()
        self._clock = clock
        # The discovery request's path holds the solution key: mask it from the first line on.
        remember(password, solution_key)
        log_to_stderr_if_asked()
        self._checker: ReplyChecker = ReplyChecker(check_replies)
        self._shared = _Shared(Network(self._sync_network, self._async_network))
        self._generated: _Generated | None = None

    @classmethod
    def from_env(
        cls, environ: Mapping[str, str] | None = None, **overrides: Unpack[IoTConnectOptions]
    ) -> IoTConnect:
        """Build from the vendor CLI's IOTC_USER, IOTC_PASS, IOTC_SKEY, IOTC_ENV and IOTC_PF.

        IOTC_AUTH_URL and IOTC_DEVICE_URL, when both set, bypass discovery; IOTC_DISCOVERY_URL
        names another discovery service (a private cloud, the mock). ``overrides`` are the
        constructor's keywords (typed: :class:`IoTConnectOptions`) and win over the
        environment. A :class:`~iotconnect.ConfigurationError` names the variables to set.
        """
        env = os.environ if environ is None else environ
        found = cast(
            IoTConnectOptions,
            {
                argument: env[variable]
                for argument, variable in _VARIABLES.items()
                if env.get(variable)
            },
        )
        settings: IoTConnectOptions = {**found, **overrides}
        missing = [_VARIABLES[name] for name in _CREDENTIALS if settings.get(name) is None]
        if missing:
            raise ConfigurationError(f"set {', '.join(missing)} in the environment")
        if settings.get("environment") is None and (
            settings.get("auth_url") is None or settings.get("device_url") is None
        ):
            raise ConfigurationError(
                "set IOTC_ENV (for discovery), or IOTC_AUTH_URL and IOTC_DEVICE_URL"
            )
        platform = settings.get("platform", "aws")
        if platform.lower() not in _PLATFORMS:
            raise ConfigurationError(
                f"IOTC_PF must be one of {sorted(_PLATFORMS)}, not {platform!r}"
            )
        return cls(**settings)

    def __repr__(self) -> str:
        """Name the user and where the session points; never a credential or token."""
        where = (
            f"auth_url={urls.auth!r}, device_url={urls.device!r}"
            if (urls := self._shared.urls) is not None
            else f"environment={self.environment!r}, platform={self.platform!r}"
        )
        return f"IoTConnect(username={self.username!r}, {where})"

    # The generated clients ------------------------------------------------------------------

    @property
    def auth(self) -> AuthenticatedClient:
        """The generated client for the auth service (``iotconnect_client.api.auth``)."""
        return self._clients().auth

    @property
    def device(self) -> AuthenticatedClient:
        """The generated client for the device service (``iotconnect_client.api.device``)."""
        return self._clients().device

    @property
    def user(self) -> AuthenticatedClient:
        """The generated client for the user service (``iotconnect_client.api.user``: entities);
        an :class:`~iotconnect.IoTConnectError` when its base URL is unknown."""
        return _service_client(self._clients(), "user")

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        max_body: int | None = None,
        max_items: int | None = None,
    ) -> Self:
        """This client with other call settings, like openai-python's ``with_options``.

        It is the same session (token, connections, base URLs: nothing is sent again) with all
        it has: the resources, ``device``, ``auth`` and ``user``, ``claims``, ``http_client()``.
        ``timeout`` (seconds, or an ``httpx.Timeout``) applies to each request; ``max_retries``
        bounds the retries; ``deadline`` bounds each whole call, retries included; ``max_body``
        caps each reply body (bytes, decoded); ``max_items`` the items a listing may yield
        (default 1,000,000). Settings left out keep their value:
        ``iot.with_options(deadline=5).devices.get(guid)``. Closing either client closes the
        session they share.
        """
        from ._transport import CallOptions, as_timeout

        change = CallOptions(
            timeout=None if timeout is None else as_timeout(timeout),
            max_retries=max_retries,
            deadline=deadline,
            max_body=max_body,
            max_items=max_items,
        )
        twin = copy.copy(self)
        twin._generated = None
        Resources.__init__(twin, _Connection(twin), self._runner.options.merged(change))
        return twin

    @property
    def token_auth(self) -> TokenAuth:
        """The ``httpx.Auth`` shared by both clients; pass it to your own httpx clients too."""
        return self._open().token_auth

    def http_client(self, service: Literal["auth", "device", "user"] = "device") -> httpx.Client:
        """A plain ``httpx.Client`` for ``service``: its base URL, the session's token, network
        transport and timeouts, and nothing else (no retries, no reply checks, httpx's own
        errors), for tools that must see every reply as the server sent it.

        One per service, shared; the session's transport is closed with the session.
        """
        session = self._open()
        shared = self._shared
        with shared.lock:
            client = shared.plain.get(service)
            if client is None:
                client = shared.plain[service] = httpx.Client(
                    base_url=_base_url(session, service),
                    auth=session.token_auth,
                    transport=shared.network.sync(),
                    timeout=self._timeout,
                )
            return client

    @property
    def urls(self) -> BaseUrls:
        """The base URLs in use, discovering them first if needed."""
        return self._open().urls

    @property
    def claims(self) -> Claims:
        """The current access token's claims (logging in first if needed; blocking)."""
        return self.token_auth.claims()

    async def aclaims(self) -> Claims:
        """The current access token's claims, logging in first if needed."""
        return await (await self._aopen()).token_auth.aclaims()

    @property
    def reply_drifts(self) -> tuple[Drift, ...]:
        """Each distinct way replies differed from the spec (``check_replies``; else empty)."""
        return self._checker.drifts

    @property
    def reply_additions(self) -> tuple[Addition, ...]:
        """What replies carried that the spec does not know, each once: fields it does not
        name, values outside an enum (``check_replies``; else empty). Never an error."""
        return self._checker.additions

    # Life cycle -----------------------------------------------------------------------------

    def close(self) -> None:
        """Forget the tokens and release connections. The session can be used again after."""
        shared = self._shared
        from ._transport import Network

        session, shared.session = shared.session, None
        shared.plain.clear()  # their transport is the session's, closed below
        network, shared.network = shared.network, Network(self._sync_network, self._async_network)
        if session is not None:
            session.token_auth.close()
        network.close()

    async def aclose(self) -> None:
        """Forget the tokens and release connections, sync and async ones alike."""
        shared = self._shared
        from ._transport import Network

        session, shared.session = shared.session, None
        shared.plain.clear()  # their transport is the session's, closed below
        network, shared.network = shared.network, Network(self._sync_network, self._async_network)
        if session is not None:
            await session.token_auth.aclose()
        await network.aclose()

    def __enter__(self) -> Self:
        """Resolve the base URLs (discovery, if needed) and return the session."""
        self._open()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        """Close the session."""
        self.close()

    async def __aenter__(self) -> Self:
        """Resolve the base URLs without blocking the loop and return the session."""
        await self._aopen()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        """Close the session."""
        await self.aclose()

    # Building -------------------------------------------------------------------------------

    def _open(self) -> _Session:
        shared = self._shared
        session = shared.session
        if session is not None:
            return session
        with shared.lock:
            if shared.session is None:
                shared.session = self._build(self._explicit_urls() or self._discover())
            return shared.session

    async def _aopen(self) -> _Session:
        shared = self._shared
        if shared.session is None and self._explicit_urls() is None and shared.urls is None:
            from .discovery import adiscover

            # Discovery is idempotent, so two tasks racing here cost a request, not correctness.
            shared.urls = await adiscover(
                self._solution_key,
                str(self.environment),
                self.platform,
                discovery_url=self._discovery_url,
                transport=self._discovery_transport(),
                timeout=self._timeout,
            )
        return self._open()

    def _explicit_urls(self) -> BaseUrls | None:
        if self._auth_url is None or self._device_url is None:
            return None
        return BaseUrls(
            auth=self._auth_url.rstrip("/"),
            device=self._device_url.rstrip("/"),
            user=None if self._user_url is None else self._user_url.rstrip("/"),
        )

    def _discover(self) -> BaseUrls:
        shared = self._shared
        if shared.urls is None:
            from .discovery import discover

            shared.urls = discover(
                self._solution_key,
                str(self.environment),
                self.platform,
                discovery_url=self._discovery_url,
                transport=self._discovery_transport(),
                timeout=self._timeout,
            )
        return shared.urls

    def _boundary(self, defaults: CallOptions, *, map_errors: bool = True) -> Boundary:
        from ._transport import Boundary

        return Boundary(
            self._shared.network,
            defaults=defaults,
            backoff=self._retry_backoff,
            observer=self._observer,
            user_agent=self._user_agent,
            map_errors=map_errors,
        )

    def _discovery_transport(self) -> Boundary:
        from ._transport import CallOptions

        # Discovery maps httpx's errors to DiscoveryError itself, and was never retried.
        return self._boundary(CallOptions(max_retries=0), map_errors=False)

    def _build(self, urls: BaseUrls) -> _Session:
        self._shared.urls = urls
        # The token flow handles httpx's errors itself, to survive a failed renewal, and its
        # requests belong to no call, so no call's deadline.
        token_transport = self._boundary(
            dataclasses.replace(self._defaults, deadline=None), map_errors=False
        )
        from .token_auth import TokenAuth  # the login and token machinery, at the first request

        token_auth = TokenAuth(
            username=self.username,
            password=self._password,
            solution_key=self._solution_key,
            auth_url=urls.auth,
            transport=self._checked(token_transport, urls.auth),
            timeout=self._timeout,
            store=self._token_store,
            clock=self._clock,
        )
        return _Session(urls=urls, token_auth=token_auth)

    def _clients(self) -> _Generated:
        """This client's generated clients: the session's token and connections, this
        client's call options (the session's, or what :meth:`with_options` changed)."""
        session = self._open()
        generated = self._generated
        if generated is None or generated.session is not session:
            options = self._defaults.merged(self._runner.options)
            transport = self._boundary(options)
            timeout = options.timeout or self._timeout
            urls, token_auth = session.urls, session.token_auth
            generated = self._generated = _Generated(
                session,
                auth=self._client(urls.auth, token_auth, transport, timeout),
                device=self._client(urls.device, token_auth, transport, timeout),
                user=None
                if urls.user is None
                else self._client(urls.user, token_auth, transport, timeout),
            )
        return generated

    def _checked(
        self, transport: Boundary, base_url: str
    ) -> httpx.BaseTransport | httpx.AsyncBaseTransport:
        # Outside the retries, so that a drifting reply is checked once, not once per attempt.
        if not self._checker.validates:
            return transport
        from .replies import CheckingTransport

        return CheckingTransport(transport, self._checker, urlsplit(base_url).path)

    def _client(
        self,
        base_url: str,
        token_auth: TokenAuth,
        transport: Boundary,
        timeout: httpx.Timeout,
    ) -> AuthenticatedClient:
        from iotconnect_client import AuthenticatedClient

        from ._driver import PLACEHOLDER_TOKEN
        from ._results import ReplyBoundary

        return AuthenticatedClient(
            base_url=base_url,
            token=PLACEHOLDER_TOKEN,
            timeout=timeout,
            # The transport would replace httpx's own User-Agent on every request.
            headers={"User-Agent": self._user_agent},
            httpx_args={
                "auth": ReplyBoundary(token_auth, base_url, self._checker),
                "transport": self._checked(transport, base_url),
            },
        )


class _Connection:
    """What the resources need from an :class:`IoTConnect`."""

    def __init__(self, iot: IoTConnect) -> None:
        self._iot = iot

    def client(self, service: str) -> AuthenticatedClient:
        return _service_client(self._iot._clients(), service)

    async def aclient(self, service: str) -> AuthenticatedClient:
        await self._iot._aopen()
        return _service_client(self._iot._clients(), service)

    def entity(self) -> UUID:
        return _entity(self._iot.claims)

    async def aentity(self) -> UUID:
        return _entity(await self._iot.aclaims())

    def facts(self) -> SessionFacts:
        from ._resource import SessionFacts

        iot = self._iot
        return SessionFacts(iot.claims, iot.platform, iot.environment)

    async def afacts(self) -> SessionFacts:
        from ._resource import SessionFacts

        iot = self._iot
        return SessionFacts(await iot.aclaims(), iot.platform, iot.environment)


def _no_user_url() -> IoTConnectError:
    return IoTConnectError(
        "the user service's base URL is unknown (entities live there): pass user_url= "
        "(IOTC_USER_URL) with auth_url and device_url, or use discovery"
    )


def _base_url(session: _Session, service: str) -> str:
    urls = session.urls
    if service == "user":
        if urls.user is None:
            raise _no_user_url()
        return urls.user
    return urls.auth if service == "auth" else urls.device


def _service_client(generated: _Generated, service: str) -> AuthenticatedClient:
    """The generated client of ``service`` (an operation's tag): user, or else device."""
    if service != "user":
        return generated.device
    if generated.user is None:
        raise _no_user_url()
    return generated.user


def _entity(claims: Claims) -> UUID:
    try:
        return UUID(str(claims.entity_guid))
    except ValueError:
        raise IoTConnectError(
            "the access token names no entity to create the device in; pass entity="
        ) from None
