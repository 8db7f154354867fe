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

from ..types import UNSET, Unset, bounded, model_repr, parse_datetime

T = TypeVar("T", bound="EntityDetail")


class EntityDetailStruct(
    msgspec.Struct,
    kw_only=True,
    rename={
        "guid": "guid",
        "name": "name",
        "parent_entity_guid": "parentEntityGuid",
        "description": "description",
        "child_entity_label": "childEntityLabel",
        "company_guid": "companyGuid",
        "is_deleted": "isDeleted",
        "created_date": "createdDate",
        "created_by": "createdBy",
        "updated_date": "updatedDate",
        "updated_by": "updatedBy",
        "address": "address",
        "address2": "address2",
        "city": "city",
        "zip_code": "zipCode",
        "state_guid": "stateGuid",
        "country_guid": "countryGuid",
        "timezone_guid": "timezoneGuid",
        "defaultuser_guid": "defaultuserGuid",
        "entity_info": "entityInfo",
    },
    forbid_unknown_fields=True,
    gc=False,
):
    """The JSON of a EntityDetail as msgspec validates it (``types.parse_json``)."""

    guid: UUID
    name: str
    parent_entity_guid: UUID | None | Unset = UNSET
    description: str | None | Unset = UNSET
    child_entity_label: str | None | Unset = UNSET
    company_guid: UUID | None | Unset = UNSET
    is_deleted: bool | None | Unset = UNSET
    created_date: datetime.datetime | None | Unset = UNSET
    created_by: UUID | None | Unset = UNSET
    updated_date: datetime.datetime | None | Unset = UNSET
    updated_by: UUID | None | Unset = UNSET
    address: str | None | Unset = UNSET
    address2: str | None | Unset = UNSET
    city: str | None | Unset = UNSET
    zip_code: str | None | Unset = UNSET
    state_guid: UUID | None | Unset = UNSET
    country_guid: UUID | None | Unset = UNSET
    timezone_guid: UUID | None | Unset = UNSET
    defaultuser_guid: UUID | None | Unset = UNSET
    entity_info: dict[str, Any] | None | Unset = UNSET


@_attrs_define
class EntityDetail:
    """An entity's details (the vendor's `EntityDetail`)."""

    _struct: ClassVar[type[EntityDetailStruct]] = EntityDetailStruct

    guid: UUID
    """ A GUID, upper-case in replies, matched case-insensitively. """
    name: str
    parent_entity_guid: None | Unset | UUID = UNSET
    """ A GUID or null. """
    description: None | str | Unset = UNSET
    """ Free text or null. """
    child_entity_label: None | str | Unset = UNSET
    """ Free text or null. """
    company_guid: None | Unset | UUID = UNSET
    """ A GUID or null. """
    is_deleted: bool | None | Unset = UNSET
    created_date: datetime.datetime | None | Unset = UNSET
    """ ISO 8601 UTC with milliseconds, or null. """
    created_by: None | Unset | UUID = UNSET
    """ A GUID or null. """
    updated_date: datetime.datetime | None | Unset = UNSET
    """ ISO 8601 UTC with milliseconds, or null. """
    updated_by: None | Unset | UUID = UNSET
    """ A GUID or null. """
    address: None | str | Unset = UNSET
    """ Free text or null. """
    address2: None | str | Unset = UNSET
    """ Free text or null. """
    city: None | str | Unset = UNSET
    """ Free text or null. """
    zip_code: None | str | Unset = UNSET
    """ Free text or null. """
    state_guid: None | Unset | UUID = UNSET
    """ A GUID or null. """
    country_guid: None | Unset | UUID = UNSET
    """ A GUID or null. """
    timezone_guid: None | Unset | UUID = UNSET
    """ A GUID or null. """
    defaultuser_guid: None | Unset | UUID = UNSET
    """ A GUID or null. """
    entity_info: EntityDetailEntityInfoType0 | None | Unset = UNSET
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

        company_guid: None | str | Unset
        if isinstance(self.company_guid, Unset):
            company_guid = UNSET
        elif isinstance(self.company_guid, UUID):
            company_guid = str(self.company_guid)
        else:
            company_guid = self.company_guid

        is_deleted: bool | None | Unset
        if isinstance(self.is_deleted, Unset):
            is_deleted = UNSET
        else:
            is_deleted = self.is_deleted

        created_date: None | str | Unset
        if isinstance(self.created_date, Unset):
            created_date = UNSET
        elif isinstance(self.created_date, datetime.datetime):
            created_date = self.created_date.isoformat()
        else:
            created_date = self.created_date

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, UUID):
            created_by = str(self.created_by)
        else:
            created_by = self.created_by

        updated_date: None | str | Unset
        if isinstance(self.updated_date, Unset):
            updated_date = UNSET
        elif isinstance(self.updated_date, datetime.datetime):
            updated_date = self.updated_date.isoformat()
        else:
            updated_date = self.updated_date

        updated_by: None | str | Unset
        if isinstance(self.updated_by, Unset):
            updated_by = UNSET
        elif isinstance(self.updated_by, UUID):
            updated_by = str(self.updated_by)
        else:
            updated_by = self.updated_by

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        address2: None | str | Unset
        if isinstance(self.address2, Unset):
            address2 = UNSET
        else:
            address2 = self.address2

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        zip_code: None | str | Unset
        if isinstance(self.zip_code, Unset):
            zip_code = UNSET
        else:
            zip_code = self.zip_code

        state_guid: None | str | Unset
        if isinstance(self.state_guid, Unset):
            state_guid = UNSET
        elif isinstance(self.state_guid, UUID):
            state_guid = str(self.state_guid)
        else:
            state_guid = self.state_guid

        country_guid: None | str | Unset
        if isinstance(self.country_guid, Unset):
            country_guid = UNSET
        elif isinstance(self.country_guid, UUID):
            country_guid = str(self.country_guid)
        else:
            country_guid = self.country_guid

        timezone_guid: None | str | Unset
        if isinstance(self.timezone_guid, Unset):
            timezone_guid = UNSET
        elif isinstance(self.timezone_guid, UUID):
            timezone_guid = str(self.timezone_guid)
        else:
            timezone_guid = self.timezone_guid

        defaultuser_guid: None | str | Unset
        if isinstance(self.defaultuser_guid, Unset):
            defaultuser_guid = UNSET
        elif isinstance(self.defaultuser_guid, UUID):
            defaultuser_guid = str(self.defaultuser_guid)
        else:
            defaultuser_guid = self.defaultuser_guid

        entity_info: dict[str, Any] | None | Unset
        if isinstance(self.entity_info, Unset):
            entity_info = UNSET
        elif isinstance(self.entity_info, EntityDetailEntityInfoType0):
            entity_info = self.entity_info.to_dict()
        else:
            entity_info = self.entity_info

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
        if description is not UNSET:
            field_dict["description"] = description
        if child_entity_label is not UNSET:
            field_dict["childEntityLabel"] = child_entity_label
        if company_guid is not UNSET:
            field_dict["companyGuid"] = company_guid
        if is_deleted is not UNSET:
            field_dict["isDeleted"] = is_deleted
        if created_date is not UNSET:
            field_dict["createdDate"] = created_date
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if updated_date is not UNSET:
            field_dict["updatedDate"] = updated_date
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by
        if address is not UNSET:
            field_dict["address"] = address
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if city is not UNSET:
            field_dict["city"] = city
        if zip_code is not UNSET:
            field_dict["zipCode"] = zip_code
        if state_guid is not UNSET:
            field_dict["stateGuid"] = state_guid
        if country_guid is not UNSET:
            field_dict["countryGuid"] = country_guid
        if timezone_guid is not UNSET:
            field_dict["timezoneGuid"] = timezone_guid
        if defaultuser_guid is not UNSET:
            field_dict["defaultuserGuid"] = defaultuser_guid
        if entity_info is not UNSET:
            field_dict["entityInfo"] = entity_info

        return field_dict

    @classmethod
    def _from_struct(cls, struct: EntityDetailStruct) -> Self:
        if struct.entity_info is None or struct.entity_info is UNSET:
            return cls(*astuple(struct))
        return cls(
            struct.guid,
            struct.name,
            struct.parent_entity_guid,
            struct.description,
            struct.child_entity_label,
            struct.company_guid,
            struct.is_deleted,
            struct.created_date,
            struct.created_by,
            struct.updated_date,
            struct.updated_by,
            struct.address,
            struct.address2,
            struct.city,
            struct.zip_code,
            struct.state_guid,
            struct.country_guid,
            struct.timezone_guid,
            struct.defaultuser_guid,
            EntityDetailEntityInfoType0.from_dict(bounded(struct.entity_info))
            if isinstance(struct.entity_info, dict)
            else struct.entity_info,
        )

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

        description: None | str | Unset = d.pop("description", UNSET)

        child_entity_label: None | str | Unset = d.pop("childEntityLabel", UNSET)

        _company_guid = d.pop("companyGuid", UNSET)
        company_guid: None | Unset | UUID
        if _company_guid is None or isinstance(_company_guid, Unset):
            company_guid = _company_guid
        else:
            try:
                if not isinstance(_company_guid, str):
                    raise TypeError()
                componentsschemas_nullable_guid_type_0 = UUID(_company_guid)

                company_guid = componentsschemas_nullable_guid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                company_guid = cast(None | Unset | UUID, _company_guid)

        is_deleted: bool | None | Unset = d.pop("isDeleted", UNSET)

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

        _created_by = d.pop("createdBy", UNSET)
        created_by: None | Unset | UUID
        if _created_by is None or isinstance(_created_by, Unset):
            created_by = _created_by
        else:
            try:
                if not isinstance(_created_by, str):
                    raise TypeError()
                componentsschemas_nullable_guid_type_0 = UUID(_created_by)

                created_by = componentsschemas_nullable_guid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                created_by = cast(None | Unset | UUID, _created_by)

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

        _updated_by = d.pop("updatedBy", UNSET)
        updated_by: None | Unset | UUID
        if _updated_by is None or isinstance(_updated_by, Unset):
            updated_by = _updated_by
        else:
            try:
                if not isinstance(_updated_by, str):
                    raise TypeError()
                componentsschemas_nullable_guid_type_0 = UUID(_updated_by)

                updated_by = componentsschemas_nullable_guid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                updated_by = cast(None | Unset | UUID, _updated_by)

        address: None | str | Unset = d.pop("address", UNSET)

        address2: None | str | Unset = d.pop("address2", UNSET)

        city: None | str | Unset = d.pop("city", UNSET)

        zip_code: None | str | Unset = d.pop("zipCode", UNSET)

        _state_guid = d.pop("stateGuid", UNSET)
        state_guid: None | Unset | UUID
        if _state_guid is None or isinstance(_state_guid, Unset):
            state_guid = _state_guid
        else:
            try:
                if not isinstance(_state_guid, str):
                    raise TypeError()
                componentsschemas_nullable_guid_type_0 = UUID(_state_guid)

                state_guid = componentsschemas_nullable_guid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                state_guid = cast(None | Unset | UUID, _state_guid)

        _country_guid = d.pop("countryGuid", UNSET)
        country_guid: None | Unset | UUID
        if _country_guid is None or isinstance(_country_guid, Unset):
            country_guid = _country_guid
        else:
            try:
                if not isinstance(_country_guid, str):
                    raise TypeError()
                componentsschemas_nullable_guid_type_0 = UUID(_country_guid)

                country_guid = componentsschemas_nullable_guid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                country_guid = cast(None | Unset | UUID, _country_guid)

        _timezone_guid = d.pop("timezoneGuid", UNSET)
        timezone_guid: None | Unset | UUID
        if _timezone_guid is None or isinstance(_timezone_guid, Unset):
            timezone_guid = _timezone_guid
        else:
            try:
                if not isinstance(_timezone_guid, str):
                    raise TypeError()
                componentsschemas_nullable_guid_type_0 = UUID(_timezone_guid)

                timezone_guid = componentsschemas_nullable_guid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                timezone_guid = cast(None | Unset | UUID, _timezone_guid)

        _defaultuser_guid = d.pop("defaultuserGuid", UNSET)
        defaultuser_guid: None | Unset | UUID
        if _defaultuser_guid is None or isinstance(_defaultuser_guid, Unset):
            defaultuser_guid = _defaultuser_guid
        else:
            try:
                if not isinstance(_defaultuser_guid, str):
                    raise TypeError()
                componentsschemas_nullable_guid_type_0 = UUID(_defaultuser_guid)

                defaultuser_guid = componentsschemas_nullable_guid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                defaultuser_guid = cast(None | Unset | UUID, _defaultuser_guid)

        _entity_info = d.pop("entityInfo", UNSET)
        entity_info: EntityDetailEntityInfoType0 | None | Unset
        if _entity_info is None or isinstance(_entity_info, Unset):
            entity_info = _entity_info
        else:
            try:
                if not isinstance(_entity_info, dict):
                    raise TypeError()
                entity_info_type_0 = EntityDetailEntityInfoType0.from_dict(_entity_info)

                entity_info = entity_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                entity_info = cast(
                    EntityDetailEntityInfoType0 | None | Unset, _entity_info
                )

        entity_detail = cls(
            guid=guid,
            name=name,
            parent_entity_guid=parent_entity_guid,
            description=description,
            child_entity_label=child_entity_label,
            company_guid=company_guid,
            is_deleted=is_deleted,
            created_date=created_date,
            created_by=created_by,
            updated_date=updated_date,
            updated_by=updated_by,
            address=address,
            address2=address2,
            city=city,
            zip_code=zip_code,
            state_guid=state_guid,
            country_guid=country_guid,
            timezone_guid=timezone_guid,
            defaultuser_guid=defaultuser_guid,
            entity_info=entity_info,
        )

        entity_detail.additional_properties = d
        return entity_detail

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


# The models this one refers to, imported after it is defined: models that refer to each other
# then import without a cycle, and from_dict runs no import statement per call.
from ..models.entity_detail_entity_info_type_0 import EntityDetailEntityInfoType0
