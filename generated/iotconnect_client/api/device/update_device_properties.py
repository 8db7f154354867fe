from http import HTTPStatus
from typing import Any, TypedDict, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.device_properties_update import DevicePropertiesUpdate
from ...models.device_properties_update_xml_properties_type_0 import (
    DevicePropertiesUpdateXmlPropertiesType0,
)
from ...models.device_properties_updated import DevicePropertiesUpdated
from ...models.error_response import ErrorResponse
from ...types import PARSED, RequestKwargs, Response, parse_json


class BodyFields(TypedDict, total=False):
    """The optional fields of the body of update_device_properties (DevicePropertiesUpdate), as keyword arguments."""

    xml_properties: DevicePropertiesUpdateXmlPropertiesType0 | None


def request_kwargs(
    device_guid: UUID,
    *,
    body: DevicePropertiesUpdate,
) -> RequestKwargs:
    """The arguments of ``httpx.Client.request`` that send update_device_properties: its method, its URL
    below the service's base URL, and its query, headers and body."""
    headers: dict[str, Any] = {}

    _kwargs: RequestKwargs = {
        "method": "put",
        "url": "/Device/{device_guid}/properties".format(
            device_guid=quote(str(device_guid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client | None = None
) -> DevicePropertiesUpdated | ErrorResponse | None:
    """The reply of update_device_properties as the model the spec documents for its status.

    A status the spec does not document for it is None, or raises ``errors.UnexpectedStatus``
    when ``client.raise_on_unexpected_status``."""
    if response.status_code == 200:
        return parse_json(DevicePropertiesUpdated, response)

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
) -> Response[DevicePropertiesUpdated | ErrorResponse]:
    if PARSED in response.extensions:
        parsed = cast(
            "DevicePropertiesUpdated | ErrorResponse | None",
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
    body: DevicePropertiesUpdate,
) -> Response[DevicePropertiesUpdated | ErrorResponse]:
    """Set a device's custom property values

     Sets the values of the properties named by `guid` (from `listDeviceProperties`); the
    device's other properties keep theirs. **409** when the device does not exist
    (`DeviceNotFound`) or a property does not (`PropertyNotFound`).

    Args:
        device_guid (UUID):
        body (DevicePropertiesUpdate): New values for some of a device's properties (the vendor's
            `DevicePropertyUpdateRequest`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DevicePropertiesUpdated | ErrorResponse]
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
    body: DevicePropertiesUpdate,
) -> DevicePropertiesUpdated | ErrorResponse | None:
    """Set a device's custom property values

     Sets the values of the properties named by `guid` (from `listDeviceProperties`); the
    device's other properties keep theirs. **409** when the device does not exist
    (`DeviceNotFound`) or a property does not (`PropertyNotFound`).

    Args:
        device_guid (UUID):
        body (DevicePropertiesUpdate): New values for some of a device's properties (the vendor's
            `DevicePropertyUpdateRequest`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DevicePropertiesUpdated | ErrorResponse
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
    body: DevicePropertiesUpdate,
) -> Response[DevicePropertiesUpdated | ErrorResponse]:
    """Set a device's custom property values

     Sets the values of the properties named by `guid` (from `listDeviceProperties`); the
    device's other properties keep theirs. **409** when the device does not exist
    (`DeviceNotFound`) or a property does not (`PropertyNotFound`).

    Args:
        device_guid (UUID):
        body (DevicePropertiesUpdate): New values for some of a device's properties (the vendor's
            `DevicePropertyUpdateRequest`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DevicePropertiesUpdated | ErrorResponse]
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
    body: DevicePropertiesUpdate,
) -> DevicePropertiesUpdated | ErrorResponse | None:
    """Set a device's custom property values

     Sets the values of the properties named by `guid` (from `listDeviceProperties`); the
    device's other properties keep theirs. **409** when the device does not exist
    (`DeviceNotFound`) or a property does not (`PropertyNotFound`).

    Args:
        device_guid (UUID):
        body (DevicePropertiesUpdate): New values for some of a device's properties (the vendor's
            `DevicePropertyUpdateRequest`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DevicePropertiesUpdated | ErrorResponse
    """

    return (
        await asyncio_detailed(
            device_guid=device_guid,
            client=client,
            body=body,
        )
    ).parsed
