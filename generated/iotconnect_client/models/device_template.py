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

T = TypeVar("T", bound="DeviceTemplate")


class DeviceTemplateStruct(
    msgspec.Struct,
    kw_only=True,
    rename={
        "guid": "guid",
        "name": "name",
        "code": "code",
        "description": "description",
        "tag": "tag",
        "auth_type": "authType",
        "authentication_type": "authenticationType",
        "message_version": "messageVersion",
        "is_edge_support": "isEdgeSupport",
        "is_iot_edge_enable": "isIotEdgeEnable",
        "gateway_support": "gatewaySupport",
        "is_low_bandwidth": "isLowBandwidth",
        "is_solution_template": "isSolutionTemplate",
        "solution_name": "solutionName",
        "file_support": "fileSupport",
        "firmware_guid": "firmwareGuid",
        "created_date": "createdDate",
        "updated_date": "updatedDate",
        "attribute_count": "attributeCount",
        "setting_count": "settingCount",
        "command_count": "commandCount",
        "device_count": "deviceCount",
        "rule_count": "ruleCount",
        "is_validate_template": "isValidateTemplate",
        "is_valid_edge_support": "isValidEdgeSupport",
        "is_valid_type_2_support": "isValidType2Support",
        "c_2_d_on_demand": "c2dOnDemand",
        "green_grass": "greenGrass",
        "wireless": "wireless",
        "on_demand_cmd": "onDemandCmd",
        "bytes_command_cnt": "bytesCommandCnt",
        "capability": "capability",
        "direct_method_count": "directMethodCount",
        "template_type": "templateType",
    },
    forbid_unknown_fields=True,
    gc=False,
):
    """The JSON of a DeviceTemplate as msgspec validates it (``types.parse_json``)."""

    guid: UUID
    name: str
    code: str | None | Unset = UNSET
    description: str | None | Unset = UNSET
    tag: str | None | Unset = UNSET
    auth_type: int | None | Unset = UNSET
    authentication_type: str | None | Unset = UNSET
    message_version: str | None | Unset = UNSET
    is_edge_support: bool | None | Unset = UNSET
    is_iot_edge_enable: bool | None | Unset = UNSET
    gateway_support: bool | None | Unset = UNSET
    is_low_bandwidth: bool | None | Unset = UNSET
    is_solution_template: bool | None | Unset = UNSET
    solution_name: str | None | Unset = UNSET
    file_support: bool | None | Unset = UNSET
    firmware_guid: str | None | Unset = UNSET
    created_date: datetime.datetime | None | Unset = UNSET
    updated_date: datetime.datetime | None | Unset = UNSET
    attribute_count: int | None | Unset = UNSET
    setting_count: int | None | Unset = UNSET
    command_count: int | None | Unset = UNSET
    device_count: int | None | Unset = UNSET
    rule_count: int | None | Unset = UNSET
    is_validate_template: bool | None | Unset = UNSET
    is_valid_edge_support: bool | None | Unset = UNSET
    is_valid_type_2_support: bool | None | Unset = UNSET
    c_2_d_on_demand: int | None | Unset = UNSET
    green_grass: bool | None | Unset = UNSET
    wireless: bool | None | Unset = UNSET
    on_demand_cmd: bool | None | Unset = UNSET
    bytes_command_cnt: int | None | Unset = UNSET
    capability: int | None | Unset = UNSET
    direct_method_count: int | None | Unset = UNSET
    template_type: str | None | Unset = UNSET


@_attrs_define
class DeviceTemplate:
    """A device template as the list shows it: the vendor's `TemplateList` fields of both
    platforms. `code` is the template code, `authType` says what a create needs.

    """

    _struct: ClassVar[type[DeviceTemplateStruct]] = DeviceTemplateStruct

    guid: UUID
    """ A GUID, upper-case in replies, matched case-insensitively. """
    name: str
    code: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    """ Free text or null. """
    tag: None | str | Unset = UNSET
    """ Free text or null. """
    auth_type: int | None | Unset = UNSET
    """ See `AuthType`. """
    authentication_type: None | str | Unset = UNSET
    """ Free text or null. """
    message_version: None | str | Unset = UNSET
    """ Free text or null. """
    is_edge_support: bool | None | Unset = UNSET
    is_iot_edge_enable: bool | None | Unset = UNSET
    gateway_support: bool | None | Unset = UNSET
    is_low_bandwidth: bool | None | Unset = UNSET
    is_solution_template: bool | None | Unset = UNSET
    solution_name: None | str | Unset = UNSET
    """ Free text or null. """
    file_support: bool | None | Unset = UNSET
    firmware_guid: None | str | Unset = UNSET
    """ Free text or null. """
    created_date: datetime.datetime | None | Unset = UNSET
    """ ISO 8601 UTC with milliseconds, or null. """
    updated_date: datetime.datetime | None | Unset = UNSET
    """ ISO 8601 UTC with milliseconds, or null. """
    attribute_count: int | None | Unset = UNSET
    setting_count: int | None | Unset = UNSET
    command_count: int | None | Unset = UNSET
    device_count: int | None | Unset = UNSET
    rule_count: int | None | Unset = UNSET
    is_validate_template: bool | None | Unset = UNSET
    is_valid_edge_support: bool | None | Unset = UNSET
    is_valid_type_2_support: bool | None | Unset = UNSET
    c_2_d_on_demand: int | None | Unset = UNSET
    green_grass: bool | None | Unset = UNSET
    wireless: bool | None | Unset = UNSET
    on_demand_cmd: bool | None | Unset = UNSET
    bytes_command_cnt: int | None | Unset = UNSET
    capability: int | None | Unset = UNSET
    direct_method_count: int | None | Unset = UNSET
    template_type: None | str | Unset = UNSET
    """ Free text or null. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        guid = str(self.guid)

        name = self.name

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        tag: None | str | Unset
        if isinstance(self.tag, Unset):
            tag = UNSET
        else:
            tag = self.tag

        auth_type: int | None | Unset
        if isinstance(self.auth_type, Unset):
            auth_type = UNSET
        else:
            auth_type = self.auth_type

        authentication_type: None | str | Unset
        if isinstance(self.authentication_type, Unset):
            authentication_type = UNSET
        else:
            authentication_type = self.authentication_type

        message_version: None | str | Unset
        if isinstance(self.message_version, Unset):
            message_version = UNSET
        else:
            message_version = self.message_version

        is_edge_support: bool | None | Unset
        if isinstance(self.is_edge_support, Unset):
            is_edge_support = UNSET
        else:
            is_edge_support = self.is_edge_support

        is_iot_edge_enable: bool | None | Unset
        if isinstance(self.is_iot_edge_enable, Unset):
            is_iot_edge_enable = UNSET
        else:
            is_iot_edge_enable = self.is_iot_edge_enable

        gateway_support: bool | None | Unset
        if isinstance(self.gateway_support, Unset):
            gateway_support = UNSET
        else:
            gateway_support = self.gateway_support

        is_low_bandwidth: bool | None | Unset
        if isinstance(self.is_low_bandwidth, Unset):
            is_low_bandwidth = UNSET
        else:
            is_low_bandwidth = self.is_low_bandwidth

        is_solution_template: bool | None | Unset
        if isinstance(self.is_solution_template, Unset):
            is_solution_template = UNSET
        else:
            is_solution_template = self.is_solution_template

        solution_name: None | str | Unset
        if isinstance(self.solution_name, Unset):
            solution_name = UNSET
        else:
            solution_name = self.solution_name

        file_support: bool | None | Unset
        if isinstance(self.file_support, Unset):
            file_support = UNSET
        else:
            file_support = self.file_support

        firmware_guid: None | str | Unset
        if isinstance(self.firmware_guid, Unset):
            firmware_guid = UNSET
        else:
            firmware_guid = self.firmware_guid

        created_date: None | str | Unset
        if isinstance(self.created_date, Unset):
            created_date = UNSET
        elif isinstance(self.created_date, datetime.datetime):
            created_date = self.created_date.isoformat()
        else:
            created_date = self.created_date

        updated_date: None | str | Unset
        if isinstance(self.updated_date, Unset):
            updated_date = UNSET
        elif isinstance(self.updated_date, datetime.datetime):
            updated_date = self.updated_date.isoformat()
        else:
            updated_date = self.updated_date

        attribute_count: int | None | Unset
        if isinstance(self.attribute_count, Unset):
            attribute_count = UNSET
        else:
            attribute_count = self.attribute_count

        setting_count: int | None | Unset
        if isinstance(self.setting_count, Unset):
            setting_count = UNSET
        else:
            setting_count = self.setting_count

        command_count: int | None | Unset
        if isinstance(self.command_count, Unset):
            command_count = UNSET
        else:
            command_count = self.command_count

        device_count: int | None | Unset
        if isinstance(self.device_count, Unset):
            device_count = UNSET
        else:
            device_count = self.device_count

        rule_count: int | None | Unset
        if isinstance(self.rule_count, Unset):
            rule_count = UNSET
        else:
            rule_count = self.rule_count

        is_validate_template: bool | None | Unset
        if isinstance(self.is_validate_template, Unset):
            is_validate_template = UNSET
        else:
            is_validate_template = self.is_validate_template

        is_valid_edge_support: bool | None | Unset
        if isinstance(self.is_valid_edge_support, Unset):
            is_valid_edge_support = UNSET
        else:
            is_valid_edge_support = self.is_valid_edge_support

        is_valid_type_2_support: bool | None | Unset
        if isinstance(self.is_valid_type_2_support, Unset):
            is_valid_type_2_support = UNSET
        else:
            is_valid_type_2_support = self.is_valid_type_2_support

        c_2_d_on_demand: int | None | Unset
        if isinstance(self.c_2_d_on_demand, Unset):
            c_2_d_on_demand = UNSET
        else:
            c_2_d_on_demand = self.c_2_d_on_demand

        green_grass: bool | None | Unset
        if isinstance(self.green_grass, Unset):
            green_grass = UNSET
        else:
            green_grass = self.green_grass

        wireless: bool | None | Unset
        if isinstance(self.wireless, Unset):
            wireless = UNSET
        else:
            wireless = self.wireless

        on_demand_cmd: bool | None | Unset
        if isinstance(self.on_demand_cmd, Unset):
            on_demand_cmd = UNSET
        else:
            on_demand_cmd = self.on_demand_cmd

        bytes_command_cnt: int | None | Unset
        if isinstance(self.bytes_command_cnt, Unset):
            bytes_command_cnt = UNSET
        else:
            bytes_command_cnt = self.bytes_command_cnt

        capability: int | None | Unset
        if isinstance(self.capability, Unset):
            capability = UNSET
        else:
            capability = self.capability

        direct_method_count: int | None | Unset
        if isinstance(self.direct_method_count, Unset):
            direct_method_count = UNSET
        else:
            direct_method_count = self.direct_method_count

        template_type: None | str | Unset
        if isinstance(self.template_type, Unset):
            template_type = UNSET
        else:
            template_type = self.template_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "guid": guid,
                "name": name,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if description is not UNSET:
            field_dict["description"] = description
        if tag is not UNSET:
            field_dict["tag"] = tag
        if auth_type is not UNSET:
            field_dict["authType"] = auth_type
        if authentication_type is not UNSET:
            field_dict["authenticationType"] = authentication_type
        if message_version is not UNSET:
            field_dict["messageVersion"] = message_version
        if is_edge_support is not UNSET:
            field_dict["isEdgeSupport"] = is_edge_support
        if is_iot_edge_enable is not UNSET:
            field_dict["isIotEdgeEnable"] = is_iot_edge_enable
        if gateway_support is not UNSET:
            field_dict["gatewaySupport"] = gateway_support
        if is_low_bandwidth is not UNSET:
            field_dict["isLowBandwidth"] = is_low_bandwidth
        if is_solution_template is not UNSET:
            field_dict["isSolutionTemplate"] = is_solution_template
        if solution_name is not UNSET:
            field_dict["solutionName"] = solution_name
        if file_support is not UNSET:
            field_dict["fileSupport"] = file_support
        if firmware_guid is not UNSET:
            field_dict["firmwareGuid"] = firmware_guid
        if created_date is not UNSET:
            field_dict["createdDate"] = created_date
        if updated_date is not UNSET:
            field_dict["updatedDate"] = updated_date
        if attribute_count is not UNSET:
            field_dict["attributeCount"] = attribute_count
        if setting_count is not UNSET:
            field_dict["settingCount"] = setting_count
        if command_count is not UNSET:
            field_dict["commandCount"] = command_count
        if device_count is not UNSET:
            field_dict["deviceCount"] = device_count
        if rule_count is not UNSET:
            field_dict["ruleCount"] = rule_count
        if is_validate_template is not UNSET:
            field_dict["isValidateTemplate"] = is_validate_template
        if is_valid_edge_support is not UNSET:
            field_dict["isValidEdgeSupport"] = is_valid_edge_support
        if is_valid_type_2_support is not UNSET:
            field_dict["isValidType2Support"] = is_valid_type_2_support
        if c_2_d_on_demand is not UNSET:
            field_dict["c2dOnDemand"] = c_2_d_on_demand
        if green_grass is not UNSET:
            field_dict["greenGrass"] = green_grass
        if wireless is not UNSET:
            field_dict["wireless"] = wireless
        if on_demand_cmd is not UNSET:
            field_dict["onDemandCmd"] = on_demand_cmd
        if bytes_command_cnt is not UNSET:
            field_dict["bytesCommandCnt"] = bytes_command_cnt
        if capability is not UNSET:
            field_dict["capability"] = capability
        if direct_method_count is not UNSET:
            field_dict["directMethodCount"] = direct_method_count
        if template_type is not UNSET:
            field_dict["templateType"] = template_type

        return field_dict

    @classmethod
    def _from_struct(cls, struct: DeviceTemplateStruct) -> Self:
        return cls(*astuple(struct))

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        guid = UUID(d.pop("guid"))

        name = d.pop("name")

        code: None | str | Unset = d.pop("code", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        tag: None | str | Unset = d.pop("tag", UNSET)

        auth_type: int | None | Unset = d.pop("authType", UNSET)

        authentication_type: None | str | Unset = d.pop("authenticationType", UNSET)

        message_version: None | str | Unset = d.pop("messageVersion", UNSET)

        is_edge_support: bool | None | Unset = d.pop("isEdgeSupport", UNSET)

        is_iot_edge_enable: bool | None | Unset = d.pop("isIotEdgeEnable", UNSET)

        gateway_support: bool | None | Unset = d.pop("gatewaySupport", UNSET)

        is_low_bandwidth: bool | None | Unset = d.pop("isLowBandwidth", UNSET)

        is_solution_template: bool | None | Unset = d.pop("isSolutionTemplate", UNSET)

        solution_name: None | str | Unset = d.pop("solutionName", UNSET)

        file_support: bool | None | Unset = d.pop("fileSupport", UNSET)

        firmware_guid: None | str | Unset = d.pop("firmwareGuid", UNSET)

        _created_date = d.pop("createdDate", UNSET)
        created_date: datetime.datetime | None | Unset
        if _created_date is None or isinstance(_created_date, Unset):
            created_date = _created_date
        else:
            try:
                if not isinstance(_created_date, str):
                    raise TypeError()
                componentsschemas_nullable_timestamp_type_0 = parse_datetime(
                    _created_date
                )

                created_date = componentsschemas_nullable_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                created_date = cast(datetime.datetime | None | Unset, _created_date)

        _updated_date = d.pop("updatedDate", UNSET)
        updated_date: datetime.datetime | None | Unset
        if _updated_date is None or isinstance(_updated_date, Unset):
            updated_date = _updated_date
        else:
            try:
                if not isinstance(_updated_date, str):
                    raise TypeError()
                componentsschemas_nullable_timestamp_type_0 = parse_datetime(
                    _updated_date
                )

                updated_date = componentsschemas_nullable_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                updated_date = cast(datetime.datetime | None | Unset, _updated_date)

        attribute_count: int | None | Unset = d.pop("attributeCount", UNSET)

        setting_count: int | None | Unset = d.pop("settingCount", UNSET)

        command_count: int | None | Unset = d.pop("commandCount", UNSET)

        device_count: int | None | Unset = d.pop("deviceCount", UNSET)

        rule_count: int | None | Unset = d.pop("ruleCount", UNSET)

        is_validate_template: bool | None | Unset = d.pop("isValidateTemplate", UNSET)

        is_valid_edge_support: bool | None | Unset = d.pop("isValidEdgeSupport", UNSET)

        is_valid_type_2_support: bool | None | Unset = d.pop(
            "isValidType2Support", UNSET
        )

        c_2_d_on_demand: int | None | Unset = d.pop("c2dOnDemand", UNSET)

        green_grass: bool | None | Unset = d.pop("greenGrass", UNSET)

        wireless: bool | None | Unset = d.pop("wireless", UNSET)

        on_demand_cmd: bool | None | Unset = d.pop("onDemandCmd", UNSET)

        bytes_command_cnt: int | None | Unset = d.pop("bytesCommandCnt", UNSET)

        capability: int | None | Unset = d.pop("capability", UNSET)

        direct_method_count: int | None | Unset = d.pop("directMethodCount", UNSET)

        template_type: None | str | Unset = d.pop("templateType", UNSET)

        device_template = cls(
            guid=guid,
            name=name,
            code=code,
            description=description,
            tag=tag,
            auth_type=auth_type,
            authentication_type=authentication_type,
            message_version=message_version,
            is_edge_support=is_edge_support,
            is_iot_edge_enable=is_iot_edge_enable,
            gateway_support=gateway_support,
            is_low_bandwidth=is_low_bandwidth,
            is_solution_template=is_solution_template,
            solution_name=solution_name,
            file_support=file_support,
            firmware_guid=firmware_guid,
            created_date=created_date,
            updated_date=updated_date,
            attribute_count=attribute_count,
            setting_count=setting_count,
            command_count=command_count,
            device_count=device_count,
            rule_count=rule_count,
            is_validate_template=is_validate_template,
            is_valid_edge_support=is_valid_edge_support,
            is_valid_type_2_support=is_valid_type_2_support,
            c_2_d_on_demand=c_2_d_on_demand,
            green_grass=green_grass,
            wireless=wireless,
            on_demand_cmd=on_demand_cmd,
            bytes_command_cnt=bytes_command_cnt,
            capability=capability,
            direct_method_count=direct_method_count,
            template_type=template_type,
        )

        device_template.additional_properties = d
        return device_template

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
