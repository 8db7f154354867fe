from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.device_state_changed import DeviceStateChanged
from ...models.device_twin_update import DeviceTwinUpdate
from ...models.error_response import ErrorResponse
from ...types import PARSED, RequestKwargs, Response, parse_json


def request_kwargs(
    unique_id: str,
    *,
    body: DeviceTwinUpdate,
) -> RequestKwargs:
    """The arguments of ``httpx.Client.request`` that send update_device_twin: its method, its URL
    below the service's base URL, and its query, headers and body."""
    headers: dict[str, Any] = {}

    _kwargs: RequestKwargs = {
        "method": "put",
        "url": "/Device/{unique_id}/twin".format(
            unique_id=quote(str(unique_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client | None = None
) -> DeviceStateChanged | ErrorResponse | None:
    """The reply of update_device_twin as the model the spec documents for its status.

    A status the spec does not document for it is None, or raises ``errors.UnexpectedStatus``
    when ``client.raise_on_unexpected_status``."""
    if response.status_code == 200:
        return parse_json(DeviceStateChanged, response)

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
) -> Response[DeviceStateChanged | ErrorResponse]:
    if PARSED in response.extensions:
        parsed = cast(
            "DeviceStateChanged | ErrorResponse | None", response.extensions.pop(PARSED)
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
    body: DeviceTwinUpdate,
) -> Response[DeviceStateChanged | ErrorResponse]:
    """Set a desired twin (shadow) property

     Sets one desired property of an acquired device: its `localName`, the new
    `desiredValue` (as text, valid for the setting's data type) and the
    `templateSettingGuid` the twin read shows for that name. Each accepted change raises
    the property's `desiredVersion` by one. **409** when the device does not exist
    (`DeviceNotFound`), is not acquired (`DeviceNotAcquired`), the template has no such
    setting (`TemplateSettingNotFound`) or the value does not fit its data type
    (`InvalidDesiredValue`).

    Args:
        unique_id (str):
        body (DeviceTwinUpdate): One desired twin property to set.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceStateChanged | ErrorResponse]
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
    body: DeviceTwinUpdate,
) -> DeviceStateChanged | ErrorResponse | None:
    """Set a desired twin (shadow) property

     Sets one desired property of an acquired device: its `localName`, the new
    `desiredValue` (as text, valid for the setting's data type) and the
    `templateSettingGuid` the twin read shows for that name. Each accepted change raises
    the property's `desiredVersion` by one. **409** when the device does not exist
    (`DeviceNotFound`), is not acquired (`DeviceNotAcquired`), the template has no such
    setting (`TemplateSettingNotFound`) or the value does not fit its data type
    (`InvalidDesiredValue`).

    Args:
        unique_id (str):
        body (DeviceTwinUpdate): One desired twin property to set.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceStateChanged | ErrorResponse
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
    body: DeviceTwinUpdate,
) -> Response[DeviceStateChanged | ErrorResponse]:
    """Set a desired twin (shadow) property

     Sets one desired property of an acquired device: its `localName`, the new
    `desiredValue` (as text, valid for the setting's data type) and the
    `templateSettingGuid` the twin read shows for that name. Each accepted change raises
    the property's `desiredVersion` by one. **409** when the device does not exist
    (`DeviceNotFound`), is not acquired (`DeviceNotAcquired`), the template has no such
    setting (`TemplateSettingNotFound`) or the value does not fit its data type
    (`InvalidDesiredValue`).

    Args:
        unique_id (str):
        body (DeviceTwinUpdate): One desired twin property to set.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceStateChanged | ErrorResponse]
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
    body: DeviceTwinUpdate,
) -> DeviceStateChanged | ErrorResponse | None:
    """Set a desired twin (shadow) property

     Sets one desired property of an acquired device: its `localName`, the new
    `desiredValue` (as text, valid for the setting's data type) and the
    `templateSettingGuid` the twin read shows for that name. Each accepted change raises
    the property's `desiredVersion` by one. **409** when the device does not exist
    (`DeviceNotFound`), is not acquired (`DeviceNotAcquired`), the template has no such
    setting (`TemplateSettingNotFound`) or the value does not fit its data type
    (`InvalidDesiredValue`).

    Args:
        unique_id (str):
        body (DeviceTwinUpdate): One desired twin property to set.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceStateChanged | ErrorResponse
    """

    return (
        await asyncio_detailed(
            unique_id=unique_id,
            client=client,
            body=body,
        )
    ).parsed
