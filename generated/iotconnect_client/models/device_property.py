from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Self,
    TypeVar,
    cast,
)
from uuid import UUID

import msgspec
from attrs import define as _attrs_define
from attrs import field as _attrs_field
from msgspec.structs import astuple

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="DeviceProperty")


class DevicePropertyStruct(
    msgspec.Struct,
    kw_only=True,
    rename={
        "guid": "guid",
        "value": "value",
        "company_guid": "companyGuid",
    },
    forbid_unknown_fields=True,
    gc=False,
):
    """The JSON of a DeviceProperty as msgspec validates it (``types.parse_json``)."""

    guid: UUID
    value: str | None | Unset = UNSET
    company_guid: UUID | None | Unset = UNSET


@_attrs_define
class DeviceProperty:
    """A value for one of the template's properties (the vendor's `PropertyValue`)."""

    _struct: ClassVar[type[DevicePropertyStruct]] = DevicePropertyStruct

    guid: UUID
    """ A GUID, upper-case in replies, matched case-insensitively. """
    value: None | str | Unset = UNSET
    company_guid: None | Unset | UUID = UNSET
    """ A GUID or null. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        guid = str(self.guid)

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        company_guid: None | str | Unset
        if isinstance(self.company_guid, Unset):
            company_guid = UNSET
        elif isinstance(self.company_guid, UUID):
            company_guid = str(self.company_guid)
        else:
            company_guid = self.company_guid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "guid": guid,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value
        if company_guid is not UNSET:
            field_dict["companyGuid"] = company_guid

        return field_dict

    @classmethod
    def _from_struct(cls, struct: DevicePropertyStruct) -> Self:
        return cls(*astuple(struct))

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        guid = UUID(d.pop("guid"))

        value: None | str | Unset = d.pop("value", UNSET)

        _company_guid = d.pop("companyGuid", UNSET)
        company_guid: None | Unset | UUID
        if _company_guid is None or isinstance(_company_guid, Unset):
            company_guid = _company_guid
        else:
            try:
                if not isinstance(_company_guid, str):
                    raise TypeError()
                componentsschemas_nullable_guid_type_0 = UUID(_company_guid)

                company_guid = componentsschemas_nullable_guid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                company_guid = cast(None | Unset | UUID, _company_guid)

        device_property = cls(
            guid=guid,
            value=value,
            company_guid=company_guid,
        )

        device_property.additional_properties = d
        return device_property

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
