from http import HTTPStatus
from typing import Any, TypedDict, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.device_state_changed import DeviceStateChanged
from ...models.error_response import ErrorResponse
from ...types import PARSED, UNSET, RequestKwargs, Response, Unset, parse_json


class Query(TypedDict, total=False):
    """The query parameters of release_device, as keyword arguments."""

    is_cloud_device: bool


def request_kwargs(
    unique_id: str,
    *,
    is_cloud_device: bool | Unset = UNSET,
) -> RequestKwargs:
    """The arguments of ``httpx.Client.request`` that send release_device: its method, its URL
    below the service's base URL, and its query, headers and body."""

    params: dict[str, Any] = {}

    params["isCloudDevice"] = is_cloud_device

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestKwargs = {
        "method": "put",
        "url": "/Device/{unique_id}/release".format(
            unique_id=quote(str(unique_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client | None = None
) -> DeviceStateChanged | ErrorResponse | None:
    """The reply of release_device as the model the spec documents for its status.

    A status the spec does not document for it is None, or raises ``errors.UnexpectedStatus``
    when ``client.raise_on_unexpected_status``."""
    if response.status_code == 200:
        return parse_json(DeviceStateChanged, response)

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

    if response.status_code == 500:
        return parse_json(ErrorResponse, response)

    if client is not None and client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeviceStateChanged | ErrorResponse]:
    if PARSED in response.extensions:
        parsed = cast(
            "DeviceStateChanged | ErrorResponse | None", response.extensions.pop(PARSED)
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
    unique_id: str,
    *,
    client: AuthenticatedClient,
    is_cloud_device: bool | Unset = UNSET,
) -> Response[DeviceStateChanged | ErrorResponse]:
    """Release a device from the cloud's IoT hub

     Removes the device from the platform's IoT hub; lists then show `IsAcquired: false`
    and the `Acquired=released` filter finds it. **409** when the device does not exist
    (`DeviceNotFound`), is inactive (`DeviceNotActive`) or is already released
    (`DeviceAlreadyReleased`).

    Args:
        unique_id (str):
        is_cloud_device (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceStateChanged | ErrorResponse]
    """

    kwargs = request_kwargs(
        unique_id=unique_id,
        is_cloud_device=is_cloud_device,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    unique_id: str,
    *,
    client: AuthenticatedClient,
    is_cloud_device: bool | Unset = UNSET,
) -> DeviceStateChanged | ErrorResponse | None:
    """Release a device from the cloud's IoT hub

     Removes the device from the platform's IoT hub; lists then show `IsAcquired: false`
    and the `Acquired=released` filter finds it. **409** when the device does not exist
    (`DeviceNotFound`), is inactive (`DeviceNotActive`) or is already released
    (`DeviceAlreadyReleased`).

    Args:
        unique_id (str):
        is_cloud_device (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceStateChanged | ErrorResponse
    """

    return sync_detailed(
        unique_id=unique_id,
        client=client,
        is_cloud_device=is_cloud_device,
    ).parsed


async def asyncio_detailed(
    unique_id: str,
    *,
    client: AuthenticatedClient,
    is_cloud_device: bool | Unset = UNSET,
) -> Response[DeviceStateChanged | ErrorResponse]:
    """Release a device from the cloud's IoT hub

     Removes the device from the platform's IoT hub; lists then show `IsAcquired: false`
    and the `Acquired=released` filter finds it. **409** when the device does not exist
    (`DeviceNotFound`), is inactive (`DeviceNotActive`) or is already released
    (`DeviceAlreadyReleased`).

    Args:
        unique_id (str):
        is_cloud_device (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceStateChanged | ErrorResponse]
    """

    kwargs = request_kwargs(
        unique_id=unique_id,
        is_cloud_device=is_cloud_device,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    unique_id: str,
    *,
    client: AuthenticatedClient,
    is_cloud_device: bool | Unset = UNSET,
) -> DeviceStateChanged | ErrorResponse | None:
    """Release a device from the cloud's IoT hub

     Removes the device from the platform's IoT hub; lists then show `IsAcquired: false`
    and the `Acquired=released` filter finds it. **409** when the device does not exist
    (`DeviceNotFound`), is inactive (`DeviceNotActive`) or is already released
    (`DeviceAlreadyReleased`).

    Args:
        unique_id (str):
        is_cloud_device (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceStateChanged | ErrorResponse
    """

    return (
        await asyncio_detailed(
            unique_id=unique_id,
            client=client,
            is_cloud_device=is_cloud_device,
        )
    ).parsed
