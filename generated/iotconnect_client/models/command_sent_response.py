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

from ..types import UNSET, Unset, bounded, model_repr

T = TypeVar("T", bound="CommandSentResponse")


class CommandSentResponseStruct(
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
    """The JSON of a CommandSentResponse as msgspec validates it (``types.parse_json``)."""

    data: list[dict[str, Any] | None] | None
    status: int | Unset = UNSET
    message: str | None | Unset = UNSET
    count: int | None | Unset = UNSET


@_attrs_define
class CommandSentResponse:
    """A command sent."""

    _struct: ClassVar[type[CommandSentResponseStruct]] = CommandSentResponseStruct

    data: list[CommandSentResponseDataType0ItemType0 | None] | None
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
        data: list[dict[str, Any] | None] | None
        if isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item: dict[str, Any] | None
                if isinstance(
                    data_type_0_item_data, CommandSentResponseDataType0ItemType0
                ):
                    data_type_0_item = data_type_0_item_data.to_dict()
                else:
                    data_type_0_item = data_type_0_item_data
                data.append(data_type_0_item)

        else:
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
    def _from_struct(cls, struct: CommandSentResponseStruct) -> Self:
        return cls(
            [
                CommandSentResponseDataType0ItemType0.from_dict(bounded(item))
                if isinstance(item, dict)
                else item
                for item in struct.data
            ]
            if isinstance(struct.data, list)
            else struct.data,
            struct.status,
            struct.message,
            struct.count,
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _data = d.pop("data")
        data: list[CommandSentResponseDataType0ItemType0 | None] | None
        if _data is None:
            data = _data
        else:
            try:
                if not isinstance(_data, list):
                    raise TypeError()
                data_type_0 = []
                _data_type_0 = _data
                for data_type_0_item_data in _data_type_0:
                    _data_type_0_item = data_type_0_item_data
                    data_type_0_item: CommandSentResponseDataType0ItemType0 | None
                    if _data_type_0_item is None:
                        data_type_0_item = _data_type_0_item
                    else:
                        try:
                            if not isinstance(_data_type_0_item, dict):
                                raise TypeError()
                            data_type_0_item_type_0 = (
                                CommandSentResponseDataType0ItemType0.from_dict(
                                    _data_type_0_item
                                )
                            )

                            data_type_0_item = data_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            data_type_0_item = cast(
                                CommandSentResponseDataType0ItemType0 | None,
                                _data_type_0_item,
                            )

                    data_type_0.append(data_type_0_item)

                data = data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                data = cast(
                    list[CommandSentResponseDataType0ItemType0 | None] | None, _data
                )

        status = d.pop("status", UNSET)

        message: None | str | Unset = d.pop("message", UNSET)

        count: int | None | Unset = d.pop("count", UNSET)

        command_sent_response = cls(
            data=data,
            status=status,
            message=message,
            count=count,
        )

        command_sent_response.additional_properties = d
        return command_sent_response

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
from ..models.command_sent_response_data_type_0_item_type_0 import (
    CommandSentResponseDataType0ItemType0,
)
