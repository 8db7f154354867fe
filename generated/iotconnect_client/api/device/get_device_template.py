from http import HTTPStatus
from typing import Any, TypedDict, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.device_template_detail_response import DeviceTemplateDetailResponse
from ...models.error_response import ErrorResponse
from ...types import PARSED, UNSET, RequestKwargs, Response, Unset, parse_json


class Query(TypedDict, total=False):
    """The query parameters of get_device_template, as keyword arguments."""

    attr_tree: bool


def request_kwargs(
    device_template_guid: UUID,
    *,
    attr_tree: bool | Unset = UNSET,
) -> RequestKwargs:
    """The arguments of ``httpx.Client.request`` that send get_device_template: its method, its URL
    below the service's base URL, and its query, headers and body."""

    params: dict[str, Any] = {}

    params["attrTree"] = attr_tree

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestKwargs = {
        "method": "get",
        "url": "/device-template/{device_template_guid}".format(
            device_template_guid=quote(str(device_template_guid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client | None = None
) -> DeviceTemplateDetailResponse | ErrorResponse | None:
    """The reply of get_device_template as the model the spec documents for its status.

    A status the spec does not document for it is None, or raises ``errors.UnexpectedStatus``
    when ``client.raise_on_unexpected_status``."""
    if response.status_code == 200:
        return parse_json(DeviceTemplateDetailResponse, response)

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
) -> Response[DeviceTemplateDetailResponse | ErrorResponse]:
    if PARSED in response.extensions:
        parsed = cast(
            "DeviceTemplateDetailResponse | ErrorResponse | None",
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
    device_template_guid: UUID,
    *,
    client: AuthenticatedClient,
    attr_tree: bool | Unset = UNSET,
) -> Response[DeviceTemplateDetailResponse | ErrorResponse]:
    """Get a device template

     The template's details (attributes, commands, settings), as a one-element array in
    `data`. An unknown guid answers **409** `TemplateNotFound`.

    Args:
        device_template_guid (UUID):
        attr_tree (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceTemplateDetailResponse | ErrorResponse]
    """

    kwargs = request_kwargs(
        device_template_guid=device_template_guid,
        attr_tree=attr_tree,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    device_template_guid: UUID,
    *,
    client: AuthenticatedClient,
    attr_tree: bool | Unset = UNSET,
) -> DeviceTemplateDetailResponse | ErrorResponse | None:
    """Get a device template

     The template's details (attributes, commands, settings), as a one-element array in
    `data`. An unknown guid answers **409** `TemplateNotFound`.

    Args:
        device_template_guid (UUID):
        attr_tree (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceTemplateDetailResponse | ErrorResponse
    """

    return sync_detailed(
        device_template_guid=device_template_guid,
        client=client,
        attr_tree=attr_tree,
    ).parsed


async def asyncio_detailed(
    device_template_guid: UUID,
    *,
    client: AuthenticatedClient,
    attr_tree: bool | Unset = UNSET,
) -> Response[DeviceTemplateDetailResponse | ErrorResponse]:
    """Get a device template

     The template's details (attributes, commands, settings), as a one-element array in
    `data`. An unknown guid answers **409** `TemplateNotFound`.

    Args:
        device_template_guid (UUID):
        attr_tree (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceTemplateDetailResponse | ErrorResponse]
    """

    kwargs = request_kwargs(
        device_template_guid=device_template_guid,
        attr_tree=attr_tree,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    device_template_guid: UUID,
    *,
    client: AuthenticatedClient,
    attr_tree: bool | Unset = UNSET,
) -> DeviceTemplateDetailResponse | ErrorResponse | None:
    """Get a device template

     The template's details (attributes, commands, settings), as a one-element array in
    `data`. An unknown guid answers **409** `TemplateNotFound`.

    Args:
        device_template_guid (UUID):
        attr_tree (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceTemplateDetailResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            device_template_guid=device_template_guid,
            client=client,
            attr_tree=attr_tree,
        )
    ).parsed
