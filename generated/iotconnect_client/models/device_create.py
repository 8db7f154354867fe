from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.device_property import DeviceProperty


T = TypeVar("T", bound="DeviceCreate")


@_attrs_define
class DeviceCreate:
    """A new device. Optional fields may be null, which the service takes as absent."""

    unique_id: str
    """ Unique within the company; at most 31 characters for certificate-authenticated devices. """
    device_template_guid: UUID
    """ A GUID, upper-case in replies, matched case-insensitively. """
    display_name: str
    entity_guid: UUID
    """ A GUID, upper-case in replies, matched case-insensitively. """
    note: None | str | Unset = UNSET
    tag: None | str | Unset = UNSET
    parent_device_guid: None | Unset | UUID = UNSET
    """ A GUID or null. """
    firmware_upgrade_guid: None | Unset | UUID = UNSET
    """ A GUID or null. """
    properties: list[DeviceProperty] | None | Unset = UNSET
    certificate_text: None | str | Unset = UNSET
    """ A PEM certificate, for certificate-authenticated devices. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unique_id = self.unique_id

        device_template_guid = str(self.device_template_guid)

        display_name = self.display_name

        entity_guid = str(self.entity_guid)

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

        firmware_upgrade_guid: None | str | Unset
        if isinstance(self.firmware_upgrade_guid, Unset):
            firmware_upgrade_guid = UNSET
        elif isinstance(self.firmware_upgrade_guid, UUID):
            firmware_upgrade_guid = str(self.firmware_upgrade_guid)
        else:
            firmware_upgrade_guid = self.firmware_upgrade_guid

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

        certificate_text: None | str | Unset
        if isinstance(self.certificate_text, Unset):
            certificate_text = UNSET
        else:
            certificate_text = self.certificate_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uniqueId": unique_id,
                "deviceTemplateGuid": device_template_guid,
                "displayName": display_name,
                "entityGuid": entity_guid,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note
        if tag is not UNSET:
            field_dict["tag"] = tag
        if parent_device_guid is not UNSET:
            field_dict["parentDeviceGuid"] = parent_device_guid
        if firmware_upgrade_guid is not UNSET:
            field_dict["firmwareUpgradeGuid"] = firmware_upgrade_guid
        if properties is not UNSET:
            field_dict["properties"] = properties
        if certificate_text is not UNSET:
            field_dict["certificateText"] = certificate_text

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.device_property import DeviceProperty

        d = dict(src_dict)
        unique_id = d.pop("uniqueId")

        device_template_guid = UUID(d.pop("deviceTemplateGuid"))

        display_name = d.pop("displayName")

        entity_guid = UUID(d.pop("entityGuid"))

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

        def _parse_properties(data: object) -> list[DeviceProperty] | None | Unset:
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
                    properties_type_0_item = DeviceProperty.from_dict(
                        properties_type_0_item_data
                    )

                    properties_type_0.append(properties_type_0_item)

                return properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DeviceProperty] | None | Unset, data)

        properties = _parse_properties(d.pop("properties", UNSET))

        def _parse_certificate_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        certificate_text = _parse_certificate_text(d.pop("certificateText", UNSET))

        device_create = cls(
            unique_id=unique_id,
            device_template_guid=device_template_guid,
            display_name=display_name,
            entity_guid=entity_guid,
            note=note,
            tag=tag,
            parent_device_guid=parent_device_guid,
            firmware_upgrade_guid=firmware_upgrade_guid,
            properties=properties,
            certificate_text=certificate_text,
        )

        device_create.additional_properties = d
        return device_create

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
