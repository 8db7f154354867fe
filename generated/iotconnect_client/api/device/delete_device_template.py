from http import HTTPStatus
from typing import cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.template_delete_response import TemplateDeleteResponse
from ...types import PARSED, RequestKwargs, Response, parse_json


def request_kwargs(
    device_template_guid: UUID,
) -> RequestKwargs:
    """The arguments of ``httpx.Client.request`` that send delete_device_template: its method, its URL
    below the service's base URL, and its query, headers and body."""

    _kwargs: RequestKwargs = {
        "method": "delete",
        "url": "/device-template/{device_template_guid}".format(
            device_template_guid=quote(str(device_template_guid), safe=""),
        ),
    }

    return _kwargs


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client | None = None
) -> ErrorResponse | TemplateDeleteResponse | None:
    """The reply of delete_device_template as the model the spec documents for its status.

    A status the spec does not document for it is None, or raises ``errors.UnexpectedStatus``
    when ``client.raise_on_unexpected_status``."""
    if response.status_code == 200:
        return parse_json(TemplateDeleteResponse, response)

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
) -> Response[ErrorResponse | TemplateDeleteResponse]:
    if PARSED in response.extensions:
        parsed = cast(
            "ErrorResponse | TemplateDeleteResponse | None",
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
) -> Response[ErrorResponse | TemplateDeleteResponse]:
    """Delete a device template

     Deletes the template. A template that devices (or rules, or firmware) use cannot be
    deleted: **409** `TemplateInUse`; an unknown guid answers **409** `TemplateNotFound`.
    `data` is empty on success.

    Args:
        device_template_guid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TemplateDeleteResponse]
    """

    kwargs = request_kwargs(
        device_template_guid=device_template_guid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    device_template_guid: UUID,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | TemplateDeleteResponse | None:
    """Delete a device template

     Deletes the template. A template that devices (or rules, or firmware) use cannot be
    deleted: **409** `TemplateInUse`; an unknown guid answers **409** `TemplateNotFound`.
    `data` is empty on success.

    Args:
        device_template_guid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TemplateDeleteResponse
    """

    return sync_detailed(
        device_template_guid=device_template_guid,
        client=client,
    ).parsed


async def asyncio_detailed(
    device_template_guid: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | TemplateDeleteResponse]:
    """Delete a device template

     Deletes the template. A template that devices (or rules, or firmware) use cannot be
    deleted: **409** `TemplateInUse`; an unknown guid answers **409** `TemplateNotFound`.
    `data` is empty on success.

    Args:
        device_template_guid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TemplateDeleteResponse]
    """

    kwargs = request_kwargs(
        device_template_guid=device_template_guid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    device_template_guid: UUID,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | TemplateDeleteResponse | None:
    """Delete a device template

     Deletes the template. A template that devices (or rules, or firmware) use cannot be
    deleted: **409** `TemplateInUse`; an unknown guid answers **409** `TemplateNotFound`.
    `data` is empty on success.

    Args:
        device_template_guid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TemplateDeleteResponse
    """

    return (
        await asyncio_detailed(
            device_template_guid=device_template_guid,
            client=client,
        )
    ).parsed
