from http import HTTPStatus
from typing import cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.basic_token_response import BasicTokenResponse
from ...models.error_response import ErrorResponse
from ...types import PARSED, RequestKwargs, Response, parse_json


def request_kwargs() -> RequestKwargs:
    """The arguments of ``httpx.Client.request`` that send get_basic_token: its method, its URL
    below the service's base URL, and its query, headers and body."""

    _kwargs: RequestKwargs = {
        "method": "get",
        "url": "/Auth/basic-token",
    }

    return _kwargs


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client | None = None
) -> BasicTokenResponse | ErrorResponse | None:
    """The reply of get_basic_token as the model the spec documents for its status.

    A status the spec does not document for it is None, or raises ``errors.UnexpectedStatus``
    when ``client.raise_on_unexpected_status``."""
    if response.status_code == 200:
        return parse_json(BasicTokenResponse, response)

    if response.status_code == 500:
        return parse_json(ErrorResponse, response)

    if client is not None and client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BasicTokenResponse | ErrorResponse]:
    if PARSED in response.extensions:
        parsed = cast(
            "BasicTokenResponse | ErrorResponse | None", response.extensions.pop(PARSED)
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
    client: AuthenticatedClient | Client,
) -> Response[BasicTokenResponse | ErrorResponse]:
    """Get the basic token

     Step one of the login flow. The basic token is the same for every user (base64 of an
    OAuth client id and secret); treat it as opaque and send it as HTTP Basic credentials
    to `POST /Auth/login`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BasicTokenResponse | ErrorResponse]
    """

    kwargs = request_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> BasicTokenResponse | ErrorResponse | None:
    """Get the basic token

     Step one of the login flow. The basic token is the same for every user (base64 of an
    OAuth client id and secret); treat it as opaque and send it as HTTP Basic credentials
    to `POST /Auth/login`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BasicTokenResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[BasicTokenResponse | ErrorResponse]:
    """Get the basic token

     Step one of the login flow. The basic token is the same for every user (base64 of an
    OAuth client id and secret); treat it as opaque and send it as HTTP Basic credentials
    to `POST /Auth/login`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BasicTokenResponse | ErrorResponse]
    """

    kwargs = request_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> BasicTokenResponse | ErrorResponse | None:
    """Get the basic token

     Step one of the login flow. The basic token is the same for every user (base64 of an
    OAuth client id and secret); treat it as opaque and send it as HTTP Basic credentials
    to `POST /Auth/login`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BasicTokenResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
