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
from uuid import UUID

import msgspec
from attrs import define as _attrs_define
from attrs import field as _attrs_field
from msgspec.structs import astuple

from ..types import UNSET, Unset, model_repr, parse_datetime

T = TypeVar("T", bound="CommandHistoryEntry")


class CommandHistoryEntryStruct(
    msgspec.Struct,
    kw_only=True,
    rename={
        "command_history_guid": "commandHistoryGuid",
        "unique_id": "uniqueId",
        "parent_device_unique_id": "parentDeviceUniqueId",
        "status": "status",
        "cmd_text": "cmdText",
        "status_date": "statusDate",
        "created_by_name": "createdByName",
        "is_resend": "isResend",
        "resend_history": "resendHistory",
        "status_text": "statusText",
        "message_id": "messageId",
    },
    forbid_unknown_fields=True,
    gc=False,
):
    """The JSON of a CommandHistoryEntry as msgspec validates it (``types.parse_json``)."""

    command_history_guid: UUID
    unique_id: str | None | Unset = UNSET
    parent_device_unique_id: str | None | Unset = UNSET
    status: str | None | Unset = UNSET
    cmd_text: str | None | Unset = UNSET
    status_date: datetime.datetime | None | Unset = UNSET
    created_by_name: str | None | Unset = UNSET
    is_resend: bool | None | Unset = UNSET
    resend_history: CommandHistoryEntryResendHistoryType0Struct | None | Unset = UNSET
    status_text: str | None | Unset = UNSET
    message_id: str | None | Unset = UNSET


@_attrs_define
class CommandHistoryEntry:
    """A command sent to a device (the vendor's `CommandHistoryList`): `cmdText` is what the
    device received, the command's machine name and, after a space, its parameter.

    """

    _struct: ClassVar[type[CommandHistoryEntryStruct]] = CommandHistoryEntryStruct

    command_history_guid: UUID
    """ A GUID, upper-case in replies, matched case-insensitively. """
    unique_id: None | str | Unset = UNSET
    """ Free text or null. """
    parent_device_unique_id: None | str | Unset = UNSET
    """ Free text or null. """
    status: None | str | Unset = UNSET
    """ Free text or null. """
    cmd_text: None | str | Unset = UNSET
    """ Free text or null. """
    status_date: datetime.datetime | None | Unset = UNSET
    """ ISO 8601 UTC with milliseconds, or null. """
    created_by_name: None | str | Unset = UNSET
    """ Free text or null. """
    is_resend: bool | None | Unset = UNSET
    resend_history: CommandHistoryEntryResendHistoryType0 | None | Unset = UNSET
    status_text: None | str | Unset = UNSET
    """ Free text or null. """
    message_id: None | str | Unset = UNSET
    """ Free text or null. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        command_history_guid = str(self.command_history_guid)

        unique_id: None | str | Unset
        if isinstance(self.unique_id, Unset):
            unique_id = UNSET
        else:
            unique_id = self.unique_id

        parent_device_unique_id: None | str | Unset
        if isinstance(self.parent_device_unique_id, Unset):
            parent_device_unique_id = UNSET
        else:
            parent_device_unique_id = self.parent_device_unique_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        cmd_text: None | str | Unset
        if isinstance(self.cmd_text, Unset):
            cmd_text = UNSET
        else:
            cmd_text = self.cmd_text

        status_date: None | str | Unset
        if isinstance(self.status_date, Unset):
            status_date = UNSET
        elif isinstance(self.status_date, datetime.datetime):
            status_date = self.status_date.isoformat()
        else:
            status_date = self.status_date

        created_by_name: None | str | Unset
        if isinstance(self.created_by_name, Unset):
            created_by_name = UNSET
        else:
            created_by_name = self.created_by_name

        is_resend: bool | None | Unset
        if isinstance(self.is_resend, Unset):
            is_resend = UNSET
        else:
            is_resend = self.is_resend

        resend_history: dict[str, Any] | None | Unset
        if isinstance(self.resend_history, Unset):
            resend_history = UNSET
        elif isinstance(self.resend_history, CommandHistoryEntryResendHistoryType0):
            resend_history = self.resend_history.to_dict()
        else:
            resend_history = self.resend_history

        status_text: None | str | Unset
        if isinstance(self.status_text, Unset):
            status_text = UNSET
        else:
            status_text = self.status_text

        message_id: None | str | Unset
        if isinstance(self.message_id, Unset):
            message_id = UNSET
        else:
            message_id = self.message_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "commandHistoryGuid": command_history_guid,
            }
        )
        if unique_id is not UNSET:
            field_dict["uniqueId"] = unique_id
        if parent_device_unique_id is not UNSET:
            field_dict["parentDeviceUniqueId"] = parent_device_unique_id
        if status is not UNSET:
            field_dict["status"] = status
        if cmd_text is not UNSET:
            field_dict["cmdText"] = cmd_text
        if status_date is not UNSET:
            field_dict["statusDate"] = status_date
        if created_by_name is not UNSET:
            field_dict["createdByName"] = created_by_name
        if is_resend is not UNSET:
            field_dict["isResend"] = is_resend
        if resend_history is not UNSET:
            field_dict["resendHistory"] = resend_history
        if status_text is not UNSET:
            field_dict["statusText"] = status_text
        if message_id is not UNSET:
            field_dict["messageId"] = message_id

        return field_dict

    @classmethod
    def _from_struct(cls, struct: CommandHistoryEntryStruct) -> Self:
        if not struct.resend_history:
            return cls(*astuple(struct))
        return cls(
            struct.command_history_guid,
            struct.unique_id,
            struct.parent_device_unique_id,
            struct.status,
            struct.cmd_text,
            struct.status_date,
            struct.created_by_name,
            struct.is_resend,
            CommandHistoryEntryResendHistoryType0._from_struct(struct.resend_history)
            if isinstance(
                struct.resend_history, CommandHistoryEntryResendHistoryType0Struct
            )
            else struct.resend_history,
            struct.status_text,
            struct.message_id,
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        command_history_guid = UUID(d.pop("commandHistoryGuid"))

        unique_id: None | str | Unset = d.pop("uniqueId", UNSET)

        parent_device_unique_id: None | str | Unset = d.pop(
            "parentDeviceUniqueId", UNSET
        )

        status: None | str | Unset = d.pop("status", UNSET)

        cmd_text: None | str | Unset = d.pop("cmdText", UNSET)

        _status_date = d.pop("statusDate", UNSET)
        status_date: datetime.datetime | None | Unset
        if _status_date is None or isinstance(_status_date, Unset):
            status_date = _status_date
        else:
            try:
                if not isinstance(_status_date, str):
                    raise TypeError()
                componentsschemas_nullable_timestamp_type_0 = parse_datetime(
                    _status_date
                )

                status_date = componentsschemas_nullable_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                status_date = cast(datetime.datetime | None | Unset, _status_date)

        created_by_name: None | str | Unset = d.pop("createdByName", UNSET)

        is_resend: bool | None | Unset = d.pop("isResend", UNSET)

        _resend_history = d.pop("resendHistory", UNSET)
        resend_history: CommandHistoryEntryResendHistoryType0 | None | Unset
        if _resend_history is None or isinstance(_resend_history, Unset):
            resend_history = _resend_history
        else:
            try:
                if not isinstance(_resend_history, dict):
                    raise TypeError()
                resend_history_type_0 = CommandHistoryEntryResendHistoryType0.from_dict(
                    _resend_history
                )

                resend_history = resend_history_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                resend_history = cast(
                    CommandHistoryEntryResendHistoryType0 | None | Unset,
                    _resend_history,
                )

        status_text: None | str | Unset = d.pop("statusText", UNSET)

        message_id: None | str | Unset = d.pop("messageId", UNSET)

        command_history_entry = cls(
            command_history_guid=command_history_guid,
            unique_id=unique_id,
            parent_device_unique_id=parent_device_unique_id,
            status=status,
            cmd_text=cmd_text,
            status_date=status_date,
            created_by_name=created_by_name,
            is_resend=is_resend,
            resend_history=resend_history,
            status_text=status_text,
            message_id=message_id,
        )

        command_history_entry.additional_properties = d
        return command_history_entry

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
from ..models.command_history_entry_resend_history_type_0 import (
    CommandHistoryEntryResendHistoryType0,
    CommandHistoryEntryResendHistoryType0Struct,
)
