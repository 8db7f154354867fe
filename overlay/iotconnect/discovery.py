"""Resolve the per-service base URLs of a solution through the IoTConnect discovery service.

``GET {discovery}/api/uisdk/solutionkey/{key}/env/{env}?version=2.1&pf=aws`` (Azure: ``version=2``,
``pf=az``) answers ``{"data": {"authBaseUrl", "deviceBaseUrl", ...}}``. Trailing slashes are
stripped so that generated paths (``/Device``) join cleanly.

The request is built and the reply parsed by the generated ``discover_services``. The solution
key is part of that URL, and httpx's client logs every URL at INFO level, so the request goes
straight to a transport: no client, no log line that could carry the key.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Final, Literal

import httpx

from ._limits import DEFAULT_TIMEOUT
from .errors import ApiError, ConfigurationError, DiscoveryError

if TYPE_CHECKING:
    from iotconnect_client.models import DiscoverServicesVersion
    from iotconnect_client.types import Unset

__all__ = ["DISCOVERY_URL", "BaseUrls", "Platform", "adiscover", "discover"]

DISCOVERY_URL: Final = "https://discovery.iotconnect.io"
"""The public discovery service; pass another to ``discover`` for a private cloud or a mock."""

Platform = Literal["aws", "az"]
"""The cloud a solution runs on, spelled as the vendor CLI's ``IOTC_PF``."""

_API_VERSION: Final[dict[str, DiscoverServicesVersion]] = {"aws": "2.1", "az": "2"}


@dataclass(frozen=True)
class BaseUrls:
    """Base URLs of the services, version prefix included and no trailing slash."""

    auth: str
    device: str
    user: str | None = None
    master: str | None = None
    firmware: str | None = None
    event: str | None = None
    telemetry: str | None = None
    file: str | None = None


def discover(
    solution_key: str,
    environment: str,
    platform: Platform = "aws",
    *,
    discovery_url: str = DISCOVERY_URL,
    transport: httpx.BaseTransport | None = None,
    timeout: httpx.Timeout = DEFAULT_TIMEOUT,
) -> BaseUrls:
    """Ask the discovery service for the base URLs of ``solution_key`` in ``environment``."""
    from ._transport import read_body

    request = _request(solution_key, environment, platform, discovery_url, timeout)
    sender = transport or httpx.HTTPTransport()
    try:
        response = read_body(sender.handle_request(request), request)
    except httpx.HTTPError as exc:
        raise _unreachable(exc) from exc
    finally:
        if transport is None:
            sender.close()
    return _parse(response)


async def adiscover(
    solution_key: str,
    environment: str,
    platform: Platform = "aws",
    *,
    discovery_url: str = DISCOVERY_URL,
    transport: httpx.AsyncBaseTransport | None = None,
    timeout: httpx.Timeout = DEFAULT_TIMEOUT,  # noqa: ASYNC109 - httpx's per-phase timeouts
) -> BaseUrls:
    """Ask the discovery service for the base URLs of ``solution_key`` in ``environment``."""
    from ._transport import aread_body

    request = _request(solution_key, environment, platform, discovery_url, timeout)
    sender = transport or httpx.AsyncHTTPTransport()
    try:
        response = await aread_body(await sender.handle_async_request(request), request)
    except httpx.HTTPError as exc:
        raise _unreachable(exc) from exc
    finally:
        if transport is None:
            await sender.aclose()
    return _parse(response)


def _request(
    solution_key: str,
    environment: str,
    platform: Platform,
    discovery_url: str,
    timeout: httpx.Timeout,
) -> httpx.Request:
    if platform not in _API_VERSION:
        raise ConfigurationError(
            f"platform must be one of {sorted(_API_VERSION)}, not {platform!r}"
        )
    # The generated operation and its models load when a session discovers, not with the
    # session (most pass the base URLs, or discover once).
    from iotconnect_client.api.discovery import discover_services

    from ._routes import build_request

    kwargs = discover_services.request_kwargs(
        solution_key, environment, version=_API_VERSION[platform], pf=platform
    )
    request = build_request(discovery_url, kwargs, {"Accept": "application/json"})
    request.extensions["timeout"] = timeout.as_dict()
    return request


def _unreachable(exc: httpx.HTTPError) -> DiscoveryError:
    return DiscoveryError(f"the discovery service could not be reached ({type(exc).__name__})")


def _parse(response: httpx.Response) -> BaseUrls:
    if response.status_code != httpx.codes.OK:
        reason = ApiError.from_reply(response.status_code, response.content)
        raise DiscoveryError(f"the discovery service answered {reason}")
    from iotconnect_client.api.discovery import discover_services
    from iotconnect_client.models import DiscoveryResponse

    from ._routes import DECODING

    try:
        parsed = discover_services.parse_response(response)
        urls = parsed.data if isinstance(parsed, DiscoveryResponse) else None
    except DECODING:
        urls = None
    if (
        urls is None
        or not isinstance(urls.auth_base_url, str)
        or not isinstance(urls.device_base_url, str)
    ):
        raise DiscoveryError("the discovery reply has no data.authBaseUrl and data.deviceBaseUrl")
    return BaseUrls(
        auth=urls.auth_base_url.rstrip("/"),
        device=urls.device_base_url.rstrip("/"),
        user=_optional(urls.user_base_url),
        master=_optional(urls.master_base_url),
        firmware=_optional(urls.firmware_base_url),
        event=_optional(urls.event_base_url),
        telemetry=_optional(urls.telemetry_base_url),
        file=_optional(urls.file_base_url),
    )


def _optional(url: str | Unset) -> str | None:
    # A URL that is not text (null, a number) is no URL, as a missing one.
    return url.rstrip("/") if isinstance(url, str) else None
