from http import HTTPStatus
from typing import Any, TypedDict, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_template_attributes_sort_by import (
    ListTemplateAttributesSortBy,
)
from ...models.template_attribute_list_response import TemplateAttributeListResponse
from ...types import PARSED, UNSET, RequestKwargs, Response, Unset, parse_json


class Query(TypedDict, total=False):
    """The query parameters of list_template_attributes, as keyword arguments."""

    page_size: int
    page_number: int
    searchtext: str
    sort_by: ListTemplateAttributesSortBy
    tag: str
    local_name_as_display_name: bool


def request_kwargs(
    device_template_guid: UUID,
    *,
    page_size: int | Unset = 10,
    page_number: int | Unset = 1,
    searchtext: str | Unset = UNSET,
    sort_by: ListTemplateAttributesSortBy | Unset = UNSET,
    tag: str | Unset = UNSET,
    local_name_as_display_name: bool | Unset = UNSET,
) -> RequestKwargs:
    """The arguments of ``httpx.Client.request`` that send list_template_attributes: its method, its URL
    below the service's base URL, and its query, headers and body."""

    params: dict[str, Any] = {}

    params["pageSize"] = page_size

    params["pageNumber"] = page_number

    params["searchtext"] = searchtext

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by

    params["sortBy"] = json_sort_by

    params["tag"] = tag

    params["localNameAsDisplayName"] = local_name_as_display_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestKwargs = {
        "method": "get",
        "url": "/template-attribute/{device_template_guid}".format(
            device_template_guid=quote(str(device_template_guid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client | None = None
) -> Any | ErrorResponse | TemplateAttributeListResponse | None:
    """The reply of list_template_attributes as the model the spec documents for its status.

    A status the spec does not document for it is None, or raises ``errors.UnexpectedStatus``
    when ``client.raise_on_unexpected_status``."""
    if response.status_code == 200:
        return parse_json(TemplateAttributeListResponse, response)

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
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
) -> Response[Any | ErrorResponse | TemplateAttributeListResponse]:
    if PARSED in response.extensions:
        parsed = cast(
            "Any | ErrorResponse | TemplateAttributeListResponse | None",
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
    device_template_guid: UUID,
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = 10,
    page_number: int | Unset = 1,
    searchtext: str | Unset = UNSET,
    sort_by: ListTemplateAttributesSortBy | Unset = UNSET,
    tag: str | Unset = UNSET,
    local_name_as_display_name: bool | Unset = UNSET,
) -> Response[Any | ErrorResponse | TemplateAttributeListResponse]:
    """List a template's attributes

     One page of the template's attributes (the telemetry fields its devices send), by
    `sequence`. A template **without** attributes answers **409**, as for commands; an
    unknown template **409** `TemplateNotFound`.

    Args:
        device_template_guid (UUID):
        page_size (int | Unset):  Default: 10.
        page_number (int | Unset):  Default: 1.
        searchtext (str | Unset):
        sort_by (ListTemplateAttributesSortBy | Unset):
        tag (str | Unset):
        local_name_as_display_name (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | TemplateAttributeListResponse]
    """

    kwargs = request_kwargs(
        device_template_guid=device_template_guid,
        page_size=page_size,
        page_number=page_number,
        searchtext=searchtext,
        sort_by=sort_by,
        tag=tag,
        local_name_as_display_name=local_name_as_display_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    device_template_guid: UUID,
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = 10,
    page_number: int | Unset = 1,
    searchtext: str | Unset = UNSET,
    sort_by: ListTemplateAttributesSortBy | Unset = UNSET,
    tag: str | Unset = UNSET,
    local_name_as_display_name: bool | Unset = UNSET,
) -> Any | ErrorResponse | TemplateAttributeListResponse | None:
    """List a template's attributes

     One page of the template's attributes (the telemetry fields its devices send), by
    `sequence`. A template **without** attributes answers **409**, as for commands; an
    unknown template **409** `TemplateNotFound`.

    Args:
        device_template_guid (UUID):
        page_size (int | Unset):  Default: 10.
        page_number (int | Unset):  Default: 1.
        searchtext (str | Unset):
        sort_by (ListTemplateAttributesSortBy | Unset):
        tag (str | Unset):
        local_name_as_display_name (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | TemplateAttributeListResponse
    """

    return sync_detailed(
        device_template_guid=device_template_guid,
        client=client,
        page_size=page_size,
        page_number=page_number,
        searchtext=searchtext,
        sort_by=sort_by,
        tag=tag,
        local_name_as_display_name=local_name_as_display_name,
    ).parsed


async def asyncio_detailed(
    device_template_guid: UUID,
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = 10,
    page_number: int | Unset = 1,
    searchtext: str | Unset = UNSET,
    sort_by: ListTemplateAttributesSortBy | Unset = UNSET,
    tag: str | Unset = UNSET,
    local_name_as_display_name: bool | Unset = UNSET,
) -> Response[Any | ErrorResponse | TemplateAttributeListResponse]:
    """List a template's attributes

     One page of the template's attributes (the telemetry fields its devices send), by
    `sequence`. A template **without** attributes answers **409**, as for commands; an
    unknown template **409** `TemplateNotFound`.

    Args:
        device_template_guid (UUID):
        page_size (int | Unset):  Default: 10.
        page_number (int | Unset):  Default: 1.
        searchtext (str | Unset):
        sort_by (ListTemplateAttributesSortBy | Unset):
        tag (str | Unset):
        local_name_as_display_name (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | TemplateAttributeListResponse]
    """

    kwargs = request_kwargs(
        device_template_guid=device_template_guid,
        page_size=page_size,
        page_number=page_number,
        searchtext=searchtext,
        sort_by=sort_by,
        tag=tag,
        local_name_as_display_name=local_name_as_display_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    device_template_guid: UUID,
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = 10,
    page_number: int | Unset = 1,
    searchtext: str | Unset = UNSET,
    sort_by: ListTemplateAttributesSortBy | Unset = UNSET,
    tag: str | Unset = UNSET,
    local_name_as_display_name: bool | Unset = UNSET,
) -> Any | ErrorResponse | TemplateAttributeListResponse | None:
    """List a template's attributes

     One page of the template's attributes (the telemetry fields its devices send), by
    `sequence`. A template **without** attributes answers **409**, as for commands; an
    unknown template **409** `TemplateNotFound`.

    Args:
        device_template_guid (UUID):
        page_size (int | Unset):  Default: 10.
        page_number (int | Unset):  Default: 1.
        searchtext (str | Unset):
        sort_by (ListTemplateAttributesSortBy | Unset):
        tag (str | Unset):
        local_name_as_display_name (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | TemplateAttributeListResponse
    """

    return (
        await asyncio_detailed(
            device_template_guid=device_template_guid,
            client=client,
            page_size=page_size,
            page_number=page_number,
            searchtext=searchtext,
            sort_by=sort_by,
            tag=tag,
            local_name_as_display_name=local_name_as_display_name,
        )
    ).parsed
