from http import HTTPStatus
from typing import Any, TypedDict, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.discover_services_pf import (
    DiscoverServicesPf,
)
from ...models.discover_services_version import (
    DiscoverServicesVersion,
)
from ...models.discovery_response import DiscoveryResponse
from ...models.envelope import Envelope
from ...types import PARSED, UNSET, RequestKwargs, Response, Unset, parse_json


class Query(TypedDict, total=False):
    """The query parameters of discover_services, as keyword arguments."""

    version: DiscoverServicesVersion
    pf: DiscoverServicesPf


def request_kwargs(
    solution_key: str,
    env: str,
    *,
    version: DiscoverServicesVersion | Unset = UNSET,
    pf: DiscoverServicesPf | Unset = UNSET,
) -> RequestKwargs:
    """The arguments of ``httpx.Client.request`` that send discover_services: its method, its URL
    below the service's base URL, and its query, headers and body."""

    params: dict[str, Any] = {}

    json_version: str | Unset = UNSET
    if not isinstance(version, Unset):
        json_version = version

    params["version"] = json_version

    json_pf: str | Unset = UNSET
    if not isinstance(pf, Unset):
        json_pf = pf

    params["pf"] = json_pf

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestKwargs = {
        "method": "get",
        "url": "/api/uisdk/solutionkey/{solution_key}/env/{env}".format(
            solution_key=quote(str(solution_key), safe=""),
            env=quote(str(env), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client | None = None
) -> DiscoveryResponse | Envelope | None:
    """The reply of discover_services as the model the spec documents for its status.

    A status the spec does not document for it is None, or raises ``errors.UnexpectedStatus``
    when ``client.raise_on_unexpected_status``."""
    if response.status_code == 200:
        return parse_json(DiscoveryResponse, response)

    if response.status_code == 400:
        return parse_json(Envelope, response)

    if response.status_code == 404:
        return parse_json(Envelope, response)

    if response.status_code == 500:
        return parse_json(Envelope, response)

    if client is not None and client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DiscoveryResponse | Envelope]:
    if PARSED in response.extensions:
        parsed = cast(
            "DiscoveryResponse | Envelope | None", response.extensions.pop(PARSED)
        )
    else:
        parsed = parse_response(response, client=client)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    solution_key: str,
    env: str,
    *,
    client: AuthenticatedClient | Client,
    version: DiscoverServicesVersion | Unset = UNSET,
    pf: DiscoverServicesPf | Unset = UNSET,
) -> Response[DiscoveryResponse | Envelope]:
    """Resolve the service base URLs of a solution

     Answers the base URL of each service (auth, user, device, master, firmware, event,
    telemetry, file) for a solution key and environment. Needs no authentication. Clients
    strip a trailing `/` from the URLs.

    Args:
        solution_key (str):
        env (str):
        version (DiscoverServicesVersion | Unset):
        pf (DiscoverServicesPf | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DiscoveryResponse | Envelope]
    """

    kwargs = request_kwargs(
        solution_key=solution_key,
        env=env,
        version=version,
        pf=pf,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    solution_key: str,
    env: str,
    *,
    client: AuthenticatedClient | Client,
    version: DiscoverServicesVersion | Unset = UNSET,
    pf: DiscoverServicesPf | Unset = UNSET,
) -> DiscoveryResponse | Envelope | None:
    """Resolve the service base URLs of a solution

     Answers the base URL of each service (auth, user, device, master, firmware, event,
    telemetry, file) for a solution key and environment. Needs no authentication. Clients
    strip a trailing `/` from the URLs.

    Args:
        solution_key (str):
        env (str):
        version (DiscoverServicesVersion | Unset):
        pf (DiscoverServicesPf | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DiscoveryResponse | Envelope
    """

    return sync_detailed(
        solution_key=solution_key,
        env=env,
        client=client,
        version=version,
        pf=pf,
    ).parsed


async def asyncio_detailed(
    solution_key: str,
    env: str,
    *,
    client: AuthenticatedClient | Client,
    version: DiscoverServicesVersion | Unset = UNSET,
    pf: DiscoverServicesPf | Unset = UNSET,
) -> Response[DiscoveryResponse | Envelope]:
    """Resolve the service base URLs of a solution

     Answers the base URL of each service (auth, user, device, master, firmware, event,
    telemetry, file) for a solution key and environment. Needs no authentication. Clients
    strip a trailing `/` from the URLs.

    Args:
        solution_key (str):
        env (str):
        version (DiscoverServicesVersion | Unset):
        pf (DiscoverServicesPf | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DiscoveryResponse | Envelope]
    """

    kwargs = request_kwargs(
        solution_key=solution_key,
        env=env,
        version=version,
        pf=pf,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    solution_key: str,
    env: str,
    *,
    client: AuthenticatedClient | Client,
    version: DiscoverServicesVersion | Unset = UNSET,
    pf: DiscoverServicesPf | Unset = UNSET,
) -> DiscoveryResponse | Envelope | None:
    """Resolve the service base URLs of a solution

     Answers the base URL of each service (auth, user, device, master, firmware, event,
    telemetry, file) for a solution key and environment. Needs no authentication. Clients
    strip a trailing `/` from the URLs.

    Args:
        solution_key (str):
        env (str):
        version (DiscoverServicesVersion | Unset):
        pf (DiscoverServicesPf | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DiscoveryResponse | Envelope
    """

    return (
        await asyncio_detailed(
            solution_key=solution_key,
            env=env,
            client=client,
            version=version,
            pf=pf,
        )
    ).parsed
