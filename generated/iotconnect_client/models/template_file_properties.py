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

T = TypeVar("T", bound="TemplateFileProperties")


class TemplateFilePropertiesStruct(
    msgspec.Struct,
    kw_only=True,
    rename={
        "description": "description",
        "data_frequency": "dataFrequency",
        "file_support": "fileSupport",
    },
    forbid_unknown_fields=True,
    gc=False,
):
    """The JSON of a TemplateFileProperties as msgspec validates it (``types.parse_json``)."""

    description: str | None | Unset = UNSET
    data_frequency: int | None | Unset = UNSET
    file_support: bool | None | Unset = UNSET


@_attrs_define
class TemplateFileProperties:
    _struct: ClassVar[type[TemplateFilePropertiesStruct]] = TemplateFilePropertiesStruct

    description: None | str | Unset = UNSET
    data_frequency: int | None | Unset = UNSET
    file_support: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        data_frequency: int | None | Unset
        if isinstance(self.data_frequency, Unset):
            data_frequency = UNSET
        else:
            data_frequency = self.data_frequency

        file_support: bool | None | Unset
        if isinstance(self.file_support, Unset):
            file_support = UNSET
        else:
            file_support = self.file_support

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if data_frequency is not UNSET:
            field_dict["dataFrequency"] = data_frequency
        if file_support is not UNSET:
            field_dict["fileSupport"] = file_support

        return field_dict

    @classmethod
    def _from_struct(cls, struct: TemplateFilePropertiesStruct) -> Self:
        return cls(*astuple(struct))

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        description: None | str | Unset = d.pop("description", UNSET)

        data_frequency: int | None | Unset = d.pop("dataFrequency", UNSET)

        file_support: bool | None | Unset = d.pop("fileSupport", UNSET)

        template_file_properties = cls(
            description=description,
            data_frequency=data_frequency,
            file_support=file_support,
        )

        template_file_properties.additional_properties = d
        return template_file_properties

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
