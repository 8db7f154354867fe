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

T = TypeVar("T", bound="ChildDevice")


class ChildDeviceStruct(
    msgspec.Struct,
    kw_only=True,
    rename={
        "guid": "guid",
        "unique_id": "uniqueId",
        "display_name": "displayName",
        "tag": "tag",
        "is_connected": "isConnected",
        "lastactivity_date": "lastactivityDate",
        "is_active": "isActive",
        "firmwareupgrade_guid": "firmwareupgradeGuid",
        "device_template_guid": "deviceTemplateGuid",
        "device_template_name": "deviceTemplateName",
        "reporting_to": "reportingTo",
        "entity_name": "entityName",
        "is_acquired": "isAcquired",
        "last_communication": "lastCommunication",
    },
    forbid_unknown_fields=True,
    gc=False,
):
    """The JSON of a ChildDevice as msgspec validates it (``types.parse_json``)."""

    guid: str
    unique_id: str
    display_name: str | None | Unset = UNSET
    tag: str | None | Unset = UNSET
    is_connected: bool | None | Unset = UNSET
    lastactivity_date: datetime.datetime | None | Unset = UNSET
    is_active: bool | None | Unset = UNSET
    firmwareupgrade_guid: str | None | Unset = UNSET
    device_template_guid: str | None | Unset = UNSET
    device_template_name: str | None | Unset = UNSET
    reporting_to: str | None | Unset = UNSET
    entity_name: str | None | Unset = UNSET
    is_acquired: bool | None | Unset = UNSET
    last_communication: datetime.datetime | None | Unset = UNSET


@_attrs_define
class ChildDevice:
    """A child device as the gateway's list shows it: the vendor's `ChildDeviceList`. Here
    `isAcquired` is a boolean and `lastactivityDate`, `firmwareupgradeGuid` keep the
    list's casing.

    """

    _struct: ClassVar[type[ChildDeviceStruct]] = ChildDeviceStruct

    guid: str
    """ The child device's guid. """
    unique_id: str
    display_name: None | str | Unset = UNSET
    """ Free text or null. """
    tag: None | str | Unset = UNSET
    """ Free text or null. """
    is_connected: bool | None | Unset = UNSET
    lastactivity_date: datetime.datetime | None | Unset = UNSET
    """ ISO 8601 UTC with milliseconds, or null. """
    is_active: bool | None | Unset = UNSET
    firmwareupgrade_guid: None | str | Unset = UNSET
    """ Free text or null. """
    device_template_guid: None | str | Unset = UNSET
    """ Free text or null. """
    device_template_name: None | str | Unset = UNSET
    """ Free text or null. """
    reporting_to: None | str | Unset = UNSET
    """ Free text or null. """
    entity_name: None | str | Unset = UNSET
    """ Free text or null. """
    is_acquired: bool | None | Unset = UNSET
    last_communication: datetime.datetime | None | Unset = UNSET
    """ ISO 8601 UTC with milliseconds, or null. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        guid = self.guid

        unique_id = self.unique_id

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        tag: None | str | Unset
        if isinstance(self.tag, Unset):
            tag = UNSET
        else:
            tag = self.tag

        is_connected: bool | None | Unset
        if isinstance(self.is_connected, Unset):
            is_connected = UNSET
        else:
            is_connected = self.is_connected

        lastactivity_date: None | str | Unset
        if isinstance(self.lastactivity_date, Unset):
            lastactivity_date = UNSET
        elif isinstance(self.lastactivity_date, datetime.datetime):
            lastactivity_date = self.lastactivity_date.isoformat()
        else:
            lastactivity_date = self.lastactivity_date

        is_active: bool | None | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
            is_active = self.is_active

        firmwareupgrade_guid: None | str | Unset
        if isinstance(self.firmwareupgrade_guid, Unset):
            firmwareupgrade_guid = UNSET
        else:
            firmwareupgrade_guid = self.firmwareupgrade_guid

        device_template_guid: None | str | Unset
        if isinstance(self.device_template_guid, Unset):
            device_template_guid = UNSET
        else:
            device_template_guid = self.device_template_guid

        device_template_name: None | str | Unset
        if isinstance(self.device_template_name, Unset):
            device_template_name = UNSET
        else:
            device_template_name = self.device_template_name

        reporting_to: None | str | Unset
        if isinstance(self.reporting_to, Unset):
            reporting_to = UNSET
        else:
            reporting_to = self.reporting_to

        entity_name: None | str | Unset
        if isinstance(self.entity_name, Unset):
            entity_name = UNSET
        else:
            entity_name = self.entity_name

        is_acquired: bool | None | Unset
        if isinstance(self.is_acquired, Unset):
            is_acquired = UNSET
        else:
            is_acquired = self.is_acquired

        last_communication: None | str | Unset
        if isinstance(self.last_communication, Unset):
            last_communication = UNSET
        elif isinstance(self.last_communication, datetime.datetime):
            last_communication = self.last_communication.isoformat()
        else:
            last_communication = self.last_communication

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "guid": guid,
                "uniqueId": unique_id,
            }
        )
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if tag is not UNSET:
            field_dict["tag"] = tag
        if is_connected is not UNSET:
            field_dict["isConnected"] = is_connected
        if lastactivity_date is not UNSET:
            field_dict["lastactivityDate"] = lastactivity_date
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if firmwareupgrade_guid is not UNSET:
            field_dict["firmwareupgradeGuid"] = firmwareupgrade_guid
        if device_template_guid is not UNSET:
            field_dict["deviceTemplateGuid"] = device_template_guid
        if device_template_name is not UNSET:
            field_dict["deviceTemplateName"] = device_template_name
        if reporting_to is not UNSET:
            field_dict["reportingTo"] = reporting_to
        if entity_name is not UNSET:
            field_dict["entityName"] = entity_name
        if is_acquired is not UNSET:
            field_dict["isAcquired"] = is_acquired
        if last_communication is not UNSET:
            field_dict["lastCommunication"] = last_communication

        return field_dict

    @classmethod
    def _from_struct(cls, struct: ChildDeviceStruct) -> Self:
        return cls(*astuple(struct))

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        guid = d.pop("guid")

        unique_id = d.pop("uniqueId")

        display_name: None | str | Unset = d.pop("displayName", UNSET)

        tag: None | str | Unset = d.pop("tag", UNSET)

        is_connected: bool | None | Unset = d.pop("isConnected", UNSET)

        _lastactivity_date = d.pop("lastactivityDate", UNSET)
        lastactivity_date: datetime.datetime | None | Unset
        if _lastactivity_date is None or isinstance(_lastactivity_date, Unset):
            lastactivity_date = _lastactivity_date
        else:
            try:
                if not isinstance(_lastactivity_date, str):
                    raise TypeError()
                componentsschemas_nullable_timestamp_type_0 = parse_datetime(
                    _lastactivity_date
                )

                lastactivity_date = componentsschemas_nullable_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                lastactivity_date = cast(
                    datetime.datetime | None | Unset, _lastactivity_date
                )

        is_active: bool | None | Unset = d.pop("isActive", UNSET)

        firmwareupgrade_guid: None | str | Unset = d.pop("firmwareupgradeGuid", UNSET)

        device_template_guid: None | str | Unset = d.pop("deviceTemplateGuid", UNSET)

        device_template_name: None | str | Unset = d.pop("deviceTemplateName", UNSET)

        reporting_to: None | str | Unset = d.pop("reportingTo", UNSET)

        entity_name: None | str | Unset = d.pop("entityName", UNSET)

        is_acquired: bool | None | Unset = d.pop("isAcquired", UNSET)

        _last_communication = d.pop("lastCommunication", UNSET)
        last_communication: datetime.datetime | None | Unset
        if _last_communication is None or isinstance(_last_communication, Unset):
            last_communication = _last_communication
        else:
            try:
                if not isinstance(_last_communication, str):
                    raise TypeError()
                componentsschemas_nullable_timestamp_type_0 = parse_datetime(
                    _last_communication
                )

                last_communication = componentsschemas_nullable_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                last_communication = cast(
                    datetime.datetime | None | Unset, _last_communication
                )

        child_device = cls(
            guid=guid,
            unique_id=unique_id,
            display_name=display_name,
            tag=tag,
            is_connected=is_connected,
            lastactivity_date=lastactivity_date,
            is_active=is_active,
            firmwareupgrade_guid=firmwareupgrade_guid,
            device_template_guid=device_template_guid,
            device_template_name=device_template_name,
            reporting_to=reporting_to,
            entity_name=entity_name,
            is_acquired=is_acquired,
            last_communication=last_communication,
        )

        child_device.additional_properties = d
        return child_device

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
