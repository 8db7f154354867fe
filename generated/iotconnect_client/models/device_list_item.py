from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceListItem")


@_attrs_define
class DeviceListItem:
    """A device as lists show it (note the casing of `IsAcquired`, `lastactivityDate`, `firmwareupgradeGuid`)."""

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
    """ How the device authenticates (1 key, 2 CA certificate, ...). """
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
    is_acquired: int | None | Unset = UNSET
    """ 1 when acquired. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

        is_acquired: int | None | Unset
        if isinstance(self.is_acquired, Unset):
            is_acquired = UNSET
        else:
            is_acquired = self.is_acquired

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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
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

        def _parse_is_acquired(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        is_acquired = _parse_is_acquired(d.pop("IsAcquired", UNSET))

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
            message_version=message_version,
            last_connection=last_connection,
            last_communication=last_communication,
            lastactivity_date=lastactivity_date,
            firmwareupgrade_guid=firmwareupgrade_guid,
            device_status=device_status,
            child_device_count=child_device_count,
            solution_guid=solution_guid,
            is_acquired=is_acquired,
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
