from http import HTTPStatus
from typing import cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.device_template_detail_response import DeviceTemplateDetailResponse
from ...models.error_response import ErrorResponse
from ...types import PARSED, RequestKwargs, Response, parse_json


def request_kwargs(
    template_code: str,
) -> RequestKwargs:
    """The arguments of ``httpx.Client.request`` that send get_device_template_by_code: its method, its URL
    below the service's base URL, and its query, headers and body."""

    _kwargs: RequestKwargs = {
        "method": "get",
        "url": "/device-template/template-code/{template_code}".format(
            template_code=quote(str(template_code), safe=""),
        ),
    }

    return _kwargs


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client | None = None
) -> DeviceTemplateDetailResponse | ErrorResponse | None:
    """The reply of get_device_template_by_code as the model the spec documents for its status.

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
    template_code: str,
    *,
    client: AuthenticatedClient,
) -> Response[DeviceTemplateDetailResponse | ErrorResponse]:
    """Get a device template by its code

     The same reply as `getDeviceTemplate`, for the template code (`code` in the template
    list, `templateCode` here), matched case-insensitively: how a client turns a template
    code into the `deviceTemplateGuid` a create needs. An unknown code answers **409**
    `TemplateNotFound`.

    Args:
        template_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceTemplateDetailResponse | ErrorResponse]
    """

    kwargs = request_kwargs(
        template_code=template_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    template_code: str,
    *,
    client: AuthenticatedClient,
) -> DeviceTemplateDetailResponse | ErrorResponse | None:
    """Get a device template by its code

     The same reply as `getDeviceTemplate`, for the template code (`code` in the template
    list, `templateCode` here), matched case-insensitively: how a client turns a template
    code into the `deviceTemplateGuid` a create needs. An unknown code answers **409**
    `TemplateNotFound`.

    Args:
        template_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceTemplateDetailResponse | ErrorResponse
    """

    return sync_detailed(
        template_code=template_code,
        client=client,
    ).parsed


async def asyncio_detailed(
    template_code: str,
    *,
    client: AuthenticatedClient,
) -> Response[DeviceTemplateDetailResponse | ErrorResponse]:
    """Get a device template by its code

     The same reply as `getDeviceTemplate`, for the template code (`code` in the template
    list, `templateCode` here), matched case-insensitively: how a client turns a template
    code into the `deviceTemplateGuid` a create needs. An unknown code answers **409**
    `TemplateNotFound`.

    Args:
        template_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceTemplateDetailResponse | ErrorResponse]
    """

    kwargs = request_kwargs(
        template_code=template_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    template_code: str,
    *,
    client: AuthenticatedClient,
) -> DeviceTemplateDetailResponse | ErrorResponse | None:
    """Get a device template by its code

     The same reply as `getDeviceTemplate`, for the template code (`code` in the template
    list, `templateCode` here), matched case-insensitively: how a client turns a template
    code into the `deviceTemplateGuid` a create needs. An unknown code answers **409**
    `TemplateNotFound`.

    Args:
        template_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceTemplateDetailResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            template_code=template_code,
            client=client,
        )
    ).parsed
