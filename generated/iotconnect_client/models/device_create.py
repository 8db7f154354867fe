from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.device_property import DeviceProperty


T = TypeVar("T", bound="DeviceCreate")


@_attrs_define
class DeviceCreate:
    """A new device."""

    unique_id: str
    """ Unique within the company; at most 31 characters for certificate-authenticated devices. """
    device_template_guid: UUID
    """ A GUID, upper-case in replies, matched case-insensitively. """
    display_name: str
    entity_guid: UUID
    """ A GUID, upper-case in replies, matched case-insensitively. """
    note: str | Unset = UNSET
    tag: str | Unset = UNSET
    parent_device_guid: UUID | Unset = UNSET
    """ A GUID, upper-case in replies, matched case-insensitively. """
    firmware_upgrade_guid: UUID | Unset = UNSET
    """ A GUID, upper-case in replies, matched case-insensitively. """
    properties: list[DeviceProperty] | Unset = UNSET
    certificate_text: str | Unset = UNSET
    """ A PEM certificate, for certificate-authenticated devices. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unique_id = self.unique_id

        device_template_guid = str(self.device_template_guid)

        display_name = self.display_name

        entity_guid = str(self.entity_guid)

        note = self.note

        tag = self.tag

        parent_device_guid: str | Unset = UNSET
        if not isinstance(self.parent_device_guid, Unset):
            parent_device_guid = str(self.parent_device_guid)

        firmware_upgrade_guid: str | Unset = UNSET
        if not isinstance(self.firmware_upgrade_guid, Unset):
            firmware_upgrade_guid = str(self.firmware_upgrade_guid)

        properties: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = []
            for properties_item_data in self.properties:
                properties_item = properties_item_data.to_dict()
                properties.append(properties_item)

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

        note = d.pop("note", UNSET)

        tag = d.pop("tag", UNSET)

        _parent_device_guid = d.pop("parentDeviceGuid", UNSET)
        parent_device_guid: UUID | Unset
        if isinstance(_parent_device_guid, Unset):
            parent_device_guid = UNSET
        else:
            parent_device_guid = UUID(_parent_device_guid)

        _firmware_upgrade_guid = d.pop("firmwareUpgradeGuid", UNSET)
        firmware_upgrade_guid: UUID | Unset
        if isinstance(_firmware_upgrade_guid, Unset):
            firmware_upgrade_guid = UNSET
        else:
            firmware_upgrade_guid = UUID(_firmware_upgrade_guid)

        _properties = d.pop("properties", UNSET)
        properties: list[DeviceProperty] | Unset = UNSET
        if _properties is not UNSET:
            properties = []
            for properties_item_data in _properties:
                properties_item = DeviceProperty.from_dict(properties_item_data)

                properties.append(properties_item)

        certificate_text = d.pop("certificateText", UNSET)

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
