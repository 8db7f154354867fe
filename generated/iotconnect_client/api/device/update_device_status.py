from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.device_status_update import DeviceStatusUpdate
from ...models.empty_response import EmptyResponse
from ...models.error_response import ErrorResponse
from ...types import PARSED, RequestKwargs, Response, parse_json


def request_kwargs(
    device_guid: UUID,
    *,
    body: DeviceStatusUpdate,
) -> RequestKwargs:
    """The arguments of ``httpx.Client.request`` that send update_device_status: its method, its URL
    below the service's base URL, and its query, headers and body."""
    headers: dict[str, Any] = {}

    _kwargs: RequestKwargs = {
        "method": "put",
        "url": "/Device/{device_guid}/status".format(
            device_guid=quote(str(device_guid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client | None = None
) -> EmptyResponse | ErrorResponse | None:
    """The reply of update_device_status as the model the spec documents for its status.

    A status the spec does not document for it is None, or raises ``errors.UnexpectedStatus``
    when ``client.raise_on_unexpected_status``."""
    if response.status_code == 200:
        return parse_json(EmptyResponse, response)

    if response.status_code == 400:
        return parse_json(ErrorResponse, response)

    if response.status_code == 401:
        return parse_json(ErrorResponse, response)

    if response.status_code == 403:
        return parse_json(ErrorResponse, response)

    if response.status_code == 404:
        return parse_json(ErrorResponse, response)

    if response.status_code == 409:
        return parse_json(ErrorResponse, response)

    if response.status_code == 412:
        return parse_json(ErrorResponse, response)

    if response.status_code == 413:
        return parse_json(ErrorResponse, response)

    if response.status_code == 500:
        return parse_json(ErrorResponse, response)

    if client is not None and client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EmptyResponse | ErrorResponse]:
    if PARSED in response.extensions:
        parsed = cast(
            "EmptyResponse | ErrorResponse | None", response.extensions.pop(PARSED)
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
    device_guid: UUID,
    *,
    client: AuthenticatedClient,
    body: DeviceStatusUpdate,
) -> Response[EmptyResponse | ErrorResponse]:
    """Activate or deactivate a device

     Answers **409** when the device is already in that state (`DeviceAlreadyActive`,
    `DeviceAlreadyInactive`) or does not exist (`DeviceNotFound`).

    Args:
        device_guid (UUID):
        body (DeviceStatusUpdate): The state to put the device in.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | ErrorResponse]
    """

    kwargs = request_kwargs(
        device_guid=device_guid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    device_guid: UUID,
    *,
    client: AuthenticatedClient,
    body: DeviceStatusUpdate,
) -> EmptyResponse | ErrorResponse | None:
    """Activate or deactivate a device

     Answers **409** when the device is already in that state (`DeviceAlreadyActive`,
    `DeviceAlreadyInactive`) or does not exist (`DeviceNotFound`).

    Args:
        device_guid (UUID):
        body (DeviceStatusUpdate): The state to put the device in.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse | ErrorResponse
    """

    return sync_detailed(
        device_guid=device_guid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    device_guid: UUID,
    *,
    client: AuthenticatedClient,
    body: DeviceStatusUpdate,
) -> Response[EmptyResponse | ErrorResponse]:
    """Activate or deactivate a device

     Answers **409** when the device is already in that state (`DeviceAlreadyActive`,
    `DeviceAlreadyInactive`) or does not exist (`DeviceNotFound`).

    Args:
        device_guid (UUID):
        body (DeviceStatusUpdate): The state to put the device in.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | ErrorResponse]
    """

    kwargs = request_kwargs(
        device_guid=device_guid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    device_guid: UUID,
    *,
    client: AuthenticatedClient,
    body: DeviceStatusUpdate,
) -> EmptyResponse | ErrorResponse | None:
    """Activate or deactivate a device

     Answers **409** when the device is already in that state (`DeviceAlreadyActive`,
    `DeviceAlreadyInactive`) or does not exist (`DeviceNotFound`).

    Args:
        device_guid (UUID):
        body (DeviceStatusUpdate): The state to put the device in.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            device_guid=device_guid,
            client=client,
            body=body,
        )
    ).parsed
