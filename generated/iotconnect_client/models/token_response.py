from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

import msgspec
from attrs import define as _attrs_define
from attrs import field as _attrs_field
from msgspec.structs import astuple

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="TokenResponse")


class TokenResponseStruct(
    msgspec.Struct,
    kw_only=True,
    rename={
        "token_type": "token_type",
        "access_token": "access_token",
        "expires_in": "expires_in",
        "refresh_token": "refresh_token",
        "status": "status",
    },
    forbid_unknown_fields=True,
    gc=False,
):
    """The JSON of a TokenResponse as msgspec validates it (``types.parse_json``)."""

    token_type: str
    access_token: str
    expires_in: int
    refresh_token: str
    status: int | Unset = UNSET


@_attrs_define
class TokenResponse:
    """Tokens from a login or a refresh; not enveloped."""

    _struct: ClassVar[type[TokenResponseStruct]] = TokenResponseStruct

    token_type: str
    """ `bearer`, compared case-insensitively. """
    access_token: str
    """ An HS256 JWT. """
    expires_in: int
    """ Lifetime of the access token in seconds. """
    refresh_token: str
    """ Single use; each refresh returns a new one. """
    status: int | Unset = UNSET
    """ Mirrors the HTTP status code. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        token_type = self.token_type

        access_token = self.access_token

        expires_in = self.expires_in

        refresh_token = self.refresh_token

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token_type": token_type,
                "access_token": access_token,
                "expires_in": expires_in,
                "refresh_token": refresh_token,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def _from_struct(cls, struct: TokenResponseStruct) -> Self:
        return cls(*astuple(struct))

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        token_type = d.pop("token_type")

        access_token = d.pop("access_token")

        expires_in = d.pop("expires_in")

        refresh_token = d.pop("refresh_token")

        status = d.pop("status", UNSET)

        token_response = cls(
            token_type=token_type,
            access_token=access_token,
            expires_in=expires_in,
            refresh_token=refresh_token,
            status=status,
        )

        token_response.additional_properties = d
        return token_response

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
