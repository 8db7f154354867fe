"""Discovery: the solution's service base URLs, all pointing back at this server.

Back at its public URL or bound address, that is (``exposure.service_origin``).
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute

from ._http import Fields, canonical_keys, endpoint
from ._json import JsonResponse
from ._state import context
from .errors import DiscoveryError
from .exposure import service_origin

__all__ = ["SERVICES", "VERSION_PREFIXES", "routes"]

#: Every base path prefix the mock serves its services under.
VERSION_PREFIXES = {"2.1": "/api/v2.1", "2": "/api/v2", "1.1": "/api/v1.1"}
# Discovery only hands out the current ones: the spec's ``version`` enum is "2" and "2.1".
_DISCOVERABLE = ("2.1", "2")
_DEFAULT_VERSION = {"aws": "2.1", "az": "2"}

#: Services a discovery reply names; the mock serves auth, device and user, and names the rest too
#: so clients that read every key find one.
SERVICES = ("auth", "user", "device", "master", "firmware", "event", "telemetry", "file")


async def discover(request: Request) -> Response:
    """``GET /api/uisdk/solutionkey/{solutionKey}/env/{env}``: base URLs for this solution."""
    ctx = context(request)
    q = Fields(canonical_keys(request.query_params.multi_items(), ("version", "pf")))
    platform = q.choice("pf", ("aws", "az")) or ctx.settings.platform
    version = q.choice("version", _DISCOVERABLE) or _DEFAULT_VERSION[platform]
    if q.errors:
        raise DiscoveryError(400, "; ".join(e.message for e in q.errors))
    if ctx.store.company_by_key(str(request.path_params["solutionKey"])) is None:
        raise DiscoveryError(404, "Solution not found")
    # Never the request's Host: that is the client's (or an attacker's) word (see exposure).
    base = service_origin(request.scope, ctx.settings) + VERSION_PREFIXES[version]
    data = {f"{service}BaseUrl": base for service in SERVICES}
    return JsonResponse({"status": 200, "message": "Success", "data": data})


routes: list[BaseRoute] = [
    endpoint("/api/uisdk/solutionkey/{solutionKey}/env/{env}", {"GET": discover}),
]
