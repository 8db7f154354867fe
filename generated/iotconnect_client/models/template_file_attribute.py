from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Self,
    TypeVar,
    cast,
)

import msgspec
from attrs import define as _attrs_define
from attrs import field as _attrs_field
from msgspec.structs import astuple

from ..models.template_file_attribute_type import (
    TemplateFileAttributeType,
    check_template_file_attribute_type,
)
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="TemplateFileAttribute")


class TemplateFileAttributeStruct(
    msgspec.Struct,
    kw_only=True,
    rename={
        "name": "name",
        "type_": "type",
        "description": "description",
        "unit": "unit",
        "aggregate_types": "aggregateTypes",
    },
    forbid_unknown_fields=True,
    gc=False,
):
    """The JSON of a TemplateFileAttribute as msgspec validates it (``types.parse_json``)."""

    name: str
    type_: TemplateFileAttributeType
    description: str | None | Unset = UNSET
    unit: str | None | Unset = UNSET
    aggregate_types: list[str] | None | Unset = UNSET


@_attrs_define
class TemplateFileAttribute:
    """An attribute of a template file."""

    _struct: ClassVar[type[TemplateFileAttributeStruct]] = TemplateFileAttributeStruct

    name: str
    type_: TemplateFileAttributeType
    description: None | str | Unset = UNSET
    unit: None | str | Unset = UNSET
    aggregate_types: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str = self.type_

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        unit: None | str | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        else:
            unit = self.unit

        aggregate_types: list[str] | None | Unset
        if isinstance(self.aggregate_types, Unset):
            aggregate_types = UNSET
        elif isinstance(self.aggregate_types, list):
            aggregate_types = self.aggregate_types

        else:
            aggregate_types = self.aggregate_types

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if unit is not UNSET:
            field_dict["unit"] = unit
        if aggregate_types is not UNSET:
            field_dict["aggregateTypes"] = aggregate_types

        return field_dict

    @classmethod
    def _from_struct(cls, struct: TemplateFileAttributeStruct) -> Self:
        return cls(*astuple(struct))

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        type_ = check_template_file_attribute_type(d.pop("type"))

        description: None | str | Unset = d.pop("description", UNSET)

        unit: None | str | Unset = d.pop("unit", UNSET)

        _aggregate_types = d.pop("aggregateTypes", UNSET)
        aggregate_types: list[str] | None | Unset
        if _aggregate_types is None or isinstance(_aggregate_types, Unset):
            aggregate_types = _aggregate_types
        else:
            try:
                if not isinstance(_aggregate_types, list):
                    raise TypeError()
                aggregate_types_type_0 = cast(list[str], _aggregate_types)

                aggregate_types = aggregate_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                aggregate_types = cast(list[str] | None | Unset, _aggregate_types)

        template_file_attribute = cls(
            name=name,
            type_=type_,
            description=description,
            unit=unit,
            aggregate_types=aggregate_types,
        )

        template_file_attribute.additional_properties = d
        return template_file_attribute

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
