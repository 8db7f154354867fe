from __future__ import annotations

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

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="DeviceDeleted")


class DeviceDeletedStruct(
    msgspec.Struct,
    kw_only=True,
    rename={
        "guid": "guid",
        "status": "status",
        "unique_id": "uniqueId",
        "entity_guid": "entityGuid",
        "parent_device_guid": "parentDeviceGuid",
        "event_place_holders": "eventPlaceHolders",
        "active_device_count": "activeDeviceCount",
        "in_active_device_count": "inActiveDeviceCount",
    },
    forbid_unknown_fields=True,
    gc=False,
):
    """The JSON of a DeviceDeleted as msgspec validates it (``types.parse_json``)."""

    guid: UUID | Unset = UNSET
    status: bool | None | Unset = UNSET
    unique_id: str | None | Unset = UNSET
    entity_guid: UUID | None | Unset = UNSET
    parent_device_guid: str | None | Unset = UNSET
    event_place_holders: str | None | Unset = UNSET
    active_device_count: int | None | Unset = UNSET
    in_active_device_count: int | None | Unset = UNSET


@_attrs_define
class DeviceDeleted:
    """What delete returns about the deleted device."""

    _struct: ClassVar[type[DeviceDeletedStruct]] = DeviceDeletedStruct

    guid: UUID | Unset = UNSET
    """ A GUID, upper-case in replies, matched case-insensitively. """
    status: bool | None | Unset = UNSET
    """ Whether the device was deleted. """
    unique_id: None | str | Unset = UNSET
    entity_guid: None | Unset | UUID = UNSET
    """ A GUID or null. """
    parent_device_guid: None | str | Unset = UNSET
    """ Free text or null. """
    event_place_holders: None | str | Unset = UNSET
    """ Free text or null. """
    active_device_count: int | None | Unset = UNSET
    in_active_device_count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        guid: str | Unset = UNSET
        if not isinstance(self.guid, Unset):
            guid = str(self.guid)

        status: bool | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

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

        parent_device_guid: None | str | Unset
        if isinstance(self.parent_device_guid, Unset):
            parent_device_guid = UNSET
        else:
            parent_device_guid = self.parent_device_guid

        event_place_holders: None | str | Unset
        if isinstance(self.event_place_holders, Unset):
            event_place_holders = UNSET
        else:
            event_place_holders = self.event_place_holders

        active_device_count: int | None | Unset
        if isinstance(self.active_device_count, Unset):
            active_device_count = UNSET
        else:
            active_device_count = self.active_device_count

        in_active_device_count: int | None | Unset
        if isinstance(self.in_active_device_count, Unset):
            in_active_device_count = UNSET
        else:
            in_active_device_count = self.in_active_device_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if guid is not UNSET:
            field_dict["guid"] = guid
        if status is not UNSET:
            field_dict["status"] = status
        if unique_id is not UNSET:
            field_dict["uniqueId"] = unique_id
        if entity_guid is not UNSET:
            field_dict["entityGuid"] = entity_guid
        if parent_device_guid is not UNSET:
            field_dict["parentDeviceGuid"] = parent_device_guid
        if event_place_holders is not UNSET:
            field_dict["eventPlaceHolders"] = event_place_holders
        if active_device_count is not UNSET:
            field_dict["activeDeviceCount"] = active_device_count
        if in_active_device_count is not UNSET:
            field_dict["inActiveDeviceCount"] = in_active_device_count

        return field_dict

    @classmethod
    def _from_struct(cls, struct: DeviceDeletedStruct) -> Self:
        return cls(*astuple(struct))

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _guid = d.pop("guid", UNSET)
        guid: UUID | Unset
        if isinstance(_guid, Unset):
            guid = UNSET
        else:
            guid = UUID(_guid)

        status: bool | None | Unset = d.pop("status", UNSET)

        unique_id: None | str | Unset = d.pop("uniqueId", UNSET)

        _entity_guid = d.pop("entityGuid", UNSET)
        entity_guid: None | Unset | UUID
        if _entity_guid is None or isinstance(_entity_guid, Unset):
            entity_guid = _entity_guid
        else:
            try:
                if not isinstance(_entity_guid, str):
                    raise TypeError()
                componentsschemas_nullable_guid_type_0 = UUID(_entity_guid)

                entity_guid = componentsschemas_nullable_guid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                entity_guid = cast(None | Unset | UUID, _entity_guid)

        parent_device_guid: None | str | Unset = d.pop("parentDeviceGuid", UNSET)

        event_place_holders: None | str | Unset = d.pop("eventPlaceHolders", UNSET)

        active_device_count: int | None | Unset = d.pop("activeDeviceCount", UNSET)

        in_active_device_count: int | None | Unset = d.pop("inActiveDeviceCount", UNSET)

        device_deleted = cls(
            guid=guid,
            status=status,
            unique_id=unique_id,
            entity_guid=entity_guid,
            parent_device_guid=parent_device_guid,
            event_place_holders=event_place_holders,
            active_device_count=active_device_count,
            in_active_device_count=in_active_device_count,
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
