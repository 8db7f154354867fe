from http import HTTPStatus
from typing import Any, TypedDict, cast
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.device_create import DeviceCreate
from ...models.device_create_response import DeviceCreateResponse
from ...models.device_create_xml_properties_type_0 import DeviceCreateXmlPropertiesType0
from ...models.device_property import DeviceProperty
from ...models.error_response import ErrorResponse
from ...models.sidewalk_device import SidewalkDevice
from ...types import PARSED, RequestKwargs, Response, parse_json


class BodyFields(TypedDict, total=False):
    """The optional fields of the body of create_device (DeviceCreate), as keyword arguments."""

    note: None | str
    tag: None | str
    parent_device_guid: None | UUID
    firmware_upgrade_guid: None | UUID
    properties: list[DeviceProperty] | None
    xml_properties: DeviceCreateXmlPropertiesType0 | None
    certificate_text: None | str
    device_certificate: None | str
    device_certificate_password: None | str
    device_certificate_guid: None | UUID
    primary_thumbprint: None | str
    secondary_thumbprint: None | str
    endorsement_key: None | str
    primary_key: None | str
    secondary_key: None | str
    auto_generate: bool | None
    is_auto_generated_self_sign_certificate: bool | None
    template_code: None | str
    wireless_device_type: int | None
    gg_device_type: int | None
    sidewalk_device: None | SidewalkDevice
    video_stream_resource: int | None
    video_stream_type: int | None
    auto_start_video_stream: bool | None
    channel_arn: None | str


def request_kwargs(
    *,
    body: DeviceCreate,
) -> RequestKwargs:
    """The arguments of ``httpx.Client.request`` that send create_device: its method, its URL
    below the service's base URL, and its query, headers and body."""
    headers: dict[str, Any] = {}

    _kwargs: RequestKwargs = {
        "method": "post",
        "url": "/Device",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client | None = None
) -> DeviceCreateResponse | ErrorResponse | None:
    """The reply of create_device as the model the spec documents for its status.

    A status the spec does not document for it is None, or raises ``errors.UnexpectedStatus``
    when ``client.raise_on_unexpected_status``."""
    if response.status_code == 200:
        return parse_json(DeviceCreateResponse, response)

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
) -> Response[DeviceCreateResponse | ErrorResponse]:
    if PARSED in response.extensions:
        parsed = cast(
            "DeviceCreateResponse | ErrorResponse | None",
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
    body: DeviceCreate,
) -> Response[DeviceCreateResponse | ErrorResponse]:
    """Create a device

     Creates a device and answers **200** (not 201) with the new device's guid in
    `data[0].newid`. A `uniqueId` already in use answers 409 with
    `error[0].param == "UniqueIdAlreadyExists"`; an unknown template or entity answers 412.

    Args:
        body (DeviceCreate): A new device. Optional fields may be null, which the service takes as
            absent. What else
            a create needs depends on the `authType` of the template and on the platform:
            `x-auth-type-requires` lists, per platform and auth type, alternatives of fields that
            must all be present, not null and not `false` (auth types it does not list need nothing
            more). A create that meets none is a validation failure (412) whose `error[]` names each
            missing field of the nearest alternative. Certificate-authenticated devices (the auth
            types of `x-certificate-auth-types`: 2, 3 and 7) have unique ids of at most 31
            characters. A CA-signed individual device (7) is created with its own certificate, a
            PEM in `certificateText` or a PFX in `deviceCertificate` with its password, on both
            platforms.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceCreateResponse | ErrorResponse]
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
    body: DeviceCreate,
) -> DeviceCreateResponse | ErrorResponse | None:
    """Create a device

     Creates a device and answers **200** (not 201) with the new device's guid in
    `data[0].newid`. A `uniqueId` already in use answers 409 with
    `error[0].param == "UniqueIdAlreadyExists"`; an unknown template or entity answers 412.

    Args:
        body (DeviceCreate): A new device. Optional fields may be null, which the service takes as
            absent. What else
            a create needs depends on the `authType` of the template and on the platform:
            `x-auth-type-requires` lists, per platform and auth type, alternatives of fields that
            must all be present, not null and not `false` (auth types it does not list need nothing
            more). A create that meets none is a validation failure (412) whose `error[]` names each
            missing field of the nearest alternative. Certificate-authenticated devices (the auth
            types of `x-certificate-auth-types`: 2, 3 and 7) have unique ids of at most 31
            characters. A CA-signed individual device (7) is created with its own certificate, a
            PEM in `certificateText` or a PFX in `deviceCertificate` with its password, on both
            platforms.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceCreateResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DeviceCreate,
) -> Response[DeviceCreateResponse | ErrorResponse]:
    """Create a device

     Creates a device and answers **200** (not 201) with the new device's guid in
    `data[0].newid`. A `uniqueId` already in use answers 409 with
    `error[0].param == "UniqueIdAlreadyExists"`; an unknown template or entity answers 412.

    Args:
        body (DeviceCreate): A new device. Optional fields may be null, which the service takes as
            absent. What else
            a create needs depends on the `authType` of the template and on the platform:
            `x-auth-type-requires` lists, per platform and auth type, alternatives of fields that
            must all be present, not null and not `false` (auth types it does not list need nothing
            more). A create that meets none is a validation failure (412) whose `error[]` names each
            missing field of the nearest alternative. Certificate-authenticated devices (the auth
            types of `x-certificate-auth-types`: 2, 3 and 7) have unique ids of at most 31
            characters. A CA-signed individual device (7) is created with its own certificate, a
            PEM in `certificateText` or a PFX in `deviceCertificate` with its password, on both
            platforms.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceCreateResponse | ErrorResponse]
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DeviceCreate,
) -> DeviceCreateResponse | ErrorResponse | None:
    """Create a device

     Creates a device and answers **200** (not 201) with the new device's guid in
    `data[0].newid`. A `uniqueId` already in use answers 409 with
    `error[0].param == "UniqueIdAlreadyExists"`; an unknown template or entity answers 412.

    Args:
        body (DeviceCreate): A new device. Optional fields may be null, which the service takes as
            absent. What else
            a create needs depends on the `authType` of the template and on the platform:
            `x-auth-type-requires` lists, per platform and auth type, alternatives of fields that
            must all be present, not null and not `false` (auth types it does not list need nothing
            more). A create that meets none is a validation failure (412) whose `error[]` names each
            missing field of the nearest alternative. Certificate-authenticated devices (the auth
            types of `x-certificate-auth-types`: 2, 3 and 7) have unique ids of at most 31
            characters. A CA-signed individual device (7) is created with its own certificate, a
            PEM in `certificateText` or a PFX in `deviceCertificate` with its password, on both
            platforms.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceCreateResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
