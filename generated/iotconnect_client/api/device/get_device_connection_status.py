from http import HTTPStatus
from typing import Any, TypedDict, cast
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.connection_status_response import ConnectionStatusResponse
from ...models.error_response import ErrorResponse
from ...types import PARSED, UNSET, RequestKwargs, Response, Unset, parse_json


class Query(TypedDict, total=False):
    """The query parameters of get_device_connection_status, as keyword arguments."""

    device_guid: UUID
    unique_id: str


def request_kwargs(
    *,
    device_guid: UUID | Unset = UNSET,
    unique_id: str | Unset = UNSET,
) -> RequestKwargs:
    """The arguments of ``httpx.Client.request`` that send get_device_connection_status: its method, its URL
    below the service's base URL, and its query, headers and body."""

    params: dict[str, Any] = {}

    json_device_guid: str | Unset = UNSET
    if not isinstance(device_guid, Unset):
        json_device_guid = str(device_guid)
    params["deviceGuid"] = json_device_guid

    params["uniqueId"] = unique_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestKwargs = {
        "method": "get",
        "url": "/Device/connection-status",
        "params": params,
    }

    return _kwargs


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client | None = None
) -> ConnectionStatusResponse | ErrorResponse | None:
    """The reply of get_device_connection_status as the model the spec documents for its status.

    A status the spec does not document for it is None, or raises ``errors.UnexpectedStatus``
    when ``client.raise_on_unexpected_status``."""
    if response.status_code == 200:
        return parse_json(ConnectionStatusResponse, response)

    if response.status_code == 401:
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
) -> Response[ConnectionStatusResponse | ErrorResponse]:
    if PARSED in response.extensions:
        parsed = cast(
            "ConnectionStatusResponse | ErrorResponse | None",
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
    device_guid: UUID | Unset = UNSET,
    unique_id: str | Unset = UNSET,
) -> Response[ConnectionStatusResponse | ErrorResponse]:
    """Is a device connected?

     Whether one device is connected to the cloud now, in `data[0].isConnected` (1 or 0).
    Give the device's `deviceGuid` or its `uniqueId`; neither is a validation failure (412).
    An unknown device answers **409** `DeviceNotFound`.

    Args:
        device_guid (UUID | Unset):
        unique_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectionStatusResponse | ErrorResponse]
    """

    kwargs = request_kwargs(
        device_guid=device_guid,
        unique_id=unique_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    device_guid: UUID | Unset = UNSET,
    unique_id: str | Unset = UNSET,
) -> ConnectionStatusResponse | ErrorResponse | None:
    """Is a device connected?

     Whether one device is connected to the cloud now, in `data[0].isConnected` (1 or 0).
    Give the device's `deviceGuid` or its `uniqueId`; neither is a validation failure (412).
    An unknown device answers **409** `DeviceNotFound`.

    Args:
        device_guid (UUID | Unset):
        unique_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectionStatusResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        device_guid=device_guid,
        unique_id=unique_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    device_guid: UUID | Unset = UNSET,
    unique_id: str | Unset = UNSET,
) -> Response[ConnectionStatusResponse | ErrorResponse]:
    """Is a device connected?

     Whether one device is connected to the cloud now, in `data[0].isConnected` (1 or 0).
    Give the device's `deviceGuid` or its `uniqueId`; neither is a validation failure (412).
    An unknown device answers **409** `DeviceNotFound`.

    Args:
        device_guid (UUID | Unset):
        unique_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectionStatusResponse | ErrorResponse]
    """

    kwargs = request_kwargs(
        device_guid=device_guid,
        unique_id=unique_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    device_guid: UUID | Unset = UNSET,
    unique_id: str | Unset = UNSET,
) -> ConnectionStatusResponse | ErrorResponse | None:
    """Is a device connected?

     Whether one device is connected to the cloud now, in `data[0].isConnected` (1 or 0).
    Give the device's `deviceGuid` or its `uniqueId`; neither is a validation failure (412).
    An unknown device answers **409** `DeviceNotFound`.

    Args:
        device_guid (UUID | Unset):
        unique_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectionStatusResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            device_guid=device_guid,
            unique_id=unique_id,
        )
    ).parsed
