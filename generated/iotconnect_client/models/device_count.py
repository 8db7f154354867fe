from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

import msgspec
from attrs import define as _attrs_define
from attrs import field as _attrs_field
from msgspec.structs import astuple

from ..types import model_repr

T = TypeVar("T", bound="DeviceCount")


class DeviceCountStruct(
    msgspec.Struct,
    kw_only=True,
    rename={
        "device_count": "deviceCount",
    },
    forbid_unknown_fields=True,
    gc=False,
):
    """The JSON of a DeviceCount as msgspec validates it (``types.parse_json``)."""

    device_count: int


@_attrs_define
class DeviceCount:
    """A count of devices."""

    _struct: ClassVar[type[DeviceCountStruct]] = DeviceCountStruct

    device_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        device_count = self.device_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deviceCount": device_count,
            }
        )

        return field_dict

    @classmethod
    def _from_struct(cls, struct: DeviceCountStruct) -> Self:
        return cls(*astuple(struct))

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        device_count = d.pop("deviceCount")

        device_count = cls(
            device_count=device_count,
        )

        device_count.additional_properties = d
        return device_count

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
