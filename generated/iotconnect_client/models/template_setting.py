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

T = TypeVar("T", bound="TemplateSetting")


class TemplateSettingStruct(
    msgspec.Struct,
    kw_only=True,
    rename={
        "guid": "guid",
        "name": "name",
        "datatype_guid": "datatypeGuid",
        "data_type": "dataType",
        "local_name": "localName",
        "default_value": "defaultValue",
        "data_validation": "dataValidation",
        "is_read_only": "isReadOnly",
        "created_date": "createdDate",
        "created_by": "createdBy",
        "updated_date": "updatedDate",
        "updated_by": "updatedBy",
    },
    forbid_unknown_fields=True,
    gc=False,
):
    """The JSON of a TemplateSetting as msgspec validates it (``types.parse_json``)."""

    guid: UUID | None | Unset = UNSET
    name: str | None | Unset = UNSET
    datatype_guid: UUID | None | Unset = UNSET
    data_type: str | None | Unset = UNSET
    local_name: str | None | Unset = UNSET
    default_value: dict[str, Any] | None | Unset = UNSET
    data_validation: str | None | Unset = UNSET
    is_read_only: bool | None | Unset = UNSET
    created_date: datetime.datetime | None | Unset = UNSET
    created_by: UUID | None | Unset = UNSET
    updated_date: datetime.datetime | None | Unset = UNSET
    updated_by: UUID | None | Unset = UNSET


@_attrs_define
class TemplateSetting:
    """A setting (twin property) of a template. Azure only."""

    _struct: ClassVar[type[TemplateSettingStruct]] = TemplateSettingStruct

    guid: None | Unset | UUID = UNSET
    """ A GUID or null. """
    name: None | str | Unset = UNSET
    """ Free text or null. """
    datatype_guid: None | Unset | UUID = UNSET
    """ A GUID or null. """
    data_type: None | str | Unset = UNSET
    """ Free text or null. """
    local_name: None | str | Unset = UNSET
    """ Free text or null. """
    default_value: None | TemplateSettingDefaultValueType0 | Unset = UNSET
    data_validation: None | str | Unset = UNSET
    """ Free text or null. """
    is_read_only: bool | None | Unset = UNSET
    created_date: datetime.datetime | None | Unset = UNSET
    """ ISO 8601 UTC with milliseconds, or null. """
    created_by: None | Unset | UUID = UNSET
    """ A GUID or null. """
    updated_date: datetime.datetime | None | Unset = UNSET
    """ ISO 8601 UTC with milliseconds, or null. """
    updated_by: None | Unset | UUID = UNSET
    """ A GUID or null. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        guid: None | str | Unset
        if isinstance(self.guid, Unset):
            guid = UNSET
        elif isinstance(self.guid, UUID):
            guid = str(self.guid)
        else:
            guid = self.guid

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        datatype_guid: None | str | Unset
        if isinstance(self.datatype_guid, Unset):
            datatype_guid = UNSET
        elif isinstance(self.datatype_guid, UUID):
            datatype_guid = str(self.datatype_guid)
        else:
            datatype_guid = self.datatype_guid

        data_type: None | str | Unset
        if isinstance(self.data_type, Unset):
            data_type = UNSET
        else:
            data_type = self.data_type

        local_name: None | str | Unset
        if isinstance(self.local_name, Unset):
            local_name = UNSET
        else:
            local_name = self.local_name

        default_value: dict[str, Any] | None | Unset
        if isinstance(self.default_value, Unset):
            default_value = UNSET
        elif isinstance(self.default_value, TemplateSettingDefaultValueType0):
            default_value = self.default_value.to_dict()
        else:
            default_value = self.default_value

        data_validation: None | str | Unset
        if isinstance(self.data_validation, Unset):
            data_validation = UNSET
        else:
            data_validation = self.data_validation

        is_read_only: bool | None | Unset
        if isinstance(self.is_read_only, Unset):
            is_read_only = UNSET
        else:
            is_read_only = self.is_read_only

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if guid is not UNSET:
            field_dict["guid"] = guid
        if name is not UNSET:
            field_dict["name"] = name
        if datatype_guid is not UNSET:
            field_dict["datatypeGuid"] = datatype_guid
        if data_type is not UNSET:
            field_dict["dataType"] = data_type
        if local_name is not UNSET:
            field_dict["localName"] = local_name
        if default_value is not UNSET:
            field_dict["defaultValue"] = default_value
        if data_validation is not UNSET:
            field_dict["dataValidation"] = data_validation
        if is_read_only is not UNSET:
            field_dict["isReadOnly"] = is_read_only
        if created_date is not UNSET:
            field_dict["createdDate"] = created_date
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if updated_date is not UNSET:
            field_dict["updatedDate"] = updated_date
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by

        return field_dict

    @classmethod
    def _from_struct(cls, struct: TemplateSettingStruct) -> Self:
        if struct.default_value is None or struct.default_value is UNSET:
            return cls(*astuple(struct))
        return cls(
            struct.guid,
            struct.name,
            struct.datatype_guid,
            struct.data_type,
            struct.local_name,
            TemplateSettingDefaultValueType0.from_dict(bounded(struct.default_value))
            if isinstance(struct.default_value, dict)
            else struct.default_value,
            struct.data_validation,
            struct.is_read_only,
            struct.created_date,
            struct.created_by,
            struct.updated_date,
            struct.updated_by,
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _guid = d.pop("guid", UNSET)
        guid: None | Unset | UUID
        if _guid is None or isinstance(_guid, Unset):
            guid = _guid
        else:
            try:
                if not isinstance(_guid, str):
                    raise TypeError()
                componentsschemas_nullable_guid_type_0 = UUID(_guid)

                guid = componentsschemas_nullable_guid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                guid = cast(None | Unset | UUID, _guid)

        name: None | str | Unset = d.pop("name", UNSET)

        _datatype_guid = d.pop("datatypeGuid", UNSET)
        datatype_guid: None | Unset | UUID
        if _datatype_guid is None or isinstance(_datatype_guid, Unset):
            datatype_guid = _datatype_guid
        else:
            try:
                if not isinstance(_datatype_guid, str):
                    raise TypeError()
                componentsschemas_nullable_guid_type_0 = UUID(_datatype_guid)

                datatype_guid = componentsschemas_nullable_guid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                datatype_guid = cast(None | Unset | UUID, _datatype_guid)

        data_type: None | str | Unset = d.pop("dataType", UNSET)

        local_name: None | str | Unset = d.pop("localName", UNSET)

        _default_value = d.pop("defaultValue", UNSET)
        default_value: None | TemplateSettingDefaultValueType0 | Unset
        if _default_value is None or isinstance(_default_value, Unset):
            default_value = _default_value
        else:
            try:
                if not isinstance(_default_value, dict):
                    raise TypeError()
                default_value_type_0 = TemplateSettingDefaultValueType0.from_dict(
                    _default_value
                )

                default_value = default_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                default_value = cast(
                    None | TemplateSettingDefaultValueType0 | Unset, _default_value
                )

        data_validation: None | str | Unset = d.pop("dataValidation", UNSET)

        is_read_only: bool | None | Unset = d.pop("isReadOnly", UNSET)

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

        template_setting = cls(
            guid=guid,
            name=name,
            datatype_guid=datatype_guid,
            data_type=data_type,
            local_name=local_name,
            default_value=default_value,
            data_validation=data_validation,
            is_read_only=is_read_only,
            created_date=created_date,
            created_by=created_by,
            updated_date=updated_date,
            updated_by=updated_by,
        )

        template_setting.additional_properties = d
        return template_setting

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
from ..models.template_setting_default_value_type_0 import (
    TemplateSettingDefaultValueType0,
)
