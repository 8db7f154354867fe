from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplateDirectMethod")


@_attrs_define
class TemplateDirectMethod:
    """A direct method of a template. Azure only."""

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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_guid(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_guid_type_0 = UUID(data)

                return componentsschemas_nullable_guid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        guid = _parse_guid(d.pop("guid", UNSET))

        def _parse_method_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        method_name = _parse_method_name(d.pop("methodName", UNSET))

        def _parse_response_timeout_second(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        response_timeout_second = _parse_response_timeout_second(
            d.pop("responseTimeoutSecond", UNSET)
        )

        def _parse_created_by(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_guid_type_0 = UUID(data)

                return componentsschemas_nullable_guid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        created_by = _parse_created_by(d.pop("createdBy", UNSET))

        def _parse_created_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_timestamp_type_0 = (
                    datetime.datetime.fromisoformat(data)
                )

                return componentsschemas_nullable_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_date = _parse_created_date(d.pop("createdDate", UNSET))

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
