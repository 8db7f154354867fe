from __future__ import annotations

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

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="CommandHistorySearch")


class CommandHistorySearchStruct(
    msgspec.Struct,
    kw_only=True,
    rename={
        "continuation_token": "continuationToken",
        "device_guid": "deviceGuid",
        "capability": "capability",
        "page_size": "pageSize",
        "is_cp_id_optional": "isCpIdOptional",
    },
    forbid_unknown_fields=True,
    gc=False,
):
    """The JSON of a CommandHistorySearch as msgspec validates it (``types.parse_json``)."""

    continuation_token: str | None | Unset = UNSET
    device_guid: UUID | None | Unset = UNSET
    capability: int | None | Unset = UNSET
    page_size: int | None | Unset = UNSET
    is_cp_id_optional: bool | None | Unset = UNSET


@_attrs_define
class CommandHistorySearch:
    """The filters of `searchCommandHistory` (the vendor's `CommandHistoryDynamoListRequest`).
    Null is taken as absent.

    """

    _struct: ClassVar[type[CommandHistorySearchStruct]] = CommandHistorySearchStruct

    continuation_token: None | str | Unset = UNSET
    """ The previous reply's `continuationToken`; none for the first page. """
    device_guid: None | Unset | UUID = UNSET
    """ Only the commands sent to this device. """
    capability: int | None | Unset = UNSET
    """ A template capability (the vendor says only "capability"; templates carry one on AWS). """
    page_size: int | None | Unset = UNSET
    """ Entries per page (default 10, as the other lists). """
    is_cp_id_optional: bool | None | Unset = UNSET
    """ Whether the instance is dedicated (the token's `isCpidOptional`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        continuation_token: None | str | Unset
        if isinstance(self.continuation_token, Unset):
            continuation_token = UNSET
        else:
            continuation_token = self.continuation_token

        device_guid: None | str | Unset
        if isinstance(self.device_guid, Unset):
            device_guid = UNSET
        elif isinstance(self.device_guid, UUID):
            device_guid = str(self.device_guid)
        else:
            device_guid = self.device_guid

        capability: int | None | Unset
        if isinstance(self.capability, Unset):
            capability = UNSET
        else:
            capability = self.capability

        page_size: int | None | Unset
        if isinstance(self.page_size, Unset):
            page_size = UNSET
        else:
            page_size = self.page_size

        is_cp_id_optional: bool | None | Unset
        if isinstance(self.is_cp_id_optional, Unset):
            is_cp_id_optional = UNSET
        else:
            is_cp_id_optional = self.is_cp_id_optional

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if continuation_token is not UNSET:
            field_dict["continuationToken"] = continuation_token
        if device_guid is not UNSET:
            field_dict["deviceGuid"] = device_guid
        if capability is not UNSET:
            field_dict["capability"] = capability
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if is_cp_id_optional is not UNSET:
            field_dict["isCpIdOptional"] = is_cp_id_optional

        return field_dict

    @classmethod
    def _from_struct(cls, struct: CommandHistorySearchStruct) -> Self:
        return cls(*astuple(struct))

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        continuation_token: None | str | Unset = d.pop("continuationToken", UNSET)

        _device_guid = d.pop("deviceGuid", UNSET)
        device_guid: None | Unset | UUID
        if _device_guid is None or isinstance(_device_guid, Unset):
            device_guid = _device_guid
        else:
            try:
                if not isinstance(_device_guid, str):
                    raise TypeError()
                device_guid_type_0 = UUID(_device_guid)

                device_guid = device_guid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                device_guid = cast(None | Unset | UUID, _device_guid)

        capability: int | None | Unset = d.pop("capability", UNSET)

        page_size: int | None | Unset = d.pop("pageSize", UNSET)

        is_cp_id_optional: bool | None | Unset = d.pop("isCpIdOptional", UNSET)

        command_history_search = cls(
            continuation_token=continuation_token,
            device_guid=device_guid,
            capability=capability,
            page_size=page_size,
            is_cp_id_optional=is_cp_id_optional,
        )

        command_history_search.additional_properties = d
        return command_history_search

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
