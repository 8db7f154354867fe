from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auth_error import AuthError
from ...models.error_response import ErrorResponse
from ...models.login_request import LoginRequest
from ...models.token_response import TokenResponse
from ...types import PARSED, RequestKwargs, Response, parse_json


def request_kwargs(
    *,
    body: LoginRequest,
) -> RequestKwargs:
    """The arguments of ``httpx.Client.request`` that send login: its method, its URL
    below the service's base URL, and its query, headers and body."""
    headers: dict[str, Any] = {}

    _kwargs: RequestKwargs = {
        "method": "post",
        "url": "/Auth/login",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client | None = None
) -> AuthError | ErrorResponse | TokenResponse | None:
    """The reply of login as the model the spec documents for its status.

    A status the spec does not document for it is None, or raises ``errors.UnexpectedStatus``
    when ``client.raise_on_unexpected_status``."""
    if response.status_code == 200:
        return parse_json(TokenResponse, response)

    if response.status_code == 400:
        return parse_json(AuthError, response)

    if response.status_code == 401:
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
    client: AuthenticatedClient,
    body: LoginRequest,
) -> Response[AuthError | ErrorResponse | TokenResponse]:
    """Log in with username, password and solution key

     Step two. Send the basic token as HTTP Basic credentials (`Authorization: Basic
    <basic token>`) and the solution key in the `solution-key` header. The reply is not
    enveloped. `expires_in` varies (3600, 86400, 300 for service accounts): never assume it.
    `token_type` is lower-case `bearer`; compare it case-insensitively.

    Args:
        body (LoginRequest): The user's credentials.

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
    client: AuthenticatedClient,
    body: LoginRequest,
) -> AuthError | ErrorResponse | TokenResponse | None:
    """Log in with username, password and solution key

     Step two. Send the basic token as HTTP Basic credentials (`Authorization: Basic
    <basic token>`) and the solution key in the `solution-key` header. The reply is not
    enveloped. `expires_in` varies (3600, 86400, 300 for service accounts): never assume it.
    `token_type` is lower-case `bearer`; compare it case-insensitively.

    Args:
        body (LoginRequest): The user's credentials.

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
    client: AuthenticatedClient,
    body: LoginRequest,
) -> Response[AuthError | ErrorResponse | TokenResponse]:
    """Log in with username, password and solution key

     Step two. Send the basic token as HTTP Basic credentials (`Authorization: Basic
    <basic token>`) and the solution key in the `solution-key` header. The reply is not
    enveloped. `expires_in` varies (3600, 86400, 300 for service accounts): never assume it.
    `token_type` is lower-case `bearer`; compare it case-insensitively.

    Args:
        body (LoginRequest): The user's credentials.

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
    client: AuthenticatedClient,
    body: LoginRequest,
) -> AuthError | ErrorResponse | TokenResponse | None:
    """Log in with username, password and solution key

     Step two. Send the basic token as HTTP Basic credentials (`Authorization: Basic
    <basic token>`) and the solution key in the `solution-key` header. The reply is not
    enveloped. `expires_in` varies (3600, 86400, 300 for service accounts): never assume it.
    `token_type` is lower-case `bearer`; compare it case-insensitively.

    Args:
        body (LoginRequest): The user's credentials.

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
