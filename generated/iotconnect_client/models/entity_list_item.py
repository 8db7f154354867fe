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

from ..types import UNSET, Unset, model_repr, parse_datetime

T = TypeVar("T", bound="EntityListItem")


class EntityListItemStruct(
    msgspec.Struct,
    kw_only=True,
    rename={
        "guid": "guid",
        "name": "name",
        "parent_entity_guid": "parentEntityGuid",
        "parent_name": "parentName",
        "description": "description",
        "child_entity_label": "childEntityLabel",
        "created_date": "createdDate",
        "updated_date": "updatedDate",
        "active_user_count": "activeUserCount",
        "in_active_user_count": "inActiveUserCount",
        "device_count": "deviceCount",
    },
    forbid_unknown_fields=True,
    gc=False,
):
    """The JSON of a EntityListItem as msgspec validates it (``types.parse_json``)."""

    guid: UUID
    name: str
    parent_entity_guid: UUID | None | Unset = UNSET
    parent_name: str | None | Unset = UNSET
    description: str | None | Unset = UNSET
    child_entity_label: str | None | Unset = UNSET
    created_date: datetime.datetime | None | Unset = UNSET
    updated_date: datetime.datetime | None | Unset = UNSET
    active_user_count: int | None | Unset = UNSET
    in_active_user_count: int | None | Unset = UNSET
    device_count: int | None | Unset = UNSET


@_attrs_define
class EntityListItem:
    """An entity as the list shows it (the vendor's `EntityList`)."""

    _struct: ClassVar[type[EntityListItemStruct]] = EntityListItemStruct

    guid: UUID
    """ A GUID, upper-case in replies, matched case-insensitively. """
    name: str
    parent_entity_guid: None | Unset | UUID = UNSET
    """ A GUID or null. """
    parent_name: None | str | Unset = UNSET
    """ Free text or null. """
    description: None | str | Unset = UNSET
    """ Free text or null. """
    child_entity_label: None | str | Unset = UNSET
    """ Free text or null. """
    created_date: datetime.datetime | None | Unset = UNSET
    """ ISO 8601 UTC with milliseconds, or null. """
    updated_date: datetime.datetime | None | Unset = UNSET
    """ ISO 8601 UTC with milliseconds, or null. """
    active_user_count: int | None | Unset = UNSET
    in_active_user_count: int | None | Unset = UNSET
    device_count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        guid = str(self.guid)

        name = self.name

        parent_entity_guid: None | str | Unset
        if isinstance(self.parent_entity_guid, Unset):
            parent_entity_guid = UNSET
        elif isinstance(self.parent_entity_guid, UUID):
            parent_entity_guid = str(self.parent_entity_guid)
        else:
            parent_entity_guid = self.parent_entity_guid

        parent_name: None | str | Unset
        if isinstance(self.parent_name, Unset):
            parent_name = UNSET
        else:
            parent_name = self.parent_name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        child_entity_label: None | str | Unset
        if isinstance(self.child_entity_label, Unset):
            child_entity_label = UNSET
        else:
            child_entity_label = self.child_entity_label

        created_date: None | str | Unset
        if isinstance(self.created_date, Unset):
            created_date = UNSET
        elif isinstance(self.created_date, datetime.datetime):
            created_date = self.created_date.isoformat()
        else:
            created_date = self.created_date

        updated_date: None | str | Unset
        if isinstance(self.updated_date, Unset):
            updated_date = UNSET
        elif isinstance(self.updated_date, datetime.datetime):
            updated_date = self.updated_date.isoformat()
        else:
            updated_date = self.updated_date

        active_user_count: int | None | Unset
        if isinstance(self.active_user_count, Unset):
            active_user_count = UNSET
        else:
            active_user_count = self.active_user_count

        in_active_user_count: int | None | Unset
        if isinstance(self.in_active_user_count, Unset):
            in_active_user_count = UNSET
        else:
            in_active_user_count = self.in_active_user_count

        device_count: int | None | Unset
        if isinstance(self.device_count, Unset):
            device_count = UNSET
        else:
            device_count = self.device_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "guid": guid,
                "name": name,
            }
        )
        if parent_entity_guid is not UNSET:
            field_dict["parentEntityGuid"] = parent_entity_guid
        if parent_name is not UNSET:
            field_dict["parentName"] = parent_name
        if description is not UNSET:
            field_dict["description"] = description
        if child_entity_label is not UNSET:
            field_dict["childEntityLabel"] = child_entity_label
        if created_date is not UNSET:
            field_dict["createdDate"] = created_date
        if updated_date is not UNSET:
            field_dict["updatedDate"] = updated_date
        if active_user_count is not UNSET:
            field_dict["activeUserCount"] = active_user_count
        if in_active_user_count is not UNSET:
            field_dict["inActiveUserCount"] = in_active_user_count
        if device_count is not UNSET:
            field_dict["deviceCount"] = device_count

        return field_dict

    @classmethod
    def _from_struct(cls, struct: EntityListItemStruct) -> Self:
        return cls(*astuple(struct))

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        guid = UUID(d.pop("guid"))

        name = d.pop("name")

        _parent_entity_guid = d.pop("parentEntityGuid", UNSET)
        parent_entity_guid: None | Unset | UUID
        if _parent_entity_guid is None or isinstance(_parent_entity_guid, Unset):
            parent_entity_guid = _parent_entity_guid
        else:
            try:
                if not isinstance(_parent_entity_guid, str):
                    raise TypeError()
                componentsschemas_nullable_guid_type_0 = UUID(_parent_entity_guid)

                parent_entity_guid = componentsschemas_nullable_guid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                parent_entity_guid = cast(None | Unset | UUID, _parent_entity_guid)

        parent_name: None | str | Unset = d.pop("parentName", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        child_entity_label: None | str | Unset = d.pop("childEntityLabel", UNSET)

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

        _updated_date = d.pop("updatedDate", UNSET)
        updated_date: datetime.datetime | None | Unset
        if _updated_date is None or isinstance(_updated_date, Unset):
            updated_date = _updated_date
        else:
            try:
                if not isinstance(_updated_date, str):
                    raise TypeError()
                componentsschemas_nullable_timestamp_type_0 = parse_datetime(
                    _updated_date
                )

                updated_date = componentsschemas_nullable_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                updated_date = cast(datetime.datetime | None | Unset, _updated_date)

        active_user_count: int | None | Unset = d.pop("activeUserCount", UNSET)

        in_active_user_count: int | None | Unset = d.pop("inActiveUserCount", UNSET)

        device_count: int | None | Unset = d.pop("deviceCount", UNSET)

        entity_list_item = cls(
            guid=guid,
            name=name,
            parent_entity_guid=parent_entity_guid,
            parent_name=parent_name,
            description=description,
            child_entity_label=child_entity_label,
            created_date=created_date,
            updated_date=updated_date,
            active_user_count=active_user_count,
            in_active_user_count=in_active_user_count,
            device_count=device_count,
        )

        entity_list_item.additional_properties = d
        return entity_list_item

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
