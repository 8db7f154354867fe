from http import HTTPStatus
from typing import Any, TypedDict, cast
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.command_history_response import CommandHistoryResponse
from ...models.error_response import ErrorResponse
from ...models.list_command_history_sort_by import (
    ListCommandHistorySortBy,
)
from ...types import PARSED, UNSET, RequestKwargs, Response, Unset, parse_json


class Query(TypedDict, total=False):
    """The query parameters of list_command_history, as keyword arguments."""

    device_guid: UUID
    page_number: int
    page_size: int
    sort_by: ListCommandHistorySortBy
    search_text: str
    is_edge: bool
    is_gateway: bool
    is_low_bandwidth: bool
    green_grass: bool
    wireless: bool


def request_kwargs(
    *,
    device_guid: UUID | Unset = UNSET,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
    sort_by: ListCommandHistorySortBy | Unset = UNSET,
    search_text: str | Unset = UNSET,
    is_edge: bool | Unset = UNSET,
    is_gateway: bool | Unset = UNSET,
    is_low_bandwidth: bool | Unset = UNSET,
    green_grass: bool | Unset = UNSET,
    wireless: bool | Unset = UNSET,
) -> RequestKwargs:
    """The arguments of ``httpx.Client.request`` that send list_command_history: its method, its URL
    below the service's base URL, and its query, headers and body."""

    params: dict[str, Any] = {}

    json_device_guid: str | Unset = UNSET
    if not isinstance(device_guid, Unset):
        json_device_guid = str(device_guid)
    params["deviceGuid"] = json_device_guid

    params["pageNumber"] = page_number

    params["pageSize"] = page_size

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by

    params["sortBy"] = json_sort_by

    params["searchText"] = search_text

    params["isEdge"] = is_edge

    params["isGateway"] = is_gateway

    params["isLowBandwidth"] = is_low_bandwidth

    params["greenGrass"] = green_grass

    params["wireless"] = wireless

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestKwargs = {
        "method": "get",
        "url": "/template-command/history",
        "params": params,
    }

    return _kwargs


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client | None = None
) -> Any | CommandHistoryResponse | ErrorResponse | None:
    """The reply of list_command_history as the model the spec documents for its status.

    A status the spec does not document for it is None, or raises ``errors.UnexpectedStatus``
    when ``client.raise_on_unexpected_status``."""
    if response.status_code == 200:
        return parse_json(CommandHistoryResponse, response)

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | CommandHistoryResponse | ErrorResponse]:
    if PARSED in response.extensions:
        parsed = cast(
            "Any | CommandHistoryResponse | ErrorResponse | None",
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
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
    sort_by: ListCommandHistorySortBy | Unset = UNSET,
    search_text: str | Unset = UNSET,
    is_edge: bool | Unset = UNSET,
    is_gateway: bool | Unset = UNSET,
    is_low_bandwidth: bool | Unset = UNSET,
    green_grass: bool | Unset = UNSET,
    wireless: bool | Unset = UNSET,
) -> Response[Any | CommandHistoryResponse | ErrorResponse]:
    """List the command history

     One page of the commands sent to the company's devices, newest first, each with its
    status (`Pending` until a device acknowledges a command that requires it, then
    `Acknowledged`; `Sent` for one that requires none). `deviceGuid` narrows it to one
    device. No entry matches: HTTP 204.

    Args:
        device_guid (UUID | Unset):
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        sort_by (ListCommandHistorySortBy | Unset):
        search_text (str | Unset):
        is_edge (bool | Unset):
        is_gateway (bool | Unset):
        is_low_bandwidth (bool | Unset):
        green_grass (bool | Unset):
        wireless (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CommandHistoryResponse | ErrorResponse]
    """

    kwargs = request_kwargs(
        device_guid=device_guid,
        page_number=page_number,
        page_size=page_size,
        sort_by=sort_by,
        search_text=search_text,
        is_edge=is_edge,
        is_gateway=is_gateway,
        is_low_bandwidth=is_low_bandwidth,
        green_grass=green_grass,
        wireless=wireless,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    device_guid: UUID | Unset = UNSET,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
    sort_by: ListCommandHistorySortBy | Unset = UNSET,
    search_text: str | Unset = UNSET,
    is_edge: bool | Unset = UNSET,
    is_gateway: bool | Unset = UNSET,
    is_low_bandwidth: bool | Unset = UNSET,
    green_grass: bool | Unset = UNSET,
    wireless: bool | Unset = UNSET,
) -> Any | CommandHistoryResponse | ErrorResponse | None:
    """List the command history

     One page of the commands sent to the company's devices, newest first, each with its
    status (`Pending` until a device acknowledges a command that requires it, then
    `Acknowledged`; `Sent` for one that requires none). `deviceGuid` narrows it to one
    device. No entry matches: HTTP 204.

    Args:
        device_guid (UUID | Unset):
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        sort_by (ListCommandHistorySortBy | Unset):
        search_text (str | Unset):
        is_edge (bool | Unset):
        is_gateway (bool | Unset):
        is_low_bandwidth (bool | Unset):
        green_grass (bool | Unset):
        wireless (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CommandHistoryResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        device_guid=device_guid,
        page_number=page_number,
        page_size=page_size,
        sort_by=sort_by,
        search_text=search_text,
        is_edge=is_edge,
        is_gateway=is_gateway,
        is_low_bandwidth=is_low_bandwidth,
        green_grass=green_grass,
        wireless=wireless,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    device_guid: UUID | Unset = UNSET,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
    sort_by: ListCommandHistorySortBy | Unset = UNSET,
    search_text: str | Unset = UNSET,
    is_edge: bool | Unset = UNSET,
    is_gateway: bool | Unset = UNSET,
    is_low_bandwidth: bool | Unset = UNSET,
    green_grass: bool | Unset = UNSET,
    wireless: bool | Unset = UNSET,
) -> Response[Any | CommandHistoryResponse | ErrorResponse]:
    """List the command history

     One page of the commands sent to the company's devices, newest first, each with its
    status (`Pending` until a device acknowledges a command that requires it, then
    `Acknowledged`; `Sent` for one that requires none). `deviceGuid` narrows it to one
    device. No entry matches: HTTP 204.

    Args:
        device_guid (UUID | Unset):
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        sort_by (ListCommandHistorySortBy | Unset):
        search_text (str | Unset):
        is_edge (bool | Unset):
        is_gateway (bool | Unset):
        is_low_bandwidth (bool | Unset):
        green_grass (bool | Unset):
        wireless (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CommandHistoryResponse | ErrorResponse]
    """

    kwargs = request_kwargs(
        device_guid=device_guid,
        page_number=page_number,
        page_size=page_size,
        sort_by=sort_by,
        search_text=search_text,
        is_edge=is_edge,
        is_gateway=is_gateway,
        is_low_bandwidth=is_low_bandwidth,
        green_grass=green_grass,
        wireless=wireless,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    device_guid: UUID | Unset = UNSET,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
    sort_by: ListCommandHistorySortBy | Unset = UNSET,
    search_text: str | Unset = UNSET,
    is_edge: bool | Unset = UNSET,
    is_gateway: bool | Unset = UNSET,
    is_low_bandwidth: bool | Unset = UNSET,
    green_grass: bool | Unset = UNSET,
    wireless: bool | Unset = UNSET,
) -> Any | CommandHistoryResponse | ErrorResponse | None:
    """List the command history

     One page of the commands sent to the company's devices, newest first, each with its
    status (`Pending` until a device acknowledges a command that requires it, then
    `Acknowledged`; `Sent` for one that requires none). `deviceGuid` narrows it to one
    device. No entry matches: HTTP 204.

    Args:
        device_guid (UUID | Unset):
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        sort_by (ListCommandHistorySortBy | Unset):
        search_text (str | Unset):
        is_edge (bool | Unset):
        is_gateway (bool | Unset):
        is_low_bandwidth (bool | Unset):
        green_grass (bool | Unset):
        wireless (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CommandHistoryResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            device_guid=device_guid,
            page_number=page_number,
            page_size=page_size,
            sort_by=sort_by,
            search_text=search_text,
            is_edge=is_edge,
            is_gateway=is_gateway,
            is_low_bandwidth=is_low_bandwidth,
            green_grass=green_grass,
            wireless=wireless,
        )
    ).parsed
