from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar
from uuid import UUID

import msgspec
from attrs import define as _attrs_define
from attrs import field as _attrs_field
from msgspec.structs import astuple

from ..types import model_repr

T = TypeVar("T", bound="TemplateCreated")


class TemplateCreatedStruct(
    msgspec.Struct,
    kw_only=True,
    rename={
        "device_template_guid": "deviceTemplateGuid",
    },
    forbid_unknown_fields=True,
    gc=False,
):
    """The JSON of a TemplateCreated as msgspec validates it (``types.parse_json``)."""

    device_template_guid: UUID


@_attrs_define
class TemplateCreated:
    """The created template."""

    _struct: ClassVar[type[TemplateCreatedStruct]] = TemplateCreatedStruct

    device_template_guid: UUID
    """ A GUID, upper-case in replies, matched case-insensitively. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        device_template_guid = str(self.device_template_guid)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deviceTemplateGuid": device_template_guid,
            }
        )

        return field_dict

    @classmethod
    def _from_struct(cls, struct: TemplateCreatedStruct) -> Self:
        return cls(*astuple(struct))

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        device_template_guid = UUID(d.pop("deviceTemplateGuid"))

        template_created = cls(
            device_template_guid=device_template_guid,
        )

        template_created.additional_properties = d
        return template_created

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
