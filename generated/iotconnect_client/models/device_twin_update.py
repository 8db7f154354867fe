from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

import msgspec
from attrs import define as _attrs_define
from attrs import field as _attrs_field
from msgspec.structs import astuple

from ..types import model_repr

T = TypeVar("T", bound="DeviceTwinUpdate")


class DeviceTwinUpdateStruct(
    msgspec.Struct,
    kw_only=True,
    rename={
        "local_name": "localName",
        "desired_value": "desiredValue",
        "template_setting_guid": "templateSettingGuid",
    },
    forbid_unknown_fields=True,
    gc=False,
):
    """The JSON of a DeviceTwinUpdate as msgspec validates it (``types.parse_json``)."""

    local_name: str
    desired_value: str
    template_setting_guid: str


@_attrs_define
class DeviceTwinUpdate:
    """One desired twin property to set."""

    _struct: ClassVar[type[DeviceTwinUpdateStruct]] = DeviceTwinUpdateStruct

    local_name: str
    """ The property's name in the twin. """
    desired_value: str
    """ The new value as text, valid for the setting's data type. """
    template_setting_guid: str
    """ The `templateSettingGuid` the twin read shows for `localName`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        local_name = self.local_name

        desired_value = self.desired_value

        template_setting_guid = self.template_setting_guid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "localName": local_name,
                "desiredValue": desired_value,
                "templateSettingGuid": template_setting_guid,
            }
        )

        return field_dict

    @classmethod
    def _from_struct(cls, struct: DeviceTwinUpdateStruct) -> Self:
        return cls(*astuple(struct))

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        local_name = d.pop("localName")

        desired_value = d.pop("desiredValue")

        template_setting_guid = d.pop("templateSettingGuid")

        device_twin_update = cls(
            local_name=local_name,
            desired_value=desired_value,
            template_setting_guid=template_setting_guid,
        )

        device_twin_update.additional_properties = d
        return device_twin_update

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
