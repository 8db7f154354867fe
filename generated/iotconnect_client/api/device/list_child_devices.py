from http import HTTPStatus
from typing import Any, TypedDict, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.child_device_list_response import ChildDeviceListResponse
from ...models.error_response import ErrorResponse
from ...models.list_child_devices_sort_by import (
    ListChildDevicesSortBy,
)
from ...types import PARSED, UNSET, RequestKwargs, Response, Unset, parse_json


class Query(TypedDict, total=False):
    """The query parameters of list_child_devices, as keyword arguments."""

    page_number: int
    page_size: int
    sort_by: ListChildDevicesSortBy


def request_kwargs(
    device_guid: UUID,
    *,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
    sort_by: ListChildDevicesSortBy | Unset = UNSET,
) -> RequestKwargs:
    """The arguments of ``httpx.Client.request`` that send list_child_devices: its method, its URL
    below the service's base URL, and its query, headers and body."""

    params: dict[str, Any] = {}

    params["pageNumber"] = page_number

    params["pageSize"] = page_size

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by

    params["sortBy"] = json_sort_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestKwargs = {
        "method": "get",
        "url": "/Device/{device_guid}/child-device".format(
            device_guid=quote(str(device_guid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client | None = None
) -> Any | ChildDeviceListResponse | ErrorResponse | None:
    """The reply of list_child_devices as the model the spec documents for its status.

    A status the spec does not document for it is None, or raises ``errors.UnexpectedStatus``
    when ``client.raise_on_unexpected_status``."""
    if response.status_code == 200:
        return parse_json(ChildDeviceListResponse, response)

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
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
) -> Response[Any | ChildDeviceListResponse | ErrorResponse]:
    if PARSED in response.extensions:
        parsed = cast(
            "Any | ChildDeviceListResponse | ErrorResponse | None",
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
    device_guid: UUID,
    *,
    client: AuthenticatedClient,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
    sort_by: ListChildDevicesSortBy | Unset = UNSET,
) -> Response[Any | ChildDeviceListResponse | ErrorResponse]:
    """List a gateway's child devices

     One page of the devices created with this gateway as their `parentDeviceGuid`. A page
    with no devices is HTTP 204 with no body; an unknown gateway answers **409**
    `DeviceNotFound`.

    Args:
        device_guid (UUID):
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        sort_by (ListChildDevicesSortBy | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ChildDeviceListResponse | ErrorResponse]
    """

    kwargs = request_kwargs(
        device_guid=device_guid,
        page_number=page_number,
        page_size=page_size,
        sort_by=sort_by,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    device_guid: UUID,
    *,
    client: AuthenticatedClient,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
    sort_by: ListChildDevicesSortBy | Unset = UNSET,
) -> Any | ChildDeviceListResponse | ErrorResponse | None:
    """List a gateway's child devices

     One page of the devices created with this gateway as their `parentDeviceGuid`. A page
    with no devices is HTTP 204 with no body; an unknown gateway answers **409**
    `DeviceNotFound`.

    Args:
        device_guid (UUID):
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        sort_by (ListChildDevicesSortBy | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ChildDeviceListResponse | ErrorResponse
    """

    return sync_detailed(
        device_guid=device_guid,
        client=client,
        page_number=page_number,
        page_size=page_size,
        sort_by=sort_by,
    ).parsed


async def asyncio_detailed(
    device_guid: UUID,
    *,
    client: AuthenticatedClient,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
    sort_by: ListChildDevicesSortBy | Unset = UNSET,
) -> Response[Any | ChildDeviceListResponse | ErrorResponse]:
    """List a gateway's child devices

     One page of the devices created with this gateway as their `parentDeviceGuid`. A page
    with no devices is HTTP 204 with no body; an unknown gateway answers **409**
    `DeviceNotFound`.

    Args:
        device_guid (UUID):
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        sort_by (ListChildDevicesSortBy | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ChildDeviceListResponse | ErrorResponse]
    """

    kwargs = request_kwargs(
        device_guid=device_guid,
        page_number=page_number,
        page_size=page_size,
        sort_by=sort_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    device_guid: UUID,
    *,
    client: AuthenticatedClient,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
    sort_by: ListChildDevicesSortBy | Unset = UNSET,
) -> Any | ChildDeviceListResponse | ErrorResponse | None:
    """List a gateway's child devices

     One page of the devices created with this gateway as their `parentDeviceGuid`. A page
    with no devices is HTTP 204 with no body; an unknown gateway answers **409**
    `DeviceNotFound`.

    Args:
        device_guid (UUID):
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        sort_by (ListChildDevicesSortBy | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ChildDeviceListResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            device_guid=device_guid,
            client=client,
            page_number=page_number,
            page_size=page_size,
            sort_by=sort_by,
        )
    ).parsed
