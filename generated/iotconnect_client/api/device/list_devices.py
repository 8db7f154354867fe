from http import HTTPStatus
from typing import Any, TypedDict, cast
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auth_type import AuthType
from ...models.device_list_response import DeviceListResponse
from ...models.error_response import ErrorResponse
from ...models.list_devices_acquired import (
    ListDevicesAcquired,
)
from ...models.list_devices_sort_by import ListDevicesSortBy
from ...models.list_devices_status import ListDevicesStatus
from ...types import PARSED, UNSET, RequestKwargs, Response, Unset, parse_json


class Query(TypedDict, total=False):
    """The query parameters of list_devices, as keyword arguments."""

    page_number: int
    page_size: int
    sort_by: ListDevicesSortBy
    unique_id: str
    status: ListDevicesStatus
    acquired: ListDevicesAcquired
    template_guid: UUID
    entity_guid: UUID
    is_edge: bool
    is_gateway: bool
    wireless: bool
    custom_field: bool
    name: str
    template_name: str
    entity_name: str
    property_: str
    value: str
    include_recent_value: bool
    is_low_bandwidth: bool
    certificate_guid: UUID
    green_grass: bool
    auth_type: AuthType
    is_sphere: bool
    is_iot_edge_enable: bool


def request_kwargs(
    *,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
    sort_by: ListDevicesSortBy | Unset = UNSET,
    unique_id: str | Unset = UNSET,
    status: ListDevicesStatus | Unset = UNSET,
    acquired: ListDevicesAcquired | Unset = UNSET,
    template_guid: UUID | Unset = UNSET,
    entity_guid: UUID | Unset = UNSET,
    is_edge: bool | Unset = UNSET,
    is_gateway: bool | Unset = UNSET,
    wireless: bool | Unset = UNSET,
    custom_field: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    template_name: str | Unset = UNSET,
    entity_name: str | Unset = UNSET,
    property_: str | Unset = UNSET,
    value: str | Unset = UNSET,
    include_recent_value: bool | Unset = UNSET,
    is_low_bandwidth: bool | Unset = UNSET,
    certificate_guid: UUID | Unset = UNSET,
    green_grass: bool | Unset = UNSET,
    auth_type: AuthType | Unset = UNSET,
    is_sphere: bool | Unset = UNSET,
    is_iot_edge_enable: bool | Unset = UNSET,
) -> RequestKwargs:
    """The arguments of ``httpx.Client.request`` that send list_devices: its method, its URL
    below the service's base URL, and its query, headers and body."""

    params: dict[str, Any] = {}

    params["pageNumber"] = page_number

    params["pageSize"] = page_size

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by

    params["sortBy"] = json_sort_by

    params["UniqueId"] = unique_id

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["Status"] = json_status

    json_acquired: str | Unset = UNSET
    if not isinstance(acquired, Unset):
        json_acquired = acquired

    params["Acquired"] = json_acquired

    json_template_guid: str | Unset = UNSET
    if not isinstance(template_guid, Unset):
        json_template_guid = str(template_guid)
    params["TemplateGuid"] = json_template_guid

    json_entity_guid: str | Unset = UNSET
    if not isinstance(entity_guid, Unset):
        json_entity_guid = str(entity_guid)
    params["EntityGuid"] = json_entity_guid

    params["isEdge"] = is_edge

    params["isGateway"] = is_gateway

    params["wireless"] = wireless

    params["customField"] = custom_field

    params["Name"] = name

    params["TemplateName"] = template_name

    params["EntityName"] = entity_name

    params["Property"] = property_

    params["Value"] = value

    params["IncludeRecentValue"] = include_recent_value

    params["isLowBandwidth"] = is_low_bandwidth

    json_certificate_guid: str | Unset = UNSET
    if not isinstance(certificate_guid, Unset):
        json_certificate_guid = str(certificate_guid)
    params["certificateGuid"] = json_certificate_guid

    params["greenGrass"] = green_grass

    json_auth_type: int | Unset = UNSET
    if not isinstance(auth_type, Unset):
        json_auth_type = auth_type

    params["AuthType"] = json_auth_type

    params["isSphere"] = is_sphere

    params["isIotEdgeEnable"] = is_iot_edge_enable

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestKwargs = {
        "method": "get",
        "url": "/Device",
        "params": params,
    }

    return _kwargs


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client | None = None
) -> Any | DeviceListResponse | ErrorResponse | None:
    """The reply of list_devices as the model the spec documents for its status.

    A status the spec does not document for it is None, or raises ``errors.UnexpectedStatus``
    when ``client.raise_on_unexpected_status``."""
    if response.status_code == 200:
        return parse_json(DeviceListResponse, response)

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        return parse_json(ErrorResponse, response)

    if response.status_code == 403:
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
) -> Response[Any | DeviceListResponse | ErrorResponse]:
    if PARSED in response.extensions:
        parsed = cast(
            "Any | DeviceListResponse | ErrorResponse | None",
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
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
    sort_by: ListDevicesSortBy | Unset = UNSET,
    unique_id: str | Unset = UNSET,
    status: ListDevicesStatus | Unset = UNSET,
    acquired: ListDevicesAcquired | Unset = UNSET,
    template_guid: UUID | Unset = UNSET,
    entity_guid: UUID | Unset = UNSET,
    is_edge: bool | Unset = UNSET,
    is_gateway: bool | Unset = UNSET,
    wireless: bool | Unset = UNSET,
    custom_field: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    template_name: str | Unset = UNSET,
    entity_name: str | Unset = UNSET,
    property_: str | Unset = UNSET,
    value: str | Unset = UNSET,
    include_recent_value: bool | Unset = UNSET,
    is_low_bandwidth: bool | Unset = UNSET,
    certificate_guid: UUID | Unset = UNSET,
    green_grass: bool | Unset = UNSET,
    auth_type: AuthType | Unset = UNSET,
    is_sphere: bool | Unset = UNSET,
    is_iot_edge_enable: bool | Unset = UNSET,
) -> Response[Any | DeviceListResponse | ErrorResponse]:
    """List devices

     One page of the devices the user may see, filtered and sorted. `count` is the total
    number of matches on Azure; AWS answers `-1` (unknown), so page until a page is shorter
    than `pageSize`. A page with no devices is HTTP 204 with no body.

    Args:
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        sort_by (ListDevicesSortBy | Unset):
        unique_id (str | Unset):
        status (ListDevicesStatus | Unset):
        acquired (ListDevicesAcquired | Unset):
        template_guid (UUID | Unset):
        entity_guid (UUID | Unset):
        is_edge (bool | Unset):
        is_gateway (bool | Unset):
        wireless (bool | Unset):
        custom_field (bool | Unset):
        name (str | Unset):
        template_name (str | Unset):
        entity_name (str | Unset):
        property_ (str | Unset):
        value (str | Unset):
        include_recent_value (bool | Unset):
        is_low_bandwidth (bool | Unset):
        certificate_guid (UUID | Unset):
        green_grass (bool | Unset):
        auth_type (AuthType | Unset): How devices of a template authenticate: 1 key (token), 2 CA-
            signed certificate (the
            template trusts a CA; a device brings no certificate of its own), 3 self-signed
            certificate, 4 TPM, 5 symmetric key, 7 CA-signed individual (each device is created
            with its own certificate, signed by the company's CA). `DeviceCreate` lists what a
            create needs for each. Clients keep a value this list lacks: the service adds auth
            types without notice.
        is_sphere (bool | Unset):
        is_iot_edge_enable (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeviceListResponse | ErrorResponse]
    """

    kwargs = request_kwargs(
        page_number=page_number,
        page_size=page_size,
        sort_by=sort_by,
        unique_id=unique_id,
        status=status,
        acquired=acquired,
        template_guid=template_guid,
        entity_guid=entity_guid,
        is_edge=is_edge,
        is_gateway=is_gateway,
        wireless=wireless,
        custom_field=custom_field,
        name=name,
        template_name=template_name,
        entity_name=entity_name,
        property_=property_,
        value=value,
        include_recent_value=include_recent_value,
        is_low_bandwidth=is_low_bandwidth,
        certificate_guid=certificate_guid,
        green_grass=green_grass,
        auth_type=auth_type,
        is_sphere=is_sphere,
        is_iot_edge_enable=is_iot_edge_enable,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
    sort_by: ListDevicesSortBy | Unset = UNSET,
    unique_id: str | Unset = UNSET,
    status: ListDevicesStatus | Unset = UNSET,
    acquired: ListDevicesAcquired | Unset = UNSET,
    template_guid: UUID | Unset = UNSET,
    entity_guid: UUID | Unset = UNSET,
    is_edge: bool | Unset = UNSET,
    is_gateway: bool | Unset = UNSET,
    wireless: bool | Unset = UNSET,
    custom_field: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    template_name: str | Unset = UNSET,
    entity_name: str | Unset = UNSET,
    property_: str | Unset = UNSET,
    value: str | Unset = UNSET,
    include_recent_value: bool | Unset = UNSET,
    is_low_bandwidth: bool | Unset = UNSET,
    certificate_guid: UUID | Unset = UNSET,
    green_grass: bool | Unset = UNSET,
    auth_type: AuthType | Unset = UNSET,
    is_sphere: bool | Unset = UNSET,
    is_iot_edge_enable: bool | Unset = UNSET,
) -> Any | DeviceListResponse | ErrorResponse | None:
    """List devices

     One page of the devices the user may see, filtered and sorted. `count` is the total
    number of matches on Azure; AWS answers `-1` (unknown), so page until a page is shorter
    than `pageSize`. A page with no devices is HTTP 204 with no body.

    Args:
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        sort_by (ListDevicesSortBy | Unset):
        unique_id (str | Unset):
        status (ListDevicesStatus | Unset):
        acquired (ListDevicesAcquired | Unset):
        template_guid (UUID | Unset):
        entity_guid (UUID | Unset):
        is_edge (bool | Unset):
        is_gateway (bool | Unset):
        wireless (bool | Unset):
        custom_field (bool | Unset):
        name (str | Unset):
        template_name (str | Unset):
        entity_name (str | Unset):
        property_ (str | Unset):
        value (str | Unset):
        include_recent_value (bool | Unset):
        is_low_bandwidth (bool | Unset):
        certificate_guid (UUID | Unset):
        green_grass (bool | Unset):
        auth_type (AuthType | Unset): How devices of a template authenticate: 1 key (token), 2 CA-
            signed certificate (the
            template trusts a CA; a device brings no certificate of its own), 3 self-signed
            certificate, 4 TPM, 5 symmetric key, 7 CA-signed individual (each device is created
            with its own certificate, signed by the company's CA). `DeviceCreate` lists what a
            create needs for each. Clients keep a value this list lacks: the service adds auth
            types without notice.
        is_sphere (bool | Unset):
        is_iot_edge_enable (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeviceListResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        page_number=page_number,
        page_size=page_size,
        sort_by=sort_by,
        unique_id=unique_id,
        status=status,
        acquired=acquired,
        template_guid=template_guid,
        entity_guid=entity_guid,
        is_edge=is_edge,
        is_gateway=is_gateway,
        wireless=wireless,
        custom_field=custom_field,
        name=name,
        template_name=template_name,
        entity_name=entity_name,
        property_=property_,
        value=value,
        include_recent_value=include_recent_value,
        is_low_bandwidth=is_low_bandwidth,
        certificate_guid=certificate_guid,
        green_grass=green_grass,
        auth_type=auth_type,
        is_sphere=is_sphere,
        is_iot_edge_enable=is_iot_edge_enable,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
    sort_by: ListDevicesSortBy | Unset = UNSET,
    unique_id: str | Unset = UNSET,
    status: ListDevicesStatus | Unset = UNSET,
    acquired: ListDevicesAcquired | Unset = UNSET,
    template_guid: UUID | Unset = UNSET,
    entity_guid: UUID | Unset = UNSET,
    is_edge: bool | Unset = UNSET,
    is_gateway: bool | Unset = UNSET,
    wireless: bool | Unset = UNSET,
    custom_field: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    template_name: str | Unset = UNSET,
    entity_name: str | Unset = UNSET,
    property_: str | Unset = UNSET,
    value: str | Unset = UNSET,
    include_recent_value: bool | Unset = UNSET,
    is_low_bandwidth: bool | Unset = UNSET,
    certificate_guid: UUID | Unset = UNSET,
    green_grass: bool | Unset = UNSET,
    auth_type: AuthType | Unset = UNSET,
    is_sphere: bool | Unset = UNSET,
    is_iot_edge_enable: bool | Unset = UNSET,
) -> Response[Any | DeviceListResponse | ErrorResponse]:
    """List devices

     One page of the devices the user may see, filtered and sorted. `count` is the total
    number of matches on Azure; AWS answers `-1` (unknown), so page until a page is shorter
    than `pageSize`. A page with no devices is HTTP 204 with no body.

    Args:
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        sort_by (ListDevicesSortBy | Unset):
        unique_id (str | Unset):
        status (ListDevicesStatus | Unset):
        acquired (ListDevicesAcquired | Unset):
        template_guid (UUID | Unset):
        entity_guid (UUID | Unset):
        is_edge (bool | Unset):
        is_gateway (bool | Unset):
        wireless (bool | Unset):
        custom_field (bool | Unset):
        name (str | Unset):
        template_name (str | Unset):
        entity_name (str | Unset):
        property_ (str | Unset):
        value (str | Unset):
        include_recent_value (bool | Unset):
        is_low_bandwidth (bool | Unset):
        certificate_guid (UUID | Unset):
        green_grass (bool | Unset):
        auth_type (AuthType | Unset): How devices of a template authenticate: 1 key (token), 2 CA-
            signed certificate (the
            template trusts a CA; a device brings no certificate of its own), 3 self-signed
            certificate, 4 TPM, 5 symmetric key, 7 CA-signed individual (each device is created
            with its own certificate, signed by the company's CA). `DeviceCreate` lists what a
            create needs for each. Clients keep a value this list lacks: the service adds auth
            types without notice.
        is_sphere (bool | Unset):
        is_iot_edge_enable (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeviceListResponse | ErrorResponse]
    """

    kwargs = request_kwargs(
        page_number=page_number,
        page_size=page_size,
        sort_by=sort_by,
        unique_id=unique_id,
        status=status,
        acquired=acquired,
        template_guid=template_guid,
        entity_guid=entity_guid,
        is_edge=is_edge,
        is_gateway=is_gateway,
        wireless=wireless,
        custom_field=custom_field,
        name=name,
        template_name=template_name,
        entity_name=entity_name,
        property_=property_,
        value=value,
        include_recent_value=include_recent_value,
        is_low_bandwidth=is_low_bandwidth,
        certificate_guid=certificate_guid,
        green_grass=green_grass,
        auth_type=auth_type,
        is_sphere=is_sphere,
        is_iot_edge_enable=is_iot_edge_enable,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
    sort_by: ListDevicesSortBy | Unset = UNSET,
    unique_id: str | Unset = UNSET,
    status: ListDevicesStatus | Unset = UNSET,
    acquired: ListDevicesAcquired | Unset = UNSET,
    template_guid: UUID | Unset = UNSET,
    entity_guid: UUID | Unset = UNSET,
    is_edge: bool | Unset = UNSET,
    is_gateway: bool | Unset = UNSET,
    wireless: bool | Unset = UNSET,
    custom_field: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    template_name: str | Unset = UNSET,
    entity_name: str | Unset = UNSET,
    property_: str | Unset = UNSET,
    value: str | Unset = UNSET,
    include_recent_value: bool | Unset = UNSET,
    is_low_bandwidth: bool | Unset = UNSET,
    certificate_guid: UUID | Unset = UNSET,
    green_grass: bool | Unset = UNSET,
    auth_type: AuthType | Unset = UNSET,
    is_sphere: bool | Unset = UNSET,
    is_iot_edge_enable: bool | Unset = UNSET,
) -> Any | DeviceListResponse | ErrorResponse | None:
    """List devices

     One page of the devices the user may see, filtered and sorted. `count` is the total
    number of matches on Azure; AWS answers `-1` (unknown), so page until a page is shorter
    than `pageSize`. A page with no devices is HTTP 204 with no body.

    Args:
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        sort_by (ListDevicesSortBy | Unset):
        unique_id (str | Unset):
        status (ListDevicesStatus | Unset):
        acquired (ListDevicesAcquired | Unset):
        template_guid (UUID | Unset):
        entity_guid (UUID | Unset):
        is_edge (bool | Unset):
        is_gateway (bool | Unset):
        wireless (bool | Unset):
        custom_field (bool | Unset):
        name (str | Unset):
        template_name (str | Unset):
        entity_name (str | Unset):
        property_ (str | Unset):
        value (str | Unset):
        include_recent_value (bool | Unset):
        is_low_bandwidth (bool | Unset):
        certificate_guid (UUID | Unset):
        green_grass (bool | Unset):
        auth_type (AuthType | Unset): How devices of a template authenticate: 1 key (token), 2 CA-
            signed certificate (the
            template trusts a CA; a device brings no certificate of its own), 3 self-signed
            certificate, 4 TPM, 5 symmetric key, 7 CA-signed individual (each device is created
            with its own certificate, signed by the company's CA). `DeviceCreate` lists what a
            create needs for each. Clients keep a value this list lacks: the service adds auth
            types without notice.
        is_sphere (bool | Unset):
        is_iot_edge_enable (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeviceListResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page_number=page_number,
            page_size=page_size,
            sort_by=sort_by,
            unique_id=unique_id,
            status=status,
            acquired=acquired,
            template_guid=template_guid,
            entity_guid=entity_guid,
            is_edge=is_edge,
            is_gateway=is_gateway,
            wireless=wireless,
            custom_field=custom_field,
            name=name,
            template_name=template_name,
            entity_name=entity_name,
            property_=property_,
            value=value,
            include_recent_value=include_recent_value,
            is_low_bandwidth=is_low_bandwidth,
            certificate_guid=certificate_guid,
            green_grass=green_grass,
            auth_type=auth_type,
            is_sphere=is_sphere,
            is_iot_edge_enable=is_iot_edge_enable,
        )
    ).parsed
