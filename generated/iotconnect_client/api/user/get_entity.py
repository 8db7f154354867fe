from http import HTTPStatus
from typing import cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.entity_detail_response import EntityDetailResponse
from ...models.error_response import ErrorResponse
from ...types import PARSED, RequestKwargs, Response, parse_json


def request_kwargs(
    entity_guid: UUID,
) -> RequestKwargs:
    """The arguments of ``httpx.Client.request`` that send get_entity: its method, its URL
    below the service's base URL, and its query, headers and body."""

    _kwargs: RequestKwargs = {
        "method": "get",
        "url": "/Entity/{entity_guid}".format(
            entity_guid=quote(str(entity_guid), safe=""),
        ),
    }

    return _kwargs


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client | None = None
) -> EntityDetailResponse | ErrorResponse | None:
    """The reply of get_entity as the model the spec documents for its status.

    A status the spec does not document for it is None, or raises ``errors.UnexpectedStatus``
    when ``client.raise_on_unexpected_status``."""
    if response.status_code == 200:
        return parse_json(EntityDetailResponse, response)

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
) -> Response[EntityDetailResponse | ErrorResponse]:
    if PARSED in response.extensions:
        parsed = cast(
            "EntityDetailResponse | ErrorResponse | None",
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
    entity_guid: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[EntityDetailResponse | ErrorResponse]:
    """Get an entity

     The entity's details (address fields included), as a one-element array in `data`. An
    entity of another company, or none, answers **409** `EntityNotFound`.

    Args:
        entity_guid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EntityDetailResponse | ErrorResponse]
    """

    kwargs = request_kwargs(
        entity_guid=entity_guid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    entity_guid: UUID,
    *,
    client: AuthenticatedClient,
) -> EntityDetailResponse | ErrorResponse | None:
    """Get an entity

     The entity's details (address fields included), as a one-element array in `data`. An
    entity of another company, or none, answers **409** `EntityNotFound`.

    Args:
        entity_guid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EntityDetailResponse | ErrorResponse
    """

    return sync_detailed(
        entity_guid=entity_guid,
        client=client,
    ).parsed


async def asyncio_detailed(
    entity_guid: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[EntityDetailResponse | ErrorResponse]:
    """Get an entity

     The entity's details (address fields included), as a one-element array in `data`. An
    entity of another company, or none, answers **409** `EntityNotFound`.

    Args:
        entity_guid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EntityDetailResponse | ErrorResponse]
    """

    kwargs = request_kwargs(
        entity_guid=entity_guid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    entity_guid: UUID,
    *,
    client: AuthenticatedClient,
) -> EntityDetailResponse | ErrorResponse | None:
    """Get an entity

     The entity's details (address fields included), as a one-element array in `data`. An
    entity of another company, or none, answers **409** `EntityNotFound`.

    Args:
        entity_guid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EntityDetailResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            entity_guid=entity_guid,
            client=client,
        )
    ).parsed
