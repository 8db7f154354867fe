"""Resources: ``iot.devices``, ``iot.templates`` and ``iot.entities`` (:mod:`.entities`), and
their async twins under ``iot.aio``.

Every method returns generated models (``iotconnect_client.models``), typed for mypy, and
raises an :class:`~iotconnect.errors.IoTConnectError` on failure. Requests are built and
replies parsed by the generated operation modules; nothing here writes HTTP by hand.

Each method is written once, as a plan in a class both the blocking and the async resource
inherit (the machinery is in :mod:`._resource`; auto-paging in :mod:`._paging`).
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, TypeAlias, Unpack, cast
from uuid import UUID

import httpx

from iotconnect_client.api.device import (
    count_devices,
    create_device,
    create_device_template_from_file,
    delete_device,
    delete_device_template,
    get_device,
    get_device_by_unique_id,
    get_device_template,
    get_device_template_by_code,
    list_child_devices,
    list_device_templates,
    list_devices,
    list_template_attributes,
    list_template_commands,
    update_device,
    update_device_status,
)
from iotconnect_client.models import (
    ChildDevice,
    ChildDeviceListResponse,
    CountDevicesStatus,
    DeviceCountResponse,
    DeviceCreate,
    DeviceCreated,
    DeviceCreateResponse,
    DeviceDeleteResponse,
    DeviceInformation,
    DeviceInformationResponse,
    DeviceListItem,
    DeviceListResponse,
    DeviceStatusUpdate,
    DeviceTemplate,
    DeviceTemplateDetail,
    DeviceTemplateDetailResponse,
    DeviceTemplateListResponse,
    DeviceUpdate,
    EmptyResponse,
    TemplateAttribute,
    TemplateAttributeListResponse,
    TemplateCommandItem,
    TemplateCommandListResponse,
    TemplateCreatedResponse,
    TemplateDeleteResponse,
    TemplateFileUpload,
)
from iotconnect_client.types import UNSET, File

from ._bulk_columns import COLUMNS
from ._limits import DEFAULT_PAGE_SIZE, MAX_COUNT
from ._paging import AsyncPager, Listing, Page, Pager, PageT
from ._plans import Plan
from ._resource import (
    AsyncResource,
    BlockingResource,
    Entity,
    M,
    Method,
    Runner,
    Step,
    as_guid,
    call,
)
from ._routes import Operation
from .device_state import DeviceStateMethods
from .entities import entity_guid
from .errors import ApiError, DecodeError, IoTConnectError, NotFound, OnboardingError
from .template_files import template_file

if TYPE_CHECKING:
    from . import bulk  # imported by the two methods that use it: csv, threads, the spec
    from .onboarding import OnboardedDevice  # the 'onboard' extra: imported when onboarding

__all__ = [
    "DEFAULT_PAGE_SIZE",
    "AsyncDevices",
    "AsyncPager",
    "AsyncTemplates",
    "ChildFilters",
    "DeviceChanges",
    "DeviceFilters",
    "Devices",
    "NewDeviceFields",
    "Pager",
    "TemplateFilters",
    "Templates",
]


DeviceFilters: TypeAlias = list_devices.Query
"""Filters of ``devices.list()``: the query parameters of the generated ``list_devices``;
``page_size`` is the size of each request's page, ``page_number`` the first page to fetch."""

ChildFilters: TypeAlias = list_child_devices.Query
"""Paging and order of ``devices.children()``: ``page_size``, ``page_number``, ``sort_by``."""

TemplateFilters: TypeAlias = list_device_templates.Query
"""Filters of ``templates.list()``: the query parameters of the generated
``list_device_templates``, ``page_size`` and ``page_number`` as for devices."""

NewDeviceFields: TypeAlias = create_device.BodyFields
"""Optional fields of ``devices.create()``: those of the generated ``DeviceCreate``. What a
device needs depends on its template's auth type (keys, thumbprints, certificates)."""

DeviceChanges: TypeAlias = update_device.BodyFields
"""What ``devices.update()`` may change besides the display name and the entity: the optional
fields of the generated ``DeviceUpdate``."""


# The plans: each method's logic, once ---------------------------------------------------------


def _listing(
    runner: Runner, operation: Operation, model: type[PageT], filters: Mapping[str, Any]
) -> Listing[PageT]:
    """Pages of ``operation`` with ``filters`` (``page_size`` and ``page_number`` among them)."""
    query = dict(filters)
    size = int(query.pop("page_size", DEFAULT_PAGE_SIZE))
    first = int(query.pop("page_number", 1))

    def page(number: int) -> Plan[Step, PageT]:
        request = operation.request_kwargs(page_number=number, page_size=size, **query)
        return call(operation, model, request)

    return Listing(runner, page, size, first)


def _children(
    runner: Runner, guid: UUID | str, filters: Mapping[str, Any]
) -> Listing[ChildDeviceListResponse]:
    return _listing(
        runner,
        list_child_devices,
        ChildDeviceListResponse,
        {**filters, "device_guid": as_guid(guid)},
    )


_TEMPLATE_PAGE: Final = 1000


class _DeviceMethods:
    """The methods ``Devices`` and ``AsyncDevices`` share, each written once as a plan."""

    @Method
    def get(guid: UUID | str) -> Plan[Step, DeviceInformation]:
        """The device with this GUID; :class:`~iotconnect.NotFound` if there is none."""
        return _lookup(get_device, DeviceInformationResponse, str(guid), as_guid(guid))

    @Method
    def get_by_unique_id(unique_id: str) -> Plan[Step, DeviceInformation]:
        """The device with this unique id; :class:`~iotconnect.NotFound` if there is none."""
        return _lookup(get_device_by_unique_id, DeviceInformationResponse, unique_id, unique_id)

    @Method
    def find(unique_id: str) -> Plan[Step, DeviceInformation | None]:
        """The device with this unique id, or None if there is none."""
        try:
            return (yield from _DeviceMethods.get_by_unique_id.plan(unique_id))
        except NotFound:
            return None

    @Method
    def create(
        *,
        unique_id: str,
        display_name: str,
        template: UUID | str,
        entity: UUID | str | None = None,
        **fields: Unpack[NewDeviceFields],
    ) -> Plan[Step, DeviceCreated]:
        """Create a device from ``template`` (a GUID, or a template code, looked up first) in
        ``entity`` (a GUID, or an entity name, looked up on the user host; default: the
        token's).

        Returns what the service answers: the new device's GUID in ``newid``, and counts.
        """
        template_guid = yield from _template_guid(template)
        in_entity = (
            (yield from entity_guid(entity)) if entity is not None else cast(UUID, (yield Entity()))
        )
        body = DeviceCreate(
            unique_id=unique_id,
            device_template_guid=template_guid,
            display_name=display_name,
            entity_guid=in_entity,
            **fields,
        )
        page = yield from call(
            create_device, DeviceCreateResponse, create_device.request_kwargs(body=body)
        )
        return _first(page.data, "created device")

    @Method
    def update(
        guid: UUID | str,
        *,
        display_name: str | None = None,
        entity: UUID | str | None = None,
        **changes: Unpack[DeviceChanges],
    ) -> Plan[Step, None]:
        """Change a device's display name, entity, note, properties...; the rest stays as it is.

        The service's update takes the device's whole update record and clears a field the
        body leaves out (the note, on today's service). So this reads the device first and
        sends back every field the read showed, those this client does not know included
        (a later release's, kept in the model's ``additional_properties``), with the changes
        on top. The service ignores the fields its update record does not have, and keeps
        them (``tag``, certificates). The read and the write are two requests: the API has
        no version check, so a change someone makes in between is overwritten.
        """
        current = yield from _DeviceMethods.get.plan(guid)
        body = DeviceUpdate(
            display_name=current.display_name if display_name is None else display_name,
            entity_guid=current.entity_guid if entity is None else as_guid(entity),
            **changes,
        )
        body.additional_properties = _unchanged(current, body)
        request = update_device.request_kwargs(as_guid(guid), body=body)
        yield from call(update_device, EmptyResponse, request)

    @Method
    def activate(guid: UUID | str) -> Plan[Step, None]:
        """Activate a device; :class:`~iotconnect.Conflict` ``DeviceAlreadyActive`` if it is."""
        yield from _DeviceMethods._set_active(guid, active=True)

    @Method
    def deactivate(guid: UUID | str) -> Plan[Step, None]:
        """Deactivate a device; :class:`~iotconnect.Conflict` ``DeviceAlreadyInactive`` if it is."""
        yield from _DeviceMethods._set_active(guid, active=False)

    @staticmethod
    def _set_active(guid: UUID | str, *, active: bool) -> Plan[Step, None]:
        body = DeviceStatusUpdate(is_active=active)
        request = update_device_status.request_kwargs(as_guid(guid), body=body)
        yield from call(update_device_status, EmptyResponse, request)

    @Method
    def delete(guid: UUID | str) -> Plan[Step, None]:
        """Delete a device; :class:`~iotconnect.NotFound` if there is none with this GUID."""
        yield from call(
            delete_device, DeviceDeleteResponse, delete_device.request_kwargs(as_guid(guid))
        )

    @Method
    def count(status: CountDevicesStatus | None = None) -> Plan[Step, int]:
        """How many devices the user may see, or only the ``"active"`` or ``"inactive"`` ones.

        A count outside 0 to 10**9 is a :class:`~iotconnect.DecodeError`, not a number to use.
        """
        request = count_devices.request_kwargs(status=UNSET if status is None else status)
        page = yield from call(count_devices, DeviceCountResponse, request)
        count = _first(page.data, "count").device_count
        if not 0 <= count <= MAX_COUNT:
            shown = f"{count:,}" if abs(count) < 10**15 else f"{count:.3g}"
            raise DecodeError(200, f"the device count {shown} is outside 0..{MAX_COUNT:,}", "")
        return count


_PARTS_PAGE: Final = 1000
# A template has at most a few hundred attributes or commands; a reply that keeps paging past
# this many pages is not believed.
_PARTS_PAGES: Final = 100


def _template_parts(
    template: UUID | str, operation: Operation, model: type[Page[M]]
) -> Plan[Step, list[M]]:
    """Every attribute (or command) of ``template``, a page of 1000 at a time.

    The service answers 409 for a template that has none, and 409 for no such template: a 409
    is read as "none" only once the template is read back.
    """
    guid = yield from _template_guid(template)
    found: list[M] = []
    for number in range(1, _PARTS_PAGES + 1):
        request = operation.request_kwargs(guid, page_number=number, page_size=_PARTS_PAGE)
        try:
            page = yield from call(operation, model, request)
        except ApiError as exc:
            if exc.status != httpx.codes.CONFLICT or number > 1:
                raise
            yield from _TemplateMethods.get.plan(guid)  # NotFound when there is no template
            return []
        found += page.data
        if len(page.data) < _PARTS_PAGE:
            return found
    raise DecodeError(200, f"the list kept paging past {_PARTS_PAGES * _PARTS_PAGE:,} items", "")


class _OnboardMethods:
    """``onboard``, for ``Devices`` and ``AsyncDevices`` (the ``onboard`` extra)."""

    @Method
    def onboard(
        unique_id: str,
        *,
        template: UUID | str,
        out_dir: str | os.PathLike[str],
        display_name: str | None = None,
        entity: UUID | str | None = None,
        ca_certificate: str | os.PathLike[str] | None = None,
        ca_key: str | os.PathLike[str] | None = None,
        environment: str | None = None,
        overwrite: bool = False,
    ) -> Plan[Step, OnboardedDevice]:
        """Bring a certificate device into being: key, certificate, device, config file.

        For a self-signed template (auth type 3) an EC P-256 key and a self-signed certificate
        whose common name is the device's MQTT client id; for a CA-signed one (2, 7) the
        certificate is signed with ``ca_key`` (PEM, unencrypted) as ``ca_certificate``. The
        device is created with it in ``entity`` (a name or GUID; default the token's), and
        ``out_dir`` gets ``<unique id>.key.pem`` (mode 0600), ``<unique id>.cert.pem`` and
        ``iotcDeviceConfig.json`` (``environment`` defaults to the session's). Existing files
        are replaced only with ``overwrite=True``; an existing device never is (replacing it
        would delete a device this call did not create). Needs the ``onboard`` extra. Raises
        :class:`~iotconnect.onboarding.OnboardingError` (``device_created`` says whether the
        device exists on the tenant) or :class:`~iotconnect.ConfigurationError`.
        """
        from . import onboarding  # the 'onboard' extra (cryptography), only when onboarding

        existing = yield from _DeviceMethods.find.plan(unique_id)
        if existing is not None:
            raise OnboardingError(
                f"device {unique_id!r} exists on the tenant ({existing.guid}); onboard never "
                "replaces a device: choose another unique id, or delete it first"
            )
        found = yield from _template(template)
        auth_type = found.auth_type if isinstance(found.auth_type, int) else 0
        with onboarding.staging() as staged:
            prepared = yield from onboarding.prepare(
                staged,
                unique_id=unique_id,
                auth_type=auth_type,
                out_dir=Path(out_dir),
                overwrite=overwrite,
                ca_certificate=None if ca_certificate is None else Path(ca_certificate),
                ca_key=None if ca_key is None else Path(ca_key),
                environment=environment,
            )
            extras: NewDeviceFields = {}
            if auth_type == onboarding.SELF_SIGNED and prepared.config["pf"] == "az":
                extras["primary_thumbprint"] = prepared.thumbprint
            elif auth_type != 2:  # a CA-signed template trusts the CA, not each certificate
                extras["certificate_text"] = prepared.certificate_pem
            created = yield from _DeviceMethods.create.plan(
                unique_id=unique_id,
                display_name=display_name or unique_id,
                template=found.guid,
                entity=entity,
                **extras,
            )
            try:
                device = yield from _DeviceMethods.get.plan(created.newid)
            except IoTConnectError as exc:
                raise OnboardingError(
                    f"device {unique_id!r} ({created.newid}) was created on the tenant, but "
                    f"reading it back failed ({exc}); no file was written",
                    device_created=True,
                ) from None
            return onboarding.finish(prepared, device, overwrite=overwrite)


def _template(template: UUID | str) -> Plan[Step, DeviceTemplateDetail]:
    guid = _template_guid_or_none(template)
    if guid is None:
        return (yield from _TemplateMethods.get_by_code.plan(str(template)))
    return (yield from _TemplateMethods.get.plan(guid))


def _template_guid_or_none(template: UUID | str) -> UUID | None:
    if isinstance(template, UUID):
        return template
    try:
        return UUID(template)
    except ValueError:
        return None


def _lookup(operation: Operation, model: type[Page[M]], key: str, *args: Any) -> Plan[Step, M]:
    """The one item a look-up of ``key`` answers (``args``: the operation's path arguments)."""
    page = yield from call(operation, model, operation.request_kwargs(*args))
    if not page.data:
        raise NotFound(200, "the reply holds nothing", key=key)
    return page.data[0]


def _unchanged(current: DeviceInformation, body: DeviceUpdate) -> dict[str, Any]:
    """The fields of ``current``, as read, that ``body`` does not set (the service matches
    names ignoring case, so neither does this)."""
    try:
        record = current.to_dict()
    except (AttributeError, TypeError, ValueError):
        # check_replies="warn" passes values of another type on; they cannot be written back.
        raise DecodeError(200, "the device as read has a field of another type", "") from None
    sent = {name.casefold() for name in body.to_dict()}
    return {name: value for name, value in record.items() if name.casefold() not in sent}


def _first(items: list[M], what: str) -> M:
    if not items:
        raise DecodeError(200, f"the reply holds no {what}", "")
    return items[0]


def _template_guid(template: UUID | str) -> Plan[Step, UUID]:
    guid = _template_guid_or_none(template)
    if guid is not None:
        return guid
    found = yield from _TemplateMethods.get_by_code.plan(str(template))
    return found.guid


# The resources --------------------------------------------------------------------------------


class Devices(_DeviceMethods, DeviceStateMethods, _OnboardMethods, BlockingResource):
    """The company's devices, blocking: ``iot.devices``."""

    def list(self, **filters: Unpack[DeviceFilters]) -> Pager[DeviceListResponse, DeviceListItem]:
        """Every device that matches ``filters``, across pages (``page_size``, default 100)."""
        return Pager(_listing(self._runner, list_devices, DeviceListResponse, filters))

    def children(
        self, guid: UUID | str, **filters: Unpack[ChildFilters]
    ) -> Pager[ChildDeviceListResponse, ChildDevice]:
        """Every child device of the gateway ``guid`` (those created with it as their
        ``parent_device_guid``), across pages; :class:`~iotconnect.NotFound` if no such device."""
        return Pager(_children(self._runner, guid, filters))

    def import_rows(
        self,
        rows: Iterable[bulk.SourceRow | Mapping[str, object]],
        *,
        concurrency: int = 8,
        journal: str | os.PathLike[str] | None = None,
        progress: bulk.Progress | None = None,
    ) -> bulk.ImportSummary:
        """Create a device per row (columns ``bulk.COLUMNS``; a file: ``bulk.read_rows``).

        Every row is checked first (:class:`~iotconnect.bulk.ImportRejected` lists each bad
        one, and nothing is sent); then ``concurrency`` creates at a time, parents first. A
        device that exists is left as it is: ``unchanged`` if the row describes it, else
        ``different``. ``journal`` (a file) makes a re-run skip what a run finished. See
        :mod:`iotconnect.bulk`.
        """
        from . import bulk

        return bulk.import_rows(
            self._tenant(),
            rows,
            concurrency=concurrency,
            journal=journal,
            progress=progress,
        )

    def export(
        self,
        path: str | os.PathLike[str],
        *,
        format: bulk.ExportFormat = "csv",
        fields: Sequence[str] = COLUMNS,
        concurrency: int = 8,
        progress: bulk.Progress | None = None,
        **filters: Unpack[DeviceFilters],
    ) -> int:
        """Write every device matching ``filters`` to ``path`` (CSV or JSON Lines), streaming
        page by page; returns how many. ``fields``: the import's columns by default (the file
        imports back), or any field of the list items and of ``get``. See
        :mod:`iotconnect.bulk`.
        """
        from . import bulk

        return bulk.export(
            self._tenant(),
            path,
            format=format,
            fields=fields,
            concurrency=concurrency,
            filters=filters,
            progress=progress,
        )

    def _tenant(self) -> bulk.TenantAccess:
        from . import bulk

        return bulk.TenantAccess(
            devices=self,
            listing=lambda filters: self.list(**cast(DeviceFilters, filters)),
            templates=lambda: Templates(self._runner).list(page_size=_TEMPLATE_PAGE),
            entity=self._runner.connection.entity,
        )


class AsyncDevices(_DeviceMethods, DeviceStateMethods, _OnboardMethods, AsyncResource):
    """The company's devices, async: ``iot.aio.devices``."""

    def list(
        self, **filters: Unpack[DeviceFilters]
    ) -> AsyncPager[DeviceListResponse, DeviceListItem]:
        """Every device that matches ``filters``, across pages: ``async for device in ...``."""
        return AsyncPager(_listing(self._runner, list_devices, DeviceListResponse, filters))

    def children(
        self, guid: UUID | str, **filters: Unpack[ChildFilters]
    ) -> AsyncPager[ChildDeviceListResponse, ChildDevice]:
        """Every child device of the gateway ``guid``, across pages: ``async for ...``."""
        return AsyncPager(_children(self._runner, guid, filters))


class _TemplateMethods:
    """The methods ``Templates`` and ``AsyncTemplates`` share, each written once as a plan."""

    @Method
    def get(guid: UUID | str) -> Plan[Step, DeviceTemplateDetail]:
        """The template with this GUID; :class:`~iotconnect.NotFound` if there is none."""
        return _lookup(get_device_template, DeviceTemplateDetailResponse, str(guid), as_guid(guid))

    @Method
    def get_by_code(code: str) -> Plan[Step, DeviceTemplateDetail]:
        """The template with this template code; :class:`~iotconnect.NotFound` if none."""
        return _lookup(get_device_template_by_code, DeviceTemplateDetailResponse, code, code)

    @Method
    def create_from_file(
        source: str | os.PathLike[str] | Mapping[str, Any],
        code: str | None = None,
        name: str | None = None,
    ) -> Plan[Step, DeviceTemplateDetail]:
        """Create a template, its attributes and its commands from the JSON file the web UI
        exports (a path, or the document as a mapping), ``code`` and ``name`` replacing the
        file's; returns the template as read back.

        :class:`~iotconnect.ValidationFailed` names what the service found wrong with the file;
        :class:`~iotconnect.Conflict` when the company has the code or name already;
        :class:`~iotconnect.TemplateFileError` when the file cannot be read as JSON.
        """
        upload = TemplateFileUpload(
            file=File(
                payload=io.BytesIO(template_file(source, code=code, name=name)),
                file_name="template.json",
                mime_type="application/json",
            )
        )
        request = create_device_template_from_file.request_kwargs(body=upload)
        page = yield from call(create_device_template_from_file, TemplateCreatedResponse, request)
        # The service has answered the GUID in lower case; a GUID compares without case.
        created = _first(page.data, "created template").device_template_guid
        return (yield from _TemplateMethods.get.plan(created))

    @Method
    def delete(template: UUID | str) -> Plan[Step, None]:
        """Delete a template (a GUID, or a template code, looked up first);
        :class:`~iotconnect.Conflict` ``TemplateInUse`` while devices use it."""
        guid = yield from _template_guid(template)
        request = delete_device_template.request_kwargs(guid)
        yield from call(delete_device_template, TemplateDeleteResponse, request)

    @Method
    def attributes(template: UUID | str) -> Plan[Step, list[TemplateAttribute]]:
        """A template's attributes (a GUID or a template code), by sequence; [] for none."""
        return _template_parts(template, list_template_attributes, TemplateAttributeListResponse)

    @Method
    def commands(template: UUID | str) -> Plan[Step, list[TemplateCommandItem]]:
        """A template's commands (a GUID or a template code); [] for none."""
        return _template_parts(template, list_template_commands, TemplateCommandListResponse)


class Templates(_TemplateMethods, BlockingResource):
    """The company's device templates, blocking: ``iot.templates``."""

    def list(
        self, **filters: Unpack[TemplateFilters]
    ) -> Pager[DeviceTemplateListResponse, DeviceTemplate]:
        """Every template that matches ``filters``, across pages."""
        return Pager(
            _listing(self._runner, list_device_templates, DeviceTemplateListResponse, filters)
        )


class AsyncTemplates(_TemplateMethods, AsyncResource):
    """The company's device templates, async: ``iot.aio.templates``."""

    def list(
        self, **filters: Unpack[TemplateFilters]
    ) -> AsyncPager[DeviceTemplateListResponse, DeviceTemplate]:
        """Every template that matches ``filters``, across pages: ``async for t in ...``."""
        return AsyncPager(
            _listing(self._runner, list_device_templates, DeviceTemplateListResponse, filters)
        )
