from http import HTTPStatus
from typing import Any
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
from ...types import UNSET, Response, Unset


def _get_kwargs(
    solution_key: str,
    env: str,
    *,
    version: DiscoverServicesVersion | Unset = UNSET,
    pf: DiscoverServicesPf | Unset = UNSET,
) -> dict[str, Any]:

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

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/uisdk/solutionkey/{solution_key}/env/{env}".format(
            solution_key=quote(str(solution_key), safe=""),
            env=quote(str(env), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DiscoveryResponse | Envelope | None:
    if response.status_code == 200:
        response_200 = DiscoveryResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Envelope.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = Envelope.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = Envelope.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DiscoveryResponse | Envelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
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

    kwargs = _get_kwargs(
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

    kwargs = _get_kwargs(
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
