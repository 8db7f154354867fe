"""The values the store takes and returns: tenants, templates, devices and their queries."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = [
    "AcquiredState",
    "CommandSent",
    "Company",
    "CreatedDevice",
    "DeletedDevice",
    "DeviceFilter",
    "DeviceRecord",
    "DuplicateUniqueId",
    "Entity",
    "NewDevice",
    "SortField",
    "Template",
    "TemplateAttribute",
    "TemplateCommand",
    "User",
    "new_guid",
]

AcquiredState = Literal["acquired", "released", "inprogress"]
SortField = Literal["uniqueId", "lastConnection", "lastCommunication"]


def new_guid() -> str:
    """A fresh GUID in the service's upper-case spelling."""
    return str(uuid.uuid4()).upper()


@dataclass(frozen=True, slots=True)
class Company:
    """A tenant: one solution key, one company, one root entity."""

    guid: str
    solution_key: str
    name: str
    cp_id: str
    solution_guid: str
    root_entity_guid: str


@dataclass(frozen=True, slots=True)
class User:
    """A login of one company (the password hash stays in the store)."""

    guid: str
    company_guid: str
    email: str
    role_guid: str
    role_name: str
    entity_guid: str


@dataclass(frozen=True, slots=True)
class Entity:
    """A node of a company's entity tree."""

    guid: str
    name: str
    parent_guid: str | None


@dataclass(frozen=True, slots=True)
class Template:
    """A device template."""

    guid: str
    name: str
    code: str
    auth_type: int
    message_version: str
    is_edge_support: bool
    is_gateway: bool


@dataclass(frozen=True, slots=True)
class CommandSent:
    """An entry of the command history: a command sent to one device, and where it stands."""

    guid: str
    device_guid: str
    unique_id: str
    command_guid: str
    cmd_text: str
    requires_ack: bool
    status: str
    status_ms: int
    created_by: str
    resend_count: int = 0


@dataclass(frozen=True, slots=True)
class TemplateAttribute:
    """A telemetry field of a template (``localName`` and ``dataTypeName`` in replies)."""

    guid: str
    name: str
    data_type: str
    description: str | None = None
    unit: str | None = None


@dataclass(frozen=True, slots=True)
class TemplateCommand:
    """A command of a template: ``command`` is the machine name a device receives."""

    guid: str
    name: str
    command: str
    required_param: bool = False
    required_ack: bool = False
    is_ota: bool = False


@dataclass(frozen=True, slots=True)
class NewDevice:
    """What a create request stores (already validated)."""

    unique_id: str
    display_name: str
    template_guid: str
    entity_guid: str
    created_ms: int
    note: str | None = None
    tag: str | None = None
    parent_guid: str | None = None
    firmware_upgrade_guid: str | None = None
    certificate_guid: str | None = None
    #: The PEM certificate the device was created with (``certificateText``).
    certificate_text: str | None = None
    properties: Sequence[dict[str, Any]] = ()
    guid: str = field(default_factory=new_guid)
    is_active: bool = True
    is_connected: bool = False
    acquired: AcquiredState = "released"
    wireless: bool = False
    last_connection_ms: int | None = None
    last_communication_ms: int | None = None
    last_activity_ms: int | None = None


@dataclass(slots=True)  # not frozen: built by the thousand when items are rendered, never shared
class DeviceRecord:
    """A device with what replies need from its template, entity, company and parent."""

    guid: str
    unique_id: str
    display_name: str
    template_guid: str
    template_name: str
    auth_type: int
    message_version: str
    is_edge_support: bool
    entity_guid: str
    entity_name: str
    solution_guid: str
    cp_id: str
    is_active: bool
    is_connected: bool
    acquired: str
    note: str | None
    tag: str | None
    parent_guid: str | None
    parent_unique_id: str | None
    parent_acquired: str | None
    firmware_upgrade_guid: str | None
    certificate_guid: str | None
    properties: list[dict[str, Any]]
    child_count: int
    created_ms: int
    last_connection_ms: int | None
    last_communication_ms: int | None
    last_activity_ms: int | None
    #: The field only the future service has (``future.FUTURE_DEVICE_FIELD``).
    future_setting: str | None = None


@dataclass(frozen=True, slots=True)
class DeviceFilter:
    """The device list's filters, sort and page, already validated."""

    unique_id: str | None = None
    is_active: bool | None = None
    acquired: AcquiredState | None = None
    template_guid: str | None = None
    entity_guid: str | None = None
    is_edge: bool | None = None
    is_gateway: bool | None = None
    wireless: bool | None = None
    name: str | None = None
    template_name: str | None = None
    entity_name: str | None = None
    property_value: str | None = None
    certificate_guid: str | None = None
    auth_type: int | None = None
    #: A kind of device the mock never holds (low-bandwidth, Greengrass, Sphere, IoT Edge) was
    #: asked for: nothing matches.
    nothing: bool = False
    #: Each item also carries the device's custom ``properties`` (``customField=true``).
    with_properties: bool = False
    sort: tuple[SortField, bool] | None = None
    page_number: int = 1
    page_size: int = 10

    def is_default_order(self) -> bool:
        """No filter and no sort: the page is a slice of the company in insertion order."""
        return self == DeviceFilter(page_number=self.page_number, page_size=self.page_size)


@dataclass(frozen=True, slots=True)
class CreatedDevice:
    """The facts a create reply reports."""

    guid: str
    entity_guid: str
    unique_id: str
    parent_unique_id: str | None
    active_count: int
    inactive_count: int


@dataclass(frozen=True, slots=True)
class DeletedDevice:
    """The facts a delete reply reports."""

    guid: str
    unique_id: str
    entity_guid: str


class DuplicateUniqueId(Exception):
    """The company already has a device with this unique id."""
