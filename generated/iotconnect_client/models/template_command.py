from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplateCommand")


@_attrs_define
class TemplateCommand:
    """A command of a template."""

    guid: None | Unset | UUID = UNSET
    """ A GUID or null. """
    name: None | str | Unset = UNSET
    """ Free text or null. """
    command: None | str | Unset = UNSET
    """ Free text or null. """
    created_date: datetime.datetime | None | Unset = UNSET
    """ ISO 8601 UTC with milliseconds, or null. """
    created_by: None | Unset | UUID = UNSET
    """ A GUID or null. """
    updated_date: datetime.datetime | None | Unset = UNSET
    """ ISO 8601 UTC with milliseconds, or null. """
    updated_by: None | Unset | UUID = UNSET
    """ A GUID or null. """
    required_param: bool | None | Unset = UNSET
    required_ack: bool | None | Unset = UNSET
    is_ota_command: bool | None | Unset = UNSET
    is_template_command_used: bool | None | Unset = UNSET
    tag: None | str | Unset = UNSET
    """ Free text or null. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

        command: None | str | Unset
        if isinstance(self.command, Unset):
            command = UNSET
        else:
            command = self.command

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

        required_param: bool | None | Unset
        if isinstance(self.required_param, Unset):
            required_param = UNSET
        else:
            required_param = self.required_param

        required_ack: bool | None | Unset
        if isinstance(self.required_ack, Unset):
            required_ack = UNSET
        else:
            required_ack = self.required_ack

        is_ota_command: bool | None | Unset
        if isinstance(self.is_ota_command, Unset):
            is_ota_command = UNSET
        else:
            is_ota_command = self.is_ota_command

        is_template_command_used: bool | None | Unset
        if isinstance(self.is_template_command_used, Unset):
            is_template_command_used = UNSET
        else:
            is_template_command_used = self.is_template_command_used

        tag: None | str | Unset
        if isinstance(self.tag, Unset):
            tag = UNSET
        else:
            tag = self.tag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if guid is not UNSET:
            field_dict["guid"] = guid
        if name is not UNSET:
            field_dict["name"] = name
        if command is not UNSET:
            field_dict["command"] = command
        if created_date is not UNSET:
            field_dict["createdDate"] = created_date
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if updated_date is not UNSET:
            field_dict["updatedDate"] = updated_date
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by
        if required_param is not UNSET:
            field_dict["requiredParam"] = required_param
        if required_ack is not UNSET:
            field_dict["requiredAck"] = required_ack
        if is_ota_command is not UNSET:
            field_dict["isOTACommand"] = is_ota_command
        if is_template_command_used is not UNSET:
            field_dict["isTemplateCommandUsed"] = is_template_command_used
        if tag is not UNSET:
            field_dict["tag"] = tag

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
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

        def _parse_command(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        command = _parse_command(d.pop("command", UNSET))

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

        def _parse_required_param(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        required_param = _parse_required_param(d.pop("requiredParam", UNSET))

        def _parse_required_ack(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        required_ack = _parse_required_ack(d.pop("requiredAck", UNSET))

        def _parse_is_ota_command(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_ota_command = _parse_is_ota_command(d.pop("isOTACommand", UNSET))

        def _parse_is_template_command_used(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_template_command_used = _parse_is_template_command_used(
            d.pop("isTemplateCommandUsed", UNSET)
        )

        def _parse_tag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tag = _parse_tag(d.pop("tag", UNSET))

        template_command = cls(
            guid=guid,
            name=name,
            command=command,
            created_date=created_date,
            created_by=created_by,
            updated_date=updated_date,
            updated_by=updated_by,
            required_param=required_param,
            required_ack=required_ack,
            is_ota_command=is_ota_command,
            is_template_command_used=is_template_command_used,
            tag=tag,
        )

        template_command.additional_properties = d
        return template_command

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
