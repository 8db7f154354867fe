from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auth_error import AuthError
from ...models.error_response import ErrorResponse
from ...models.refresh_token_request import RefreshTokenRequest
from ...models.token_response import TokenResponse
from ...types import PARSED, RequestKwargs, Response, parse_json


def request_kwargs(
    *,
    body: RefreshTokenRequest,
) -> RequestKwargs:
    """The arguments of ``httpx.Client.request`` that send refresh_token: its method, its URL
    below the service's base URL, and its query, headers and body."""
    headers: dict[str, Any] = {}

    _kwargs: RequestKwargs = {
        "method": "post",
        "url": "/Auth/refresh-token",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client | None = None
) -> AuthError | ErrorResponse | TokenResponse | None:
    """The reply of refresh_token as the model the spec documents for its status.

    A status the spec does not document for it is None, or raises ``errors.UnexpectedStatus``
    when ``client.raise_on_unexpected_status``."""
    if response.status_code == 200:
        return parse_json(TokenResponse, response)

    if response.status_code == 400:
        return parse_json(AuthError, response)

    if response.status_code == 409:
        return parse_json(AuthError, response)

    if response.status_code == 412:
        return parse_json(AuthError, response)

    if response.status_code == 413:
        return parse_json(AuthError, response)

    if response.status_code == 500:
        return parse_json(ErrorResponse, response)

    if client is not None and client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AuthError | ErrorResponse | TokenResponse]:
    if PARSED in response.extensions:
        parsed = cast(
            "AuthError | ErrorResponse | TokenResponse | None",
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
    client: AuthenticatedClient | Client,
    body: RefreshTokenRequest,
) -> Response[AuthError | ErrorResponse | TokenResponse]:
    """Exchange a refresh token for new tokens

     Needs no bearer. Refresh tokens rotate: the reply carries a **new** refresh token and the
    one sent is spent; sending a spent or unknown one answers 409. Tokens issued by a refresh
    lack some optional user claims.

    Args:
        body (RefreshTokenRequest): The refresh token to spend (the property name is all lower
            case).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthError | ErrorResponse | TokenResponse]
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
    client: AuthenticatedClient | Client,
    body: RefreshTokenRequest,
) -> AuthError | ErrorResponse | TokenResponse | None:
    """Exchange a refresh token for new tokens

     Needs no bearer. Refresh tokens rotate: the reply carries a **new** refresh token and the
    one sent is spent; sending a spent or unknown one answers 409. Tokens issued by a refresh
    lack some optional user claims.

    Args:
        body (RefreshTokenRequest): The refresh token to spend (the property name is all lower
            case).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthError | ErrorResponse | TokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RefreshTokenRequest,
) -> Response[AuthError | ErrorResponse | TokenResponse]:
    """Exchange a refresh token for new tokens

     Needs no bearer. Refresh tokens rotate: the reply carries a **new** refresh token and the
    one sent is spent; sending a spent or unknown one answers 409. Tokens issued by a refresh
    lack some optional user claims.

    Args:
        body (RefreshTokenRequest): The refresh token to spend (the property name is all lower
            case).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthError | ErrorResponse | TokenResponse]
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RefreshTokenRequest,
) -> AuthError | ErrorResponse | TokenResponse | None:
    """Exchange a refresh token for new tokens

     Needs no bearer. Refresh tokens rotate: the reply carries a **new** refresh token and the
    one sent is spent; sending a spent or unknown one answers 409. Tokens issued by a refresh
    lack some optional user claims.

    Args:
        body (RefreshTokenRequest): The refresh token to spend (the property name is all lower
            case).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthError | ErrorResponse | TokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
