from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template_setting_default_value_type_0 import (
        TemplateSettingDefaultValueType0,
    )


T = TypeVar("T", bound="TemplateSetting")


@_attrs_define
class TemplateSetting:
    """A setting (twin property) of a template. Azure only."""

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

    def to_dict(self) -> dict[str, Any]:
        from ..models.template_setting_default_value_type_0 import (
            TemplateSettingDefaultValueType0,
        )

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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.template_setting_default_value_type_0 import (
            TemplateSettingDefaultValueType0,
        )

        d = dict(src_dict)

        def _parse_guid(data: object) -> None | Unset | UUID:
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

        guid = _parse_guid(d.pop("guid", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_datatype_guid(data: object) -> None | Unset | UUID:
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

        datatype_guid = _parse_datatype_guid(d.pop("datatypeGuid", UNSET))

        def _parse_data_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        data_type = _parse_data_type(d.pop("dataType", UNSET))

        def _parse_local_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        local_name = _parse_local_name(d.pop("localName", UNSET))

        def _parse_default_value(
            data: object,
        ) -> None | TemplateSettingDefaultValueType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_value_type_0 = TemplateSettingDefaultValueType0.from_dict(data)

                return default_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TemplateSettingDefaultValueType0 | Unset, data)

        default_value = _parse_default_value(d.pop("defaultValue", UNSET))

        def _parse_data_validation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        data_validation = _parse_data_validation(d.pop("dataValidation", UNSET))

        def _parse_is_read_only(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_read_only = _parse_is_read_only(d.pop("isReadOnly", UNSET))

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

        def _parse_created_by(data: object) -> None | Unset | UUID:
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

        created_by = _parse_created_by(d.pop("createdBy", UNSET))

        def _parse_updated_date(data: object) -> datetime.datetime | None | Unset:
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

        updated_date = _parse_updated_date(d.pop("updatedDate", UNSET))

        def _parse_updated_by(data: object) -> None | Unset | UUID:
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

        updated_by = _parse_updated_by(d.pop("updatedBy", UNSET))

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
