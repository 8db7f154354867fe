"""Device templates: the list (paged, sorted, filtered), the look-ups by guid and by code, create
from a file (:mod:`.template_files`), delete, and a template's attributes and commands."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Final, TypeVar

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
from .template_files import read_template_file
from .tokens import Principal

__all__ = ["routes"]

T = TypeVar("T")

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
    "DeviceCount",
    "RuleCount",
    "AttributeCount",
    "TwinPropertyCount",
    "CommandCount",
    "BytesCommandCnt",
    "DirectMethodCount",
)
# Counts the mock's templates always have at 0 (no rules, settings, byte commands, methods).
_ZERO_COUNTS: Final = ("RuleCount", "TwinPropertyCount", "BytesCommandCnt", "DirectMethodCount")
_COUNT: Final = re.compile(r"[0-9]{1,9}")


def _count_filter(q: Fields, name: str) -> int | None:
    # The vendor types the count filters as strings: a whole number in decimal (see the spec).
    value = q.string(name, max_len=9)
    if value is None:
        return None
    if not _COUNT.fullmatch(value):
        q.fail(name, f"{name} must be a whole number")
        return None
    return int(value)


def _matches(
    q: Fields, counts: Callable[[Template], tuple[int, int, int]]
) -> Callable[[Template], bool]:
    name = (q.string("DeviceTemplateName", max_len=200) or "").casefold()
    auth_type = auth_type_filter(q)
    edge = q.boolean("EdgeSupport")
    gateway = q.boolean("GatewaySupport")
    version = q.string("MessageVersion", max_len=10)
    nothing = any([q.boolean(kind) for kind in _ABSENT_KINDS])  # a list: check every one
    wanted = [_count_filter(q, name) for name in ("DeviceCount", "AttributeCount", "CommandCount")]
    nothing |= any([_count_filter(q, name) not in (None, 0) for name in _ZERO_COUNTS])

    def matches(t: Template) -> bool:
        return (
            not nothing
            and name in t.name.casefold()
            and auth_type in (None, t.auth_type)
            and edge in (None, t.is_edge_support)
            and gateway in (None, t.is_gateway)
            and version in (None, "", t.message_version)
            and all(w in (None, n) for w, n in zip(wanted, counts(t), strict=True))
        )

    return matches


async def list_templates(request: Request) -> Response:
    """``GET /device-template``: one page of the company's templates (204 when empty)."""
    principal = authenticate(request)
    store = context(request).store
    q = Fields(canonical_keys(request.query_params.multi_items(), _LIST_PARAMS))
    page_number, page_size = paging(q)
    company = principal.company.guid
    parts = store.template_part_counts(company)

    def counts(t: Template) -> tuple[int, int, int]:
        attributes, commands = parts.get(t.guid, (0, 0))
        return store.count_devices(company, None, t.guid), attributes, commands

    matches = _matches(q, counts)
    sort = sort_by(q, _SORTS)
    if q.errors:
        raise DeviceError.invalid(q.errors)
    found = [t for t in store.templates(company) if matches(t)]
    if sort is not None:
        found.sort(key=sort[0], reverse=sort[1])
    first = (page_number - 1) * page_size
    page = found[first : first + page_size]
    if not page:
        return Response(status_code=204)
    data = [render.template(t, *counts(t)) for t in page]
    return envelope(data, message="Templates fetched successfully", count=len(found))


def _found(
    request: Request, principal: Principal, template: Template | None, what: str
) -> Response:
    if template is None:
        raise DeviceError.code(409, "TemplateNotFound", f"No device template with that {what}")
    store = context(request).store
    devices = store.count_devices(principal.company.guid, None, template.guid)
    commands = store.template_commands(principal.company.guid, template.guid)
    return envelope(
        [render.template_detail(template, devices, commands)],
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


async def create_from_file(request: Request) -> Response:
    """``POST /device-template/quick``: a template from the web UI's JSON file (412 naming
    every problem, 409 for a code or name the company has)."""
    principal = authenticate(request)
    upload = read_template_file(request.headers.get("content-type", ""), await request.body())
    store = context(request).store
    company = principal.company.guid
    template = upload.template
    for other in store.templates(company):
        if other.code.casefold() == template.code.casefold():
            raise DeviceError.code(
                409, "TemplateCodeAlreadyExists", "Device template code already exists"
            )
        if other.name.casefold() == template.name.casefold():
            raise DeviceError.code(
                409, "TemplateNameAlreadyExists", "Device template name already exists"
            )
    store.add_template(company, template, upload.attributes, upload.commands)
    # The service has answered the new guid in lower case (api-facts); clients upper-case it.
    return envelope(
        [{"deviceTemplateGuid": template.guid.lower()}], message="Template created successfully"
    )


def _template_guid(request: Request) -> str:
    guid = parse_guid(str(request.path_params["deviceTemplateGuid"]))
    if guid is None:
        raise DeviceError.invalid(
            [FieldError("deviceTemplateGuid", "deviceTemplateGuid must be a GUID")]
        )
    return guid


async def delete_template(request: Request) -> Response:
    """``DELETE /device-template/{guid}``: 409 while devices use it, or when there is none."""
    principal = authenticate(request)
    guid = _template_guid(request)
    store = context(request).store
    company = principal.company.guid
    if store.template(company, guid) is None:
        raise DeviceError.code(409, "TemplateNotFound", "No device template with that guid")
    if store.count_devices(company, None, guid) > 0:
        raise DeviceError.code(
            409, "TemplateInUse", "Devices use this device template; delete them first"
        )
    store.delete_template(company, guid)
    return envelope([], message="Template deleted successfully")


def _parts(
    request: Request,
    items: list[T],
    what: str,
    search: tuple[str, Callable[[T], str]],
    sort: tuple[str, Callable[[T], Any]],
    ignored: tuple[str, ...] = (),
    ignored_flags: tuple[str, ...] = (),
) -> tuple[list[T], int]:
    """One page of a template's attributes or commands (``what``), and how many there are:
    the query of both lists, ``search`` (the name of the text filter, what it reads) and the
    one ``sort`` field, which may come without a direction (the vendor's ``name``). The
    ``ignored`` texts and ``ignored_flags`` booleans change nothing here, but are still
    checked: a value of the wrong type is the service's 412."""
    known = ("pageNumber", "pageSize", "sortBy", search[0], *ignored, *ignored_flags)
    q = Fields(canonical_keys(request.query_params.multi_items(), known))
    page_number, page_size = paging(q)
    raw_sort = q.string("sortBy", max_len=50)
    descending = False
    if raw_sort is not None:
        parts = raw_sort.lower().split()
        if parts[:1] != [sort[0]] or len(parts) > 2 or parts[1:] not in ([], ["asc"], ["desc"]):
            q.fail("sortBy", f"sortBy must be {sort[0]}, {sort[0]} asc or {sort[0]} desc")
        descending = parts[1:] == ["desc"]
    text = (q.string(search[0], max_len=200) or "").casefold()
    for name in ignored:
        q.string(name, max_len=100)
    for name in ignored_flags:
        q.boolean(name)
    if q.errors:
        raise DeviceError.invalid(q.errors)
    if not items:
        # The service answers 409 for a template with none, not 204 (api-facts).
        raise DeviceError.code(
            409, f"Template{what.title()}NotFound", f"The template has no {what}s"
        )
    found = [item for item in items if text in search[1](item).casefold()]
    if raw_sort is not None:
        found.sort(key=sort[1], reverse=descending)
    first = (page_number - 1) * page_size
    return found[first : first + page_size], len(found)


def _template_of(request: Request) -> tuple[str, str]:
    """The company and the guid of the template the path names (409 when it has none)."""
    principal = authenticate(request)
    guid = _template_guid(request)
    company = principal.company.guid
    if context(request).store.template(company, guid) is None:
        raise DeviceError.code(409, "TemplateNotFound", "No device template with that guid")
    return company, guid


async def list_attributes(request: Request) -> Response:
    """``GET /template-attribute/{guid}``: one page of a template's attributes, by sequence."""
    company, guid = _template_of(request)
    every = list(enumerate(context(request).store.template_attributes(company, guid), 1))
    page, total = _parts(
        request,
        every,
        "attribute",
        ("searchtext", lambda item: item[1].name),
        ("sequence", lambda item: item[0]),
        ignored=("tag",),
        ignored_flags=("localNameAsDisplayName",),
    )
    if not page:
        return Response(status_code=204)
    data = [render.template_attribute(a, n) for n, a in page]
    return envelope(data, message="Attributes fetched successfully", count=total)


async def list_commands(request: Request) -> Response:
    """``GET /template-command/{guid}``: one page of a template's commands."""
    company, guid = _template_of(request)
    every = context(request).store.template_commands(company, guid)
    page, total = _parts(
        request,
        every,
        "command",
        ("searchText", lambda c: f"{c.name}\n{c.command}"),
        ("name", lambda c: c.name.casefold()),
    )
    if not page:
        return Response(status_code=204)
    data = [render.template_command(c) for c in page]
    return envelope(data, message="Commands fetched successfully", count=total)


routes: list[BaseRoute] = [
    endpoint("/device-template", {"GET": list_templates}),
    endpoint("/device-template/quick", {"POST": create_from_file}),
    endpoint("/device-template/template-code/{templateCode}", {"GET": get_template_by_code}),
    endpoint(
        "/device-template/{deviceTemplateGuid}", {"GET": get_template, "DELETE": delete_template}
    ),
    endpoint("/template-attribute/{deviceTemplateGuid}", {"GET": list_attributes}),
    endpoint("/template-command/{deviceTemplateGuid}", {"GET": list_commands}),
]
