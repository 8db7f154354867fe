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

T = TypeVar("T", bound="DevicePropertySet")


class DevicePropertySetStruct(
    msgspec.Struct,
    kw_only=True,
    rename={
        "value": "value",
        "unique_id": "uniqueId",
    },
    forbid_unknown_fields=True,
    gc=False,
):
    """The JSON of a DevicePropertySet as msgspec validates it (``types.parse_json``)."""

    value: str | None | Unset = UNSET
    unique_id: str | None | Unset = UNSET


@_attrs_define
class DevicePropertySet:
    """One property value the update set (the vendor's `DevicePropertyUpdate`)."""

    _struct: ClassVar[type[DevicePropertySetStruct]] = DevicePropertySetStruct

    value: None | str | Unset = UNSET
    """ Free text or null. """
    unique_id: None | str | Unset = UNSET
    """ Free text or null. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        unique_id: None | str | Unset
        if isinstance(self.unique_id, Unset):
            unique_id = UNSET
        else:
            unique_id = self.unique_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if unique_id is not UNSET:
            field_dict["uniqueId"] = unique_id

        return field_dict

    @classmethod
    def _from_struct(cls, struct: DevicePropertySetStruct) -> Self:
        return cls(*astuple(struct))

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        value: None | str | Unset = d.pop("value", UNSET)

        unique_id: None | str | Unset = d.pop("uniqueId", UNSET)

        device_property_set = cls(
            value=value,
            unique_id=unique_id,
        )

        device_property_set.additional_properties = d
        return device_property_set

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
