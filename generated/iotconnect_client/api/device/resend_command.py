from http import HTTPStatus
from typing import cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.command_sent_response import CommandSentResponse
from ...models.error_response import ErrorResponse
from ...types import PARSED, RequestKwargs, Response, parse_json


def request_kwargs(
    command_history_guid: UUID,
) -> RequestKwargs:
    """The arguments of ``httpx.Client.request`` that send resend_command: its method, its URL
    below the service's base URL, and its query, headers and body."""

    _kwargs: RequestKwargs = {
        "method": "put",
        "url": "/template-command/history/{command_history_guid}/re-send".format(
            command_history_guid=quote(str(command_history_guid), safe=""),
        ),
    }

    return _kwargs


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client | None = None
) -> CommandSentResponse | ErrorResponse | None:
    """The reply of resend_command as the model the spec documents for its status.

    A status the spec does not document for it is None, or raises ``errors.UnexpectedStatus``
    when ``client.raise_on_unexpected_status``."""
    if response.status_code == 200:
        return parse_json(CommandSentResponse, response)

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
) -> Response[CommandSentResponse | ErrorResponse]:
    if PARSED in response.extensions:
        parsed = cast(
            "CommandSentResponse | ErrorResponse | None",
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
    command_history_guid: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[CommandSentResponse | ErrorResponse]:
    """Send a command of the history again

     Sends the command of a history entry again: the entry's `resendHistory.resendCount`
    grows and it is pending again until acknowledged. An unknown entry answers **409**
    `CommandHistoryNotFound`.

    Args:
        command_history_guid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommandSentResponse | ErrorResponse]
    """

    kwargs = request_kwargs(
        command_history_guid=command_history_guid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    command_history_guid: UUID,
    *,
    client: AuthenticatedClient,
) -> CommandSentResponse | ErrorResponse | None:
    """Send a command of the history again

     Sends the command of a history entry again: the entry's `resendHistory.resendCount`
    grows and it is pending again until acknowledged. An unknown entry answers **409**
    `CommandHistoryNotFound`.

    Args:
        command_history_guid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommandSentResponse | ErrorResponse
    """

    return sync_detailed(
        command_history_guid=command_history_guid,
        client=client,
    ).parsed


async def asyncio_detailed(
    command_history_guid: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[CommandSentResponse | ErrorResponse]:
    """Send a command of the history again

     Sends the command of a history entry again: the entry's `resendHistory.resendCount`
    grows and it is pending again until acknowledged. An unknown entry answers **409**
    `CommandHistoryNotFound`.

    Args:
        command_history_guid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommandSentResponse | ErrorResponse]
    """

    kwargs = request_kwargs(
        command_history_guid=command_history_guid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    command_history_guid: UUID,
    *,
    client: AuthenticatedClient,
) -> CommandSentResponse | ErrorResponse | None:
    """Send a command of the history again

     Sends the command of a history entry again: the entry's `resendHistory.resendCount`
    grows and it is pending again until acknowledged. An unknown entry answers **409**
    `CommandHistoryNotFound`.

    Args:
        command_history_guid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommandSentResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            command_history_guid=command_history_guid,
            client=client,
        )
    ).parsed
