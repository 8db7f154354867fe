from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Self,
    TypeVar,
    cast,
)

import msgspec
from attrs import define as _attrs_define
from attrs import field as _attrs_field
from msgspec.structs import astuple

from ..types import UNSET, Unset, bounded, model_repr

T = TypeVar("T", bound="AuthError")


class AuthErrorStruct(
    msgspec.Struct,
    kw_only=True,
    rename={
        "status": "status",
        "message": "message",
        "error": "error",
        "data": "data",
        "ie": "ie",
    },
    forbid_unknown_fields=True,
    gc=False,
):
    """The JSON of a AuthError as msgspec validates it (``types.parse_json``)."""

    status: int
    message: str | None
    error: dict[str, Any] | None | Unset = UNSET
    data: dict[str, Any] | None | Unset = UNSET
    ie: dict[str, Any] | None | Unset = UNSET


@_attrs_define
class AuthError:
    """The error body of login and refresh."""

    _struct: ClassVar[type[AuthErrorStruct]] = AuthErrorStruct

    status: int
    """ Mirrors the HTTP status code. """
    message: None | str
    """ A human-readable outcome. """
    error: AuthErrorErrorType0 | None | Unset = UNSET
    """ Details, when the service gives any. """
    data: AuthErrorDataType0 | None | Unset = UNSET
    """ Details, when the service gives any. """
    ie: AuthErrorIeType0 | None | Unset = UNSET
    """ Undocumented details. Azure only. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        message: None | str
        message = self.message

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, AuthErrorErrorType0):
            error = self.error.to_dict()
        else:
            error = self.error

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, AuthErrorDataType0):
            data = self.data.to_dict()
        else:
            data = self.data

        ie: dict[str, Any] | None | Unset
        if isinstance(self.ie, Unset):
            ie = UNSET
        elif isinstance(self.ie, AuthErrorIeType0):
            ie = self.ie.to_dict()
        else:
            ie = self.ie

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "message": message,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if data is not UNSET:
            field_dict["data"] = data
        if ie is not UNSET:
            field_dict["ie"] = ie

        return field_dict

    @classmethod
    def _from_struct(cls, struct: AuthErrorStruct) -> Self:
        if (
            (struct.error is None or struct.error is UNSET)
            and (struct.data is None or struct.data is UNSET)
            and (struct.ie is None or struct.ie is UNSET)
        ):
            return cls(*astuple(struct))
        return cls(
            struct.status,
            struct.message,
            AuthErrorErrorType0.from_dict(bounded(struct.error))
            if isinstance(struct.error, dict)
            else struct.error,
            AuthErrorDataType0.from_dict(bounded(struct.data))
            if isinstance(struct.data, dict)
            else struct.data,
            AuthErrorIeType0.from_dict(bounded(struct.ie))
            if isinstance(struct.ie, dict)
            else struct.ie,
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = d.pop("status")

        message: None | str = d.pop("message")

        _error = d.pop("error", UNSET)
        error: AuthErrorErrorType0 | None | Unset
        if _error is None or isinstance(_error, Unset):
            error = _error
        else:
            try:
                if not isinstance(_error, dict):
                    raise TypeError()
                error_type_0 = AuthErrorErrorType0.from_dict(_error)

                error = error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                error = cast(AuthErrorErrorType0 | None | Unset, _error)

        _data = d.pop("data", UNSET)
        data: AuthErrorDataType0 | None | Unset
        if _data is None or isinstance(_data, Unset):
            data = _data
        else:
            try:
                if not isinstance(_data, dict):
                    raise TypeError()
                data_type_0 = AuthErrorDataType0.from_dict(_data)

                data = data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                data = cast(AuthErrorDataType0 | None | Unset, _data)

        _ie = d.pop("ie", UNSET)
        ie: AuthErrorIeType0 | None | Unset
        if _ie is None or isinstance(_ie, Unset):
            ie = _ie
        else:
            try:
                if not isinstance(_ie, dict):
                    raise TypeError()
                ie_type_0 = AuthErrorIeType0.from_dict(_ie)

                ie = ie_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                ie = cast(AuthErrorIeType0 | None | Unset, _ie)

        auth_error = cls(
            status=status,
            message=message,
            error=error,
            data=data,
            ie=ie,
        )

        auth_error.additional_properties = d
        return auth_error

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
from ..models.auth_error_data_type_0 import AuthErrorDataType0
from ..models.auth_error_error_type_0 import AuthErrorErrorType0
from ..models.auth_error_ie_type_0 import AuthErrorIeType0
