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

T = TypeVar("T", bound="TemplateCommandItem")


class TemplateCommandItemStruct(
    msgspec.Struct,
    kw_only=True,
    rename={
        "guid": "guid",
        "command": "command",
        "name": "name",
        "created_date": "createdDate",
        "updated_date": "updatedDate",
        "required_param": "requiredParam",
        "required_ack": "requiredAck",
        "is_ota_command": "isOTACommand",
        "tag": "tag",
        "is_template_command_used": "isTemplateCommandUsed",
        "devices": "devices",
    },
    forbid_unknown_fields=True,
    gc=False,
):
    """The JSON of a TemplateCommandItem as msgspec validates it (``types.parse_json``)."""

    guid: UUID
    command: str
    name: str | None | Unset = UNSET
    created_date: datetime.datetime | None | Unset = UNSET
    updated_date: datetime.datetime | None | Unset = UNSET
    required_param: bool | None | Unset = UNSET
    required_ack: bool | None | Unset = UNSET
    is_ota_command: bool | None | Unset = UNSET
    tag: str | None | Unset = UNSET
    is_template_command_used: bool | None | Unset = UNSET
    devices: dict[str, Any] | None | Unset = UNSET


@_attrs_define
class TemplateCommandItem:
    """A command of a template as its list shows it (the vendor's `CommandList`): `command`
    is the machine name a device receives, `name` the label.

    """

    _struct: ClassVar[type[TemplateCommandItemStruct]] = TemplateCommandItemStruct

    guid: UUID
    """ A GUID, upper-case in replies, matched case-insensitively. """
    command: str
    name: None | str | Unset = UNSET
    """ Free text or null. """
    created_date: datetime.datetime | None | Unset = UNSET
    """ ISO 8601 UTC with milliseconds, or null. """
    updated_date: datetime.datetime | None | Unset = UNSET
    """ ISO 8601 UTC with milliseconds, or null. """
    required_param: bool | None | Unset = UNSET
    required_ack: bool | None | Unset = UNSET
    is_ota_command: bool | None | Unset = UNSET
    tag: None | str | Unset = UNSET
    """ Free text or null. """
    is_template_command_used: bool | None | Unset = UNSET
    devices: None | TemplateCommandItemDevicesType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        guid = str(self.guid)

        command = self.command

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

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

        tag: None | str | Unset
        if isinstance(self.tag, Unset):
            tag = UNSET
        else:
            tag = self.tag

        is_template_command_used: bool | None | Unset
        if isinstance(self.is_template_command_used, Unset):
            is_template_command_used = UNSET
        else:
            is_template_command_used = self.is_template_command_used

        devices: dict[str, Any] | None | Unset
        if isinstance(self.devices, Unset):
            devices = UNSET
        elif isinstance(self.devices, TemplateCommandItemDevicesType0):
            devices = self.devices.to_dict()
        else:
            devices = self.devices

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "guid": guid,
                "command": command,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if created_date is not UNSET:
            field_dict["createdDate"] = created_date
        if updated_date is not UNSET:
            field_dict["updatedDate"] = updated_date
        if required_param is not UNSET:
            field_dict["requiredParam"] = required_param
        if required_ack is not UNSET:
            field_dict["requiredAck"] = required_ack
        if is_ota_command is not UNSET:
            field_dict["isOTACommand"] = is_ota_command
        if tag is not UNSET:
            field_dict["tag"] = tag
        if is_template_command_used is not UNSET:
            field_dict["isTemplateCommandUsed"] = is_template_command_used
        if devices is not UNSET:
            field_dict["devices"] = devices

        return field_dict

    @classmethod
    def _from_struct(cls, struct: TemplateCommandItemStruct) -> Self:
        if struct.devices is None or struct.devices is UNSET:
            return cls(*astuple(struct))
        return cls(
            struct.guid,
            struct.command,
            struct.name,
            struct.created_date,
            struct.updated_date,
            struct.required_param,
            struct.required_ack,
            struct.is_ota_command,
            struct.tag,
            struct.is_template_command_used,
            TemplateCommandItemDevicesType0.from_dict(bounded(struct.devices))
            if isinstance(struct.devices, dict)
            else struct.devices,
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        guid = UUID(d.pop("guid"))

        command = d.pop("command")

        name: None | str | Unset = d.pop("name", UNSET)

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

        required_param: bool | None | Unset = d.pop("requiredParam", UNSET)

        required_ack: bool | None | Unset = d.pop("requiredAck", UNSET)

        is_ota_command: bool | None | Unset = d.pop("isOTACommand", UNSET)

        tag: None | str | Unset = d.pop("tag", UNSET)

        is_template_command_used: bool | None | Unset = d.pop(
            "isTemplateCommandUsed", UNSET
        )

        _devices = d.pop("devices", UNSET)
        devices: None | TemplateCommandItemDevicesType0 | Unset
        if _devices is None or isinstance(_devices, Unset):
            devices = _devices
        else:
            try:
                if not isinstance(_devices, dict):
                    raise TypeError()
                devices_type_0 = TemplateCommandItemDevicesType0.from_dict(_devices)

                devices = devices_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                devices = cast(None | TemplateCommandItemDevicesType0 | Unset, _devices)

        template_command_item = cls(
            guid=guid,
            command=command,
            name=name,
            created_date=created_date,
            updated_date=updated_date,
            required_param=required_param,
            required_ack=required_ack,
            is_ota_command=is_ota_command,
            tag=tag,
            is_template_command_used=is_template_command_used,
            devices=devices,
        )

        template_command_item.additional_properties = d
        return template_command_item

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
from ..models.template_command_item_devices_type_0 import (
    TemplateCommandItemDevicesType0,
)
