from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceDeleted")


@_attrs_define
class DeviceDeleted:
    """What delete returns about the deleted device."""

    guid: UUID | Unset = UNSET
    """ A GUID, upper-case in replies, matched case-insensitively. """
    unique_id: None | str | Unset = UNSET
    entity_guid: None | Unset | UUID = UNSET
    """ A GUID or null. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        guid: str | Unset = UNSET
        if not isinstance(self.guid, Unset):
            guid = str(self.guid)

        unique_id: None | str | Unset
        if isinstance(self.unique_id, Unset):
            unique_id = UNSET
        else:
            unique_id = self.unique_id

        entity_guid: None | str | Unset
        if isinstance(self.entity_guid, Unset):
            entity_guid = UNSET
        elif isinstance(self.entity_guid, UUID):
            entity_guid = str(self.entity_guid)
        else:
            entity_guid = self.entity_guid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if guid is not UNSET:
            field_dict["guid"] = guid
        if unique_id is not UNSET:
            field_dict["uniqueId"] = unique_id
        if entity_guid is not UNSET:
            field_dict["entityGuid"] = entity_guid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _guid = d.pop("guid", UNSET)
        guid: UUID | Unset
        if isinstance(_guid, Unset):
            guid = UNSET
        else:
            guid = UUID(_guid)

        def _parse_unique_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unique_id = _parse_unique_id(d.pop("uniqueId", UNSET))

        def _parse_entity_guid(data: object) -> None | Unset | UUID:
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

        entity_guid = _parse_entity_guid(d.pop("entityGuid", UNSET))

        device_deleted = cls(
            guid=guid,
            unique_id=unique_id,
            entity_guid=entity_guid,
        )

        device_deleted.additional_properties = d
        return device_deleted

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
