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

T = TypeVar("T", bound="TemplateDeleteResponseDataItem")


class TemplateDeleteResponseDataItemStruct(
    msgspec.Struct,
    kw_only=True,
    rename={
        "is_green_grass": "isGreenGrass",
    },
    forbid_unknown_fields=True,
    gc=False,
):
    """The JSON of a TemplateDeleteResponseDataItem as msgspec validates it (``types.parse_json``)."""

    is_green_grass: int | None | Unset = UNSET


@_attrs_define
class TemplateDeleteResponseDataItem:
    _struct: ClassVar[type[TemplateDeleteResponseDataItemStruct]] = (
        TemplateDeleteResponseDataItemStruct
    )

    is_green_grass: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        is_green_grass: int | None | Unset
        if isinstance(self.is_green_grass, Unset):
            is_green_grass = UNSET
        else:
            is_green_grass = self.is_green_grass

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_green_grass is not UNSET:
            field_dict["isGreenGrass"] = is_green_grass

        return field_dict

    @classmethod
    def _from_struct(cls, struct: TemplateDeleteResponseDataItemStruct) -> Self:
        return cls(*astuple(struct))

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_green_grass: int | None | Unset = d.pop("isGreenGrass", UNSET)

        template_delete_response_data_item = cls(
            is_green_grass=is_green_grass,
        )

        template_delete_response_data_item.additional_properties = d
        return template_delete_response_data_item

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
