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

T = TypeVar("T", bound="BasicTokenResponse")


class BasicTokenResponseStruct(
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
    """The JSON of a BasicTokenResponse as msgspec validates it (``types.parse_json``)."""

    data: str
    status: int | Unset = UNSET
    message: str | None | Unset = UNSET
    count: int | None | Unset = UNSET


@_attrs_define
class BasicTokenResponse:
    """The basic token in `data`. Only `data` is required: a recorded real reply (api-facts, "Envelope") carried no
    `status`, so clients must not depend on it.

    """

    _struct: ClassVar[type[BasicTokenResponseStruct]] = BasicTokenResponseStruct

    data: str
    """ The basic token; opaque. """
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
        data = self.data

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
    def _from_struct(cls, struct: BasicTokenResponseStruct) -> Self:
        return cls(*astuple(struct))

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        data = d.pop("data")

        status = d.pop("status", UNSET)

        message: None | str | Unset = d.pop("message", UNSET)

        count: int | None | Unset = d.pop("count", UNSET)

        basic_token_response = cls(
            data=data,
            status=status,
            message=message,
            count=count,
        )

        basic_token_response.additional_properties = d
        return basic_token_response

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
