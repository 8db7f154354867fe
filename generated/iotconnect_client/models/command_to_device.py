from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Self,
    TypeVar,
)
from uuid import UUID

import msgspec
from attrs import define as _attrs_define
from attrs import field as _attrs_field
from msgspec.structs import astuple

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="CommandToDevice")


class CommandToDeviceStruct(
    msgspec.Struct,
    kw_only=True,
    rename={
        "command_guid": "commandGuid",
        "parameter_value": "parameterValue",
        "command_text": "commandText",
        "gateway_guid": "gatewayGuid",
        "f_port": "fPort",
        "transmission_interval": "transmissionInterval",
        "downlink_mode": "downlinkMode",
        "downlink_frequency": "downlinkFrequency",
        "transmission_mode": "transmissionMode",
        "is_bytes_command": "isBytesCommand",
    },
    forbid_unknown_fields=True,
    gc=False,
):
    """The JSON of a CommandToDevice as msgspec validates it (``types.parse_json``)."""

    command_guid: UUID
    parameter_value: str | None | Unset = UNSET
    command_text: str | None | Unset = UNSET
    gateway_guid: str | None | Unset = UNSET
    f_port: int | None | Unset = UNSET
    transmission_interval: int | None | Unset = UNSET
    downlink_mode: str | None | Unset = UNSET
    downlink_frequency: int | None | Unset = UNSET
    transmission_mode: int | None | Unset = UNSET
    is_bytes_command: bool | None | Unset = UNSET


@_attrs_define
class CommandToDevice:
    """A command for one device (the vendor's `CommandSendToDeviceRequest`)."""

    _struct: ClassVar[type[CommandToDeviceStruct]] = CommandToDeviceStruct

    command_guid: UUID
    """ A GUID, upper-case in replies, matched case-insensitively. """
    parameter_value: None | str | Unset = UNSET
    command_text: None | str | Unset = UNSET
    gateway_guid: None | str | Unset = UNSET
    """ The gateway of a child device. """
    f_port: int | None | Unset = UNSET
    """ LoRaWAN port. """
    transmission_interval: int | None | Unset = UNSET
    downlink_mode: None | str | Unset = UNSET
    downlink_frequency: int | None | Unset = UNSET
    transmission_mode: int | None | Unset = UNSET
    is_bytes_command: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        command_guid = str(self.command_guid)

        parameter_value: None | str | Unset
        if isinstance(self.parameter_value, Unset):
            parameter_value = UNSET
        else:
            parameter_value = self.parameter_value

        command_text: None | str | Unset
        if isinstance(self.command_text, Unset):
            command_text = UNSET
        else:
            command_text = self.command_text

        gateway_guid: None | str | Unset
        if isinstance(self.gateway_guid, Unset):
            gateway_guid = UNSET
        else:
            gateway_guid = self.gateway_guid

        f_port: int | None | Unset
        if isinstance(self.f_port, Unset):
            f_port = UNSET
        else:
            f_port = self.f_port

        transmission_interval: int | None | Unset
        if isinstance(self.transmission_interval, Unset):
            transmission_interval = UNSET
        else:
            transmission_interval = self.transmission_interval

        downlink_mode: None | str | Unset
        if isinstance(self.downlink_mode, Unset):
            downlink_mode = UNSET
        else:
            downlink_mode = self.downlink_mode

        downlink_frequency: int | None | Unset
        if isinstance(self.downlink_frequency, Unset):
            downlink_frequency = UNSET
        else:
            downlink_frequency = self.downlink_frequency

        transmission_mode: int | None | Unset
        if isinstance(self.transmission_mode, Unset):
            transmission_mode = UNSET
        else:
            transmission_mode = self.transmission_mode

        is_bytes_command: bool | None | Unset
        if isinstance(self.is_bytes_command, Unset):
            is_bytes_command = UNSET
        else:
            is_bytes_command = self.is_bytes_command

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "commandGuid": command_guid,
            }
        )
        if parameter_value is not UNSET:
            field_dict["parameterValue"] = parameter_value
        if command_text is not UNSET:
            field_dict["commandText"] = command_text
        if gateway_guid is not UNSET:
            field_dict["gatewayGuid"] = gateway_guid
        if f_port is not UNSET:
            field_dict["fPort"] = f_port
        if transmission_interval is not UNSET:
            field_dict["transmissionInterval"] = transmission_interval
        if downlink_mode is not UNSET:
            field_dict["downlinkMode"] = downlink_mode
        if downlink_frequency is not UNSET:
            field_dict["downlinkFrequency"] = downlink_frequency
        if transmission_mode is not UNSET:
            field_dict["transmissionMode"] = transmission_mode
        if is_bytes_command is not UNSET:
            field_dict["isBytesCommand"] = is_bytes_command

        return field_dict

    @classmethod
    def _from_struct(cls, struct: CommandToDeviceStruct) -> Self:
        return cls(*astuple(struct))

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        command_guid = UUID(d.pop("commandGuid"))

        parameter_value: None | str | Unset = d.pop("parameterValue", UNSET)

        command_text: None | str | Unset = d.pop("commandText", UNSET)

        gateway_guid: None | str | Unset = d.pop("gatewayGuid", UNSET)

        f_port: int | None | Unset = d.pop("fPort", UNSET)

        transmission_interval: int | None | Unset = d.pop("transmissionInterval", UNSET)

        downlink_mode: None | str | Unset = d.pop("downlinkMode", UNSET)

        downlink_frequency: int | None | Unset = d.pop("downlinkFrequency", UNSET)

        transmission_mode: int | None | Unset = d.pop("transmissionMode", UNSET)

        is_bytes_command: bool | None | Unset = d.pop("isBytesCommand", UNSET)

        command_to_device = cls(
            command_guid=command_guid,
            parameter_value=parameter_value,
            command_text=command_text,
            gateway_guid=gateway_guid,
            f_port=f_port,
            transmission_interval=transmission_interval,
            downlink_mode=downlink_mode,
            downlink_frequency=downlink_frequency,
            transmission_mode=transmission_mode,
            is_bytes_command=is_bytes_command,
        )

        command_to_device.additional_properties = d
        return command_to_device

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
