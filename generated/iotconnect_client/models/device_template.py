from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceTemplate")


@_attrs_define
class DeviceTemplate:
    """A device template."""

    guid: UUID
    """ A GUID, upper-case in replies, matched case-insensitively. """
    name: str
    code: None | str | Unset = UNSET
    auth_type: int | None | Unset = UNSET
    message_version: None | str | Unset = UNSET
    """ Free text or null. """
    is_edge_support: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        guid = str(self.guid)

        name = self.name

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        auth_type: int | None | Unset
        if isinstance(self.auth_type, Unset):
            auth_type = UNSET
        else:
            auth_type = self.auth_type

        message_version: None | str | Unset
        if isinstance(self.message_version, Unset):
            message_version = UNSET
        else:
            message_version = self.message_version

        is_edge_support: bool | None | Unset
        if isinstance(self.is_edge_support, Unset):
            is_edge_support = UNSET
        else:
            is_edge_support = self.is_edge_support

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "guid": guid,
                "name": name,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if auth_type is not UNSET:
            field_dict["authType"] = auth_type
        if message_version is not UNSET:
            field_dict["messageVersion"] = message_version
        if is_edge_support is not UNSET:
            field_dict["isEdgeSupport"] = is_edge_support

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        guid = UUID(d.pop("guid"))

        name = d.pop("name")

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_auth_type(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        auth_type = _parse_auth_type(d.pop("authType", UNSET))

        def _parse_message_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message_version = _parse_message_version(d.pop("messageVersion", UNSET))

        def _parse_is_edge_support(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_edge_support = _parse_is_edge_support(d.pop("isEdgeSupport", UNSET))

        device_template = cls(
            guid=guid,
            name=name,
            code=code,
            auth_type=auth_type,
            message_version=message_version,
            is_edge_support=is_edge_support,
        )

        device_template.additional_properties = d
        return device_template

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
