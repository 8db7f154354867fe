from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.device_property import DeviceProperty


T = TypeVar("T", bound="DeviceUpdate")


@_attrs_define
class DeviceUpdate:
    """The new values of a device."""

    display_name: str
    entity_guid: UUID
    """ A GUID, upper-case in replies, matched case-insensitively. """
    note: str | Unset = UNSET
    properties: list[DeviceProperty] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        entity_guid = str(self.entity_guid)

        note = self.note

        properties: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = []
            for properties_item_data in self.properties:
                properties_item = properties_item_data.to_dict()
                properties.append(properties_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "displayName": display_name,
                "entityGuid": entity_guid,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.device_property import DeviceProperty

        d = dict(src_dict)
        display_name = d.pop("displayName")

        entity_guid = UUID(d.pop("entityGuid"))

        note = d.pop("note", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: list[DeviceProperty] | Unset = UNSET
        if _properties is not UNSET:
            properties = []
            for properties_item_data in _properties:
                properties_item = DeviceProperty.from_dict(properties_item_data)

                properties.append(properties_item)

        device_update = cls(
            display_name=display_name,
            entity_guid=entity_guid,
            note=note,
            properties=properties,
        )

        device_update.additional_properties = d
        return device_update

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
