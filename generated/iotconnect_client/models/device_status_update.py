from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

import msgspec
from attrs import define as _attrs_define
from attrs import field as _attrs_field
from msgspec.structs import astuple

from ..types import model_repr

T = TypeVar("T", bound="DeviceStatusUpdate")


class DeviceStatusUpdateStruct(
    msgspec.Struct,
    kw_only=True,
    rename={
        "is_active": "isActive",
    },
    forbid_unknown_fields=True,
    gc=False,
):
    """The JSON of a DeviceStatusUpdate as msgspec validates it (``types.parse_json``)."""

    is_active: bool


@_attrs_define
class DeviceStatusUpdate:
    """The state to put the device in."""

    _struct: ClassVar[type[DeviceStatusUpdateStruct]] = DeviceStatusUpdateStruct

    is_active: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        is_active = self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isActive": is_active,
            }
        )

        return field_dict

    @classmethod
    def _from_struct(cls, struct: DeviceStatusUpdateStruct) -> Self:
        return cls(*astuple(struct))

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_active = d.pop("isActive")

        device_status_update = cls(
            is_active=is_active,
        )

        device_status_update.additional_properties = d
        return device_status_update

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
