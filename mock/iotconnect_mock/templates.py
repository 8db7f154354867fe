"""Device templates: the list (paged, sorted, filtered) and the look-ups by guid and by code."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute

from . import render
from ._http import Fields, canonical_keys, endpoint, parse_guid
from ._json import envelope
from ._state import context
from .auth import authenticate
from .errors import DeviceError, FieldError
from .listing import auth_type_filter, paging, sort_by
from .records import Template
from .tokens import Principal

__all__ = ["routes"]

_SORTS: Final[dict[str, Callable[[Template], Any]]] = {
    "name": lambda t: t.name.casefold(),
    "code": lambda t: t.code.casefold(),
}
# Kinds of template the mock never holds (low-bandwidth, Greengrass, wireless, IoT Edge,
# Sphere): asking for them (true) finds none, asking for the others (false) filters nothing.
_ABSENT_KINDS: Final = ("IsLowBandwidth", "greenGrass", "wireless", "isIotEdgeEnable", "IsSphere")
_LIST_PARAMS: Final = (
    "pageNumber",
    "pageSize",
    "sortBy",
    "DeviceTemplateName",
    "AuthType",
    "EdgeSupport",
    "GatewaySupport",
    "MessageVersion",
    *_ABSENT_KINDS,
)


def _matches(q: Fields) -> Callable[[Template], bool]:
    name = (q.string("DeviceTemplateName", max_len=200) or "").casefold()
    auth_type = auth_type_filter(q)
    edge = q.boolean("EdgeSupport")
    gateway = q.boolean("GatewaySupport")
    version = q.string("MessageVersion", max_len=10)
    nothing = any([q.boolean(kind) for kind in _ABSENT_KINDS])  # a list: check every one

    def matches(t: Template) -> bool:
        return (
            not nothing
            and name in t.name.casefold()
            and auth_type in (None, t.auth_type)
            and edge in (None, t.is_edge_support)
            and gateway in (None, t.is_gateway)
            and version in (None, "", t.message_version)
        )

    return matches


async def list_templates(request: Request) -> Response:
    """``GET /device-template``: one page of the company's templates (204 when empty)."""
    principal = authenticate(request)
    store = context(request).store
    q = Fields(canonical_keys(request.query_params.multi_items(), _LIST_PARAMS))
    page_number, page_size = paging(q)
    matches = _matches(q)
    sort = sort_by(q, _SORTS)
    if q.errors:
        raise DeviceError.invalid(q.errors)
    found = [t for t in store.templates(principal.company.guid) if matches(t)]
    if sort is not None:
        found.sort(key=sort[0], reverse=sort[1])
    first = (page_number - 1) * page_size
    page = found[first : first + page_size]
    if not page:
        return Response(status_code=204)
    company = principal.company.guid
    data = [render.template(t, store.count_devices(company, None, t.guid)) for t in page]
    return envelope(data, message="Templates fetched successfully", count=len(found))


def _found(
    request: Request, principal: Principal, template: Template | None, what: str
) -> Response:
    if template is None:
        raise DeviceError.code(409, "TemplateNotFound", f"No device template with that {what}")
    devices = context(request).store.count_devices(principal.company.guid, None, template.guid)
    return envelope(
        [render.template_detail(template, devices)],
        message="Template fetched successfully",
    )


async def get_template(request: Request) -> Response:
    """``GET /device-template/{deviceTemplateGuid}``: one template (409 if none)."""
    principal = authenticate(request)
    guid = parse_guid(str(request.path_params["deviceTemplateGuid"]))
    if guid is None:
        raise DeviceError.invalid(
            [FieldError("deviceTemplateGuid", "deviceTemplateGuid must be a GUID")]
        )
    # attrTree is x-mock-ignored: the mock's templates have no attributes to nest.
    q = Fields(canonical_keys(request.query_params.multi_items(), ("attrTree",)))
    q.boolean("attrTree")
    if q.errors:
        raise DeviceError.invalid(q.errors)
    template = context(request).store.template(principal.company.guid, guid)
    return _found(request, principal, template, "guid")


async def get_template_by_code(request: Request) -> Response:
    """``GET /device-template/template-code/{templateCode}``: one template (409 if none)."""
    principal = authenticate(request)
    code = str(request.path_params["templateCode"]).casefold()
    if len(code) > 50:
        raise DeviceError.invalid([FieldError("templateCode", "templateCode is too long")])
    templates = context(request).store.templates(principal.company.guid)
    template = next((t for t in templates if t.code.casefold() == code), None)
    return _found(request, principal, template, "code")


routes: list[BaseRoute] = [
    endpoint("/device-template", {"GET": list_templates}),
    endpoint("/device-template/template-code/{templateCode}", {"GET": get_template_by_code}),
    endpoint("/device-template/{deviceTemplateGuid}", {"GET": get_template}),
]
