"""Resources: ``iot.devices`` and ``iot.templates``, and their async twins under ``iot.aio``.

Every method returns generated models (``iotconnect_client.models``), typed for mypy, and
raises an :class:`~iotconnect.errors.IoTConnectError` on failure. Requests are built and
replies parsed by the generated operation modules; nothing here writes HTTP by hand.

Each method is written once, as a plan (see :mod:`._plans`) that yields the generated calls it
needs, in a class both the blocking and the async resource inherit. :class:`_Method` makes the
plan a method that runs it with :func:`~iotconnect._plans.run` on a blocking resource and with
:func:`~iotconnect._plans.arun` on an async one, with the plan's signature and docstring.
"""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import (
    Any,
    Final,
    Generic,
    ParamSpec,
    Protocol,
    Self,
    TypedDict,
    TypeVar,
    Unpack,
    cast,
    overload,
)
from uuid import UUID

import httpx

from iotconnect_client import AuthenticatedClient
from iotconnect_client.api.device import (
    count_devices,
    create_device,
    delete_device,
    get_device,
    get_device_by_unique_id,
    get_device_template,
    get_device_template_by_code,
    list_device_templates,
    list_devices,
    update_device,
    update_device_status,
)
from iotconnect_client.models import (
    AuthType,
    CountDevicesStatus,
    DeviceCountResponse,
    DeviceCreate,
    DeviceCreated,
    DeviceCreateResponse,
    DeviceCreateXmlPropertiesType0,
    DeviceDeleteResponse,
    DeviceInformation,
    DeviceInformationResponse,
    DeviceListItem,
    DeviceListResponse,
    DeviceProperty,
    DeviceStatusUpdate,
    DeviceTemplate,
    DeviceTemplateDetail,
    DeviceTemplateDetailResponse,
    DeviceTemplateListResponse,
    DeviceUpdate,
    DeviceUpdateXmlPropertiesType0,
    EmptyResponse,
    ListDevicesAcquired,
    ListDevicesSortBy,
    ListDevicesStatus,
    ListDeviceTemplatesSortBy,
    SidewalkDevice,
)
from iotconnect_client.types import UNSET, Unset

from ._plans import Plan, arun, run
from ._results import Operation, expect, parse
from ._transport import OPTIONS, PARSED, CallOptions
from .errors import DecodeError, IoTConnectError, NotFound, request_line

__all__ = [
    "DEFAULT_PAGE_SIZE",
    "AsyncDevices",
    "AsyncPager",
    "AsyncResources",
    "AsyncTemplates",
    "Connection",
    "DeviceChanges",
    "DeviceFilters",
    "Devices",
    "NewDeviceFields",
    "Pager",
    "Resources",
    "TemplateFilters",
    "Templates",
]

DEFAULT_PAGE_SIZE: Final = 100
"""Devices per request when listing, unless ``page_size`` says otherwise (the service allows
1 to 1000)."""

M = TypeVar("M")
R = TypeVar("R")
T = TypeVar("T")
P = ParamSpec("P")


class Connection(Protocol):
    """What the resources need from a session (``IoTConnect`` provides it)."""

    @property
    def check_types(self) -> bool:
        """Whether reply values of another type than the model's are an error."""

    def device_client(self) -> AuthenticatedClient:
        """The generated client of the device service (blocking discovery if needed)."""

    async def adevice_client(self) -> AuthenticatedClient:
        """The generated client of the device service."""

    def entity(self) -> UUID:
        """The entity GUID of the token's user (logging in if needed; blocking)."""

    async def aentity(self) -> UUID:
        """The entity GUID of the token's user, logging in if needed."""


class DeviceFilters(TypedDict, total=False):
    """Filters of ``devices.list()``: the generated ``list_devices`` arguments, GUIDs also as
    text (a test keeps the two in step)."""

    page_size: int
    sort_by: ListDevicesSortBy
    unique_id: str
    status: ListDevicesStatus
    acquired: ListDevicesAcquired
    template_guid: UUID | str
    entity_guid: UUID | str
    is_edge: bool
    is_gateway: bool
    wireless: bool
    custom_field: bool
    name: str
    template_name: str
    entity_name: str
    property_: str
    value: str
    include_recent_value: bool
    is_low_bandwidth: bool
    certificate_guid: UUID | str
    green_grass: bool
    auth_type: AuthType
    is_sphere: bool
    is_iot_edge_enable: bool


class TemplateFilters(TypedDict, total=False):
    """Filters of ``templates.list()``: the generated ``list_device_templates`` arguments."""

    page_size: int
    sort_by: ListDeviceTemplatesSortBy
    device_template_name: str
    auth_type: AuthType
    edge_support: bool
    gateway_support: bool
    is_low_bandwidth: bool
    message_version: str
    green_grass: bool
    wireless: bool
    is_iot_edge_enable: bool
    is_sphere: bool


class NewDeviceFields(TypedDict, total=False):
    """Optional fields of ``devices.create()``: those of the generated ``DeviceCreate`` but
    ``template_code``, which ``template`` covers (a test keeps the two in step). What a device
    needs depends on its template's auth type (keys, thumbprints, certificates)."""

    note: str | None
    tag: str | None
    parent_device_guid: UUID | None
    firmware_upgrade_guid: UUID | None
    properties: list[DeviceProperty] | None
    xml_properties: DeviceCreateXmlPropertiesType0 | None
    certificate_text: str | None
    device_certificate: str | None
    device_certificate_password: str | None
    device_certificate_guid: UUID | None
    primary_thumbprint: str | None
    secondary_thumbprint: str | None
    endorsement_key: str | None
    primary_key: str | None
    secondary_key: str | None
    auto_generate: bool | None
    is_auto_generated_self_sign_certificate: bool | None
    wireless_device_type: int | None
    gg_device_type: int | None
    sidewalk_device: SidewalkDevice | None
    video_stream_resource: int | None
    video_stream_type: int | None
    auto_start_video_stream: bool | None
    channel_arn: str | None


class DeviceChanges(TypedDict, total=False):
    """What ``devices.update()`` may change besides the display name and the entity: the
    optional fields of the generated ``DeviceUpdate`` (a test keeps the two in step)."""

    note: str | None
    properties: list[DeviceProperty] | None
    xml_properties: DeviceUpdateXmlPropertiesType0 | None
    video_stream_resource: int | None
    auto_start_video_stream: bool | None


# Steps of a plan -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Call(Generic[M]):
    """Send the request a generated ``_get_kwargs`` built; get back its checked ``model``."""

    operation: Operation
    model: type[M]
    request: Mapping[str, Any]

    def send_kwargs(self, options: CallOptions) -> dict[str, Any]:
        kwargs = {**self.request, "extensions": {PARSED: True, OPTIONS: options}}
        if options.timeout is not None:
            kwargs["timeout"] = options.timeout
        return kwargs

    def read(self, response: httpx.Response, *, check_types: bool) -> M:
        parsed = parse(self.operation, response)
        line = request_line(response.request)
        return expect(
            self.model,
            parsed,
            response.status_code,
            response.content,
            line,
            check_types=check_types,
        )


@dataclass(frozen=True)
class _Entity:
    """Ask for the entity GUID of the token's user."""


_Step = _Call[Any] | _Entity


def _call(operation: Operation, model: type[M], request: Mapping[str, Any]) -> Plan[_Step, M]:
    reply = yield _Call(operation, model, request)
    return cast(M, reply)


@dataclass(frozen=True)
class _Runner:
    """Runs plans for one session with one set of call options."""

    connection: Connection
    options: CallOptions

    def run(self, plan: Plan[_Step, R]) -> R:
        return run(plan, self._answer, (IoTConnectError,))

    async def arun(self, plan: Plan[_Step, R]) -> R:
        return await arun(plan, self._aanswer, (IoTConnectError,))

    def _answer(self, step: _Step) -> object:
        if isinstance(step, _Entity):
            return self.connection.entity()
        client = self.connection.device_client().get_httpx_client()
        response = client.request(**step.send_kwargs(self.options))
        return step.read(response, check_types=self.connection.check_types)

    async def _aanswer(self, step: _Step) -> object:
        if isinstance(step, _Entity):
            return await self.connection.aentity()
        client = (await self.connection.adevice_client()).get_async_httpx_client()
        response = await client.request(**step.send_kwargs(self.options))
        return step.read(response, check_types=self.connection.check_types)


class _Resource:
    def __init__(self, runner: _Runner) -> None:
        self._runner = runner


class _BlockingResource(_Resource):
    """Its :class:`_Method`s block."""


class _AsyncResource(_Resource):
    """Its :class:`_Method`s are coroutines."""


class _Method(Generic[P, R]):
    """A plan function as a method: blocking on a blocking resource, a coroutine on an async one.

    The plan stays reachable as ``plan``, for other plans to ``yield from``.
    """

    def __init__(self, plan: Callable[P, Plan[_Step, R]]) -> None:
        self.plan = plan
        self.__doc__ = plan.__doc__

    @overload
    def __get__(self, resource: None, owner: type | None = None) -> Self: ...

    @overload
    def __get__(
        self, resource: _AsyncResource, owner: type | None = None
    ) -> Callable[P, Awaitable[R]]: ...

    @overload
    def __get__(self, resource: _BlockingResource, owner: type | None = None) -> Callable[P, R]: ...

    def __get__(self, resource: _Resource | None, owner: type | None = None) -> object:
        if resource is None:
            return self
        plan, runner = self.plan, resource._runner
        if isinstance(resource, _AsyncResource):

            @functools.wraps(plan)
            async def coroutine(*args: P.args, **kwargs: P.kwargs) -> R:
                return await runner.arun(plan(*args, **kwargs))

            return coroutine

        @functools.wraps(plan)
        def method(*args: P.args, **kwargs: P.kwargs) -> R:
            return runner.run(plan(*args, **kwargs))

        return method


# Paging ----------------------------------------------------------------------------------------


class _Page(Protocol[T]):
    @property
    def data(self) -> list[T]: ...

    @property
    def count(self) -> int | Unset | None: ...


PageT = TypeVar("PageT", bound=_Page[Any])


@dataclass
class _Paging:
    """Which page comes next, and when to stop.

    AWS answers ``count: -1`` (unknown), so a short or empty page is the only reliable end; a
    known count ends the listing one request earlier when it is a multiple of the page size.
    """

    size: int
    number: int = 1
    seen: int = 0
    done: bool = False
    first: object = None

    def next(self) -> int | None:
        return None if self.done else self.number

    def saw(self, page: PageT) -> PageT:
        items = page.data
        if self.number > 1 and items and items[0] == self.first:
            # A service that ignores pageNumber would otherwise be listed forever.
            raise DecodeError(200, f"page {self.number} repeats page {self.number - 1}", "")
        self.first = items[0] if items else None
        self.seen += len(items)
        count = page.count
        known = isinstance(count, int) and count >= 0 and self.seen >= count
        self.done = len(items) < self.size or known
        self.number += 1
        return page


@dataclass(frozen=True)
class _Listing(Generic[PageT]):
    runner: _Runner
    page: Callable[[int], Plan[_Step, PageT]]
    size: int


class Pager(Generic[PageT, T]):
    """Every item of a listing, fetched a page at a time as the iteration goes.

    Iterate for the items; :meth:`pages` yields the whole pages (the generated list models)
    instead. Each iteration starts again from the first page.
    """

    def __init__(self, listing: _Listing[PageT]) -> None:
        """Prepare the listing; nothing is sent until the iteration starts."""
        self._listing = listing

    def pages(self) -> Iterator[PageT]:
        """The pages, one request each (blocking)."""
        listing, paging = self._listing, _Paging(self._listing.size)
        while (number := paging.next()) is not None:
            yield paging.saw(listing.runner.run(listing.page(number)))

    def __iter__(self) -> Iterator[T]:
        """The items of every page."""
        for page in self.pages():
            yield from page.data


class AsyncPager(Generic[PageT, T]):
    """The async :class:`Pager`: ``async for`` over the items, or over :meth:`pages`."""

    def __init__(self, listing: _Listing[PageT]) -> None:
        """Prepare the listing; nothing is sent until the iteration starts."""
        self._listing = listing

    async def pages(self) -> AsyncIterator[PageT]:
        """The pages, one request each."""
        listing, paging = self._listing, _Paging(self._listing.size)
        while (number := paging.next()) is not None:
            yield paging.saw(await listing.runner.arun(listing.page(number)))

    async def __aiter__(self) -> AsyncIterator[T]:
        """The items of every page."""
        async for page in self.pages():
            for item in page.data:
                yield item


# The plans: each method's logic, once ---------------------------------------------------------


def _listing(
    runner: _Runner,
    operation: Operation,
    model: type[PageT],
    filters: Mapping[str, Any],
    guids: tuple[str, ...] = (),
) -> _Listing[PageT]:
    """Pages of ``operation`` with ``filters`` (``page_size`` among them; ``guids`` name the
    filters that may be given as text)."""
    query = dict(filters)
    size = int(query.pop("page_size", DEFAULT_PAGE_SIZE))
    for name in guids:
        if name in query:
            query[name] = _uuid(query[name])

    def page(number: int) -> Plan[_Step, PageT]:
        request = operation._get_kwargs(page_number=number, page_size=size, **query)
        return _call(operation, model, request)

    return _Listing(runner, page, size)


_GUID_FILTERS: Final = ("template_guid", "entity_guid", "certificate_guid")


class _DeviceMethods:
    """The methods ``Devices`` and ``AsyncDevices`` share, each written once as a plan."""

    @_Method
    def get(guid: UUID | str) -> Plan[_Step, DeviceInformation]:
        """The device with this GUID; :class:`~iotconnect.NotFound` if there is none."""
        return _lookup(get_device, DeviceInformationResponse, str(guid), _uuid(guid))

    @_Method
    def get_by_unique_id(unique_id: str) -> Plan[_Step, DeviceInformation]:
        """The device with this unique id; :class:`~iotconnect.NotFound` if there is none."""
        return _lookup(get_device_by_unique_id, DeviceInformationResponse, unique_id, unique_id)

    @_Method
    def find(unique_id: str) -> Plan[_Step, DeviceInformation | None]:
        """The device with this unique id, or None if there is none."""
        try:
            return (yield from _DeviceMethods.get_by_unique_id.plan(unique_id))
        except NotFound:
            return None

    @_Method
    def create(
        *,
        unique_id: str,
        display_name: str,
        template: UUID | str,
        entity: UUID | str | None = None,
        **fields: Unpack[NewDeviceFields],
    ) -> Plan[_Step, DeviceCreated]:
        """Create a device from ``template`` (a GUID, or a template code, looked up first) in
        ``entity`` (default: the token's).

        Returns what the service answers: the new device's GUID in ``newid``, and counts.
        """
        template_guid = yield from _template_guid(template)
        entity_guid = _uuid(entity) if entity is not None else cast(UUID, (yield _Entity()))
        body = DeviceCreate(
            unique_id=unique_id,
            device_template_guid=template_guid,
            display_name=display_name,
            entity_guid=entity_guid,
            **fields,
        )
        page = yield from _call(
            create_device, DeviceCreateResponse, create_device._get_kwargs(body=body)
        )
        return _first(page.data, "created device")

    @_Method
    def update(
        guid: UUID | str,
        *,
        display_name: str | None = None,
        entity: UUID | str | None = None,
        **changes: Unpack[DeviceChanges],
    ) -> Plan[_Step, None]:
        """Change a device's display name, entity, note, properties...; the rest stays as it is.

        The service replaces the display name, entity and note together, so the device is read
        first unless all three are given.
        """
        if display_name is None or entity is None or "note" not in changes:
            current = yield from _DeviceMethods.get.plan(guid)
            display_name = current.display_name if display_name is None else display_name
            entity = current.entity_guid if entity is None else entity
            if "note" not in changes and isinstance(current.note, str):
                changes["note"] = current.note
        body = DeviceUpdate(display_name=display_name, entity_guid=_uuid(entity), **changes)
        request = update_device._get_kwargs(_uuid(guid), body=body)
        yield from _call(update_device, EmptyResponse, request)

    @_Method
    def activate(guid: UUID | str) -> Plan[_Step, None]:
        """Activate a device; :class:`~iotconnect.Conflict` ``DeviceAlreadyActive`` if it is."""
        yield from _DeviceMethods._set_active(guid, active=True)

    @_Method
    def deactivate(guid: UUID | str) -> Plan[_Step, None]:
        """Deactivate a device; :class:`~iotconnect.Conflict` ``DeviceAlreadyInactive`` if it is."""
        yield from _DeviceMethods._set_active(guid, active=False)

    @staticmethod
    def _set_active(guid: UUID | str, *, active: bool) -> Plan[_Step, None]:
        body = DeviceStatusUpdate(is_active=active)
        request = update_device_status._get_kwargs(_uuid(guid), body=body)
        yield from _call(update_device_status, EmptyResponse, request)

    @_Method
    def delete(guid: UUID | str) -> Plan[_Step, None]:
        """Delete a device; :class:`~iotconnect.NotFound` if there is none with this GUID."""
        yield from _call(
            delete_device, DeviceDeleteResponse, delete_device._get_kwargs(_uuid(guid))
        )

    @_Method
    def count(status: CountDevicesStatus | None = None) -> Plan[_Step, int]:
        """How many devices the user may see, or only the ``"active"`` or ``"inactive"`` ones."""
        request = count_devices._get_kwargs(status=UNSET if status is None else status)
        page = yield from _call(count_devices, DeviceCountResponse, request)
        return _first(page.data, "count").device_count


def _lookup(operation: Operation, model: type[_Page[M]], key: str, *args: Any) -> Plan[_Step, M]:
    """The one item a look-up of ``key`` answers (``args``: the operation's path arguments)."""
    page = yield from _call(operation, model, operation._get_kwargs(*args))
    if not page.data:
        raise NotFound(200, "the reply holds nothing", key=key)
    return page.data[0]


def _first(items: list[M], what: str) -> M:
    if not items:
        raise DecodeError(200, f"the reply holds no {what}", "")
    return items[0]


def _template_guid(template: UUID | str) -> Plan[_Step, UUID]:
    if isinstance(template, UUID):
        return template
    try:
        return UUID(template)
    except ValueError:
        found = yield from _TemplateMethods.get_by_code.plan(template)
        return found.guid


def _uuid(value: UUID | str) -> UUID:
    return value if isinstance(value, UUID) else UUID(value)


# The resources --------------------------------------------------------------------------------


class Devices(_DeviceMethods, _BlockingResource):
    """The company's devices, blocking: ``iot.devices``."""

    def list(self, **filters: Unpack[DeviceFilters]) -> Pager[DeviceListResponse, DeviceListItem]:
        """Every device that matches ``filters``, across pages (``page_size``, default 100)."""
        return Pager(
            _listing(self._runner, list_devices, DeviceListResponse, filters, _GUID_FILTERS)
        )


class AsyncDevices(_DeviceMethods, _AsyncResource):
    """The company's devices, async: ``iot.aio.devices``."""

    def list(
        self, **filters: Unpack[DeviceFilters]
    ) -> AsyncPager[DeviceListResponse, DeviceListItem]:
        """Every device that matches ``filters``, across pages: ``async for device in ...``."""
        return AsyncPager(
            _listing(self._runner, list_devices, DeviceListResponse, filters, _GUID_FILTERS)
        )


class _TemplateMethods:
    """The methods ``Templates`` and ``AsyncTemplates`` share, each written once as a plan."""

    @_Method
    def get(guid: UUID | str) -> Plan[_Step, DeviceTemplateDetail]:
        """The template with this GUID; :class:`~iotconnect.NotFound` if there is none."""
        return _lookup(get_device_template, DeviceTemplateDetailResponse, str(guid), _uuid(guid))

    @_Method
    def get_by_code(code: str) -> Plan[_Step, DeviceTemplateDetail]:
        """The template with this template code; :class:`~iotconnect.NotFound` if none."""
        return _lookup(get_device_template_by_code, DeviceTemplateDetailResponse, code, code)


class Templates(_TemplateMethods, _BlockingResource):
    """The company's device templates, blocking: ``iot.templates``."""

    def list(
        self, **filters: Unpack[TemplateFilters]
    ) -> Pager[DeviceTemplateListResponse, DeviceTemplate]:
        """Every template that matches ``filters``, across pages."""
        return Pager(
            _listing(self._runner, list_device_templates, DeviceTemplateListResponse, filters)
        )


class AsyncTemplates(_TemplateMethods, _AsyncResource):
    """The company's device templates, async: ``iot.aio.templates``."""

    def list(
        self, **filters: Unpack[TemplateFilters]
    ) -> AsyncPager[DeviceTemplateListResponse, DeviceTemplate]:
        """Every template that matches ``filters``, across pages: ``async for t in ...``."""
        return AsyncPager(
            _listing(self._runner, list_device_templates, DeviceTemplateListResponse, filters)
        )


class Resources:
    """The resources of a session with one set of call options (``IoTConnect`` is one)."""

    def __init__(self, connection: Connection, options: CallOptions | None = None) -> None:
        """Bind to ``connection``; ``options`` override the session's settings per call."""
        runner = _Runner(connection, options or CallOptions())
        self._runner = runner
        self.devices: Final = Devices(runner)
        """The company's devices."""
        self.templates: Final = Templates(runner)
        """The company's device templates."""
        self.aio: Final = AsyncResources(runner)
        """The async twins: ``iot.aio.devices``, ``iot.aio.templates``."""

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Resources:
        """The same resources with other call settings, like openai-python's ``with_options``.

        ``timeout`` (seconds, or an ``httpx.Timeout``) applies to each request; ``max_retries``
        bounds the retries; ``deadline`` bounds the whole call, retries included. Settings left
        out keep their value. ``iot.with_options(deadline=5).devices.get(guid)``.
        """
        runner = self._runner
        change = CallOptions(
            timeout=httpx.Timeout(timeout) if isinstance(timeout, int | float) else timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return Resources(runner.connection, runner.options.merged(change))


class AsyncResources:
    """``iot.aio``: the async resources."""

    def __init__(self, runner: _Runner) -> None:
        """Share ``runner`` (session and call options) with the blocking resources."""
        self.devices: Final = AsyncDevices(runner)
        """The company's devices."""
        self.templates: Final = AsyncTemplates(runner)
        """The company's device templates."""
