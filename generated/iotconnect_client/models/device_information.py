from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceInformation")


@_attrs_define
class DeviceInformation:
    """A device's details (here `isAcquired`, `lastActivityDate`, `firmwareUpgradeGuid` are camel-cased)."""

    guid: UUID
    """ A GUID, upper-case in replies, matched case-insensitively. """
    unique_id: str
    display_name: str
    is_active: bool
    entity_guid: UUID
    """ A GUID, upper-case in replies, matched case-insensitively. """
    is_connected: bool | None | Unset = UNSET
    device_template_guid: None | Unset | UUID = UNSET
    """ A GUID or null. """
    device_template_name: None | str | Unset = UNSET
    """ Free text or null. """
    entity_name: None | str | Unset = UNSET
    """ Free text or null. """
    cp_id: None | str | Unset = UNSET
    """ Free text or null. """
    is_acquired: int | None | Unset = UNSET
    """ 1 when acquired. """
    is_edge_support: bool | None | Unset = UNSET
    is_parent_acquired: int | None | Unset = UNSET
    note: None | str | Unset = UNSET
    """ Free text or null. """
    tag: None | str | Unset = UNSET
    """ Free text or null. """
    parent_device_guid: None | Unset | UUID = UNSET
    """ A GUID or null. """
    certificate_guid: None | Unset | UUID = UNSET
    """ A GUID or null. """
    device_template_auth_type: int | None | Unset = UNSET
    auth_type: int | None | Unset = UNSET
    message_version: None | str | Unset = UNSET
    """ Free text or null. """
    created_date: datetime.datetime | None | Unset = UNSET
    """ ISO 8601 UTC with milliseconds, or null. """
    last_activity_date: datetime.datetime | None | Unset = UNSET
    """ ISO 8601 UTC with milliseconds, or null. """
    firmware_upgrade_guid: None | Unset | UUID = UNSET
    """ A GUID or null. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        guid = str(self.guid)

        unique_id = self.unique_id

        display_name = self.display_name

        is_active = self.is_active

        entity_guid = str(self.entity_guid)

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

        cp_id: None | str | Unset
        if isinstance(self.cp_id, Unset):
            cp_id = UNSET
        else:
            cp_id = self.cp_id

        is_acquired: int | None | Unset
        if isinstance(self.is_acquired, Unset):
            is_acquired = UNSET
        else:
            is_acquired = self.is_acquired

        is_edge_support: bool | None | Unset
        if isinstance(self.is_edge_support, Unset):
            is_edge_support = UNSET
        else:
            is_edge_support = self.is_edge_support

        is_parent_acquired: int | None | Unset
        if isinstance(self.is_parent_acquired, Unset):
            is_parent_acquired = UNSET
        else:
            is_parent_acquired = self.is_parent_acquired

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        tag: None | str | Unset
        if isinstance(self.tag, Unset):
            tag = UNSET
        else:
            tag = self.tag

        parent_device_guid: None | str | Unset
        if isinstance(self.parent_device_guid, Unset):
            parent_device_guid = UNSET
        elif isinstance(self.parent_device_guid, UUID):
            parent_device_guid = str(self.parent_device_guid)
        else:
            parent_device_guid = self.parent_device_guid

        certificate_guid: None | str | Unset
        if isinstance(self.certificate_guid, Unset):
            certificate_guid = UNSET
        elif isinstance(self.certificate_guid, UUID):
            certificate_guid = str(self.certificate_guid)
        else:
            certificate_guid = self.certificate_guid

        device_template_auth_type: int | None | Unset
        if isinstance(self.device_template_auth_type, Unset):
            device_template_auth_type = UNSET
        else:
            device_template_auth_type = self.device_template_auth_type

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

        created_date: None | str | Unset
        if isinstance(self.created_date, Unset):
            created_date = UNSET
        elif isinstance(self.created_date, datetime.datetime):
            created_date = self.created_date.isoformat()
        else:
            created_date = self.created_date

        last_activity_date: None | str | Unset
        if isinstance(self.last_activity_date, Unset):
            last_activity_date = UNSET
        elif isinstance(self.last_activity_date, datetime.datetime):
            last_activity_date = self.last_activity_date.isoformat()
        else:
            last_activity_date = self.last_activity_date

        firmware_upgrade_guid: None | str | Unset
        if isinstance(self.firmware_upgrade_guid, Unset):
            firmware_upgrade_guid = UNSET
        elif isinstance(self.firmware_upgrade_guid, UUID):
            firmware_upgrade_guid = str(self.firmware_upgrade_guid)
        else:
            firmware_upgrade_guid = self.firmware_upgrade_guid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "guid": guid,
                "uniqueId": unique_id,
                "displayName": display_name,
                "isActive": is_active,
                "entityGuid": entity_guid,
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
        if cp_id is not UNSET:
            field_dict["cpId"] = cp_id
        if is_acquired is not UNSET:
            field_dict["isAcquired"] = is_acquired
        if is_edge_support is not UNSET:
            field_dict["isEdgeSupport"] = is_edge_support
        if is_parent_acquired is not UNSET:
            field_dict["isParentAcquired"] = is_parent_acquired
        if note is not UNSET:
            field_dict["note"] = note
        if tag is not UNSET:
            field_dict["tag"] = tag
        if parent_device_guid is not UNSET:
            field_dict["parentDeviceGuid"] = parent_device_guid
        if certificate_guid is not UNSET:
            field_dict["certificateGuid"] = certificate_guid
        if device_template_auth_type is not UNSET:
            field_dict["deviceTemplateAuthType"] = device_template_auth_type
        if auth_type is not UNSET:
            field_dict["authType"] = auth_type
        if message_version is not UNSET:
            field_dict["messageVersion"] = message_version
        if created_date is not UNSET:
            field_dict["createdDate"] = created_date
        if last_activity_date is not UNSET:
            field_dict["lastActivityDate"] = last_activity_date
        if firmware_upgrade_guid is not UNSET:
            field_dict["firmwareUpgradeGuid"] = firmware_upgrade_guid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        guid = UUID(d.pop("guid"))

        unique_id = d.pop("uniqueId")

        display_name = d.pop("displayName")

        is_active = d.pop("isActive")

        entity_guid = UUID(d.pop("entityGuid"))

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

        def _parse_cp_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cp_id = _parse_cp_id(d.pop("cpId", UNSET))

        def _parse_is_acquired(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        is_acquired = _parse_is_acquired(d.pop("isAcquired", UNSET))

        def _parse_is_edge_support(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_edge_support = _parse_is_edge_support(d.pop("isEdgeSupport", UNSET))

        def _parse_is_parent_acquired(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        is_parent_acquired = _parse_is_parent_acquired(d.pop("isParentAcquired", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        def _parse_tag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tag = _parse_tag(d.pop("tag", UNSET))

        def _parse_parent_device_guid(data: object) -> None | Unset | UUID:
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

        parent_device_guid = _parse_parent_device_guid(d.pop("parentDeviceGuid", UNSET))

        def _parse_certificate_guid(data: object) -> None | Unset | UUID:
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

        certificate_guid = _parse_certificate_guid(d.pop("certificateGuid", UNSET))

        def _parse_device_template_auth_type(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        device_template_auth_type = _parse_device_template_auth_type(
            d.pop("deviceTemplateAuthType", UNSET)
        )

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

        def _parse_last_activity_date(data: object) -> datetime.datetime | None | Unset:
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

        last_activity_date = _parse_last_activity_date(d.pop("lastActivityDate", UNSET))

        def _parse_firmware_upgrade_guid(data: object) -> None | Unset | UUID:
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

        firmware_upgrade_guid = _parse_firmware_upgrade_guid(
            d.pop("firmwareUpgradeGuid", UNSET)
        )

        device_information = cls(
            guid=guid,
            unique_id=unique_id,
            display_name=display_name,
            is_active=is_active,
            entity_guid=entity_guid,
            is_connected=is_connected,
            device_template_guid=device_template_guid,
            device_template_name=device_template_name,
            entity_name=entity_name,
            cp_id=cp_id,
            is_acquired=is_acquired,
            is_edge_support=is_edge_support,
            is_parent_acquired=is_parent_acquired,
            note=note,
            tag=tag,
            parent_device_guid=parent_device_guid,
            certificate_guid=certificate_guid,
            device_template_auth_type=device_template_auth_type,
            auth_type=auth_type,
            message_version=message_version,
            created_date=created_date,
            last_activity_date=last_activity_date,
            firmware_upgrade_guid=firmware_upgrade_guid,
        )

        device_information.additional_properties = d
        return device_information

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
