from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Self,
    TypeVar,
)

import msgspec
from attrs import define as _attrs_define
from attrs import field as _attrs_field
from msgspec.structs import astuple

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="CommandByUniqueId")


class CommandByUniqueIdStruct(
    msgspec.Struct,
    kw_only=True,
    rename={
        "command_name": "commandName",
        "parameter_value": "parameterValue",
        "command_as_string": "commandAsString",
        "d_type": "dType",
        "parent_unique_id": "parentUniqueId",
    },
    forbid_unknown_fields=True,
    gc=False,
):
    """The JSON of a CommandByUniqueId as msgspec validates it (``types.parse_json``)."""

    command_name: str
    parameter_value: str | None | Unset = UNSET
    command_as_string: bool | None | Unset = UNSET
    d_type: str | None | Unset = UNSET
    parent_unique_id: str | None | Unset = UNSET


@_attrs_define
class CommandByUniqueId:
    """A command for one device named by unique id (`CommandSendToDeviceUniqueIdRequest`)."""

    _struct: ClassVar[type[CommandByUniqueIdStruct]] = CommandByUniqueIdStruct

    command_name: str
    """ The template command's machine name (`command`). """
    parameter_value: None | str | Unset = UNSET
    command_as_string: bool | None | Unset = UNSET
    d_type: None | str | Unset = UNSET
    parent_unique_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        command_name = self.command_name

        parameter_value: None | str | Unset
        if isinstance(self.parameter_value, Unset):
            parameter_value = UNSET
        else:
            parameter_value = self.parameter_value

        command_as_string: bool | None | Unset
        if isinstance(self.command_as_string, Unset):
            command_as_string = UNSET
        else:
            command_as_string = self.command_as_string

        d_type: None | str | Unset
        if isinstance(self.d_type, Unset):
            d_type = UNSET
        else:
            d_type = self.d_type

        parent_unique_id: None | str | Unset
        if isinstance(self.parent_unique_id, Unset):
            parent_unique_id = UNSET
        else:
            parent_unique_id = self.parent_unique_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "commandName": command_name,
            }
        )
        if parameter_value is not UNSET:
            field_dict["parameterValue"] = parameter_value
        if command_as_string is not UNSET:
            field_dict["commandAsString"] = command_as_string
        if d_type is not UNSET:
            field_dict["dType"] = d_type
        if parent_unique_id is not UNSET:
            field_dict["parentUniqueId"] = parent_unique_id

        return field_dict

    @classmethod
    def _from_struct(cls, struct: CommandByUniqueIdStruct) -> Self:
        return cls(*astuple(struct))

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        command_name = d.pop("commandName")

        parameter_value: None | str | Unset = d.pop("parameterValue", UNSET)

        command_as_string: bool | None | Unset = d.pop("commandAsString", UNSET)

        d_type: None | str | Unset = d.pop("dType", UNSET)

        parent_unique_id: None | str | Unset = d.pop("parentUniqueId", UNSET)

        command_by_unique_id = cls(
            command_name=command_name,
            parameter_value=parameter_value,
            command_as_string=command_as_string,
            d_type=d_type,
            parent_unique_id=parent_unique_id,
        )

        command_by_unique_id.additional_properties = d
        return command_by_unique_id

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
