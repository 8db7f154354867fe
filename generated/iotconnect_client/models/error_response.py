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

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ErrorResponse")


class ErrorResponseStruct(
    msgspec.Struct,
    kw_only=True,
    rename={
        "status": "status",
        "message": "message",
        "error": "error",
    },
    forbid_unknown_fields=True,
    gc=False,
):
    """The JSON of a ErrorResponse as msgspec validates it (``types.parse_json``)."""

    status: int
    message: str | None
    error: list[ErrorDetailStruct] | None | Unset = UNSET


@_attrs_define
class ErrorResponse:
    """The error body of the device service (and of a bearer rejected by the auth service)."""

    _struct: ClassVar[type[ErrorResponseStruct]] = ErrorResponseStruct

    status: int
    """ Mirrors the HTTP status code. """
    message: None | str
    """ A human-readable outcome. """
    error: list[ErrorDetail] | None | Unset = UNSET
    """ What went wrong, one entry per problem. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        message: None | str
        message = self.message

        error: list[dict[str, Any]] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, list):
            error = []
            for error_type_0_item_data in self.error:
                error_type_0_item = error_type_0_item_data.to_dict()
                error.append(error_type_0_item)

        else:
            error = self.error

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

        return field_dict

    @classmethod
    def _from_struct(cls, struct: ErrorResponseStruct) -> Self:
        if not struct.error:
            return cls(*astuple(struct))
        return cls(
            struct.status,
            struct.message,
            [ErrorDetail._from_struct(item) for item in struct.error]
            if isinstance(struct.error, list)
            else struct.error,
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = d.pop("status")

        message: None | str = d.pop("message")

        _error = d.pop("error", UNSET)
        error: list[ErrorDetail] | None | Unset
        if _error is None or isinstance(_error, Unset):
            error = _error
        else:
            try:
                if not isinstance(_error, list):
                    raise TypeError()
                error_type_0 = []
                _error_type_0 = _error
                for error_type_0_item_data in _error_type_0:
                    error_type_0_item = ErrorDetail.from_dict(error_type_0_item_data)

                    error_type_0.append(error_type_0_item)

                error = error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                error = cast(list[ErrorDetail] | None | Unset, _error)

        error_response = cls(
            status=status,
            message=message,
            error=error,
        )

        error_response.additional_properties = d
        return error_response

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
from ..models.error_detail import (
    ErrorDetail,
    ErrorDetailStruct,
)
