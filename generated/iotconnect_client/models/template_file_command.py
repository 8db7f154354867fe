from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

import msgspec
from attrs import define as _attrs_define
from attrs import field as _attrs_field
from msgspec.structs import astuple

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="TemplateFileCommand")


class TemplateFileCommandStruct(
    msgspec.Struct,
    kw_only=True,
    rename={
        "name": "name",
        "command": "command",
        "required_param": "requiredParam",
        "required_ack": "requiredAck",
        "is_ota_command": "isOTACommand",
    },
    forbid_unknown_fields=True,
    gc=False,
):
    """The JSON of a TemplateFileCommand as msgspec validates it (``types.parse_json``)."""

    name: str
    command: str
    required_param: bool | Unset = UNSET
    required_ack: bool | Unset = UNSET
    is_ota_command: bool | Unset = UNSET


@_attrs_define
class TemplateFileCommand:
    """A command of a template file."""

    _struct: ClassVar[type[TemplateFileCommandStruct]] = TemplateFileCommandStruct

    name: str
    """ The label. """
    command: str
    """ The machine name a device receives; unique in the template. """
    required_param: bool | Unset = False
    required_ack: bool | Unset = False
    is_ota_command: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        command = self.command

        required_param = self.required_param

        required_ack = self.required_ack

        is_ota_command = self.is_ota_command

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "command": command,
            }
        )
        if required_param is not UNSET:
            field_dict["requiredParam"] = required_param
        if required_ack is not UNSET:
            field_dict["requiredAck"] = required_ack
        if is_ota_command is not UNSET:
            field_dict["isOTACommand"] = is_ota_command

        return field_dict

    @classmethod
    def _from_struct(cls, struct: TemplateFileCommandStruct) -> Self:
        return cls(*astuple(struct))

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        command = d.pop("command")

        required_param = d.pop("requiredParam", UNSET)

        required_ack = d.pop("requiredAck", UNSET)

        is_ota_command = d.pop("isOTACommand", UNSET)

        template_file_command = cls(
            name=name,
            command=command,
            required_param=required_param,
            required_ack=required_ack,
            is_ota_command=is_ota_command,
        )

        template_file_command.additional_properties = d
        return template_file_command

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
