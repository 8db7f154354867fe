from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Self,
    TypeVar,
    cast,
)
from uuid import UUID

import msgspec
from attrs import define as _attrs_define
from attrs import field as _attrs_field
from msgspec.structs import astuple

from ..types import UNSET, Unset, bounded, model_repr, parse_datetime

T = TypeVar("T", bound="DeviceListItem")


class DeviceListItemStruct(
    msgspec.Struct,
    kw_only=True,
    rename={
        "guid": "guid",
        "unique_id": "uniqueId",
        "display_name": "displayName",
        "is_active": "isActive",
        "is_connected": "isConnected",
        "device_template_guid": "deviceTemplateGuid",
        "device_template_name": "deviceTemplateName",
        "entity_name": "entityName",
        "auth_type": "authType",
        "auth_type_name": "authTypeName",
        "authentication_type": "authenticationType",
        "message_version": "messageVersion",
        "last_connection": "lastConnection",
        "last_communication": "lastCommunication",
        "lastactivity_date": "lastactivityDate",
        "firmwareupgrade_guid": "firmwareupgradeGuid",
        "device_status": "deviceStatus",
        "child_device_count": "childDeviceCount",
        "solution_guid": "solutionGuid",
        "is_acquired": "IsAcquired",
        "is_solution_template": "isSolutionTemplate",
        "solution_name": "solutionName",
        "device_info": "deviceInfo",
        "reporting_to": "reportingTo",
        "is_type_2_support": "isType2Support",
        "is_allotted_device": "IsAllottedDevice",
        "allotted_device_permission": "allottedDevicePermission",
        "count": "count",
        "is_shared_device": "isSharedDevice",
        "properties": "properties",
        "recent_attr_value": "recentAttrValue",
        "is_dps_device": "isDpsDevice",
        "group_name": "groupName",
        "product_name": "productName",
        "parent_company_guid": "parentCompanyGuid",
        "cert_location": "certLocation",
        "wireless": "Wireless",
        "wireless_device_type": "wirelessDeviceType",
        "public_device": "publicDevice",
        "cert_available": "certAvailable",
        "gg_device_type": "ggDeviceType",
        "cloud_template_guid": "cloudTemplateGuid",
        "cloud_device_template_guid": "cloudDeviceTemplateGuid",
        "created_by": "createdBy",
        "created_date": "createdDate",
        "attr_enable": "attrEnable",
        "device_capability": "deviceCapability",
        "info": "info",
    },
    forbid_unknown_fields=True,
    gc=False,
):
    """The JSON of a DeviceListItem as msgspec validates it (``types.parse_json``)."""

    guid: UUID
    unique_id: str
    display_name: str
    is_active: bool
    is_connected: bool | None | Unset = UNSET
    device_template_guid: UUID | None | Unset = UNSET
    device_template_name: str | None | Unset = UNSET
    entity_name: str | None | Unset = UNSET
    auth_type: int | None | Unset = UNSET
    auth_type_name: str | None | Unset = UNSET
    authentication_type: str | None | Unset = UNSET
    message_version: str | None | Unset = UNSET
    last_connection: datetime.datetime | None | Unset = UNSET
    last_communication: datetime.datetime | None | Unset = UNSET
    lastactivity_date: datetime.datetime | None | Unset = UNSET
    firmwareupgrade_guid: UUID | None | Unset = UNSET
    device_status: str | None | Unset = UNSET
    child_device_count: int | None | Unset = UNSET
    solution_guid: UUID | None | Unset = UNSET
    is_acquired: bool | None | Unset = UNSET
    is_solution_template: bool | None | Unset = UNSET
    solution_name: str | None | Unset = UNSET
    device_info: dict[str, Any] | None | Unset = UNSET
    reporting_to: str | None | Unset = UNSET
    is_type_2_support: bool | None | Unset = UNSET
    is_allotted_device: int | None | Unset = UNSET
    allotted_device_permission: int | None | Unset = UNSET
    count: int | None | Unset = UNSET
    is_shared_device: bool | None | Unset = UNSET
    properties: list[DevicePropertyValueStruct] | None | Unset = UNSET
    recent_attr_value: dict[str, Any] | None | Unset = UNSET
    is_dps_device: bool | None | Unset = UNSET
    group_name: str | None | Unset = UNSET
    product_name: str | None | Unset = UNSET
    parent_company_guid: UUID | None | Unset = UNSET
    cert_location: int | None | Unset = UNSET
    wireless: bool | None | Unset = UNSET
    wireless_device_type: int | None | Unset = UNSET
    public_device: bool | None | Unset = UNSET
    cert_available: bool | None | Unset = UNSET
    gg_device_type: int | None | Unset = UNSET
    cloud_template_guid: str | None | Unset = UNSET
    cloud_device_template_guid: UUID | None | Unset = UNSET
    created_by: str | None | Unset = UNSET
    created_date: datetime.datetime | None | Unset = UNSET
    attr_enable: bool | None | Unset = UNSET
    device_capability: int | None | Unset = UNSET
    info: list[DeviceOutputParamStruct] | None | Unset = UNSET


@_attrs_define
class DeviceListItem:
    """A device as lists show it: the vendor's `DeviceList` fields of both platforms (those of
    one platform say so in `x-platforms`); real replies send many of them as null. Note the
    casing of `IsAcquired`, `IsAllottedDevice`, `lastactivityDate`, `firmwareupgradeGuid`.

    """

    _struct: ClassVar[type[DeviceListItemStruct]] = DeviceListItemStruct

    guid: UUID
    """ A GUID, upper-case in replies, matched case-insensitively. """
    unique_id: str
    display_name: str
    is_active: bool
    is_connected: bool | None | Unset = UNSET
    device_template_guid: None | Unset | UUID = UNSET
    """ A GUID or null. """
    device_template_name: None | str | Unset = UNSET
    """ Free text or null. """
    entity_name: None | str | Unset = UNSET
    """ Free text or null. """
    auth_type: int | None | Unset = UNSET
    """ The template's auth type (see `AuthType`). """
    auth_type_name: None | str | Unset = UNSET
    """ Free text or null. """
    authentication_type: None | str | Unset = UNSET
    """ Free text or null. """
    message_version: None | str | Unset = UNSET
    """ Free text or null. """
    last_connection: datetime.datetime | None | Unset = UNSET
    """ ISO 8601 UTC with milliseconds, or null. """
    last_communication: datetime.datetime | None | Unset = UNSET
    """ ISO 8601 UTC with milliseconds, or null. """
    lastactivity_date: datetime.datetime | None | Unset = UNSET
    """ ISO 8601 UTC with milliseconds, or null. """
    firmwareupgrade_guid: None | Unset | UUID = UNSET
    """ A GUID or null. """
    device_status: None | str | Unset = UNSET
    """ Free text or null. """
    child_device_count: int | None | Unset = UNSET
    solution_guid: None | Unset | UUID = UNSET
    """ A GUID or null. """
    is_acquired: bool | None | Unset = UNSET
    """ Whether the device is acquired (a boolean here, 0/1 in `DeviceInformation`). """
    is_solution_template: bool | None | Unset = UNSET
    solution_name: None | str | Unset = UNSET
    """ Free text or null. """
    device_info: DeviceListItemDeviceInfoType0 | None | Unset = UNSET
    reporting_to: None | str | Unset = UNSET
    """ Free text or null. """
    is_type_2_support: bool | None | Unset = UNSET
    is_allotted_device: int | None | Unset = UNSET
    allotted_device_permission: int | None | Unset = UNSET
    count: int | None | Unset = UNSET
    is_shared_device: bool | None | Unset = UNSET
    properties: list[DevicePropertyValue] | None | Unset = UNSET
    """ The device's custom properties, when `customField=true`. """
    recent_attr_value: DeviceListItemRecentAttrValueType0 | None | Unset = UNSET
    """ The latest telemetry, when `IncludeRecentValue=true`. """
    is_dps_device: bool | None | Unset = UNSET
    group_name: None | str | Unset = UNSET
    """ Free text or null. """
    product_name: None | str | Unset = UNSET
    """ Free text or null. """
    parent_company_guid: None | Unset | UUID = UNSET
    """ A GUID or null. """
    cert_location: int | None | Unset = UNSET
    wireless: bool | None | Unset = UNSET
    wireless_device_type: int | None | Unset = UNSET
    public_device: bool | None | Unset = UNSET
    cert_available: bool | None | Unset = UNSET
    gg_device_type: int | None | Unset = UNSET
    cloud_template_guid: None | str | Unset = UNSET
    """ Free text or null. """
    cloud_device_template_guid: None | Unset | UUID = UNSET
    """ A GUID or null. """
    created_by: None | str | Unset = UNSET
    """ Free text or null. """
    created_date: datetime.datetime | None | Unset = UNSET
    """ ISO 8601 UTC with milliseconds, or null. """
    attr_enable: bool | None | Unset = UNSET
    device_capability: int | None | Unset = UNSET
    info: list[DeviceOutputParam] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        guid = str(self.guid)

        unique_id = self.unique_id

        display_name = self.display_name

        is_active = self.is_active

        is_connected: bool | None | Unset
        if isinstance(self.is_connected, Unset):
            is_connected = UNSET
        else:
            is_connected = self.is_connected

        device_template_guid: None | str | Unset
        if isinstance(self.device_template_guid, Unset):
            device_template_guid = UNSET
        elif isinstance(self.device_template_guid, UUID):
            device_template_guid = str(self.device_template_guid)
        else:
            device_template_guid = self.device_template_guid

        device_template_name: None | str | Unset
        if isinstance(self.device_template_name, Unset):
            device_template_name = UNSET
        else:
            device_template_name = self.device_template_name

        entity_name: None | str | Unset
        if isinstance(self.entity_name, Unset):
            entity_name = UNSET
        else:
            entity_name = self.entity_name

        auth_type: int | None | Unset
        if isinstance(self.auth_type, Unset):
            auth_type = UNSET
        else:
            auth_type = self.auth_type

        auth_type_name: None | str | Unset
        if isinstance(self.auth_type_name, Unset):
            auth_type_name = UNSET
        else:
            auth_type_name = self.auth_type_name

        authentication_type: None | str | Unset
        if isinstance(self.authentication_type, Unset):
            authentication_type = UNSET
        else:
            authentication_type = self.authentication_type

        message_version: None | str | Unset
        if isinstance(self.message_version, Unset):
            message_version = UNSET
        else:
            message_version = self.message_version

        last_connection: None | str | Unset
        if isinstance(self.last_connection, Unset):
            last_connection = UNSET
        elif isinstance(self.last_connection, datetime.datetime):
            last_connection = self.last_connection.isoformat()
        else:
            last_connection = self.last_connection

        last_communication: None | str | Unset
        if isinstance(self.last_communication, Unset):
            last_communication = UNSET
        elif isinstance(self.last_communication, datetime.datetime):
            last_communication = self.last_communication.isoformat()
        else:
            last_communication = self.last_communication

        lastactivity_date: None | str | Unset
        if isinstance(self.lastactivity_date, Unset):
            lastactivity_date = UNSET
        elif isinstance(self.lastactivity_date, datetime.datetime):
            lastactivity_date = self.lastactivity_date.isoformat()
        else:
            lastactivity_date = self.lastactivity_date

        firmwareupgrade_guid: None | str | Unset
        if isinstance(self.firmwareupgrade_guid, Unset):
            firmwareupgrade_guid = UNSET
        elif isinstance(self.firmwareupgrade_guid, UUID):
            firmwareupgrade_guid = str(self.firmwareupgrade_guid)
        else:
            firmwareupgrade_guid = self.firmwareupgrade_guid

        device_status: None | str | Unset
        if isinstance(self.device_status, Unset):
            device_status = UNSET
        else:
            device_status = self.device_status

        child_device_count: int | None | Unset
        if isinstance(self.child_device_count, Unset):
            child_device_count = UNSET
        else:
            child_device_count = self.child_device_count

        solution_guid: None | str | Unset
        if isinstance(self.solution_guid, Unset):
            solution_guid = UNSET
        elif isinstance(self.solution_guid, UUID):
            solution_guid = str(self.solution_guid)
        else:
            solution_guid = self.solution_guid

        is_acquired: bool | None | Unset
        if isinstance(self.is_acquired, Unset):
            is_acquired = UNSET
        else:
            is_acquired = self.is_acquired

        is_solution_template: bool | None | Unset
        if isinstance(self.is_solution_template, Unset):
            is_solution_template = UNSET
        else:
            is_solution_template = self.is_solution_template

        solution_name: None | str | Unset
        if isinstance(self.solution_name, Unset):
            solution_name = UNSET
        else:
            solution_name = self.solution_name

        device_info: dict[str, Any] | None | Unset
        if isinstance(self.device_info, Unset):
            device_info = UNSET
        elif isinstance(self.device_info, DeviceListItemDeviceInfoType0):
            device_info = self.device_info.to_dict()
        else:
            device_info = self.device_info

        reporting_to: None | str | Unset
        if isinstance(self.reporting_to, Unset):
            reporting_to = UNSET
        else:
            reporting_to = self.reporting_to

        is_type_2_support: bool | None | Unset
        if isinstance(self.is_type_2_support, Unset):
            is_type_2_support = UNSET
        else:
            is_type_2_support = self.is_type_2_support

        is_allotted_device: int | None | Unset
        if isinstance(self.is_allotted_device, Unset):
            is_allotted_device = UNSET
        else:
            is_allotted_device = self.is_allotted_device

        allotted_device_permission: int | None | Unset
        if isinstance(self.allotted_device_permission, Unset):
            allotted_device_permission = UNSET
        else:
            allotted_device_permission = self.allotted_device_permission

        count: int | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        is_shared_device: bool | None | Unset
        if isinstance(self.is_shared_device, Unset):
            is_shared_device = UNSET
        else:
            is_shared_device = self.is_shared_device

        properties: list[dict[str, Any]] | None | Unset
        if isinstance(self.properties, Unset):
            properties = UNSET
        elif isinstance(self.properties, list):
            properties = []
            for properties_type_0_item_data in self.properties:
                properties_type_0_item = properties_type_0_item_data.to_dict()
                properties.append(properties_type_0_item)

        else:
            properties = self.properties

        recent_attr_value: dict[str, Any] | None | Unset
        if isinstance(self.recent_attr_value, Unset):
            recent_attr_value = UNSET
        elif isinstance(self.recent_attr_value, DeviceListItemRecentAttrValueType0):
            recent_attr_value = self.recent_attr_value.to_dict()
        else:
            recent_attr_value = self.recent_attr_value

        is_dps_device: bool | None | Unset
        if isinstance(self.is_dps_device, Unset):
            is_dps_device = UNSET
        else:
            is_dps_device = self.is_dps_device

        group_name: None | str | Unset
        if isinstance(self.group_name, Unset):
            group_name = UNSET
        else:
            group_name = self.group_name

        product_name: None | str | Unset
        if isinstance(self.product_name, Unset):
            product_name = UNSET
        else:
            product_name = self.product_name

        parent_company_guid: None | str | Unset
        if isinstance(self.parent_company_guid, Unset):
            parent_company_guid = UNSET
        elif isinstance(self.parent_company_guid, UUID):
            parent_company_guid = str(self.parent_company_guid)
        else:
            parent_company_guid = self.parent_company_guid

        cert_location: int | None | Unset
        if isinstance(self.cert_location, Unset):
            cert_location = UNSET
        else:
            cert_location = self.cert_location

        wireless: bool | None | Unset
        if isinstance(self.wireless, Unset):
            wireless = UNSET
        else:
            wireless = self.wireless

        wireless_device_type: int | None | Unset
        if isinstance(self.wireless_device_type, Unset):
            wireless_device_type = UNSET
        else:
            wireless_device_type = self.wireless_device_type

        public_device: bool | None | Unset
        if isinstance(self.public_device, Unset):
            public_device = UNSET
        else:
            public_device = self.public_device

        cert_available: bool | None | Unset
        if isinstance(self.cert_available, Unset):
            cert_available = UNSET
        else:
            cert_available = self.cert_available

        gg_device_type: int | None | Unset
        if isinstance(self.gg_device_type, Unset):
            gg_device_type = UNSET
        else:
            gg_device_type = self.gg_device_type

        cloud_template_guid: None | str | Unset
        if isinstance(self.cloud_template_guid, Unset):
            cloud_template_guid = UNSET
        else:
            cloud_template_guid = self.cloud_template_guid

        cloud_device_template_guid: None | str | Unset
        if isinstance(self.cloud_device_template_guid, Unset):
            cloud_device_template_guid = UNSET
        elif isinstance(self.cloud_device_template_guid, UUID):
            cloud_device_template_guid = str(self.cloud_device_template_guid)
        else:
            cloud_device_template_guid = self.cloud_device_template_guid

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        created_date: None | str | Unset
        if isinstance(self.created_date, Unset):
            created_date = UNSET
        elif isinstance(self.created_date, datetime.datetime):
            created_date = self.created_date.isoformat()
        else:
            created_date = self.created_date

        attr_enable: bool | None | Unset
        if isinstance(self.attr_enable, Unset):
            attr_enable = UNSET
        else:
            attr_enable = self.attr_enable

        device_capability: int | None | Unset
        if isinstance(self.device_capability, Unset):
            device_capability = UNSET
        else:
            device_capability = self.device_capability

        info: list[dict[str, Any]] | None | Unset
        if isinstance(self.info, Unset):
            info = UNSET
        elif isinstance(self.info, list):
            info = []
            for info_type_0_item_data in self.info:
                info_type_0_item = info_type_0_item_data.to_dict()
                info.append(info_type_0_item)

        else:
            info = self.info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "guid": guid,
                "uniqueId": unique_id,
                "displayName": display_name,
                "isActive": is_active,
            }
        )
        if is_connected is not UNSET:
            field_dict["isConnected"] = is_connected
        if device_template_guid is not UNSET:
            field_dict["deviceTemplateGuid"] = device_template_guid
        if device_template_name is not UNSET:
            field_dict["deviceTemplateName"] = device_template_name
        if entity_name is not UNSET:
            field_dict["entityName"] = entity_name
        if auth_type is not UNSET:
            field_dict["authType"] = auth_type
        if auth_type_name is not UNSET:
            field_dict["authTypeName"] = auth_type_name
        if authentication_type is not UNSET:
            field_dict["authenticationType"] = authentication_type
        if message_version is not UNSET:
            field_dict["messageVersion"] = message_version
        if last_connection is not UNSET:
            field_dict["lastConnection"] = last_connection
        if last_communication is not UNSET:
            field_dict["lastCommunication"] = last_communication
        if lastactivity_date is not UNSET:
            field_dict["lastactivityDate"] = lastactivity_date
        if firmwareupgrade_guid is not UNSET:
            field_dict["firmwareupgradeGuid"] = firmwareupgrade_guid
        if device_status is not UNSET:
            field_dict["deviceStatus"] = device_status
        if child_device_count is not UNSET:
            field_dict["childDeviceCount"] = child_device_count
        if solution_guid is not UNSET:
            field_dict["solutionGuid"] = solution_guid
        if is_acquired is not UNSET:
            field_dict["IsAcquired"] = is_acquired
        if is_solution_template is not UNSET:
            field_dict["isSolutionTemplate"] = is_solution_template
        if solution_name is not UNSET:
            field_dict["solutionName"] = solution_name
        if device_info is not UNSET:
            field_dict["deviceInfo"] = device_info
        if reporting_to is not UNSET:
            field_dict["reportingTo"] = reporting_to
        if is_type_2_support is not UNSET:
            field_dict["isType2Support"] = is_type_2_support
        if is_allotted_device is not UNSET:
            field_dict["IsAllottedDevice"] = is_allotted_device
        if allotted_device_permission is not UNSET:
            field_dict["allottedDevicePermission"] = allotted_device_permission
        if count is not UNSET:
            field_dict["count"] = count
        if is_shared_device is not UNSET:
            field_dict["isSharedDevice"] = is_shared_device
        if properties is not UNSET:
            field_dict["properties"] = properties
        if recent_attr_value is not UNSET:
            field_dict["recentAttrValue"] = recent_attr_value
        if is_dps_device is not UNSET:
            field_dict["isDpsDevice"] = is_dps_device
        if group_name is not UNSET:
            field_dict["groupName"] = group_name
        if product_name is not UNSET:
            field_dict["productName"] = product_name
        if parent_company_guid is not UNSET:
            field_dict["parentCompanyGuid"] = parent_company_guid
        if cert_location is not UNSET:
            field_dict["certLocation"] = cert_location
        if wireless is not UNSET:
            field_dict["Wireless"] = wireless
        if wireless_device_type is not UNSET:
            field_dict["wirelessDeviceType"] = wireless_device_type
        if public_device is not UNSET:
            field_dict["publicDevice"] = public_device
        if cert_available is not UNSET:
            field_dict["certAvailable"] = cert_available
        if gg_device_type is not UNSET:
            field_dict["ggDeviceType"] = gg_device_type
        if cloud_template_guid is not UNSET:
            field_dict["cloudTemplateGuid"] = cloud_template_guid
        if cloud_device_template_guid is not UNSET:
            field_dict["cloudDeviceTemplateGuid"] = cloud_device_template_guid
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if created_date is not UNSET:
            field_dict["createdDate"] = created_date
        if attr_enable is not UNSET:
            field_dict["attrEnable"] = attr_enable
        if device_capability is not UNSET:
            field_dict["deviceCapability"] = device_capability
        if info is not UNSET:
            field_dict["info"] = info

        return field_dict

    @classmethod
    def _from_struct(cls, struct: DeviceListItemStruct) -> Self:
        if (
            (struct.device_info is None or struct.device_info is UNSET)
            and not struct.properties
            and (struct.recent_attr_value is None or struct.recent_attr_value is UNSET)
            and not struct.info
        ):
            return cls(*astuple(struct))
        return cls(
            struct.guid,
            struct.unique_id,
            struct.display_name,
            struct.is_active,
            struct.is_connected,
            struct.device_template_guid,
            struct.device_template_name,
            struct.entity_name,
            struct.auth_type,
            struct.auth_type_name,
            struct.authentication_type,
            struct.message_version,
            struct.last_connection,
            struct.last_communication,
            struct.lastactivity_date,
            struct.firmwareupgrade_guid,
            struct.device_status,
            struct.child_device_count,
            struct.solution_guid,
            struct.is_acquired,
            struct.is_solution_template,
            struct.solution_name,
            DeviceListItemDeviceInfoType0.from_dict(bounded(struct.device_info))
            if isinstance(struct.device_info, dict)
            else struct.device_info,
            struct.reporting_to,
            struct.is_type_2_support,
            struct.is_allotted_device,
            struct.allotted_device_permission,
            struct.count,
            struct.is_shared_device,
            [DevicePropertyValue._from_struct(item) for item in struct.properties]
            if isinstance(struct.properties, list)
            else struct.properties,
            DeviceListItemRecentAttrValueType0.from_dict(
                bounded(struct.recent_attr_value)
            )
            if isinstance(struct.recent_attr_value, dict)
            else struct.recent_attr_value,
            struct.is_dps_device,
            struct.group_name,
            struct.product_name,
            struct.parent_company_guid,
            struct.cert_location,
            struct.wireless,
            struct.wireless_device_type,
            struct.public_device,
            struct.cert_available,
            struct.gg_device_type,
            struct.cloud_template_guid,
            struct.cloud_device_template_guid,
            struct.created_by,
            struct.created_date,
            struct.attr_enable,
            struct.device_capability,
            [DeviceOutputParam._from_struct(item) for item in struct.info]
            if isinstance(struct.info, list)
            else struct.info,
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        guid = UUID(d.pop("guid"))

        unique_id = d.pop("uniqueId")

        display_name = d.pop("displayName")

        is_active = d.pop("isActive")

        is_connected: bool | None | Unset = d.pop("isConnected", UNSET)

        _device_template_guid = d.pop("deviceTemplateGuid", UNSET)
        device_template_guid: None | Unset | UUID
        if _device_template_guid is None or isinstance(_device_template_guid, Unset):
            device_template_guid = _device_template_guid
        else:
            try:
                if not isinstance(_device_template_guid, str):
                    raise TypeError()
                componentsschemas_nullable_guid_type_0 = UUID(_device_template_guid)

                device_template_guid = componentsschemas_nullable_guid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                device_template_guid = cast(None | Unset | UUID, _device_template_guid)

        device_template_name: None | str | Unset = d.pop("deviceTemplateName", UNSET)

        entity_name: None | str | Unset = d.pop("entityName", UNSET)

        auth_type: int | None | Unset = d.pop("authType", UNSET)

        auth_type_name: None | str | Unset = d.pop("authTypeName", UNSET)

        authentication_type: None | str | Unset = d.pop("authenticationType", UNSET)

        message_version: None | str | Unset = d.pop("messageVersion", UNSET)

        _last_connection = d.pop("lastConnection", UNSET)
        last_connection: datetime.datetime | None | Unset
        if _last_connection is None or isinstance(_last_connection, Unset):
            last_connection = _last_connection
        else:
            try:
                if not isinstance(_last_connection, str):
                    raise TypeError()
                componentsschemas_nullable_timestamp_type_0 = parse_datetime(
                    _last_connection
                )

                last_connection = componentsschemas_nullable_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                last_connection = cast(
                    datetime.datetime | None | Unset, _last_connection
                )

        _last_communication = d.pop("lastCommunication", UNSET)
        last_communication: datetime.datetime | None | Unset
        if _last_communication is None or isinstance(_last_communication, Unset):
            last_communication = _last_communication
        else:
            try:
                if not isinstance(_last_communication, str):
                    raise TypeError()
                componentsschemas_nullable_timestamp_type_0 = parse_datetime(
                    _last_communication
                )

                last_communication = componentsschemas_nullable_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                last_communication = cast(
                    datetime.datetime | None | Unset, _last_communication
                )

        _lastactivity_date = d.pop("lastactivityDate", UNSET)
        lastactivity_date: datetime.datetime | None | Unset
        if _lastactivity_date is None or isinstance(_lastactivity_date, Unset):
            lastactivity_date = _lastactivity_date
        else:
            try:
                if not isinstance(_lastactivity_date, str):
                    raise TypeError()
                componentsschemas_nullable_timestamp_type_0 = parse_datetime(
                    _lastactivity_date
                )

                lastactivity_date = componentsschemas_nullable_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                lastactivity_date = cast(
                    datetime.datetime | None | Unset, _lastactivity_date
                )

        _firmwareupgrade_guid = d.pop("firmwareupgradeGuid", UNSET)
        firmwareupgrade_guid: None | Unset | UUID
        if _firmwareupgrade_guid is None or isinstance(_firmwareupgrade_guid, Unset):
            firmwareupgrade_guid = _firmwareupgrade_guid
        else:
            try:
                if not isinstance(_firmwareupgrade_guid, str):
                    raise TypeError()
                componentsschemas_nullable_guid_type_0 = UUID(_firmwareupgrade_guid)

                firmwareupgrade_guid = componentsschemas_nullable_guid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                firmwareupgrade_guid = cast(None | Unset | UUID, _firmwareupgrade_guid)

        device_status: None | str | Unset = d.pop("deviceStatus", UNSET)

        child_device_count: int | None | Unset = d.pop("childDeviceCount", UNSET)

        _solution_guid = d.pop("solutionGuid", UNSET)
        solution_guid: None | Unset | UUID
        if _solution_guid is None or isinstance(_solution_guid, Unset):
            solution_guid = _solution_guid
        else:
            try:
                if not isinstance(_solution_guid, str):
                    raise TypeError()
                componentsschemas_nullable_guid_type_0 = UUID(_solution_guid)

                solution_guid = componentsschemas_nullable_guid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                solution_guid = cast(None | Unset | UUID, _solution_guid)

        is_acquired: bool | None | Unset = d.pop("IsAcquired", UNSET)

        is_solution_template: bool | None | Unset = d.pop("isSolutionTemplate", UNSET)

        solution_name: None | str | Unset = d.pop("solutionName", UNSET)

        _device_info = d.pop("deviceInfo", UNSET)
        device_info: DeviceListItemDeviceInfoType0 | None | Unset
        if _device_info is None or isinstance(_device_info, Unset):
            device_info = _device_info
        else:
            try:
                if not isinstance(_device_info, dict):
                    raise TypeError()
                device_info_type_0 = DeviceListItemDeviceInfoType0.from_dict(
                    _device_info
                )

                device_info = device_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                device_info = cast(
                    DeviceListItemDeviceInfoType0 | None | Unset, _device_info
                )

        reporting_to: None | str | Unset = d.pop("reportingTo", UNSET)

        is_type_2_support: bool | None | Unset = d.pop("isType2Support", UNSET)

        is_allotted_device: int | None | Unset = d.pop("IsAllottedDevice", UNSET)

        allotted_device_permission: int | None | Unset = d.pop(
            "allottedDevicePermission", UNSET
        )

        count: int | None | Unset = d.pop("count", UNSET)

        is_shared_device: bool | None | Unset = d.pop("isSharedDevice", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: list[DevicePropertyValue] | None | Unset
        if _properties is None or isinstance(_properties, Unset):
            properties = _properties
        else:
            try:
                if not isinstance(_properties, list):
                    raise TypeError()
                properties_type_0 = []
                _properties_type_0 = _properties
                for properties_type_0_item_data in _properties_type_0:
                    properties_type_0_item = DevicePropertyValue.from_dict(
                        properties_type_0_item_data
                    )

                    properties_type_0.append(properties_type_0_item)

                properties = properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                properties = cast(list[DevicePropertyValue] | None | Unset, _properties)

        _recent_attr_value = d.pop("recentAttrValue", UNSET)
        recent_attr_value: DeviceListItemRecentAttrValueType0 | None | Unset
        if _recent_attr_value is None or isinstance(_recent_attr_value, Unset):
            recent_attr_value = _recent_attr_value
        else:
            try:
                if not isinstance(_recent_attr_value, dict):
                    raise TypeError()
                recent_attr_value_type_0 = DeviceListItemRecentAttrValueType0.from_dict(
                    _recent_attr_value
                )

                recent_attr_value = recent_attr_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                recent_attr_value = cast(
                    DeviceListItemRecentAttrValueType0 | None | Unset,
                    _recent_attr_value,
                )

        is_dps_device: bool | None | Unset = d.pop("isDpsDevice", UNSET)

        group_name: None | str | Unset = d.pop("groupName", UNSET)

        product_name: None | str | Unset = d.pop("productName", UNSET)

        _parent_company_guid = d.pop("parentCompanyGuid", UNSET)
        parent_company_guid: None | Unset | UUID
        if _parent_company_guid is None or isinstance(_parent_company_guid, Unset):
            parent_company_guid = _parent_company_guid
        else:
            try:
                if not isinstance(_parent_company_guid, str):
                    raise TypeError()
                componentsschemas_nullable_guid_type_0 = UUID(_parent_company_guid)

                parent_company_guid = componentsschemas_nullable_guid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                parent_company_guid = cast(None | Unset | UUID, _parent_company_guid)

        cert_location: int | None | Unset = d.pop("certLocation", UNSET)

        wireless: bool | None | Unset = d.pop("Wireless", UNSET)

        wireless_device_type: int | None | Unset = d.pop("wirelessDeviceType", UNSET)

        public_device: bool | None | Unset = d.pop("publicDevice", UNSET)

        cert_available: bool | None | Unset = d.pop("certAvailable", UNSET)

        gg_device_type: int | None | Unset = d.pop("ggDeviceType", UNSET)

        cloud_template_guid: None | str | Unset = d.pop("cloudTemplateGuid", UNSET)

        _cloud_device_template_guid = d.pop("cloudDeviceTemplateGuid", UNSET)
        cloud_device_template_guid: None | Unset | UUID
        if _cloud_device_template_guid is None or isinstance(
            _cloud_device_template_guid, Unset
        ):
            cloud_device_template_guid = _cloud_device_template_guid
        else:
            try:
                if not isinstance(_cloud_device_template_guid, str):
                    raise TypeError()
                componentsschemas_nullable_guid_type_0 = UUID(
                    _cloud_device_template_guid
                )

                cloud_device_template_guid = componentsschemas_nullable_guid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                cloud_device_template_guid = cast(
                    None | Unset | UUID, _cloud_device_template_guid
                )

        created_by: None | str | Unset = d.pop("createdBy", UNSET)

        _created_date = d.pop("createdDate", UNSET)
        created_date: datetime.datetime | None | Unset
        if _created_date is None or isinstance(_created_date, Unset):
            created_date = _created_date
        else:
            try:
                if not isinstance(_created_date, str):
                    raise TypeError()
                componentsschemas_nullable_timestamp_type_0 = parse_datetime(
                    _created_date
                )

                created_date = componentsschemas_nullable_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                created_date = cast(datetime.datetime | None | Unset, _created_date)

        attr_enable: bool | None | Unset = d.pop("attrEnable", UNSET)

        device_capability: int | None | Unset = d.pop("deviceCapability", UNSET)

        _info = d.pop("info", UNSET)
        info: list[DeviceOutputParam] | None | Unset
        if _info is None or isinstance(_info, Unset):
            info = _info
        else:
            try:
                if not isinstance(_info, list):
                    raise TypeError()
                info_type_0 = []
                _info_type_0 = _info
                for info_type_0_item_data in _info_type_0:
                    info_type_0_item = DeviceOutputParam.from_dict(
                        info_type_0_item_data
                    )

                    info_type_0.append(info_type_0_item)

                info = info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                info = cast(list[DeviceOutputParam] | None | Unset, _info)

        device_list_item = cls(
            guid=guid,
            unique_id=unique_id,
            display_name=display_name,
            is_active=is_active,
            is_connected=is_connected,
            device_template_guid=device_template_guid,
            device_template_name=device_template_name,
            entity_name=entity_name,
            auth_type=auth_type,
            auth_type_name=auth_type_name,
            authentication_type=authentication_type,
            message_version=message_version,
            last_connection=last_connection,
            last_communication=last_communication,
            lastactivity_date=lastactivity_date,
            firmwareupgrade_guid=firmwareupgrade_guid,
            device_status=device_status,
            child_device_count=child_device_count,
            solution_guid=solution_guid,
            is_acquired=is_acquired,
            is_solution_template=is_solution_template,
            solution_name=solution_name,
            device_info=device_info,
            reporting_to=reporting_to,
            is_type_2_support=is_type_2_support,
            is_allotted_device=is_allotted_device,
            allotted_device_permission=allotted_device_permission,
            count=count,
            is_shared_device=is_shared_device,
            properties=properties,
            recent_attr_value=recent_attr_value,
            is_dps_device=is_dps_device,
            group_name=group_name,
            product_name=product_name,
            parent_company_guid=parent_company_guid,
            cert_location=cert_location,
            wireless=wireless,
            wireless_device_type=wireless_device_type,
            public_device=public_device,
            cert_available=cert_available,
            gg_device_type=gg_device_type,
            cloud_template_guid=cloud_template_guid,
            cloud_device_template_guid=cloud_device_template_guid,
            created_by=created_by,
            created_date=created_date,
            attr_enable=attr_enable,
            device_capability=device_capability,
            info=info,
        )

        device_list_item.additional_properties = d
        return device_list_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models this one refers to, imported after it is defined: models that refer to each other
# then import without a cycle, and from_dict runs no import statement per call.
from ..models.device_list_item_device_info_type_0 import DeviceListItemDeviceInfoType0
from ..models.device_list_item_recent_attr_value_type_0 import (
    DeviceListItemRecentAttrValueType0,
)
from ..models.device_output_param import (
    DeviceOutputParam,
    DeviceOutputParamStruct,
)
from ..models.device_property_value import (
    DevicePropertyValue,
    DevicePropertyValueStruct,
)
