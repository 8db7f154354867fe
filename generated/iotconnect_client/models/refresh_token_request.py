from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

import msgspec
from attrs import define as _attrs_define
from attrs import field as _attrs_field
from msgspec.structs import astuple

from ..types import model_repr

T = TypeVar("T", bound="RefreshTokenRequest")


class RefreshTokenRequestStruct(
    msgspec.Struct,
    kw_only=True,
    rename={
        "refreshtoken": "refreshtoken",
    },
    forbid_unknown_fields=True,
    gc=False,
):
    """The JSON of a RefreshTokenRequest as msgspec validates it (``types.parse_json``)."""

    refreshtoken: str


@_attrs_define
class RefreshTokenRequest:
    """The refresh token to spend (the property name is all lower case)."""

    _struct: ClassVar[type[RefreshTokenRequestStruct]] = RefreshTokenRequestStruct

    refreshtoken: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        refreshtoken = self.refreshtoken

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "refreshtoken": refreshtoken,
            }
        )

        return field_dict

    @classmethod
    def _from_struct(cls, struct: RefreshTokenRequestStruct) -> Self:
        return cls(*astuple(struct))

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        refreshtoken = d.pop("refreshtoken")

        refresh_token_request = cls(
            refreshtoken=refreshtoken,
        )

        refresh_token_request.additional_properties = d
        return refresh_token_request

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
