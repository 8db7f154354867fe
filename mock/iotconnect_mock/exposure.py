"""What the mock shows beyond this machine: the Host it answers, the origin it hands out.

Discovery's URLs never come from the request's ``Host``: a client that trusted them would send
its password wherever that header pointed (DNS rebinding gets a browser to send any Host). They
come from ``MockSettings.public_url`` or else the address the connection was accepted on.
``HostCheckMiddleware`` refuses (421) a request naming another host than the public URL's, and,
on a loopback-bound server without one, any host that is not a loopback name: a rebound name
resolves to 127.0.0.1 but still arrives as ``Host: evil.example``. ``exposure_warning`` is what
``serve`` prints when it listens beyond loopback.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from starlette.types import ASGIApp, Receive, Scope, Send

from .errors import error_for_path
from .settings import DEFAULT_PORTS, DEMO_SOLUTION_KEY, MockSettings

__all__ = ["HostCheckMiddleware", "exposure_warning", "is_loopback", "service_origin"]


def is_loopback(host: str) -> bool:
    """Whether ``host`` (a name or an IP literal, IPv6 with or without brackets) is loopback."""
    name = host.strip("[]").rstrip(".").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def _bracketed(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def service_origin(scope: Scope, settings: MockSettings) -> str:
    """``scheme://host[:port]`` the mock's services are reached at, for discovery's URLs.

    The public URL when one is set, else the local address of this connection (what the server
    is bound to; for ``0.0.0.0``, the interface the client reached).
    """
    if settings.public_url is not None:
        return settings.public_url
    scheme = str(scope.get("scheme", "http"))
    host, port = scope.get("server") or ("127.0.0.1", None)
    shown_port = "" if port in (None, DEFAULT_PORTS.get(scheme)) else f":{port}"
    return f"{scheme}://{_bracketed(str(host))}{shown_port}"


def _split_host(value: str) -> tuple[str, int | None] | None:
    # A Host header's name and port, or None when it is not one.
    try:
        parts = urlsplit(f"//{value}")
        return (parts.hostname or "", parts.port)
    except ValueError:
        return None


class HostCheckMiddleware:
    """421 for a request whose ``Host`` this mock does not answer for (see the module doc)."""

    def __init__(self, app: ASGIApp, settings: MockSettings) -> None:
        """Wrap ``app``; ``settings.public_url`` names the one host answered, if set."""
        self.app = app
        self.expected: tuple[str, int] | None = None
        self.default_port = DEFAULT_PORTS["http"]
        if settings.public_url is not None:
            public = urlsplit(settings.public_url)
            self.default_port = DEFAULT_PORTS[public.scheme]
            self.expected = (public.hostname or "", public.port or self.default_port)

    def _refusal(self, scope: Scope, host: str) -> str | None:
        # Why the request is refused, or None.
        split = _split_host(host)
        if split is None:
            return "The Host header is not a host name"
        name, port = split
        if self.expected is not None:
            if (name, port or self.default_port) != self.expected:
                shown = f"{_bracketed(self.expected[0])}:{self.expected[1]}"
                return f"Misdirected request: this server answers for {shown} only"
            return None
        server = scope.get("server")
        if server and is_loopback(str(server[0])) and not is_loopback(name):
            return "Misdirected request: this server on loopback answers for loopback names only"
        return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Refuse a foreign Host; pass the rest (and requests without a Host) through."""
        if scope["type"] == "http":
            host = next((v for k, v in scope["headers"] if k == b"host"), None)
            why = None if host is None else self._refusal(scope, host.decode("latin-1"))
            if why is not None:
                reply = error_for_path(scope.get("path", "/"), 421, why).response()
                await reply(scope, receive, send)
                return
        await self.app(scope, receive, send)


def exposure_warning(bound: str, settings: MockSettings, custom_users: bool) -> str | None:
    """What ``serve`` warns of when listening on ``bound``, an address beyond loopback.

    ``None`` on loopback. The text names what anyone who reaches the port can use.
    """
    if is_loopback(bound):
        return None
    what = []
    if settings.controls:
        what.append(
            "the unauthenticated /_mock controls (reset wipes the tenant"
            + (f" and {settings.db_path}" if settings.db_path else "")
            + ", faults break every reply, the clock expires every token)"
        )
    if not custom_users:
        what.append("the demo tenant with its published credentials (printed below)")
    if settings.solution_key == DEMO_SOLUTION_KEY:
        what.append("the published demo solution key")
    what.append("every device and template of the tenant")
    hints = []
    if settings.controls:
        hints.append("--no-controls")
    if settings.public_url is None:
        hints.append("--public-url URL (so that only requests for that host are answered)")
    lines = [f"warning: listening on {bound}, beyond loopback: anyone who reaches this port has"]
    lines += [f"  - {item}" for item in what]
    if hints:
        lines.append(f"  Consider {' and '.join(hints)}, or --host 127.0.0.1.")
    return "\n".join(lines)
