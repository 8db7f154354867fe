from __future__ import annotations

import datetime
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

from ..types import UNSET, Unset, model_repr, parse_datetime

T = TypeVar("T", bound="CommandHistoryEntryResendHistoryType0")


class CommandHistoryEntryResendHistoryType0Struct(
    msgspec.Struct,
    kw_only=True,
    rename={
        "resend_count": "resendCount",
        "exec_time": "execTime",
    },
    forbid_unknown_fields=True,
    gc=False,
):
    """The JSON of a CommandHistoryEntryResendHistoryType0 as msgspec validates it (``types.parse_json``)."""

    resend_count: int | None | Unset = UNSET
    exec_time: list[datetime.datetime] | None | Unset = UNSET


@_attrs_define
class CommandHistoryEntryResendHistoryType0:
    _struct: ClassVar[type[CommandHistoryEntryResendHistoryType0Struct]] = (
        CommandHistoryEntryResendHistoryType0Struct
    )

    resend_count: int | None | Unset = UNSET
    exec_time: list[datetime.datetime] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        resend_count: int | None | Unset
        if isinstance(self.resend_count, Unset):
            resend_count = UNSET
        else:
            resend_count = self.resend_count

        exec_time: list[str] | None | Unset
        if isinstance(self.exec_time, Unset):
            exec_time = UNSET
        elif isinstance(self.exec_time, list):
            exec_time = []
            for exec_time_type_0_item_data in self.exec_time:
                exec_time_type_0_item = exec_time_type_0_item_data.isoformat()
                exec_time.append(exec_time_type_0_item)

        else:
            exec_time = self.exec_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if resend_count is not UNSET:
            field_dict["resendCount"] = resend_count
        if exec_time is not UNSET:
            field_dict["execTime"] = exec_time

        return field_dict

    @classmethod
    def _from_struct(cls, struct: CommandHistoryEntryResendHistoryType0Struct) -> Self:
        return cls(*astuple(struct))

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        resend_count: int | None | Unset = d.pop("resendCount", UNSET)

        _exec_time = d.pop("execTime", UNSET)
        exec_time: list[datetime.datetime] | None | Unset
        if _exec_time is None or isinstance(_exec_time, Unset):
            exec_time = _exec_time
        else:
            try:
                if not isinstance(_exec_time, list):
                    raise TypeError()
                exec_time_type_0 = []
                _exec_time_type_0 = _exec_time
                for exec_time_type_0_item_data in _exec_time_type_0:
                    exec_time_type_0_item = parse_datetime(exec_time_type_0_item_data)

                    exec_time_type_0.append(exec_time_type_0_item)

                exec_time = exec_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                exec_time = cast(list[datetime.datetime] | None | Unset, _exec_time)

        command_history_entry_resend_history_type_0 = cls(
            resend_count=resend_count,
            exec_time=exec_time,
        )

        command_history_entry_resend_history_type_0.additional_properties = d
        return command_history_entry_resend_history_type_0

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
