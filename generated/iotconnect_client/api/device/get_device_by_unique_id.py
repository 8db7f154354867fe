from http import HTTPStatus
from typing import Any, TypedDict, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.device_information_response import DeviceInformationResponse
from ...models.error_response import ErrorResponse
from ...types import PARSED, UNSET, RequestKwargs, Response, Unset, parse_json


class Query(TypedDict, total=False):
    """The query parameters of get_device_by_unique_id, as keyword arguments."""

    parent_device_unique_id: str


def request_kwargs(
    unique_id: str,
    *,
    parent_device_unique_id: str | Unset = UNSET,
) -> RequestKwargs:
    """The arguments of ``httpx.Client.request`` that send get_device_by_unique_id: its method, its URL
    below the service's base URL, and its query, headers and body."""

    params: dict[str, Any] = {}

    params["parentDeviceUniqueId"] = parent_device_unique_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestKwargs = {
        "method": "get",
        "url": "/Device/uniqueId/{unique_id}".format(
            unique_id=quote(str(unique_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client | None = None
) -> DeviceInformationResponse | ErrorResponse | None:
    """The reply of get_device_by_unique_id as the model the spec documents for its status.

    A status the spec does not document for it is None, or raises ``errors.UnexpectedStatus``
    when ``client.raise_on_unexpected_status``."""
    if response.status_code == 200:
        return parse_json(DeviceInformationResponse, response)

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
) -> Response[DeviceInformationResponse | ErrorResponse]:
    if PARSED in response.extensions:
        parsed = cast(
            "DeviceInformationResponse | ErrorResponse | None",
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
    unique_id: str,
    *,
    client: AuthenticatedClient,
    parent_device_unique_id: str | Unset = UNSET,
) -> Response[DeviceInformationResponse | ErrorResponse]:
    """Get a device by its unique id

     An unknown unique id answers **409** (not 404) with `error[0].param == "DeviceNotFound"`.

    Args:
        unique_id (str):
        parent_device_unique_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceInformationResponse | ErrorResponse]
    """

    kwargs = request_kwargs(
        unique_id=unique_id,
        parent_device_unique_id=parent_device_unique_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    unique_id: str,
    *,
    client: AuthenticatedClient,
    parent_device_unique_id: str | Unset = UNSET,
) -> DeviceInformationResponse | ErrorResponse | None:
    """Get a device by its unique id

     An unknown unique id answers **409** (not 404) with `error[0].param == "DeviceNotFound"`.

    Args:
        unique_id (str):
        parent_device_unique_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceInformationResponse | ErrorResponse
    """

    return sync_detailed(
        unique_id=unique_id,
        client=client,
        parent_device_unique_id=parent_device_unique_id,
    ).parsed


async def asyncio_detailed(
    unique_id: str,
    *,
    client: AuthenticatedClient,
    parent_device_unique_id: str | Unset = UNSET,
) -> Response[DeviceInformationResponse | ErrorResponse]:
    """Get a device by its unique id

     An unknown unique id answers **409** (not 404) with `error[0].param == "DeviceNotFound"`.

    Args:
        unique_id (str):
        parent_device_unique_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceInformationResponse | ErrorResponse]
    """

    kwargs = request_kwargs(
        unique_id=unique_id,
        parent_device_unique_id=parent_device_unique_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    unique_id: str,
    *,
    client: AuthenticatedClient,
    parent_device_unique_id: str | Unset = UNSET,
) -> DeviceInformationResponse | ErrorResponse | None:
    """Get a device by its unique id

     An unknown unique id answers **409** (not 404) with `error[0].param == "DeviceNotFound"`.

    Args:
        unique_id (str):
        parent_device_unique_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceInformationResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            unique_id=unique_id,
            client=client,
            parent_device_unique_id=parent_device_unique_id,
        )
    ).parsed
