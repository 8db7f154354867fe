from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.entity_list_response import EntityListResponse
from ...models.error_response import ErrorResponse
from ...types import PARSED, RequestKwargs, Response, parse_json


def request_kwargs() -> RequestKwargs:
    """The arguments of ``httpx.Client.request`` that send list_entities: its method, its URL
    below the service's base URL, and its query, headers and body."""

    _kwargs: RequestKwargs = {
        "method": "get",
        "url": "/Entity",
    }

    return _kwargs


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client | None = None
) -> Any | EntityListResponse | ErrorResponse | None:
    """The reply of list_entities as the model the spec documents for its status.

    A status the spec does not document for it is None, or raises ``errors.UnexpectedStatus``
    when ``client.raise_on_unexpected_status``."""
    if response.status_code == 200:
        return parse_json(EntityListResponse, response)

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | EntityListResponse | ErrorResponse]:
    if PARSED in response.extensions:
        parsed = cast(
            "Any | EntityListResponse | ErrorResponse | None",
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
) -> Response[Any | EntityListResponse | ErrorResponse]:
    """List entities

     Every entity of the user's company, on the **user** host (`userBaseUrl` of discovery),
    in one reply: the list takes no paging. The root entity is the one whose
    `parentEntityGuid` is null; the service has no filter for it. No entity: HTTP 204.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EntityListResponse | ErrorResponse]
    """

    kwargs = request_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> Any | EntityListResponse | ErrorResponse | None:
    """List entities

     Every entity of the user's company, on the **user** host (`userBaseUrl` of discovery),
    in one reply: the list takes no paging. The root entity is the one whose
    `parentEntityGuid` is null; the service has no filter for it. No entity: HTTP 204.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EntityListResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Any | EntityListResponse | ErrorResponse]:
    """List entities

     Every entity of the user's company, on the **user** host (`userBaseUrl` of discovery),
    in one reply: the list takes no paging. The root entity is the one whose
    `parentEntityGuid` is null; the service has no filter for it. No entity: HTTP 204.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EntityListResponse | ErrorResponse]
    """

    kwargs = request_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> Any | EntityListResponse | ErrorResponse | None:
    """List entities

     Every entity of the user's company, on the **user** host (`userBaseUrl` of discovery),
    in one reply: the list takes no paging. The root entity is the one whose
    `parentEntityGuid` is null; the service has no filter for it. No entity: HTTP 204.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EntityListResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
