from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.template_created_response import TemplateCreatedResponse
from ...models.template_file_upload import TemplateFileUpload
from ...types import PARSED, RequestKwargs, Response, parse_json


def request_kwargs(
    *,
    body: TemplateFileUpload,
) -> RequestKwargs:
    """The arguments of ``httpx.Client.request`` that send create_device_template_from_file: its method, its URL
    below the service's base URL, and its query, headers and body."""
    headers: dict[str, Any] = {}

    _kwargs: RequestKwargs = {
        "method": "post",
        "url": "/device-template/quick",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client | None = None
) -> ErrorResponse | TemplateCreatedResponse | None:
    """The reply of create_device_template_from_file as the model the spec documents for its status.

    A status the spec does not document for it is None, or raises ``errors.UnexpectedStatus``
    when ``client.raise_on_unexpected_status``."""
    if response.status_code == 200:
        return parse_json(TemplateCreatedResponse, response)

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
) -> Response[ErrorResponse | TemplateCreatedResponse]:
    if PARSED in response.extensions:
        parsed = cast(
            "ErrorResponse | TemplateCreatedResponse | None",
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
    body: TemplateFileUpload,
) -> Response[ErrorResponse | TemplateCreatedResponse]:
    """Create a device template from a file

     Creates a template, its attributes and its commands from the JSON file the web UI
    exports, sent as the multipart part `file`. Validation failures answer **412**, one
    `error[]` entry per problem naming it (`code`, `attributes[1].type`...); a template code
    or name the company already has answers **409**. The reply names the new template's
    guid (the service has sent it in lower case: compare case-insensitively).

    Args:
        body (TemplateFileUpload): The multipart form of a template upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TemplateCreatedResponse]
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
    body: TemplateFileUpload,
) -> ErrorResponse | TemplateCreatedResponse | None:
    """Create a device template from a file

     Creates a template, its attributes and its commands from the JSON file the web UI
    exports, sent as the multipart part `file`. Validation failures answer **412**, one
    `error[]` entry per problem naming it (`code`, `attributes[1].type`...); a template code
    or name the company already has answers **409**. The reply names the new template's
    guid (the service has sent it in lower case: compare case-insensitively).

    Args:
        body (TemplateFileUpload): The multipart form of a template upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TemplateCreatedResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TemplateFileUpload,
) -> Response[ErrorResponse | TemplateCreatedResponse]:
    """Create a device template from a file

     Creates a template, its attributes and its commands from the JSON file the web UI
    exports, sent as the multipart part `file`. Validation failures answer **412**, one
    `error[]` entry per problem naming it (`code`, `attributes[1].type`...); a template code
    or name the company already has answers **409**. The reply names the new template's
    guid (the service has sent it in lower case: compare case-insensitively).

    Args:
        body (TemplateFileUpload): The multipart form of a template upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TemplateCreatedResponse]
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: TemplateFileUpload,
) -> ErrorResponse | TemplateCreatedResponse | None:
    """Create a device template from a file

     Creates a template, its attributes and its commands from the JSON file the web UI
    exports, sent as the multipart part `file`. Validation failures answer **412**, one
    `error[]` entry per problem naming it (`code`, `attributes[1].type`...); a template code
    or name the company already has answers **409**. The reply names the new template's
    guid (the service has sent it in lower case: compare case-insensitively).

    Args:
        body (TemplateFileUpload): The multipart form of a template upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TemplateCreatedResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
