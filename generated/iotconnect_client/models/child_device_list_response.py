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

T = TypeVar("T", bound="ChildDeviceListResponse")


class ChildDeviceListResponseStruct(
    msgspec.Struct,
    kw_only=True,
    rename={
        "data": "data",
        "status": "status",
        "message": "message",
        "count": "count",
    },
    forbid_unknown_fields=True,
    gc=False,
):
    """The JSON of a ChildDeviceListResponse as msgspec validates it (``types.parse_json``)."""

    data: list[ChildDeviceStruct]
    status: int | Unset = UNSET
    message: str | None | Unset = UNSET
    count: int | None | Unset = UNSET


@_attrs_define
class ChildDeviceListResponse:
    """One page of a gateway's child devices."""

    _struct: ClassVar[type[ChildDeviceListResponseStruct]] = (
        ChildDeviceListResponseStruct
    )

    data: list[ChildDevice]
    status: int | Unset = UNSET
    """ Mirrors the HTTP status code. """
    message: None | str | Unset = UNSET
    """ A human-readable outcome. """
    count: int | None | Unset = UNSET
    """ Total number of matches for lists (`-1` when unknown); null otherwise. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        status = self.status

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        count: int | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def _from_struct(cls, struct: ChildDeviceListResponseStruct) -> Self:
        if not struct.data:
            return cls(*astuple(struct))
        return cls(
            [ChildDevice._from_struct(item) for item in struct.data],
            struct.status,
            struct.message,
            struct.count,
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = ChildDevice.from_dict(data_item_data)

            data.append(data_item)

        status = d.pop("status", UNSET)

        message: None | str | Unset = d.pop("message", UNSET)

        count: int | None | Unset = d.pop("count", UNSET)

        child_device_list_response = cls(
            data=data,
            status=status,
            message=message,
            count=count,
        )

        child_device_list_response.additional_properties = d
        return child_device_list_response

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


# The models this one refers to, imported after it is defined: models that refer to each other
# then import without a cycle, and from_dict runs no import statement per call.
from ..models.child_device import (
    ChildDevice,
    ChildDeviceStruct,
)
