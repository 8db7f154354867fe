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

T = TypeVar("T", bound="TemplateCommand")


class TemplateCommandStruct(
    msgspec.Struct,
    kw_only=True,
    rename={
        "guid": "guid",
        "name": "name",
        "command": "command",
        "created_date": "createdDate",
        "created_by": "createdBy",
        "updated_date": "updatedDate",
        "updated_by": "updatedBy",
        "required_param": "requiredParam",
        "required_ack": "requiredAck",
        "is_ota_command": "isOTACommand",
        "is_template_command_used": "isTemplateCommandUsed",
        "tag": "tag",
    },
    forbid_unknown_fields=True,
    gc=False,
):
    """The JSON of a TemplateCommand as msgspec validates it (``types.parse_json``)."""

    guid: UUID | None | Unset = UNSET
    name: str | None | Unset = UNSET
    command: str | None | Unset = UNSET
    created_date: datetime.datetime | None | Unset = UNSET
    created_by: UUID | None | Unset = UNSET
    updated_date: datetime.datetime | None | Unset = UNSET
    updated_by: UUID | None | Unset = UNSET
    required_param: bool | None | Unset = UNSET
    required_ack: bool | None | Unset = UNSET
    is_ota_command: bool | None | Unset = UNSET
    is_template_command_used: bool | None | Unset = UNSET
    tag: str | None | Unset = UNSET


@_attrs_define
class TemplateCommand:
    """A command of a template."""

    _struct: ClassVar[type[TemplateCommandStruct]] = TemplateCommandStruct

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
    def _from_struct(cls, struct: TemplateCommandStruct) -> Self:
        return cls(*astuple(struct))

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

        command: None | str | Unset = d.pop("command", UNSET)

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

        required_param: bool | None | Unset = d.pop("requiredParam", UNSET)

        required_ack: bool | None | Unset = d.pop("requiredAck", UNSET)

        is_ota_command: bool | None | Unset = d.pop("isOTACommand", UNSET)

        is_template_command_used: bool | None | Unset = d.pop(
            "isTemplateCommandUsed", UNSET
        )

        tag: None | str | Unset = d.pop("tag", UNSET)

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
