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

T = TypeVar("T", bound="DevicePropertyValue")


class DevicePropertyValueStruct(
    msgspec.Struct,
    kw_only=True,
    rename={
        "guid": "guid",
        "device_guid": "deviceGuid",
        "value": "value",
        "name": "name",
        "property_guid": "propertyGuid",
        "options": "options",
        "field_type": "fieldType",
    },
    forbid_unknown_fields=True,
    gc=False,
):
    """The JSON of a DevicePropertyValue as msgspec validates it (``types.parse_json``)."""

    guid: str | None | Unset = UNSET
    device_guid: str | None | Unset = UNSET
    value: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    property_guid: str | None | Unset = UNSET
    options: str | None | Unset = UNSET
    field_type: str | None | Unset = UNSET


@_attrs_define
class DevicePropertyValue:
    """A custom property of a device, as replies show it."""

    _struct: ClassVar[type[DevicePropertyValueStruct]] = DevicePropertyValueStruct

    guid: None | str | Unset = UNSET
    """ Free text or null. """
    device_guid: None | str | Unset = UNSET
    """ Free text or null. """
    value: None | str | Unset = UNSET
    """ Free text or null. """
    name: None | str | Unset = UNSET
    """ Free text or null. """
    property_guid: None | str | Unset = UNSET
    """ Free text or null. """
    options: None | str | Unset = UNSET
    """ Free text or null. """
    field_type: None | str | Unset = UNSET
    """ Free text or null. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        guid: None | str | Unset
        if isinstance(self.guid, Unset):
            guid = UNSET
        else:
            guid = self.guid

        device_guid: None | str | Unset
        if isinstance(self.device_guid, Unset):
            device_guid = UNSET
        else:
            device_guid = self.device_guid

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        property_guid: None | str | Unset
        if isinstance(self.property_guid, Unset):
            property_guid = UNSET
        else:
            property_guid = self.property_guid

        options: None | str | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        else:
            options = self.options

        field_type: None | str | Unset
        if isinstance(self.field_type, Unset):
            field_type = UNSET
        else:
            field_type = self.field_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if guid is not UNSET:
            field_dict["guid"] = guid
        if device_guid is not UNSET:
            field_dict["deviceGuid"] = device_guid
        if value is not UNSET:
            field_dict["value"] = value
        if name is not UNSET:
            field_dict["name"] = name
        if property_guid is not UNSET:
            field_dict["propertyGuid"] = property_guid
        if options is not UNSET:
            field_dict["options"] = options
        if field_type is not UNSET:
            field_dict["fieldType"] = field_type

        return field_dict

    @classmethod
    def _from_struct(cls, struct: DevicePropertyValueStruct) -> Self:
        return cls(*astuple(struct))

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        guid: None | str | Unset = d.pop("guid", UNSET)

        device_guid: None | str | Unset = d.pop("deviceGuid", UNSET)

        value: None | str | Unset = d.pop("value", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        property_guid: None | str | Unset = d.pop("propertyGuid", UNSET)

        options: None | str | Unset = d.pop("options", UNSET)

        field_type: None | str | Unset = d.pop("fieldType", UNSET)

        device_property_value = cls(
            guid=guid,
            device_guid=device_guid,
            value=value,
            name=name,
            property_guid=property_guid,
            options=options,
            field_type=field_type,
        )

        device_property_value.additional_properties = d
        return device_property_value

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
