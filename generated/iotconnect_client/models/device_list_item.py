from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.device_list_item_device_info_type_0 import (
        DeviceListItemDeviceInfoType0,
    )
    from ..models.device_list_item_recent_attr_value_type_0 import (
        DeviceListItemRecentAttrValueType0,
    )
    from ..models.device_output_param import DeviceOutputParam
    from ..models.device_property_value import DevicePropertyValue


T = TypeVar("T", bound="DeviceListItem")


@_attrs_define
class DeviceListItem:
    """A device as lists show it: the vendor's `DeviceList` fields of both platforms (those of
    one platform say so in `x-platforms`); real replies send many of them as null. Note the
    casing of `IsAcquired`, `IsAllottedDevice`, `lastactivityDate`, `firmwareupgradeGuid`.

    """

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

    def to_dict(self) -> dict[str, Any]:
        from ..models.device_list_item_device_info_type_0 import (
            DeviceListItemDeviceInfoType0,
        )
        from ..models.device_list_item_recent_attr_value_type_0 import (
            DeviceListItemRecentAttrValueType0,
        )

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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.device_list_item_device_info_type_0 import (
            DeviceListItemDeviceInfoType0,
        )
        from ..models.device_list_item_recent_attr_value_type_0 import (
            DeviceListItemRecentAttrValueType0,
        )
        from ..models.device_output_param import DeviceOutputParam
        from ..models.device_property_value import DevicePropertyValue

        d = dict(src_dict)
        guid = UUID(d.pop("guid"))

        unique_id = d.pop("uniqueId")

        display_name = d.pop("displayName")

        is_active = d.pop("isActive")

        def _parse_is_connected(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_connected = _parse_is_connected(d.pop("isConnected", UNSET))

        def _parse_device_template_guid(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_guid_type_0 = UUID(data)

                return componentsschemas_nullable_guid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        device_template_guid = _parse_device_template_guid(
            d.pop("deviceTemplateGuid", UNSET)
        )

        def _parse_device_template_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        device_template_name = _parse_device_template_name(
            d.pop("deviceTemplateName", UNSET)
        )

        def _parse_entity_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        entity_name = _parse_entity_name(d.pop("entityName", UNSET))

        def _parse_auth_type(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        auth_type = _parse_auth_type(d.pop("authType", UNSET))

        def _parse_auth_type_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        auth_type_name = _parse_auth_type_name(d.pop("authTypeName", UNSET))

        def _parse_authentication_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        authentication_type = _parse_authentication_type(
            d.pop("authenticationType", UNSET)
        )

        def _parse_message_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message_version = _parse_message_version(d.pop("messageVersion", UNSET))

        def _parse_last_connection(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_timestamp_type_0 = (
                    datetime.datetime.fromisoformat(data)
                )

                return componentsschemas_nullable_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_connection = _parse_last_connection(d.pop("lastConnection", UNSET))

        def _parse_last_communication(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_timestamp_type_0 = (
                    datetime.datetime.fromisoformat(data)
                )

                return componentsschemas_nullable_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_communication = _parse_last_communication(
            d.pop("lastCommunication", UNSET)
        )

        def _parse_lastactivity_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_timestamp_type_0 = (
                    datetime.datetime.fromisoformat(data)
                )

                return componentsschemas_nullable_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        lastactivity_date = _parse_lastactivity_date(d.pop("lastactivityDate", UNSET))

        def _parse_firmwareupgrade_guid(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_guid_type_0 = UUID(data)

                return componentsschemas_nullable_guid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        firmwareupgrade_guid = _parse_firmwareupgrade_guid(
            d.pop("firmwareupgradeGuid", UNSET)
        )

        def _parse_device_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        device_status = _parse_device_status(d.pop("deviceStatus", UNSET))

        def _parse_child_device_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        child_device_count = _parse_child_device_count(d.pop("childDeviceCount", UNSET))

        def _parse_solution_guid(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_guid_type_0 = UUID(data)

                return componentsschemas_nullable_guid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        solution_guid = _parse_solution_guid(d.pop("solutionGuid", UNSET))

        def _parse_is_acquired(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_acquired = _parse_is_acquired(d.pop("IsAcquired", UNSET))

        def _parse_is_solution_template(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_solution_template = _parse_is_solution_template(
            d.pop("isSolutionTemplate", UNSET)
        )

        def _parse_solution_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        solution_name = _parse_solution_name(d.pop("solutionName", UNSET))

        def _parse_device_info(
            data: object,
        ) -> DeviceListItemDeviceInfoType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                device_info_type_0 = DeviceListItemDeviceInfoType0.from_dict(data)

                return device_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeviceListItemDeviceInfoType0 | None | Unset, data)

        device_info = _parse_device_info(d.pop("deviceInfo", UNSET))

        def _parse_reporting_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reporting_to = _parse_reporting_to(d.pop("reportingTo", UNSET))

        def _parse_is_type_2_support(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_type_2_support = _parse_is_type_2_support(d.pop("isType2Support", UNSET))

        def _parse_is_allotted_device(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        is_allotted_device = _parse_is_allotted_device(d.pop("IsAllottedDevice", UNSET))

        def _parse_allotted_device_permission(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        allotted_device_permission = _parse_allotted_device_permission(
            d.pop("allottedDevicePermission", UNSET)
        )

        def _parse_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        count = _parse_count(d.pop("count", UNSET))

        def _parse_is_shared_device(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_shared_device = _parse_is_shared_device(d.pop("isSharedDevice", UNSET))

        def _parse_properties(data: object) -> list[DevicePropertyValue] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                properties_type_0 = []
                _properties_type_0 = data
                for properties_type_0_item_data in _properties_type_0:
                    properties_type_0_item = DevicePropertyValue.from_dict(
                        properties_type_0_item_data
                    )

                    properties_type_0.append(properties_type_0_item)

                return properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DevicePropertyValue] | None | Unset, data)

        properties = _parse_properties(d.pop("properties", UNSET))

        def _parse_recent_attr_value(
            data: object,
        ) -> DeviceListItemRecentAttrValueType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                recent_attr_value_type_0 = DeviceListItemRecentAttrValueType0.from_dict(
                    data
                )

                return recent_attr_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeviceListItemRecentAttrValueType0 | None | Unset, data)

        recent_attr_value = _parse_recent_attr_value(d.pop("recentAttrValue", UNSET))

        def _parse_is_dps_device(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_dps_device = _parse_is_dps_device(d.pop("isDpsDevice", UNSET))

        def _parse_group_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        group_name = _parse_group_name(d.pop("groupName", UNSET))

        def _parse_product_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        product_name = _parse_product_name(d.pop("productName", UNSET))

        def _parse_parent_company_guid(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_guid_type_0 = UUID(data)

                return componentsschemas_nullable_guid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        parent_company_guid = _parse_parent_company_guid(
            d.pop("parentCompanyGuid", UNSET)
        )

        def _parse_cert_location(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cert_location = _parse_cert_location(d.pop("certLocation", UNSET))

        def _parse_wireless(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        wireless = _parse_wireless(d.pop("Wireless", UNSET))

        def _parse_wireless_device_type(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        wireless_device_type = _parse_wireless_device_type(
            d.pop("wirelessDeviceType", UNSET)
        )

        def _parse_public_device(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        public_device = _parse_public_device(d.pop("publicDevice", UNSET))

        def _parse_cert_available(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        cert_available = _parse_cert_available(d.pop("certAvailable", UNSET))

        def _parse_gg_device_type(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        gg_device_type = _parse_gg_device_type(d.pop("ggDeviceType", UNSET))

        def _parse_cloud_template_guid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cloud_template_guid = _parse_cloud_template_guid(
            d.pop("cloudTemplateGuid", UNSET)
        )

        def _parse_cloud_device_template_guid(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_guid_type_0 = UUID(data)

                return componentsschemas_nullable_guid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        cloud_device_template_guid = _parse_cloud_device_template_guid(
            d.pop("cloudDeviceTemplateGuid", UNSET)
        )

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("createdBy", UNSET))

        def _parse_created_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_timestamp_type_0 = (
                    datetime.datetime.fromisoformat(data)
                )

                return componentsschemas_nullable_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_date = _parse_created_date(d.pop("createdDate", UNSET))

        def _parse_attr_enable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        attr_enable = _parse_attr_enable(d.pop("attrEnable", UNSET))

        def _parse_device_capability(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        device_capability = _parse_device_capability(d.pop("deviceCapability", UNSET))

        def _parse_info(data: object) -> list[DeviceOutputParam] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                info_type_0 = []
                _info_type_0 = data
                for info_type_0_item_data in _info_type_0:
                    info_type_0_item = DeviceOutputParam.from_dict(
                        info_type_0_item_data
                    )

                    info_type_0.append(info_type_0_item)

                return info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DeviceOutputParam] | None | Unset, data)

        info = _parse_info(d.pop("info", UNSET))

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
