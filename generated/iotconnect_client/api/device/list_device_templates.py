from http import HTTPStatus
from typing import Any, TypedDict, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auth_type import AuthType
from ...models.device_template_list_response import DeviceTemplateListResponse
from ...models.error_response import ErrorResponse
from ...models.list_device_templates_sort_by import (
    ListDeviceTemplatesSortBy,
)
from ...types import PARSED, UNSET, RequestKwargs, Response, Unset, parse_json


class Query(TypedDict, total=False):
    """The query parameters of list_device_templates, as keyword arguments."""

    page_number: int
    page_size: int
    sort_by: ListDeviceTemplatesSortBy
    device_template_name: str
    auth_type: AuthType
    edge_support: bool
    gateway_support: bool
    is_low_bandwidth: bool
    message_version: str
    green_grass: bool
    wireless: bool
    is_iot_edge_enable: bool
    is_sphere: bool
    device_count: str
    rule_count: str
    attribute_count: str
    twin_property_count: str
    command_count: str
    bytes_command_cnt: str
    direct_method_count: str


def request_kwargs(
    *,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
    sort_by: ListDeviceTemplatesSortBy | Unset = UNSET,
    device_template_name: str | Unset = UNSET,
    auth_type: AuthType | Unset = UNSET,
    edge_support: bool | Unset = UNSET,
    gateway_support: bool | Unset = UNSET,
    is_low_bandwidth: bool | Unset = UNSET,
    message_version: str | Unset = UNSET,
    green_grass: bool | Unset = UNSET,
    wireless: bool | Unset = UNSET,
    is_iot_edge_enable: bool | Unset = UNSET,
    is_sphere: bool | Unset = UNSET,
    device_count: str | Unset = UNSET,
    rule_count: str | Unset = UNSET,
    attribute_count: str | Unset = UNSET,
    twin_property_count: str | Unset = UNSET,
    command_count: str | Unset = UNSET,
    bytes_command_cnt: str | Unset = UNSET,
    direct_method_count: str | Unset = UNSET,
) -> RequestKwargs:
    """The arguments of ``httpx.Client.request`` that send list_device_templates: its method, its URL
    below the service's base URL, and its query, headers and body."""

    params: dict[str, Any] = {}

    params["pageNumber"] = page_number

    params["pageSize"] = page_size

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by

    params["sortBy"] = json_sort_by

    params["DeviceTemplateName"] = device_template_name

    json_auth_type: int | Unset = UNSET
    if not isinstance(auth_type, Unset):
        json_auth_type = auth_type

    params["AuthType"] = json_auth_type

    params["EdgeSupport"] = edge_support

    params["GatewaySupport"] = gateway_support

    params["IsLowBandwidth"] = is_low_bandwidth

    params["MessageVersion"] = message_version

    params["greenGrass"] = green_grass

    params["wireless"] = wireless

    params["isIotEdgeEnable"] = is_iot_edge_enable

    params["IsSphere"] = is_sphere

    params["DeviceCount"] = device_count

    params["RuleCount"] = rule_count

    params["AttributeCount"] = attribute_count

    params["TwinPropertyCount"] = twin_property_count

    params["CommandCount"] = command_count

    params["BytesCommandCnt"] = bytes_command_cnt

    params["DirectMethodCount"] = direct_method_count

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestKwargs = {
        "method": "get",
        "url": "/device-template",
        "params": params,
    }

    return _kwargs


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client | None = None
) -> Any | DeviceTemplateListResponse | ErrorResponse | None:
    """The reply of list_device_templates as the model the spec documents for its status.

    A status the spec does not document for it is None, or raises ``errors.UnexpectedStatus``
    when ``client.raise_on_unexpected_status``."""
    if response.status_code == 200:
        return parse_json(DeviceTemplateListResponse, response)

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
) -> Response[Any | DeviceTemplateListResponse | ErrorResponse]:
    if PARSED in response.extensions:
        parsed = cast(
            "Any | DeviceTemplateListResponse | ErrorResponse | None",
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
    sort_by: ListDeviceTemplatesSortBy | Unset = UNSET,
    device_template_name: str | Unset = UNSET,
    auth_type: AuthType | Unset = UNSET,
    edge_support: bool | Unset = UNSET,
    gateway_support: bool | Unset = UNSET,
    is_low_bandwidth: bool | Unset = UNSET,
    message_version: str | Unset = UNSET,
    green_grass: bool | Unset = UNSET,
    wireless: bool | Unset = UNSET,
    is_iot_edge_enable: bool | Unset = UNSET,
    is_sphere: bool | Unset = UNSET,
    device_count: str | Unset = UNSET,
    rule_count: str | Unset = UNSET,
    attribute_count: str | Unset = UNSET,
    twin_property_count: str | Unset = UNSET,
    command_count: str | Unset = UNSET,
    bytes_command_cnt: str | Unset = UNSET,
    direct_method_count: str | Unset = UNSET,
) -> Response[Any | DeviceTemplateListResponse | ErrorResponse]:
    """List device templates

     One page of the templates of the user's company, filtered and sorted: to find the
    `deviceTemplateGuid` a create needs, or a template's `authType`. Paging is as for
    `/Device`. No template matches: HTTP 204, no body.

    Args:
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        sort_by (ListDeviceTemplatesSortBy | Unset):
        device_template_name (str | Unset):
        auth_type (AuthType | Unset): How devices of a template authenticate: 1 key (token), 2 CA-
            signed certificate (the
            template trusts a CA; a device brings no certificate of its own), 3 self-signed
            certificate, 4 TPM, 5 symmetric key, 7 CA-signed individual (each device is created
            with its own certificate, signed by the company's CA). `DeviceCreate` lists what a
            create needs for each. Clients keep a value this list lacks: the service adds auth
            types without notice.
        edge_support (bool | Unset):
        gateway_support (bool | Unset):
        is_low_bandwidth (bool | Unset):
        message_version (str | Unset):
        green_grass (bool | Unset):
        wireless (bool | Unset):
        is_iot_edge_enable (bool | Unset):
        is_sphere (bool | Unset):
        device_count (str | Unset):
        rule_count (str | Unset):
        attribute_count (str | Unset):
        twin_property_count (str | Unset):
        command_count (str | Unset):
        bytes_command_cnt (str | Unset):
        direct_method_count (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeviceTemplateListResponse | ErrorResponse]
    """

    kwargs = request_kwargs(
        page_number=page_number,
        page_size=page_size,
        sort_by=sort_by,
        device_template_name=device_template_name,
        auth_type=auth_type,
        edge_support=edge_support,
        gateway_support=gateway_support,
        is_low_bandwidth=is_low_bandwidth,
        message_version=message_version,
        green_grass=green_grass,
        wireless=wireless,
        is_iot_edge_enable=is_iot_edge_enable,
        is_sphere=is_sphere,
        device_count=device_count,
        rule_count=rule_count,
        attribute_count=attribute_count,
        twin_property_count=twin_property_count,
        command_count=command_count,
        bytes_command_cnt=bytes_command_cnt,
        direct_method_count=direct_method_count,
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
    sort_by: ListDeviceTemplatesSortBy | Unset = UNSET,
    device_template_name: str | Unset = UNSET,
    auth_type: AuthType | Unset = UNSET,
    edge_support: bool | Unset = UNSET,
    gateway_support: bool | Unset = UNSET,
    is_low_bandwidth: bool | Unset = UNSET,
    message_version: str | Unset = UNSET,
    green_grass: bool | Unset = UNSET,
    wireless: bool | Unset = UNSET,
    is_iot_edge_enable: bool | Unset = UNSET,
    is_sphere: bool | Unset = UNSET,
    device_count: str | Unset = UNSET,
    rule_count: str | Unset = UNSET,
    attribute_count: str | Unset = UNSET,
    twin_property_count: str | Unset = UNSET,
    command_count: str | Unset = UNSET,
    bytes_command_cnt: str | Unset = UNSET,
    direct_method_count: str | Unset = UNSET,
) -> Any | DeviceTemplateListResponse | ErrorResponse | None:
    """List device templates

     One page of the templates of the user's company, filtered and sorted: to find the
    `deviceTemplateGuid` a create needs, or a template's `authType`. Paging is as for
    `/Device`. No template matches: HTTP 204, no body.

    Args:
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        sort_by (ListDeviceTemplatesSortBy | Unset):
        device_template_name (str | Unset):
        auth_type (AuthType | Unset): How devices of a template authenticate: 1 key (token), 2 CA-
            signed certificate (the
            template trusts a CA; a device brings no certificate of its own), 3 self-signed
            certificate, 4 TPM, 5 symmetric key, 7 CA-signed individual (each device is created
            with its own certificate, signed by the company's CA). `DeviceCreate` lists what a
            create needs for each. Clients keep a value this list lacks: the service adds auth
            types without notice.
        edge_support (bool | Unset):
        gateway_support (bool | Unset):
        is_low_bandwidth (bool | Unset):
        message_version (str | Unset):
        green_grass (bool | Unset):
        wireless (bool | Unset):
        is_iot_edge_enable (bool | Unset):
        is_sphere (bool | Unset):
        device_count (str | Unset):
        rule_count (str | Unset):
        attribute_count (str | Unset):
        twin_property_count (str | Unset):
        command_count (str | Unset):
        bytes_command_cnt (str | Unset):
        direct_method_count (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeviceTemplateListResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        page_number=page_number,
        page_size=page_size,
        sort_by=sort_by,
        device_template_name=device_template_name,
        auth_type=auth_type,
        edge_support=edge_support,
        gateway_support=gateway_support,
        is_low_bandwidth=is_low_bandwidth,
        message_version=message_version,
        green_grass=green_grass,
        wireless=wireless,
        is_iot_edge_enable=is_iot_edge_enable,
        is_sphere=is_sphere,
        device_count=device_count,
        rule_count=rule_count,
        attribute_count=attribute_count,
        twin_property_count=twin_property_count,
        command_count=command_count,
        bytes_command_cnt=bytes_command_cnt,
        direct_method_count=direct_method_count,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
    sort_by: ListDeviceTemplatesSortBy | Unset = UNSET,
    device_template_name: str | Unset = UNSET,
    auth_type: AuthType | Unset = UNSET,
    edge_support: bool | Unset = UNSET,
    gateway_support: bool | Unset = UNSET,
    is_low_bandwidth: bool | Unset = UNSET,
    message_version: str | Unset = UNSET,
    green_grass: bool | Unset = UNSET,
    wireless: bool | Unset = UNSET,
    is_iot_edge_enable: bool | Unset = UNSET,
    is_sphere: bool | Unset = UNSET,
    device_count: str | Unset = UNSET,
    rule_count: str | Unset = UNSET,
    attribute_count: str | Unset = UNSET,
    twin_property_count: str | Unset = UNSET,
    command_count: str | Unset = UNSET,
    bytes_command_cnt: str | Unset = UNSET,
    direct_method_count: str | Unset = UNSET,
) -> Response[Any | DeviceTemplateListResponse | ErrorResponse]:
    """List device templates

     One page of the templates of the user's company, filtered and sorted: to find the
    `deviceTemplateGuid` a create needs, or a template's `authType`. Paging is as for
    `/Device`. No template matches: HTTP 204, no body.

    Args:
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        sort_by (ListDeviceTemplatesSortBy | Unset):
        device_template_name (str | Unset):
        auth_type (AuthType | Unset): How devices of a template authenticate: 1 key (token), 2 CA-
            signed certificate (the
            template trusts a CA; a device brings no certificate of its own), 3 self-signed
            certificate, 4 TPM, 5 symmetric key, 7 CA-signed individual (each device is created
            with its own certificate, signed by the company's CA). `DeviceCreate` lists what a
            create needs for each. Clients keep a value this list lacks: the service adds auth
            types without notice.
        edge_support (bool | Unset):
        gateway_support (bool | Unset):
        is_low_bandwidth (bool | Unset):
        message_version (str | Unset):
        green_grass (bool | Unset):
        wireless (bool | Unset):
        is_iot_edge_enable (bool | Unset):
        is_sphere (bool | Unset):
        device_count (str | Unset):
        rule_count (str | Unset):
        attribute_count (str | Unset):
        twin_property_count (str | Unset):
        command_count (str | Unset):
        bytes_command_cnt (str | Unset):
        direct_method_count (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeviceTemplateListResponse | ErrorResponse]
    """

    kwargs = request_kwargs(
        page_number=page_number,
        page_size=page_size,
        sort_by=sort_by,
        device_template_name=device_template_name,
        auth_type=auth_type,
        edge_support=edge_support,
        gateway_support=gateway_support,
        is_low_bandwidth=is_low_bandwidth,
        message_version=message_version,
        green_grass=green_grass,
        wireless=wireless,
        is_iot_edge_enable=is_iot_edge_enable,
        is_sphere=is_sphere,
        device_count=device_count,
        rule_count=rule_count,
        attribute_count=attribute_count,
        twin_property_count=twin_property_count,
        command_count=command_count,
        bytes_command_cnt=bytes_command_cnt,
        direct_method_count=direct_method_count,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
    sort_by: ListDeviceTemplatesSortBy | Unset = UNSET,
    device_template_name: str | Unset = UNSET,
    auth_type: AuthType | Unset = UNSET,
    edge_support: bool | Unset = UNSET,
    gateway_support: bool | Unset = UNSET,
    is_low_bandwidth: bool | Unset = UNSET,
    message_version: str | Unset = UNSET,
    green_grass: bool | Unset = UNSET,
    wireless: bool | Unset = UNSET,
    is_iot_edge_enable: bool | Unset = UNSET,
    is_sphere: bool | Unset = UNSET,
    device_count: str | Unset = UNSET,
    rule_count: str | Unset = UNSET,
    attribute_count: str | Unset = UNSET,
    twin_property_count: str | Unset = UNSET,
    command_count: str | Unset = UNSET,
    bytes_command_cnt: str | Unset = UNSET,
    direct_method_count: str | Unset = UNSET,
) -> Any | DeviceTemplateListResponse | ErrorResponse | None:
    """List device templates

     One page of the templates of the user's company, filtered and sorted: to find the
    `deviceTemplateGuid` a create needs, or a template's `authType`. Paging is as for
    `/Device`. No template matches: HTTP 204, no body.

    Args:
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        sort_by (ListDeviceTemplatesSortBy | Unset):
        device_template_name (str | Unset):
        auth_type (AuthType | Unset): How devices of a template authenticate: 1 key (token), 2 CA-
            signed certificate (the
            template trusts a CA; a device brings no certificate of its own), 3 self-signed
            certificate, 4 TPM, 5 symmetric key, 7 CA-signed individual (each device is created
            with its own certificate, signed by the company's CA). `DeviceCreate` lists what a
            create needs for each. Clients keep a value this list lacks: the service adds auth
            types without notice.
        edge_support (bool | Unset):
        gateway_support (bool | Unset):
        is_low_bandwidth (bool | Unset):
        message_version (str | Unset):
        green_grass (bool | Unset):
        wireless (bool | Unset):
        is_iot_edge_enable (bool | Unset):
        is_sphere (bool | Unset):
        device_count (str | Unset):
        rule_count (str | Unset):
        attribute_count (str | Unset):
        twin_property_count (str | Unset):
        command_count (str | Unset):
        bytes_command_cnt (str | Unset):
        direct_method_count (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeviceTemplateListResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page_number=page_number,
            page_size=page_size,
            sort_by=sort_by,
            device_template_name=device_template_name,
            auth_type=auth_type,
            edge_support=edge_support,
            gateway_support=gateway_support,
            is_low_bandwidth=is_low_bandwidth,
            message_version=message_version,
            green_grass=green_grass,
            wireless=wireless,
            is_iot_edge_enable=is_iot_edge_enable,
            is_sphere=is_sphere,
            device_count=device_count,
            rule_count=rule_count,
            attribute_count=attribute_count,
            twin_property_count=twin_property_count,
            command_count=command_count,
            bytes_command_cnt=bytes_command_cnt,
            direct_method_count=direct_method_count,
        )
    ).parsed
