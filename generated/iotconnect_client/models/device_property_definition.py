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

T = TypeVar("T", bound="DevicePropertyDefinition")


class DevicePropertyDefinitionStruct(
    msgspec.Struct,
    kw_only=True,
    rename={
        "guid": "guid",
        "name": "name",
        "field_type": "fieldType",
        "options": "options",
        "value": "value",
    },
    forbid_unknown_fields=True,
    gc=False,
):
    """The JSON of a DevicePropertyDefinition as msgspec validates it (``types.parse_json``)."""

    guid: str
    name: str | None | Unset = UNSET
    field_type: str | None | Unset = UNSET
    options: str | None | Unset = UNSET
    value: str | None | Unset = UNSET


@_attrs_define
class DevicePropertyDefinition:
    """A custom property devices may carry (the vendor's `PropertyList`)."""

    _struct: ClassVar[type[DevicePropertyDefinitionStruct]] = (
        DevicePropertyDefinitionStruct
    )

    guid: str
    """ What a device's `properties[].guid` names. """
    name: None | str | Unset = UNSET
    """ Free text or null. """
    field_type: None | str | Unset = UNSET
    """ Free text or null. """
    options: None | str | Unset = UNSET
    """ Free text or null. """
    value: None | str | Unset = UNSET
    """ Free text or null. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        guid = self.guid

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_type: None | str | Unset
        if isinstance(self.field_type, Unset):
            field_type = UNSET
        else:
            field_type = self.field_type

        options: None | str | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        else:
            options = self.options

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "guid": guid,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if field_type is not UNSET:
            field_dict["fieldType"] = field_type
        if options is not UNSET:
            field_dict["options"] = options
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def _from_struct(cls, struct: DevicePropertyDefinitionStruct) -> Self:
        return cls(*astuple(struct))

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        guid = d.pop("guid")

        name: None | str | Unset = d.pop("name", UNSET)

        field_type: None | str | Unset = d.pop("fieldType", UNSET)

        options: None | str | Unset = d.pop("options", UNSET)

        value: None | str | Unset = d.pop("value", UNSET)

        device_property_definition = cls(
            guid=guid,
            name=name,
            field_type=field_type,
            options=options,
            value=value,
        )

        device_property_definition.additional_properties = d
        return device_property_definition

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
