from http import HTTPStatus
from typing import Any, TypedDict, cast
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.command_sent_response import CommandSentResponse
from ...models.command_to_template import CommandToTemplate
from ...models.error_response import ErrorResponse
from ...types import PARSED, RequestKwargs, Response, parse_json


class BodyFields(TypedDict, total=False):
    """The optional fields of the body of send_command_to_template (CommandToTemplate), as keyword arguments."""

    parameter_value: None | str
    command_text: None | str
    devices: list[UUID] | None
    entity_guid: None | UUID
    is_recursive: bool | None
    is_scheduled_command: bool | None
    schedule_unit: None | str
    schedule_unit_value: None | str
    is_cpid_optional: bool | None
    gateway_guid: None | str
    f_port: int | None
    transmission_interval: int | None
    downlink_mode: None | str
    downlink_frequency: int | None
    transmission_mode: int | None
    is_bytes_command: bool | None
    command_as_string: bool | None
    d_type: None | str


def request_kwargs(
    *,
    body: CommandToTemplate,
) -> RequestKwargs:
    """The arguments of ``httpx.Client.request`` that send send_command_to_template: its method, its URL
    below the service's base URL, and its query, headers and body."""
    headers: dict[str, Any] = {}

    _kwargs: RequestKwargs = {
        "method": "post",
        "url": "/template-command/send",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client | None = None
) -> CommandSentResponse | ErrorResponse | None:
    """The reply of send_command_to_template as the model the spec documents for its status.

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
    *,
    client: AuthenticatedClient,
    body: CommandToTemplate,
) -> Response[CommandSentResponse | ErrorResponse]:
    """Send a template's command to many devices

     Sends a template command to every device of its template in an entity (`applyTo` 1,
    `entityGuid`, `isRecursive` for the entities below it too) or to a list of devices
    (`applyTo` 2, `devices`). Each device gets a history entry, as for
    `sendCommandToDevice`.

    Args:
        body (CommandToTemplate): A template command for many devices (the vendor's
            `CommandSendRequest`): `applyTo` 1
            sends to the template's devices in `entityGuid` (and below it with `isRecursive`), 2 to
            the `devices` listed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommandSentResponse | ErrorResponse]
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
    body: CommandToTemplate,
) -> CommandSentResponse | ErrorResponse | None:
    """Send a template's command to many devices

     Sends a template command to every device of its template in an entity (`applyTo` 1,
    `entityGuid`, `isRecursive` for the entities below it too) or to a list of devices
    (`applyTo` 2, `devices`). Each device gets a history entry, as for
    `sendCommandToDevice`.

    Args:
        body (CommandToTemplate): A template command for many devices (the vendor's
            `CommandSendRequest`): `applyTo` 1
            sends to the template's devices in `entityGuid` (and below it with `isRecursive`), 2 to
            the `devices` listed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommandSentResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CommandToTemplate,
) -> Response[CommandSentResponse | ErrorResponse]:
    """Send a template's command to many devices

     Sends a template command to every device of its template in an entity (`applyTo` 1,
    `entityGuid`, `isRecursive` for the entities below it too) or to a list of devices
    (`applyTo` 2, `devices`). Each device gets a history entry, as for
    `sendCommandToDevice`.

    Args:
        body (CommandToTemplate): A template command for many devices (the vendor's
            `CommandSendRequest`): `applyTo` 1
            sends to the template's devices in `entityGuid` (and below it with `isRecursive`), 2 to
            the `devices` listed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommandSentResponse | ErrorResponse]
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CommandToTemplate,
) -> CommandSentResponse | ErrorResponse | None:
    """Send a template's command to many devices

     Sends a template command to every device of its template in an entity (`applyTo` 1,
    `entityGuid`, `isRecursive` for the entities below it too) or to a list of devices
    (`applyTo` 2, `devices`). Each device gets a history entry, as for
    `sendCommandToDevice`.

    Args:
        body (CommandToTemplate): A template command for many devices (the vendor's
            `CommandSendRequest`): `applyTo` 1
            sends to the template's devices in `entityGuid` (and below it with `isRecursive`), 2 to
            the `devices` listed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommandSentResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
