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

from ..models.command_to_template_apply_to import (
    CommandToTemplateApplyTo,
    check_command_to_template_apply_to,
)
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="CommandToTemplate")


class CommandToTemplateStruct(
    msgspec.Struct,
    kw_only=True,
    rename={
        "command_guid": "commandGuid",
        "apply_to": "applyTo",
        "parameter_value": "parameterValue",
        "command_text": "commandText",
        "devices": "devices",
        "entity_guid": "entityGuid",
        "is_recursive": "isRecursive",
        "is_scheduled_command": "isScheduledCommand",
        "schedule_unit": "scheduleUnit",
        "schedule_unit_value": "scheduleUnitValue",
        "is_cpid_optional": "isCpidOptional",
        "gateway_guid": "gatewayGuid",
        "f_port": "fPort",
        "transmission_interval": "transmissionInterval",
        "downlink_mode": "downlinkMode",
        "downlink_frequency": "downlinkFrequency",
        "transmission_mode": "transmissionMode",
        "is_bytes_command": "isBytesCommand",
        "command_as_string": "commandAsString",
        "d_type": "dType",
    },
    forbid_unknown_fields=True,
    gc=False,
):
    """The JSON of a CommandToTemplate as msgspec validates it (``types.parse_json``)."""

    command_guid: UUID
    apply_to: CommandToTemplateApplyTo
    parameter_value: str | None | Unset = UNSET
    command_text: str | None | Unset = UNSET
    devices: list[UUID] | None | Unset = UNSET
    entity_guid: UUID | None | Unset = UNSET
    is_recursive: bool | None | Unset = UNSET
    is_scheduled_command: bool | None | Unset = UNSET
    schedule_unit: str | None | Unset = UNSET
    schedule_unit_value: str | None | Unset = UNSET
    is_cpid_optional: bool | None | Unset = UNSET
    gateway_guid: str | None | Unset = UNSET
    f_port: int | None | Unset = UNSET
    transmission_interval: int | None | Unset = UNSET
    downlink_mode: str | None | Unset = UNSET
    downlink_frequency: int | None | Unset = UNSET
    transmission_mode: int | None | Unset = UNSET
    is_bytes_command: bool | None | Unset = UNSET
    command_as_string: bool | None | Unset = UNSET
    d_type: str | None | Unset = UNSET


@_attrs_define
class CommandToTemplate:
    """A template command for many devices (the vendor's `CommandSendRequest`): `applyTo` 1
    sends to the template's devices in `entityGuid` (and below it with `isRecursive`), 2 to
    the `devices` listed.

    """

    _struct: ClassVar[type[CommandToTemplateStruct]] = CommandToTemplateStruct

    command_guid: UUID
    """ A GUID, upper-case in replies, matched case-insensitively. """
    apply_to: CommandToTemplateApplyTo
    parameter_value: None | str | Unset = UNSET
    command_text: None | str | Unset = UNSET
    devices: list[UUID] | None | Unset = UNSET
    entity_guid: None | Unset | UUID = UNSET
    """ A GUID or null. """
    is_recursive: bool | None | Unset = UNSET
    is_scheduled_command: bool | None | Unset = UNSET
    schedule_unit: None | str | Unset = UNSET
    schedule_unit_value: None | str | Unset = UNSET
    is_cpid_optional: bool | None | Unset = UNSET
    gateway_guid: None | str | Unset = UNSET
    f_port: int | None | Unset = UNSET
    transmission_interval: int | None | Unset = UNSET
    downlink_mode: None | str | Unset = UNSET
    downlink_frequency: int | None | Unset = UNSET
    transmission_mode: int | None | Unset = UNSET
    is_bytes_command: bool | None | Unset = UNSET
    command_as_string: bool | None | Unset = UNSET
    d_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        command_guid = str(self.command_guid)

        apply_to: int = self.apply_to

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

        devices: list[str] | None | Unset
        if isinstance(self.devices, Unset):
            devices = UNSET
        elif isinstance(self.devices, list):
            devices = []
            for devices_type_0_item_data in self.devices:
                devices_type_0_item = str(devices_type_0_item_data)
                devices.append(devices_type_0_item)

        else:
            devices = self.devices

        entity_guid: None | str | Unset
        if isinstance(self.entity_guid, Unset):
            entity_guid = UNSET
        elif isinstance(self.entity_guid, UUID):
            entity_guid = str(self.entity_guid)
        else:
            entity_guid = self.entity_guid

        is_recursive: bool | None | Unset
        if isinstance(self.is_recursive, Unset):
            is_recursive = UNSET
        else:
            is_recursive = self.is_recursive

        is_scheduled_command: bool | None | Unset
        if isinstance(self.is_scheduled_command, Unset):
            is_scheduled_command = UNSET
        else:
            is_scheduled_command = self.is_scheduled_command

        schedule_unit: None | str | Unset
        if isinstance(self.schedule_unit, Unset):
            schedule_unit = UNSET
        else:
            schedule_unit = self.schedule_unit

        schedule_unit_value: None | str | Unset
        if isinstance(self.schedule_unit_value, Unset):
            schedule_unit_value = UNSET
        else:
            schedule_unit_value = self.schedule_unit_value

        is_cpid_optional: bool | None | Unset
        if isinstance(self.is_cpid_optional, Unset):
            is_cpid_optional = UNSET
        else:
            is_cpid_optional = self.is_cpid_optional

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

        command_as_string: bool | None | Unset
        if isinstance(self.command_as_string, Unset):
            command_as_string = UNSET
        else:
            command_as_string = self.command_as_string

        d_type: None | str | Unset
        if isinstance(self.d_type, Unset):
            d_type = UNSET
        else:
            d_type = self.d_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "commandGuid": command_guid,
                "applyTo": apply_to,
            }
        )
        if parameter_value is not UNSET:
            field_dict["parameterValue"] = parameter_value
        if command_text is not UNSET:
            field_dict["commandText"] = command_text
        if devices is not UNSET:
            field_dict["devices"] = devices
        if entity_guid is not UNSET:
            field_dict["entityGuid"] = entity_guid
        if is_recursive is not UNSET:
            field_dict["isRecursive"] = is_recursive
        if is_scheduled_command is not UNSET:
            field_dict["isScheduledCommand"] = is_scheduled_command
        if schedule_unit is not UNSET:
            field_dict["scheduleUnit"] = schedule_unit
        if schedule_unit_value is not UNSET:
            field_dict["scheduleUnitValue"] = schedule_unit_value
        if is_cpid_optional is not UNSET:
            field_dict["isCpidOptional"] = is_cpid_optional
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
        if command_as_string is not UNSET:
            field_dict["commandAsString"] = command_as_string
        if d_type is not UNSET:
            field_dict["dType"] = d_type

        return field_dict

    @classmethod
    def _from_struct(cls, struct: CommandToTemplateStruct) -> Self:
        return cls(*astuple(struct))

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        command_guid = UUID(d.pop("commandGuid"))

        apply_to = check_command_to_template_apply_to(d.pop("applyTo"))

        parameter_value: None | str | Unset = d.pop("parameterValue", UNSET)

        command_text: None | str | Unset = d.pop("commandText", UNSET)

        _devices = d.pop("devices", UNSET)
        devices: list[UUID] | None | Unset
        if _devices is None or isinstance(_devices, Unset):
            devices = _devices
        else:
            try:
                if not isinstance(_devices, list):
                    raise TypeError()
                devices_type_0 = []
                _devices_type_0 = _devices
                for devices_type_0_item_data in _devices_type_0:
                    devices_type_0_item = UUID(devices_type_0_item_data)

                    devices_type_0.append(devices_type_0_item)

                devices = devices_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                devices = cast(list[UUID] | None | Unset, _devices)

        _entity_guid = d.pop("entityGuid", UNSET)
        entity_guid: None | Unset | UUID
        if _entity_guid is None or isinstance(_entity_guid, Unset):
            entity_guid = _entity_guid
        else:
            try:
                if not isinstance(_entity_guid, str):
                    raise TypeError()
                componentsschemas_nullable_guid_type_0 = UUID(_entity_guid)

                entity_guid = componentsschemas_nullable_guid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                entity_guid = cast(None | Unset | UUID, _entity_guid)

        is_recursive: bool | None | Unset = d.pop("isRecursive", UNSET)

        is_scheduled_command: bool | None | Unset = d.pop("isScheduledCommand", UNSET)

        schedule_unit: None | str | Unset = d.pop("scheduleUnit", UNSET)

        schedule_unit_value: None | str | Unset = d.pop("scheduleUnitValue", UNSET)

        is_cpid_optional: bool | None | Unset = d.pop("isCpidOptional", UNSET)

        gateway_guid: None | str | Unset = d.pop("gatewayGuid", UNSET)

        f_port: int | None | Unset = d.pop("fPort", UNSET)

        transmission_interval: int | None | Unset = d.pop("transmissionInterval", UNSET)

        downlink_mode: None | str | Unset = d.pop("downlinkMode", UNSET)

        downlink_frequency: int | None | Unset = d.pop("downlinkFrequency", UNSET)

        transmission_mode: int | None | Unset = d.pop("transmissionMode", UNSET)

        is_bytes_command: bool | None | Unset = d.pop("isBytesCommand", UNSET)

        command_as_string: bool | None | Unset = d.pop("commandAsString", UNSET)

        d_type: None | str | Unset = d.pop("dType", UNSET)

        command_to_template = cls(
            command_guid=command_guid,
            apply_to=apply_to,
            parameter_value=parameter_value,
            command_text=command_text,
            devices=devices,
            entity_guid=entity_guid,
            is_recursive=is_recursive,
            is_scheduled_command=is_scheduled_command,
            schedule_unit=schedule_unit,
            schedule_unit_value=schedule_unit_value,
            is_cpid_optional=is_cpid_optional,
            gateway_guid=gateway_guid,
            f_port=f_port,
            transmission_interval=transmission_interval,
            downlink_mode=downlink_mode,
            downlink_frequency=downlink_frequency,
            transmission_mode=transmission_mode,
            is_bytes_command=is_bytes_command,
            command_as_string=command_as_string,
            d_type=d_type,
        )

        command_to_template.additional_properties = d
        return command_to_template

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
