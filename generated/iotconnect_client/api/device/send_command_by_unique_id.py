from http import HTTPStatus
from typing import Any, TypedDict, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.command_by_unique_id import CommandByUniqueId
from ...models.command_sent_response import CommandSentResponse
from ...models.error_response import ErrorResponse
from ...types import PARSED, RequestKwargs, Response, parse_json


class BodyFields(TypedDict, total=False):
    """The optional fields of the body of send_command_by_unique_id (CommandByUniqueId), as keyword arguments."""

    parameter_value: None | str
    command_as_string: bool | None
    d_type: None | str
    parent_unique_id: None | str


def request_kwargs(
    unique_id: str,
    *,
    body: CommandByUniqueId,
) -> RequestKwargs:
    """The arguments of ``httpx.Client.request`` that send send_command_by_unique_id: its method, its URL
    below the service's base URL, and its query, headers and body."""
    headers: dict[str, Any] = {}

    _kwargs: RequestKwargs = {
        "method": "post",
        "url": "/device-command/{unique_id}/send".format(
            unique_id=quote(str(unique_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client | None = None
) -> CommandSentResponse | ErrorResponse | None:
    """The reply of send_command_by_unique_id as the model the spec documents for its status.

    A status the spec does not document for it is None, or raises ``errors.UnexpectedStatus``
    when ``client.raise_on_unexpected_status``."""
    if response.status_code == 200:
        return parse_json(CommandSentResponse, response)

    if response.status_code == 400:
        return parse_json(ErrorResponse, response)

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
    unique_id: str,
    *,
    client: AuthenticatedClient,
    body: CommandByUniqueId,
) -> Response[CommandSentResponse | ErrorResponse]:
    """Send a command to a device by its unique id

     As `sendCommandToDevice`, naming the device by unique id and the command by its machine
    name (`commandName`, the template command's `command`).

    Args:
        unique_id (str):
        body (CommandByUniqueId): A command for one device named by unique id
            (`CommandSendToDeviceUniqueIdRequest`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommandSentResponse | ErrorResponse]
    """

    kwargs = request_kwargs(
        unique_id=unique_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    unique_id: str,
    *,
    client: AuthenticatedClient,
    body: CommandByUniqueId,
) -> CommandSentResponse | ErrorResponse | None:
    """Send a command to a device by its unique id

     As `sendCommandToDevice`, naming the device by unique id and the command by its machine
    name (`commandName`, the template command's `command`).

    Args:
        unique_id (str):
        body (CommandByUniqueId): A command for one device named by unique id
            (`CommandSendToDeviceUniqueIdRequest`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommandSentResponse | ErrorResponse
    """

    return sync_detailed(
        unique_id=unique_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    unique_id: str,
    *,
    client: AuthenticatedClient,
    body: CommandByUniqueId,
) -> Response[CommandSentResponse | ErrorResponse]:
    """Send a command to a device by its unique id

     As `sendCommandToDevice`, naming the device by unique id and the command by its machine
    name (`commandName`, the template command's `command`).

    Args:
        unique_id (str):
        body (CommandByUniqueId): A command for one device named by unique id
            (`CommandSendToDeviceUniqueIdRequest`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommandSentResponse | ErrorResponse]
    """

    kwargs = request_kwargs(
        unique_id=unique_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    unique_id: str,
    *,
    client: AuthenticatedClient,
    body: CommandByUniqueId,
) -> CommandSentResponse | ErrorResponse | None:
    """Send a command to a device by its unique id

     As `sendCommandToDevice`, naming the device by unique id and the command by its machine
    name (`commandName`, the template command's `command`).

    Args:
        unique_id (str):
        body (CommandByUniqueId): A command for one device named by unique id
            (`CommandSendToDeviceUniqueIdRequest`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommandSentResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            unique_id=unique_id,
            client=client,
            body=body,
        )
    ).parsed
