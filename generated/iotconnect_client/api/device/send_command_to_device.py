from http import HTTPStatus
from typing import Any, TypedDict, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.command_sent_response import CommandSentResponse
from ...models.command_to_device import CommandToDevice
from ...models.error_response import ErrorResponse
from ...types import PARSED, RequestKwargs, Response, parse_json


class BodyFields(TypedDict, total=False):
    """The optional fields of the body of send_command_to_device (CommandToDevice), as keyword arguments."""

    parameter_value: None | str
    command_text: None | str
    gateway_guid: None | str
    f_port: int | None
    transmission_interval: int | None
    downlink_mode: None | str
    downlink_frequency: int | None
    transmission_mode: int | None
    is_bytes_command: bool | None


def request_kwargs(
    device_guid: UUID,
    *,
    body: CommandToDevice,
) -> RequestKwargs:
    """The arguments of ``httpx.Client.request`` that send send_command_to_device: its method, its URL
    below the service's base URL, and its query, headers and body."""
    headers: dict[str, Any] = {}

    _kwargs: RequestKwargs = {
        "method": "post",
        "url": "/template-command/device/{device_guid}/send".format(
            device_guid=quote(str(device_guid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client | None = None
) -> CommandSentResponse | ErrorResponse | None:
    """The reply of send_command_to_device as the model the spec documents for its status.

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
    device_guid: UUID,
    *,
    client: AuthenticatedClient,
    body: CommandToDevice,
) -> Response[CommandSentResponse | ErrorResponse]:
    """Send a command to a device

     Sends one of the device's template commands (`commandGuid`, from
    `listTemplateCommands`) with `parameterValue`. The command joins the command history
    (`listCommandHistory`), pending until the device acknowledges it when the command
    requires acknowledgement (devices acknowledge over MQTT, outside this API). An unknown
    device answers **409** `DeviceNotFound`; a command of another template **409**
    `CommandNotFound`; a missing parameter the command requires **412**.

    Args:
        device_guid (UUID):
        body (CommandToDevice): A command for one device (the vendor's
            `CommandSendToDeviceRequest`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommandSentResponse | ErrorResponse]
    """

    kwargs = request_kwargs(
        device_guid=device_guid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    device_guid: UUID,
    *,
    client: AuthenticatedClient,
    body: CommandToDevice,
) -> CommandSentResponse | ErrorResponse | None:
    """Send a command to a device

     Sends one of the device's template commands (`commandGuid`, from
    `listTemplateCommands`) with `parameterValue`. The command joins the command history
    (`listCommandHistory`), pending until the device acknowledges it when the command
    requires acknowledgement (devices acknowledge over MQTT, outside this API). An unknown
    device answers **409** `DeviceNotFound`; a command of another template **409**
    `CommandNotFound`; a missing parameter the command requires **412**.

    Args:
        device_guid (UUID):
        body (CommandToDevice): A command for one device (the vendor's
            `CommandSendToDeviceRequest`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommandSentResponse | ErrorResponse
    """

    return sync_detailed(
        device_guid=device_guid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    device_guid: UUID,
    *,
    client: AuthenticatedClient,
    body: CommandToDevice,
) -> Response[CommandSentResponse | ErrorResponse]:
    """Send a command to a device

     Sends one of the device's template commands (`commandGuid`, from
    `listTemplateCommands`) with `parameterValue`. The command joins the command history
    (`listCommandHistory`), pending until the device acknowledges it when the command
    requires acknowledgement (devices acknowledge over MQTT, outside this API). An unknown
    device answers **409** `DeviceNotFound`; a command of another template **409**
    `CommandNotFound`; a missing parameter the command requires **412**.

    Args:
        device_guid (UUID):
        body (CommandToDevice): A command for one device (the vendor's
            `CommandSendToDeviceRequest`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommandSentResponse | ErrorResponse]
    """

    kwargs = request_kwargs(
        device_guid=device_guid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    device_guid: UUID,
    *,
    client: AuthenticatedClient,
    body: CommandToDevice,
) -> CommandSentResponse | ErrorResponse | None:
    """Send a command to a device

     Sends one of the device's template commands (`commandGuid`, from
    `listTemplateCommands`) with `parameterValue`. The command joins the command history
    (`listCommandHistory`), pending until the device acknowledges it when the command
    requires acknowledgement (devices acknowledge over MQTT, outside this API). An unknown
    device answers **409** `DeviceNotFound`; a command of another template **409**
    `CommandNotFound`; a missing parameter the command requires **412**.

    Args:
        device_guid (UUID):
        body (CommandToDevice): A command for one device (the vendor's
            `CommandSendToDeviceRequest`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommandSentResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            device_guid=device_guid,
            client=client,
            body=body,
        )
    ).parsed
