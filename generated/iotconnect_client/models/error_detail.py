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

T = TypeVar("T", bound="ErrorDetail")


class ErrorDetailStruct(
    msgspec.Struct,
    kw_only=True,
    rename={
        "param": "param",
        "message": "message",
    },
    forbid_unknown_fields=True,
    gc=False,
):
    """The JSON of a ErrorDetail as msgspec validates it (``types.parse_json``)."""

    param: str
    message: str | None | Unset = UNSET


@_attrs_define
class ErrorDetail:
    """One problem."""

    _struct: ClassVar[type[ErrorDetailStruct]] = ErrorDetailStruct

    param: str
    """ A machine code (`UniqueIdAlreadyExists`, `DeviceNotFound`, ...) or the offending field. """
    message: None | str | Unset = UNSET
    """ A human-readable outcome. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        param = self.param

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "param": param,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def _from_struct(cls, struct: ErrorDetailStruct) -> Self:
        return cls(*astuple(struct))

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        param = d.pop("param")

        message: None | str | Unset = d.pop("message", UNSET)

        error_detail = cls(
            param=param,
            message=message,
        )

        error_detail.additional_properties = d
        return error_detail

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
