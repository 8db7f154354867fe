from http import HTTPStatus
from typing import Any, TypedDict, cast
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.count_devices_status import (
    CountDevicesStatus,
)
from ...models.device_count_response import DeviceCountResponse
from ...models.error_response import ErrorResponse
from ...types import PARSED, UNSET, RequestKwargs, Response, Unset, parse_json


class Query(TypedDict, total=False):
    """The query parameters of count_devices, as keyword arguments."""

    status: CountDevicesStatus
    companyguid: UUID


def request_kwargs(
    *,
    status: CountDevicesStatus | Unset = UNSET,
    companyguid: UUID | Unset = UNSET,
) -> RequestKwargs:
    """The arguments of ``httpx.Client.request`` that send count_devices: its method, its URL
    below the service's base URL, and its query, headers and body."""

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    json_companyguid: str | Unset = UNSET
    if not isinstance(companyguid, Unset):
        json_companyguid = str(companyguid)
    params["companyguid"] = json_companyguid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestKwargs = {
        "method": "get",
        "url": "/Device/count",
        "params": params,
    }

    return _kwargs


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client | None = None
) -> DeviceCountResponse | ErrorResponse | None:
    """The reply of count_devices as the model the spec documents for its status.

    A status the spec does not document for it is None, or raises ``errors.UnexpectedStatus``
    when ``client.raise_on_unexpected_status``."""
    if response.status_code == 200:
        return parse_json(DeviceCountResponse, response)

    if response.status_code == 401:
        return parse_json(ErrorResponse, response)

    if response.status_code == 403:
        return parse_json(ErrorResponse, response)

    if response.status_code == 409:
        return parse_json(ErrorResponse, response)

    if response.status_code == 412:
        return parse_json(ErrorResponse, response)

    if response.status_code == 500:
        return parse_json(ErrorResponse, response)

    if client is not None and client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeviceCountResponse | ErrorResponse]:
    if PARSED in response.extensions:
        parsed = cast(
            "DeviceCountResponse | ErrorResponse | None",
            response.extensions.pop(PARSED),
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
    *,
    client: AuthenticatedClient,
    status: CountDevicesStatus | Unset = UNSET,
    companyguid: UUID | Unset = UNSET,
) -> Response[DeviceCountResponse | ErrorResponse]:
    """Count devices

     The number of devices the user may see, in `data[0].deviceCount`.

    Args:
        status (CountDevicesStatus | Unset):
        companyguid (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceCountResponse | ErrorResponse]
    """

    kwargs = request_kwargs(
        status=status,
        companyguid=companyguid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    status: CountDevicesStatus | Unset = UNSET,
    companyguid: UUID | Unset = UNSET,
) -> DeviceCountResponse | ErrorResponse | None:
    """Count devices

     The number of devices the user may see, in `data[0].deviceCount`.

    Args:
        status (CountDevicesStatus | Unset):
        companyguid (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceCountResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        status=status,
        companyguid=companyguid,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: CountDevicesStatus | Unset = UNSET,
    companyguid: UUID | Unset = UNSET,
) -> Response[DeviceCountResponse | ErrorResponse]:
    """Count devices

     The number of devices the user may see, in `data[0].deviceCount`.

    Args:
        status (CountDevicesStatus | Unset):
        companyguid (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceCountResponse | ErrorResponse]
    """

    kwargs = request_kwargs(
        status=status,
        companyguid=companyguid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: CountDevicesStatus | Unset = UNSET,
    companyguid: UUID | Unset = UNSET,
) -> DeviceCountResponse | ErrorResponse | None:
    """Count devices

     The number of devices the user may see, in `data[0].deviceCount`.

    Args:
        status (CountDevicesStatus | Unset):
        companyguid (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceCountResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            companyguid=companyguid,
        )
    ).parsed
