from http import HTTPStatus
from typing import Any, TypedDict, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.device_acquire import DeviceAcquire
from ...models.device_state_changed import DeviceStateChanged
from ...models.error_response import ErrorResponse
from ...types import PARSED, UNSET, RequestKwargs, Response, Unset, parse_json


class BodyFields(TypedDict, total=False):
    """The optional fields of the body of acquire_device (DeviceAcquire), as keyword arguments."""

    device_certificate: None | str
    device_certificate_password: None | str
    ca_certificate_id: None | str
    cert_location: int | None
    certificate_text: None | str
    root_ca_individual_certificate_guid: None | str
    is_cloud_device: bool | None


def request_kwargs(
    unique_id: str,
    *,
    body: DeviceAcquire | Unset = UNSET,
) -> RequestKwargs:
    """The arguments of ``httpx.Client.request`` that send acquire_device: its method, its URL
    below the service's base URL, and its query, headers and body."""
    headers: dict[str, Any] = {}

    _kwargs: RequestKwargs = {
        "method": "put",
        "url": "/Device/{unique_id}/acquire".format(
            unique_id=quote(str(unique_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client | None = None
) -> DeviceStateChanged | ErrorResponse | None:
    """The reply of acquire_device as the model the spec documents for its status.

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
    body: DeviceAcquire | Unset = UNSET,
) -> Response[DeviceStateChanged | ErrorResponse]:
    """Acquire a device (register it with the cloud's IoT hub)

     Registers the device with the platform's IoT hub so that it may connect; lists then
    show `IsAcquired: true` and the `Acquired=acquired` filter finds it. **409** when the
    device does not exist (`DeviceNotFound`), is inactive (`DeviceNotActive`), is already
    acquired (`DeviceAlreadyAcquired`) or is a child device (`ChildDeviceCannotBeAcquired`).

    Args:
        unique_id (str):
        body (DeviceAcquire | Unset): Optional details of an acquire: a device certificate (PFX,
            base64) with its password,
            or the guid of a CA certificate of the company, for certificate devices. Null is taken
            as absent.

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
    body: DeviceAcquire | Unset = UNSET,
) -> DeviceStateChanged | ErrorResponse | None:
    """Acquire a device (register it with the cloud's IoT hub)

     Registers the device with the platform's IoT hub so that it may connect; lists then
    show `IsAcquired: true` and the `Acquired=acquired` filter finds it. **409** when the
    device does not exist (`DeviceNotFound`), is inactive (`DeviceNotActive`), is already
    acquired (`DeviceAlreadyAcquired`) or is a child device (`ChildDeviceCannotBeAcquired`).

    Args:
        unique_id (str):
        body (DeviceAcquire | Unset): Optional details of an acquire: a device certificate (PFX,
            base64) with its password,
            or the guid of a CA certificate of the company, for certificate devices. Null is taken
            as absent.

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
    body: DeviceAcquire | Unset = UNSET,
) -> Response[DeviceStateChanged | ErrorResponse]:
    """Acquire a device (register it with the cloud's IoT hub)

     Registers the device with the platform's IoT hub so that it may connect; lists then
    show `IsAcquired: true` and the `Acquired=acquired` filter finds it. **409** when the
    device does not exist (`DeviceNotFound`), is inactive (`DeviceNotActive`), is already
    acquired (`DeviceAlreadyAcquired`) or is a child device (`ChildDeviceCannotBeAcquired`).

    Args:
        unique_id (str):
        body (DeviceAcquire | Unset): Optional details of an acquire: a device certificate (PFX,
            base64) with its password,
            or the guid of a CA certificate of the company, for certificate devices. Null is taken
            as absent.

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
    body: DeviceAcquire | Unset = UNSET,
) -> DeviceStateChanged | ErrorResponse | None:
    """Acquire a device (register it with the cloud's IoT hub)

     Registers the device with the platform's IoT hub so that it may connect; lists then
    show `IsAcquired: true` and the `Acquired=acquired` filter finds it. **409** when the
    device does not exist (`DeviceNotFound`), is inactive (`DeviceNotActive`), is already
    acquired (`DeviceAlreadyAcquired`) or is a child device (`ChildDeviceCannotBeAcquired`).

    Args:
        unique_id (str):
        body (DeviceAcquire | Unset): Optional details of an acquire: a device certificate (PFX,
            base64) with its password,
            or the guid of a CA certificate of the company, for certificate devices. Null is taken
            as absent.

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
