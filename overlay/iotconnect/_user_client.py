"""An httpx client of the user's as the network under a session: ``IoTConnect(http_client=...)``.

The session does not hand its requests to the user's client as its own client (its base URL,
auth and timeouts are the session's) but uses it as the transport under its
:class:`~iotconnect._transport.Boundary`: each attempt is ``client.send(request, stream=True)``,
so the client's transport, mounts and proxies, TLS settings, connection limits, event hooks
and cookies apply, and the session's retries, deadlines, token and typed errors wrap them. The
client's default headers are added to requests that lack them, an ``Authorization`` header
aside (the session's token is what authenticates). Its ``auth``, ``timeout`` and
``follow_redirects`` are not used. The session never closes it: that is its owner's business.
"""

from __future__ import annotations

import httpx

from ._user_agent import is_httpx_default
from .errors import TransportError

__all__ = ["AsyncClientTransport", "ClientTransport"]


class ClientTransport(httpx.BaseTransport):
    """Sends each request through ``client``; see the module docstring."""

    def __init__(self, client: httpx.Client) -> None:
        """Send through ``client``."""
        self._client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` with the client's transport, headers and hooks."""
        _prepare(request, self._client)
        return self._client.send(request, stream=True, auth=None, follow_redirects=False)

    def close(self) -> None:
        """Leave the client open: it is its owner's."""


class AsyncClientTransport(httpx.AsyncBaseTransport):
    """Sends each request through ``client``; see the module docstring."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        """Send through ``client``."""
        self._client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` with the client's transport, headers and hooks."""
        _prepare(request, self._client)
        return await self._client.send(request, stream=True, auth=None, follow_redirects=False)

    async def aclose(self) -> None:
        """Leave the client open: it is its owner's."""


def _prepare(request: httpx.Request, client: httpx.Client | httpx.AsyncClient) -> None:
    if client.is_closed:
        # httpx would raise a bare RuntimeError.
        raise TransportError.on(
            request, "the http_client given to IoTConnect was closed while the session used it"
        )
    for name, value in client.headers.multi_items():
        lower = name.lower()
        if lower == "authorization":
            continue
        # httpx gives every client its own User-Agent: only one the user chose replaces ours.
        if lower == "user-agent":
            if not is_httpx_default(value):
                request.headers[name] = value
        elif name not in request.headers:
            request.headers[name] = value
