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

from ..types import UNSET, Unset, bounded, model_repr

T = TypeVar("T", bound="Envelope")


class EnvelopeStruct(
    msgspec.Struct,
    kw_only=True,
    rename={
        "status": "status",
        "data": "data",
        "message": "message",
        "count": "count",
    },
    forbid_unknown_fields=True,
    gc=False,
):
    """The JSON of a Envelope as msgspec validates it (``types.parse_json``)."""

    status: int
    data: Any | Unset = UNSET
    message: str | None | Unset = UNSET
    count: int | None | Unset = UNSET


@_attrs_define
class Envelope:
    """The reply wrapper of every service; `data` depends on the operation."""

    _struct: ClassVar[type[EnvelopeStruct]] = EnvelopeStruct

    status: int
    """ Mirrors the HTTP status code. """
    data: Any | Unset = UNSET
    """ The payload; an array, an object, a string or null. """
    message: None | str | Unset = UNSET
    """ A human-readable outcome. """
    count: int | None | Unset = UNSET
    """ Total number of matches for lists (`-1` when unknown); null otherwise. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        data = self.data

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
                "status": status,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data
        if message is not UNSET:
            field_dict["message"] = message
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def _from_struct(cls, struct: EnvelopeStruct) -> Self:
        if not struct.data:
            return cls(*astuple(struct))
        return cls(
            struct.status,
            bounded(struct.data),
            struct.message,
            struct.count,
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = d.pop("status")

        data = d.pop("data", UNSET)

        message: None | str | Unset = d.pop("message", UNSET)

        count: int | None | Unset = d.pop("count", UNSET)

        envelope = cls(
            status=status,
            data=data,
            message=message,
            count=count,
        )

        envelope.additional_properties = d
        return envelope

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
