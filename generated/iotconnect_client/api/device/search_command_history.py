from http import HTTPStatus
from typing import Any, TypedDict, cast
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.command_history_search import CommandHistorySearch
from ...models.command_history_token_page import CommandHistoryTokenPage
from ...models.error_response import ErrorResponse
from ...types import PARSED, RequestKwargs, Response, parse_json


class BodyFields(TypedDict, total=False):
    """The optional fields of the body of search_command_history (CommandHistorySearch), as keyword arguments."""

    continuation_token: None | str
    device_guid: None | UUID
    capability: int | None
    page_size: int | None
    is_cp_id_optional: bool | None


def request_kwargs(
    *,
    body: CommandHistorySearch,
) -> RequestKwargs:
    """The arguments of ``httpx.Client.request`` that send search_command_history: its method, its URL
    below the service's base URL, and its query, headers and body."""
    headers: dict[str, Any] = {}

    _kwargs: RequestKwargs = {
        "method": "post",
        "url": "/template-command/history",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client | None = None
) -> Any | CommandHistoryTokenPage | ErrorResponse | None:
    """The reply of search_command_history as the model the spec documents for its status.

    A status the spec does not document for it is None, or raises ``errors.UnexpectedStatus``
    when ``client.raise_on_unexpected_status``."""
    if response.status_code == 200:
        return parse_json(CommandHistoryTokenPage, response)

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        return parse_json(ErrorResponse, response)

    if response.status_code == 401:
        return parse_json(ErrorResponse, response)

    if response.status_code == 409:
        return parse_json(ErrorResponse, response)

    if response.status_code == 412:
        return parse_json(ErrorResponse, response)

    if response.status_code == 413:
        return parse_json(ErrorResponse, response)

    if response.status_code == 500:
        return parse_json(ErrorResponse, response)

    if client is not None and client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | CommandHistoryTokenPage | ErrorResponse]:
    if PARSED in response.extensions:
        parsed = cast(
            "Any | CommandHistoryTokenPage | ErrorResponse | None",
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
    body: CommandHistorySearch,
) -> Response[Any | CommandHistoryTokenPage | ErrorResponse]:
    """List the command history, its filters in the body

     The history's other form (the vendor's `CommandHistoryDynamoListRequest`): the filters
    are in a JSON body, and it pages by continuation token, not page number. The first
    request sends no `continuationToken`; each reply gives the token of the next page, and
    null on the last. Newest first, as `listCommandHistory`. No entry matches: HTTP 204. A
    token the service did not give is a validation failure (412 naming
    `continuationToken`). It reads only: a POST because the filters are a body.

    Args:
        body (CommandHistorySearch): The filters of `searchCommandHistory` (the vendor's
            `CommandHistoryDynamoListRequest`).
            Null is taken as absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CommandHistoryTokenPage | ErrorResponse]
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CommandHistorySearch,
) -> Any | CommandHistoryTokenPage | ErrorResponse | None:
    """List the command history, its filters in the body

     The history's other form (the vendor's `CommandHistoryDynamoListRequest`): the filters
    are in a JSON body, and it pages by continuation token, not page number. The first
    request sends no `continuationToken`; each reply gives the token of the next page, and
    null on the last. Newest first, as `listCommandHistory`. No entry matches: HTTP 204. A
    token the service did not give is a validation failure (412 naming
    `continuationToken`). It reads only: a POST because the filters are a body.

    Args:
        body (CommandHistorySearch): The filters of `searchCommandHistory` (the vendor's
            `CommandHistoryDynamoListRequest`).
            Null is taken as absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CommandHistoryTokenPage | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CommandHistorySearch,
) -> Response[Any | CommandHistoryTokenPage | ErrorResponse]:
    """List the command history, its filters in the body

     The history's other form (the vendor's `CommandHistoryDynamoListRequest`): the filters
    are in a JSON body, and it pages by continuation token, not page number. The first
    request sends no `continuationToken`; each reply gives the token of the next page, and
    null on the last. Newest first, as `listCommandHistory`. No entry matches: HTTP 204. A
    token the service did not give is a validation failure (412 naming
    `continuationToken`). It reads only: a POST because the filters are a body.

    Args:
        body (CommandHistorySearch): The filters of `searchCommandHistory` (the vendor's
            `CommandHistoryDynamoListRequest`).
            Null is taken as absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CommandHistoryTokenPage | ErrorResponse]
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CommandHistorySearch,
) -> Any | CommandHistoryTokenPage | ErrorResponse | None:
    """List the command history, its filters in the body

     The history's other form (the vendor's `CommandHistoryDynamoListRequest`): the filters
    are in a JSON body, and it pages by continuation token, not page number. The first
    request sends no `continuationToken`; each reply gives the token of the next page, and
    null on the last. Newest first, as `listCommandHistory`. No entry matches: HTTP 204. A
    token the service did not give is a validation failure (412 naming
    `continuationToken`). It reads only: a POST because the filters are a body.

    Args:
        body (CommandHistorySearch): The filters of `searchCommandHistory` (the vendor's
            `CommandHistoryDynamoListRequest`).
            Null is taken as absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CommandHistoryTokenPage | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
