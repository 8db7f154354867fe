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

T = TypeVar("T", bound="SidewalkDevice")


class SidewalkDeviceStruct(
    msgspec.Struct,
    kw_only=True,
    rename={
        "custom_decoder_guid": "customDecoderGuid",
    },
    forbid_unknown_fields=True,
    gc=False,
):
    """The JSON of a SidewalkDevice as msgspec validates it (``types.parse_json``)."""

    custom_decoder_guid: str | None | Unset = UNSET


@_attrs_define
class SidewalkDevice:
    """An Amazon Sidewalk device's decoder. AWS only."""

    _struct: ClassVar[type[SidewalkDeviceStruct]] = SidewalkDeviceStruct

    custom_decoder_guid: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        custom_decoder_guid: None | str | Unset
        if isinstance(self.custom_decoder_guid, Unset):
            custom_decoder_guid = UNSET
        else:
            custom_decoder_guid = self.custom_decoder_guid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom_decoder_guid is not UNSET:
            field_dict["customDecoderGuid"] = custom_decoder_guid

        return field_dict

    @classmethod
    def _from_struct(cls, struct: SidewalkDeviceStruct) -> Self:
        return cls(*astuple(struct))

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        custom_decoder_guid: None | str | Unset = d.pop("customDecoderGuid", UNSET)

        sidewalk_device = cls(
            custom_decoder_guid=custom_decoder_guid,
        )

        sidewalk_device.additional_properties = d
        return sidewalk_device

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
