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

T = TypeVar("T", bound="DeviceCreated")


class DeviceCreatedStruct(
    msgspec.Struct,
    kw_only=True,
    rename={
        "newid": "newid",
        "entity_guid": "entityGuid",
        "unique_id": "uniqueId",
        "ParentUniqueId": "ParentUniqueId",
        "parentUniqueId": "parentUniqueId",
        "active_device_count": "activeDeviceCount",
        "in_active_device_count": "inActiveDeviceCount",
        "gg_device_script": "ggDeviceScript",
        "gg_device_type": "ggDeviceType",
        "file_support": "fileSupport",
    },
    forbid_unknown_fields=True,
    gc=False,
):
    """The JSON of a DeviceCreated as msgspec validates it (``types.parse_json``)."""

    newid: UUID
    entity_guid: UUID | None | Unset = UNSET
    unique_id: str | None | Unset = UNSET
    ParentUniqueId: str | None | Unset = UNSET
    parentUniqueId: str | None | Unset = UNSET
    active_device_count: int | None | Unset = UNSET
    in_active_device_count: int | None | Unset = UNSET
    gg_device_script: str | None | Unset = UNSET
    gg_device_type: int | None | Unset = UNSET
    file_support: bool | None | Unset = UNSET


@_attrs_define
class DeviceCreated:
    """What create returns about the new device. The parent's unique id is spelled
    `ParentUniqueId` on AWS and `parentUniqueId` on Azure.

    """

    _struct: ClassVar[type[DeviceCreatedStruct]] = DeviceCreatedStruct

    newid: UUID
    """ A GUID, upper-case in replies, matched case-insensitively. """
    entity_guid: None | Unset | UUID = UNSET
    """ A GUID or null. """
    unique_id: None | str | Unset = UNSET
    ParentUniqueId: None | str | Unset = UNSET
    parentUniqueId: None | str | Unset = UNSET
    active_device_count: int | None | Unset = UNSET
    in_active_device_count: int | None | Unset = UNSET
    gg_device_script: None | str | Unset = UNSET
    gg_device_type: int | None | Unset = UNSET
    file_support: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        newid = str(self.newid)

        entity_guid: None | str | Unset
        if isinstance(self.entity_guid, Unset):
            entity_guid = UNSET
        elif isinstance(self.entity_guid, UUID):
            entity_guid = str(self.entity_guid)
        else:
            entity_guid = self.entity_guid

        unique_id: None | str | Unset
        if isinstance(self.unique_id, Unset):
            unique_id = UNSET
        else:
            unique_id = self.unique_id

        ParentUniqueId: None | str | Unset
        if isinstance(self.ParentUniqueId, Unset):
            ParentUniqueId = UNSET
        else:
            ParentUniqueId = self.ParentUniqueId

        parentUniqueId: None | str | Unset
        if isinstance(self.parentUniqueId, Unset):
            parentUniqueId = UNSET
        else:
            parentUniqueId = self.parentUniqueId

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

        gg_device_script: None | str | Unset
        if isinstance(self.gg_device_script, Unset):
            gg_device_script = UNSET
        else:
            gg_device_script = self.gg_device_script

        gg_device_type: int | None | Unset
        if isinstance(self.gg_device_type, Unset):
            gg_device_type = UNSET
        else:
            gg_device_type = self.gg_device_type

        file_support: bool | None | Unset
        if isinstance(self.file_support, Unset):
            file_support = UNSET
        else:
            file_support = self.file_support

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "newid": newid,
            }
        )
        if entity_guid is not UNSET:
            field_dict["entityGuid"] = entity_guid
        if unique_id is not UNSET:
            field_dict["uniqueId"] = unique_id
        if ParentUniqueId is not UNSET:
            field_dict["ParentUniqueId"] = ParentUniqueId
        if parentUniqueId is not UNSET:
            field_dict["parentUniqueId"] = parentUniqueId
        if active_device_count is not UNSET:
            field_dict["activeDeviceCount"] = active_device_count
        if in_active_device_count is not UNSET:
            field_dict["inActiveDeviceCount"] = in_active_device_count
        if gg_device_script is not UNSET:
            field_dict["ggDeviceScript"] = gg_device_script
        if gg_device_type is not UNSET:
            field_dict["ggDeviceType"] = gg_device_type
        if file_support is not UNSET:
            field_dict["fileSupport"] = file_support

        return field_dict

    @classmethod
    def _from_struct(cls, struct: DeviceCreatedStruct) -> Self:
        return cls(*astuple(struct))

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        newid = UUID(d.pop("newid"))

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

        unique_id: None | str | Unset = d.pop("uniqueId", UNSET)

        ParentUniqueId: None | str | Unset = d.pop("ParentUniqueId", UNSET)

        parentUniqueId: None | str | Unset = d.pop("parentUniqueId", UNSET)

        active_device_count: int | None | Unset = d.pop("activeDeviceCount", UNSET)

        in_active_device_count: int | None | Unset = d.pop("inActiveDeviceCount", UNSET)

        gg_device_script: None | str | Unset = d.pop("ggDeviceScript", UNSET)

        gg_device_type: int | None | Unset = d.pop("ggDeviceType", UNSET)

        file_support: bool | None | Unset = d.pop("fileSupport", UNSET)

        device_created = cls(
            newid=newid,
            entity_guid=entity_guid,
            unique_id=unique_id,
            ParentUniqueId=ParentUniqueId,
            parentUniqueId=parentUniqueId,
            active_device_count=active_device_count,
            in_active_device_count=in_active_device_count,
            gg_device_script=gg_device_script,
            gg_device_type=gg_device_type,
            file_support=file_support,
        )

        device_created.additional_properties = d
        return device_created

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
