from __future__ import annotations

import datetime
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

from ..types import UNSET, Unset, model_repr, parse_datetime

T = TypeVar("T", bound="TemplateDirectMethod")


class TemplateDirectMethodStruct(
    msgspec.Struct,
    kw_only=True,
    rename={
        "guid": "guid",
        "method_name": "methodName",
        "response_timeout_second": "responseTimeoutSecond",
        "created_by": "createdBy",
        "created_date": "createdDate",
    },
    forbid_unknown_fields=True,
    gc=False,
):
    """The JSON of a TemplateDirectMethod as msgspec validates it (``types.parse_json``)."""

    guid: UUID | None | Unset = UNSET
    method_name: str | None | Unset = UNSET
    response_timeout_second: int | None | Unset = UNSET
    created_by: UUID | None | Unset = UNSET
    created_date: datetime.datetime | None | Unset = UNSET


@_attrs_define
class TemplateDirectMethod:
    """A direct method of a template. Azure only."""

    _struct: ClassVar[type[TemplateDirectMethodStruct]] = TemplateDirectMethodStruct

    guid: None | Unset | UUID = UNSET
    """ A GUID or null. """
    method_name: None | str | Unset = UNSET
    """ Free text or null. """
    response_timeout_second: int | None | Unset = UNSET
    created_by: None | Unset | UUID = UNSET
    """ A GUID or null. """
    created_date: datetime.datetime | None | Unset = UNSET
    """ ISO 8601 UTC with milliseconds, or null. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        guid: None | str | Unset
        if isinstance(self.guid, Unset):
            guid = UNSET
        elif isinstance(self.guid, UUID):
            guid = str(self.guid)
        else:
            guid = self.guid

        method_name: None | str | Unset
        if isinstance(self.method_name, Unset):
            method_name = UNSET
        else:
            method_name = self.method_name

        response_timeout_second: int | None | Unset
        if isinstance(self.response_timeout_second, Unset):
            response_timeout_second = UNSET
        else:
            response_timeout_second = self.response_timeout_second

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, UUID):
            created_by = str(self.created_by)
        else:
            created_by = self.created_by

        created_date: None | str | Unset
        if isinstance(self.created_date, Unset):
            created_date = UNSET
        elif isinstance(self.created_date, datetime.datetime):
            created_date = self.created_date.isoformat()
        else:
            created_date = self.created_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if guid is not UNSET:
            field_dict["guid"] = guid
        if method_name is not UNSET:
            field_dict["methodName"] = method_name
        if response_timeout_second is not UNSET:
            field_dict["responseTimeoutSecond"] = response_timeout_second
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if created_date is not UNSET:
            field_dict["createdDate"] = created_date

        return field_dict

    @classmethod
    def _from_struct(cls, struct: TemplateDirectMethodStruct) -> Self:
        return cls(*astuple(struct))

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _guid = d.pop("guid", UNSET)
        guid: None | Unset | UUID
        if _guid is None or isinstance(_guid, Unset):
            guid = _guid
        else:
            try:
                if not isinstance(_guid, str):
                    raise TypeError()
                componentsschemas_nullable_guid_type_0 = UUID(_guid)

                guid = componentsschemas_nullable_guid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                guid = cast(None | Unset | UUID, _guid)

        method_name: None | str | Unset = d.pop("methodName", UNSET)

        response_timeout_second: int | None | Unset = d.pop(
            "responseTimeoutSecond", UNSET
        )

        _created_by = d.pop("createdBy", UNSET)
        created_by: None | Unset | UUID
        if _created_by is None or isinstance(_created_by, Unset):
            created_by = _created_by
        else:
            try:
                if not isinstance(_created_by, str):
                    raise TypeError()
                componentsschemas_nullable_guid_type_0 = UUID(_created_by)

                created_by = componentsschemas_nullable_guid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                created_by = cast(None | Unset | UUID, _created_by)

        _created_date = d.pop("createdDate", UNSET)
        created_date: datetime.datetime | None | Unset
        if _created_date is None or isinstance(_created_date, Unset):
            created_date = _created_date
        else:
            try:
                if not isinstance(_created_date, str):
                    raise TypeError()
                componentsschemas_nullable_timestamp_type_0 = parse_datetime(
                    _created_date
                )

                created_date = componentsschemas_nullable_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                created_date = cast(datetime.datetime | None | Unset, _created_date)

        template_direct_method = cls(
            guid=guid,
            method_name=method_name,
            response_timeout_second=response_timeout_second,
            created_by=created_by,
            created_date=created_date,
        )

        template_direct_method.additional_properties = d
        return template_direct_method

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
