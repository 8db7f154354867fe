from http import HTTPStatus
from typing import cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.device_property_list_response import DevicePropertyListResponse
from ...models.error_response import ErrorResponse
from ...types import PARSED, RequestKwargs, Response, parse_json


def request_kwargs() -> RequestKwargs:
    """The arguments of ``httpx.Client.request`` that send list_device_properties: its method, its URL
    below the service's base URL, and its query, headers and body."""

    _kwargs: RequestKwargs = {
        "method": "get",
        "url": "/Device/property",
    }

    return _kwargs


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client | None = None
) -> DevicePropertyListResponse | ErrorResponse | None:
    """The reply of list_device_properties as the model the spec documents for its status.

    A status the spec does not document for it is None, or raises ``errors.UnexpectedStatus``
    when ``client.raise_on_unexpected_status``."""
    if response.status_code == 200:
        return parse_json(DevicePropertyListResponse, response)

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
) -> Response[DevicePropertyListResponse | ErrorResponse]:
    if PARSED in response.extensions:
        parsed = cast(
            "DevicePropertyListResponse | ErrorResponse | None",
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
) -> Response[DevicePropertyListResponse | ErrorResponse]:
    """List the company's device properties

     The custom properties the company's devices may carry: each one's `guid` (what a
    device's `properties[].guid` names), `name`, `fieldType` and `options`. The list is not
    paged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DevicePropertyListResponse | ErrorResponse]
    """

    kwargs = request_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> DevicePropertyListResponse | ErrorResponse | None:
    """List the company's device properties

     The custom properties the company's devices may carry: each one's `guid` (what a
    device's `properties[].guid` names), `name`, `fieldType` and `options`. The list is not
    paged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DevicePropertyListResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[DevicePropertyListResponse | ErrorResponse]:
    """List the company's device properties

     The custom properties the company's devices may carry: each one's `guid` (what a
    device's `properties[].guid` names), `name`, `fieldType` and `options`. The list is not
    paged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DevicePropertyListResponse | ErrorResponse]
    """

    kwargs = request_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> DevicePropertyListResponse | ErrorResponse | None:
    """List the company's device properties

     The custom properties the company's devices may carry: each one's `guid` (what a
    device's `properties[].guid` names), `name`, `fieldType` and `options`. The list is not
    paged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DevicePropertyListResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
