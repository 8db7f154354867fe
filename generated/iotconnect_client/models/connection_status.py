from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

import msgspec
from attrs import define as _attrs_define
from attrs import field as _attrs_field
from msgspec.structs import astuple

from ..types import model_repr

T = TypeVar("T", bound="ConnectionStatus")


class ConnectionStatusStruct(
    msgspec.Struct,
    kw_only=True,
    rename={
        "is_connected": "isConnected",
    },
    forbid_unknown_fields=True,
    gc=False,
):
    """The JSON of a ConnectionStatus as msgspec validates it (``types.parse_json``)."""

    is_connected: int


@_attrs_define
class ConnectionStatus:
    """Whether the device is connected."""

    _struct: ClassVar[type[ConnectionStatusStruct]] = ConnectionStatusStruct

    is_connected: int
    """ 1 when the device is connected now, 0 when not (a number, not a boolean). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        is_connected = self.is_connected

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isConnected": is_connected,
            }
        )

        return field_dict

    @classmethod
    def _from_struct(cls, struct: ConnectionStatusStruct) -> Self:
        return cls(*astuple(struct))

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_connected = d.pop("isConnected")

        connection_status = cls(
            is_connected=is_connected,
        )

        connection_status.additional_properties = d
        return connection_status

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
