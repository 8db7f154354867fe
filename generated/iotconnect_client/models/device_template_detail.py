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

from ..types import UNSET, Unset, bounded, model_repr, parse_datetime

T = TypeVar("T", bound="DeviceTemplateDetail")


class DeviceTemplateDetailStruct(
    msgspec.Struct,
    kw_only=True,
    rename={
        "guid": "guid",
        "template_code": "templateCode",
        "template_name": "templateName",
        "display_name": "displayName",
        "tag": "tag",
        "auth_type": "authType",
        "message_version": "messageVersion",
        "msg_code": "msgCode",
        "is_edge_support": "isEdgeSupport",
        "is_type_2_support": "isType2Support",
        "is_low_bandwidth": "isLowBandwidth",
        "is_solution_template": "isSolutionTemplate",
        "is_attached_with_device": "isAttachedWithDevice",
        "is_validate_template": "isValidateTemplate",
        "is_valid_edge_support": "isValidEdgeSupport",
        "is_valid_type_2_support": "isValidType2Support",
        "c_2_d_on_demand": "c2dOnDemand",
        "req_attr_push": "reqAttrPush",
        "req_setting_push": "reqSettingPush",
        "firmware_guid": "firmwareGuid",
        "firmware_name": "firmwareName",
        "created_date": "createdDate",
        "created_by": "createdBy",
        "updated_date": "updatedDate",
        "updated_by": "updatedBy",
        "attr_xml": "attrXml",
        "attributes": "attributes",
        "setting_xml": "settingXml",
        "command_xml": "commandXml",
        "commands": "commands",
        "property_": "property",
        "settings": "settings",
        "direct_method_xml": "directMethodXml",
        "direct_methods": "directMethods",
        "data_length": "dataLength",
        "is_iot_edge_enable": "isIotEdgeEnable",
        "send_offline_command": "sendOfflineCommand",
        "green_grass": "greenGrass",
        "wireless": "wireless",
        "wireless_type": "wirelessType",
        "command_format": "commandFormat",
        "bytes_json": "bytesJson",
        "byte_command": "byteCommand",
        "support_video_stream": "supportVideoStream",
        "support_stream": "supportStream",
        "capability": "capability",
        "cert_renewal_day": "certRenewalDay",
        "enable_csr": "enableCSR",
        "enable_geo_location": "enableGeoLocation",
        "gg_device_type": "ggDeviceType",
    },
    forbid_unknown_fields=True,
    gc=False,
):
    """The JSON of a DeviceTemplateDetail as msgspec validates it (``types.parse_json``)."""

    guid: UUID
    template_code: str | None | Unset = UNSET
    template_name: str | None | Unset = UNSET
    display_name: str | None | Unset = UNSET
    tag: str | None | Unset = UNSET
    auth_type: int | None | Unset = UNSET
    message_version: str | None | Unset = UNSET
    msg_code: str | None | Unset = UNSET
    is_edge_support: bool | None | Unset = UNSET
    is_type_2_support: bool | None | Unset = UNSET
    is_low_bandwidth: bool | None | Unset = UNSET
    is_solution_template: bool | None | Unset = UNSET
    is_attached_with_device: bool | None | Unset = UNSET
    is_validate_template: int | None | Unset = UNSET
    is_valid_edge_support: int | None | Unset = UNSET
    is_valid_type_2_support: int | None | Unset = UNSET
    c_2_d_on_demand: int | None | Unset = UNSET
    req_attr_push: bool | None | Unset = UNSET
    req_setting_push: dict[str, Any] | None | Unset = UNSET
    firmware_guid: str | None | Unset = UNSET
    firmware_name: str | None | Unset = UNSET
    created_date: datetime.datetime | None | Unset = UNSET
    created_by: str | None | Unset = UNSET
    updated_date: datetime.datetime | None | Unset = UNSET
    updated_by: str | None | Unset = UNSET
    attr_xml: str | None | Unset = UNSET
    attributes: dict[str, Any] | None | Unset = UNSET
    setting_xml: str | None | Unset = UNSET
    command_xml: str | None | Unset = UNSET
    commands: list[TemplateCommandStruct] | None | Unset = UNSET
    property_: TemplatePropertyStruct | None | Unset = UNSET
    settings: list[TemplateSettingStruct] | None | Unset = UNSET
    direct_method_xml: str | None | Unset = UNSET
    direct_methods: list[TemplateDirectMethodStruct] | None | Unset = UNSET
    data_length: int | None | Unset = UNSET
    is_iot_edge_enable: bool | None | Unset = UNSET
    send_offline_command: bool | None | Unset = UNSET
    green_grass: bool | None | Unset = UNSET
    wireless: bool | None | Unset = UNSET
    wireless_type: str | None | Unset = UNSET
    command_format: int | None | Unset = UNSET
    bytes_json: str | None | Unset = UNSET
    byte_command: dict[str, Any] | None | Unset = UNSET
    support_video_stream: str | None | Unset = UNSET
    support_stream: bool | None | Unset = UNSET
    capability: int | None | Unset = UNSET
    cert_renewal_day: int | None | Unset = UNSET
    enable_csr: bool | None | Unset = UNSET
    enable_geo_location: bool | None | Unset = UNSET
    gg_device_type: int | None | Unset = UNSET


@_attrs_define
class DeviceTemplateDetail:
    """A device template's details: the vendor's `TemplateDetail` fields of both platforms.
    Here the code and name are `templateCode` and `templateName`.

    """

    _struct: ClassVar[type[DeviceTemplateDetailStruct]] = DeviceTemplateDetailStruct

    guid: UUID
    """ A GUID, upper-case in replies, matched case-insensitively. """
    template_code: None | str | Unset = UNSET
    template_name: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    """ Free text or null. """
    tag: None | str | Unset = UNSET
    """ Free text or null. """
    auth_type: int | None | Unset = UNSET
    """ See `AuthType`. """
    message_version: None | str | Unset = UNSET
    """ Free text or null. """
    msg_code: None | str | Unset = UNSET
    """ Free text or null. """
    is_edge_support: bool | None | Unset = UNSET
    is_type_2_support: bool | None | Unset = UNSET
    is_low_bandwidth: bool | None | Unset = UNSET
    is_solution_template: bool | None | Unset = UNSET
    is_attached_with_device: bool | None | Unset = UNSET
    is_validate_template: int | None | Unset = UNSET
    is_valid_edge_support: int | None | Unset = UNSET
    is_valid_type_2_support: int | None | Unset = UNSET
    c_2_d_on_demand: int | None | Unset = UNSET
    req_attr_push: bool | None | Unset = UNSET
    req_setting_push: DeviceTemplateDetailReqSettingPushType0 | None | Unset = UNSET
    firmware_guid: None | str | Unset = UNSET
    """ Free text or null. """
    firmware_name: None | str | Unset = UNSET
    """ Free text or null. """
    created_date: datetime.datetime | None | Unset = UNSET
    """ ISO 8601 UTC with milliseconds, or null. """
    created_by: None | str | Unset = UNSET
    """ Free text or null. """
    updated_date: datetime.datetime | None | Unset = UNSET
    """ ISO 8601 UTC with milliseconds, or null. """
    updated_by: None | str | Unset = UNSET
    """ Free text or null. """
    attr_xml: None | str | Unset = UNSET
    """ Free text or null. """
    attributes: DeviceTemplateDetailAttributesType0 | None | Unset = UNSET
    setting_xml: None | str | Unset = UNSET
    """ Free text or null. """
    command_xml: None | str | Unset = UNSET
    """ Free text or null. """
    commands: list[TemplateCommand] | None | Unset = UNSET
    property_: None | TemplateProperty | Unset = UNSET
    settings: list[TemplateSetting] | None | Unset = UNSET
    direct_method_xml: None | str | Unset = UNSET
    """ Free text or null. """
    direct_methods: list[TemplateDirectMethod] | None | Unset = UNSET
    data_length: int | None | Unset = UNSET
    is_iot_edge_enable: bool | None | Unset = UNSET
    send_offline_command: bool | None | Unset = UNSET
    green_grass: bool | None | Unset = UNSET
    wireless: bool | None | Unset = UNSET
    wireless_type: None | str | Unset = UNSET
    """ Free text or null. """
    command_format: int | None | Unset = UNSET
    """ 1 or 2. """
    bytes_json: None | str | Unset = UNSET
    """ Free text or null. """
    byte_command: DeviceTemplateDetailByteCommandType0 | None | Unset = UNSET
    support_video_stream: None | str | Unset = UNSET
    """ Free text or null. """
    support_stream: bool | None | Unset = UNSET
    capability: int | None | Unset = UNSET
    cert_renewal_day: int | None | Unset = UNSET
    enable_csr: bool | None | Unset = UNSET
    enable_geo_location: bool | None | Unset = UNSET
    gg_device_type: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        guid = str(self.guid)

        template_code: None | str | Unset
        if isinstance(self.template_code, Unset):
            template_code = UNSET
        else:
            template_code = self.template_code

        template_name: None | str | Unset
        if isinstance(self.template_name, Unset):
            template_name = UNSET
        else:
            template_name = self.template_name

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

        auth_type: int | None | Unset
        if isinstance(self.auth_type, Unset):
            auth_type = UNSET
        else:
            auth_type = self.auth_type

        message_version: None | str | Unset
        if isinstance(self.message_version, Unset):
            message_version = UNSET
        else:
            message_version = self.message_version

        msg_code: None | str | Unset
        if isinstance(self.msg_code, Unset):
            msg_code = UNSET
        else:
            msg_code = self.msg_code

        is_edge_support: bool | None | Unset
        if isinstance(self.is_edge_support, Unset):
            is_edge_support = UNSET
        else:
            is_edge_support = self.is_edge_support

        is_type_2_support: bool | None | Unset
        if isinstance(self.is_type_2_support, Unset):
            is_type_2_support = UNSET
        else:
            is_type_2_support = self.is_type_2_support

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

        is_attached_with_device: bool | None | Unset
        if isinstance(self.is_attached_with_device, Unset):
            is_attached_with_device = UNSET
        else:
            is_attached_with_device = self.is_attached_with_device

        is_validate_template: int | None | Unset
        if isinstance(self.is_validate_template, Unset):
            is_validate_template = UNSET
        else:
            is_validate_template = self.is_validate_template

        is_valid_edge_support: int | None | Unset
        if isinstance(self.is_valid_edge_support, Unset):
            is_valid_edge_support = UNSET
        else:
            is_valid_edge_support = self.is_valid_edge_support

        is_valid_type_2_support: int | None | Unset
        if isinstance(self.is_valid_type_2_support, Unset):
            is_valid_type_2_support = UNSET
        else:
            is_valid_type_2_support = self.is_valid_type_2_support

        c_2_d_on_demand: int | None | Unset
        if isinstance(self.c_2_d_on_demand, Unset):
            c_2_d_on_demand = UNSET
        else:
            c_2_d_on_demand = self.c_2_d_on_demand

        req_attr_push: bool | None | Unset
        if isinstance(self.req_attr_push, Unset):
            req_attr_push = UNSET
        else:
            req_attr_push = self.req_attr_push

        req_setting_push: dict[str, Any] | None | Unset
        if isinstance(self.req_setting_push, Unset):
            req_setting_push = UNSET
        elif isinstance(self.req_setting_push, DeviceTemplateDetailReqSettingPushType0):
            req_setting_push = self.req_setting_push.to_dict()
        else:
            req_setting_push = self.req_setting_push

        firmware_guid: None | str | Unset
        if isinstance(self.firmware_guid, Unset):
            firmware_guid = UNSET
        else:
            firmware_guid = self.firmware_guid

        firmware_name: None | str | Unset
        if isinstance(self.firmware_name, Unset):
            firmware_name = UNSET
        else:
            firmware_name = self.firmware_name

        created_date: None | str | Unset
        if isinstance(self.created_date, Unset):
            created_date = UNSET
        elif isinstance(self.created_date, datetime.datetime):
            created_date = self.created_date.isoformat()
        else:
            created_date = self.created_date

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        updated_date: None | str | Unset
        if isinstance(self.updated_date, Unset):
            updated_date = UNSET
        elif isinstance(self.updated_date, datetime.datetime):
            updated_date = self.updated_date.isoformat()
        else:
            updated_date = self.updated_date

        updated_by: None | str | Unset
        if isinstance(self.updated_by, Unset):
            updated_by = UNSET
        else:
            updated_by = self.updated_by

        attr_xml: None | str | Unset
        if isinstance(self.attr_xml, Unset):
            attr_xml = UNSET
        else:
            attr_xml = self.attr_xml

        attributes: dict[str, Any] | None | Unset
        if isinstance(self.attributes, Unset):
            attributes = UNSET
        elif isinstance(self.attributes, DeviceTemplateDetailAttributesType0):
            attributes = self.attributes.to_dict()
        else:
            attributes = self.attributes

        setting_xml: None | str | Unset
        if isinstance(self.setting_xml, Unset):
            setting_xml = UNSET
        else:
            setting_xml = self.setting_xml

        command_xml: None | str | Unset
        if isinstance(self.command_xml, Unset):
            command_xml = UNSET
        else:
            command_xml = self.command_xml

        commands: list[dict[str, Any]] | None | Unset
        if isinstance(self.commands, Unset):
            commands = UNSET
        elif isinstance(self.commands, list):
            commands = []
            for commands_type_0_item_data in self.commands:
                commands_type_0_item = commands_type_0_item_data.to_dict()
                commands.append(commands_type_0_item)

        else:
            commands = self.commands

        property_: dict[str, Any] | None | Unset
        if isinstance(self.property_, Unset):
            property_ = UNSET
        elif isinstance(self.property_, TemplateProperty):
            property_ = self.property_.to_dict()
        else:
            property_ = self.property_

        settings: list[dict[str, Any]] | None | Unset
        if isinstance(self.settings, Unset):
            settings = UNSET
        elif isinstance(self.settings, list):
            settings = []
            for settings_type_0_item_data in self.settings:
                settings_type_0_item = settings_type_0_item_data.to_dict()
                settings.append(settings_type_0_item)

        else:
            settings = self.settings

        direct_method_xml: None | str | Unset
        if isinstance(self.direct_method_xml, Unset):
            direct_method_xml = UNSET
        else:
            direct_method_xml = self.direct_method_xml

        direct_methods: list[dict[str, Any]] | None | Unset
        if isinstance(self.direct_methods, Unset):
            direct_methods = UNSET
        elif isinstance(self.direct_methods, list):
            direct_methods = []
            for direct_methods_type_0_item_data in self.direct_methods:
                direct_methods_type_0_item = direct_methods_type_0_item_data.to_dict()
                direct_methods.append(direct_methods_type_0_item)

        else:
            direct_methods = self.direct_methods

        data_length: int | None | Unset
        if isinstance(self.data_length, Unset):
            data_length = UNSET
        else:
            data_length = self.data_length

        is_iot_edge_enable: bool | None | Unset
        if isinstance(self.is_iot_edge_enable, Unset):
            is_iot_edge_enable = UNSET
        else:
            is_iot_edge_enable = self.is_iot_edge_enable

        send_offline_command: bool | None | Unset
        if isinstance(self.send_offline_command, Unset):
            send_offline_command = UNSET
        else:
            send_offline_command = self.send_offline_command

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

        wireless_type: None | str | Unset
        if isinstance(self.wireless_type, Unset):
            wireless_type = UNSET
        else:
            wireless_type = self.wireless_type

        command_format: int | None | Unset
        if isinstance(self.command_format, Unset):
            command_format = UNSET
        else:
            command_format = self.command_format

        bytes_json: None | str | Unset
        if isinstance(self.bytes_json, Unset):
            bytes_json = UNSET
        else:
            bytes_json = self.bytes_json

        byte_command: dict[str, Any] | None | Unset
        if isinstance(self.byte_command, Unset):
            byte_command = UNSET
        elif isinstance(self.byte_command, DeviceTemplateDetailByteCommandType0):
            byte_command = self.byte_command.to_dict()
        else:
            byte_command = self.byte_command

        support_video_stream: None | str | Unset
        if isinstance(self.support_video_stream, Unset):
            support_video_stream = UNSET
        else:
            support_video_stream = self.support_video_stream

        support_stream: bool | None | Unset
        if isinstance(self.support_stream, Unset):
            support_stream = UNSET
        else:
            support_stream = self.support_stream

        capability: int | None | Unset
        if isinstance(self.capability, Unset):
            capability = UNSET
        else:
            capability = self.capability

        cert_renewal_day: int | None | Unset
        if isinstance(self.cert_renewal_day, Unset):
            cert_renewal_day = UNSET
        else:
            cert_renewal_day = self.cert_renewal_day

        enable_csr: bool | None | Unset
        if isinstance(self.enable_csr, Unset):
            enable_csr = UNSET
        else:
            enable_csr = self.enable_csr

        enable_geo_location: bool | None | Unset
        if isinstance(self.enable_geo_location, Unset):
            enable_geo_location = UNSET
        else:
            enable_geo_location = self.enable_geo_location

        gg_device_type: int | None | Unset
        if isinstance(self.gg_device_type, Unset):
            gg_device_type = UNSET
        else:
            gg_device_type = self.gg_device_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "guid": guid,
            }
        )
        if template_code is not UNSET:
            field_dict["templateCode"] = template_code
        if template_name is not UNSET:
            field_dict["templateName"] = template_name
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if tag is not UNSET:
            field_dict["tag"] = tag
        if auth_type is not UNSET:
            field_dict["authType"] = auth_type
        if message_version is not UNSET:
            field_dict["messageVersion"] = message_version
        if msg_code is not UNSET:
            field_dict["msgCode"] = msg_code
        if is_edge_support is not UNSET:
            field_dict["isEdgeSupport"] = is_edge_support
        if is_type_2_support is not UNSET:
            field_dict["isType2Support"] = is_type_2_support
        if is_low_bandwidth is not UNSET:
            field_dict["isLowBandwidth"] = is_low_bandwidth
        if is_solution_template is not UNSET:
            field_dict["isSolutionTemplate"] = is_solution_template
        if is_attached_with_device is not UNSET:
            field_dict["isAttachedWithDevice"] = is_attached_with_device
        if is_validate_template is not UNSET:
            field_dict["isValidateTemplate"] = is_validate_template
        if is_valid_edge_support is not UNSET:
            field_dict["isValidEdgeSupport"] = is_valid_edge_support
        if is_valid_type_2_support is not UNSET:
            field_dict["isValidType2Support"] = is_valid_type_2_support
        if c_2_d_on_demand is not UNSET:
            field_dict["c2dOnDemand"] = c_2_d_on_demand
        if req_attr_push is not UNSET:
            field_dict["reqAttrPush"] = req_attr_push
        if req_setting_push is not UNSET:
            field_dict["reqSettingPush"] = req_setting_push
        if firmware_guid is not UNSET:
            field_dict["firmwareGuid"] = firmware_guid
        if firmware_name is not UNSET:
            field_dict["firmwareName"] = firmware_name
        if created_date is not UNSET:
            field_dict["createdDate"] = created_date
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if updated_date is not UNSET:
            field_dict["updatedDate"] = updated_date
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by
        if attr_xml is not UNSET:
            field_dict["attrXml"] = attr_xml
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if setting_xml is not UNSET:
            field_dict["settingXml"] = setting_xml
        if command_xml is not UNSET:
            field_dict["commandXml"] = command_xml
        if commands is not UNSET:
            field_dict["commands"] = commands
        if property_ is not UNSET:
            field_dict["property"] = property_
        if settings is not UNSET:
            field_dict["settings"] = settings
        if direct_method_xml is not UNSET:
            field_dict["directMethodXml"] = direct_method_xml
        if direct_methods is not UNSET:
            field_dict["directMethods"] = direct_methods
        if data_length is not UNSET:
            field_dict["dataLength"] = data_length
        if is_iot_edge_enable is not UNSET:
            field_dict["isIotEdgeEnable"] = is_iot_edge_enable
        if send_offline_command is not UNSET:
            field_dict["sendOfflineCommand"] = send_offline_command
        if green_grass is not UNSET:
            field_dict["greenGrass"] = green_grass
        if wireless is not UNSET:
            field_dict["wireless"] = wireless
        if wireless_type is not UNSET:
            field_dict["wirelessType"] = wireless_type
        if command_format is not UNSET:
            field_dict["commandFormat"] = command_format
        if bytes_json is not UNSET:
            field_dict["bytesJson"] = bytes_json
        if byte_command is not UNSET:
            field_dict["byteCommand"] = byte_command
        if support_video_stream is not UNSET:
            field_dict["supportVideoStream"] = support_video_stream
        if support_stream is not UNSET:
            field_dict["supportStream"] = support_stream
        if capability is not UNSET:
            field_dict["capability"] = capability
        if cert_renewal_day is not UNSET:
            field_dict["certRenewalDay"] = cert_renewal_day
        if enable_csr is not UNSET:
            field_dict["enableCSR"] = enable_csr
        if enable_geo_location is not UNSET:
            field_dict["enableGeoLocation"] = enable_geo_location
        if gg_device_type is not UNSET:
            field_dict["ggDeviceType"] = gg_device_type

        return field_dict

    @classmethod
    def _from_struct(cls, struct: DeviceTemplateDetailStruct) -> Self:
        if (
            (struct.req_setting_push is None or struct.req_setting_push is UNSET)
            and (struct.attributes is None or struct.attributes is UNSET)
            and not struct.commands
            and not struct.property_
            and not struct.settings
            and not struct.direct_methods
            and (struct.byte_command is None or struct.byte_command is UNSET)
        ):
            return cls(*astuple(struct))
        return cls(
            struct.guid,
            struct.template_code,
            struct.template_name,
            struct.display_name,
            struct.tag,
            struct.auth_type,
            struct.message_version,
            struct.msg_code,
            struct.is_edge_support,
            struct.is_type_2_support,
            struct.is_low_bandwidth,
            struct.is_solution_template,
            struct.is_attached_with_device,
            struct.is_validate_template,
            struct.is_valid_edge_support,
            struct.is_valid_type_2_support,
            struct.c_2_d_on_demand,
            struct.req_attr_push,
            DeviceTemplateDetailReqSettingPushType0.from_dict(
                bounded(struct.req_setting_push)
            )
            if isinstance(struct.req_setting_push, dict)
            else struct.req_setting_push,
            struct.firmware_guid,
            struct.firmware_name,
            struct.created_date,
            struct.created_by,
            struct.updated_date,
            struct.updated_by,
            struct.attr_xml,
            DeviceTemplateDetailAttributesType0.from_dict(bounded(struct.attributes))
            if isinstance(struct.attributes, dict)
            else struct.attributes,
            struct.setting_xml,
            struct.command_xml,
            [TemplateCommand._from_struct(item) for item in struct.commands]
            if isinstance(struct.commands, list)
            else struct.commands,
            TemplateProperty._from_struct(struct.property_)
            if isinstance(struct.property_, TemplatePropertyStruct)
            else struct.property_,
            [TemplateSetting._from_struct(item) for item in struct.settings]
            if isinstance(struct.settings, list)
            else struct.settings,
            struct.direct_method_xml,
            [TemplateDirectMethod._from_struct(item) for item in struct.direct_methods]
            if isinstance(struct.direct_methods, list)
            else struct.direct_methods,
            struct.data_length,
            struct.is_iot_edge_enable,
            struct.send_offline_command,
            struct.green_grass,
            struct.wireless,
            struct.wireless_type,
            struct.command_format,
            struct.bytes_json,
            DeviceTemplateDetailByteCommandType0.from_dict(bounded(struct.byte_command))
            if isinstance(struct.byte_command, dict)
            else struct.byte_command,
            struct.support_video_stream,
            struct.support_stream,
            struct.capability,
            struct.cert_renewal_day,
            struct.enable_csr,
            struct.enable_geo_location,
            struct.gg_device_type,
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        guid = UUID(d.pop("guid"))

        template_code: None | str | Unset = d.pop("templateCode", UNSET)

        template_name: None | str | Unset = d.pop("templateName", UNSET)

        display_name: None | str | Unset = d.pop("displayName", UNSET)

        tag: None | str | Unset = d.pop("tag", UNSET)

        auth_type: int | None | Unset = d.pop("authType", UNSET)

        message_version: None | str | Unset = d.pop("messageVersion", UNSET)

        msg_code: None | str | Unset = d.pop("msgCode", UNSET)

        is_edge_support: bool | None | Unset = d.pop("isEdgeSupport", UNSET)

        is_type_2_support: bool | None | Unset = d.pop("isType2Support", UNSET)

        is_low_bandwidth: bool | None | Unset = d.pop("isLowBandwidth", UNSET)

        is_solution_template: bool | None | Unset = d.pop("isSolutionTemplate", UNSET)

        is_attached_with_device: bool | None | Unset = d.pop(
            "isAttachedWithDevice", UNSET
        )

        is_validate_template: int | None | Unset = d.pop("isValidateTemplate", UNSET)

        is_valid_edge_support: int | None | Unset = d.pop("isValidEdgeSupport", UNSET)

        is_valid_type_2_support: int | None | Unset = d.pop(
            "isValidType2Support", UNSET
        )

        c_2_d_on_demand: int | None | Unset = d.pop("c2dOnDemand", UNSET)

        req_attr_push: bool | None | Unset = d.pop("reqAttrPush", UNSET)

        _req_setting_push = d.pop("reqSettingPush", UNSET)
        req_setting_push: DeviceTemplateDetailReqSettingPushType0 | None | Unset
        if _req_setting_push is None or isinstance(_req_setting_push, Unset):
            req_setting_push = _req_setting_push
        else:
            try:
                if not isinstance(_req_setting_push, dict):
                    raise TypeError()
                req_setting_push_type_0 = (
                    DeviceTemplateDetailReqSettingPushType0.from_dict(_req_setting_push)
                )

                req_setting_push = req_setting_push_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                req_setting_push = cast(
                    DeviceTemplateDetailReqSettingPushType0 | None | Unset,
                    _req_setting_push,
                )

        firmware_guid: None | str | Unset = d.pop("firmwareGuid", UNSET)

        firmware_name: None | str | Unset = d.pop("firmwareName", UNSET)

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

        created_by: None | str | Unset = d.pop("createdBy", UNSET)

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

        updated_by: None | str | Unset = d.pop("updatedBy", UNSET)

        attr_xml: None | str | Unset = d.pop("attrXml", UNSET)

        _attributes = d.pop("attributes", UNSET)
        attributes: DeviceTemplateDetailAttributesType0 | None | Unset
        if _attributes is None or isinstance(_attributes, Unset):
            attributes = _attributes
        else:
            try:
                if not isinstance(_attributes, dict):
                    raise TypeError()
                attributes_type_0 = DeviceTemplateDetailAttributesType0.from_dict(
                    _attributes
                )

                attributes = attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                attributes = cast(
                    DeviceTemplateDetailAttributesType0 | None | Unset, _attributes
                )

        setting_xml: None | str | Unset = d.pop("settingXml", UNSET)

        command_xml: None | str | Unset = d.pop("commandXml", UNSET)

        _commands = d.pop("commands", UNSET)
        commands: list[TemplateCommand] | None | Unset
        if _commands is None or isinstance(_commands, Unset):
            commands = _commands
        else:
            try:
                if not isinstance(_commands, list):
                    raise TypeError()
                commands_type_0 = []
                _commands_type_0 = _commands
                for commands_type_0_item_data in _commands_type_0:
                    commands_type_0_item = TemplateCommand.from_dict(
                        commands_type_0_item_data
                    )

                    commands_type_0.append(commands_type_0_item)

                commands = commands_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                commands = cast(list[TemplateCommand] | None | Unset, _commands)

        _property_ = d.pop("property", UNSET)
        property_: None | TemplateProperty | Unset
        if _property_ is None or isinstance(_property_, Unset):
            property_ = _property_
        else:
            try:
                if not isinstance(_property_, dict):
                    raise TypeError()
                property_type_0 = TemplateProperty.from_dict(_property_)

                property_ = property_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                property_ = cast(None | TemplateProperty | Unset, _property_)

        _settings = d.pop("settings", UNSET)
        settings: list[TemplateSetting] | None | Unset
        if _settings is None or isinstance(_settings, Unset):
            settings = _settings
        else:
            try:
                if not isinstance(_settings, list):
                    raise TypeError()
                settings_type_0 = []
                _settings_type_0 = _settings
                for settings_type_0_item_data in _settings_type_0:
                    settings_type_0_item = TemplateSetting.from_dict(
                        settings_type_0_item_data
                    )

                    settings_type_0.append(settings_type_0_item)

                settings = settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                settings = cast(list[TemplateSetting] | None | Unset, _settings)

        direct_method_xml: None | str | Unset = d.pop("directMethodXml", UNSET)

        _direct_methods = d.pop("directMethods", UNSET)
        direct_methods: list[TemplateDirectMethod] | None | Unset
        if _direct_methods is None or isinstance(_direct_methods, Unset):
            direct_methods = _direct_methods
        else:
            try:
                if not isinstance(_direct_methods, list):
                    raise TypeError()
                direct_methods_type_0 = []
                _direct_methods_type_0 = _direct_methods
                for direct_methods_type_0_item_data in _direct_methods_type_0:
                    direct_methods_type_0_item = TemplateDirectMethod.from_dict(
                        direct_methods_type_0_item_data
                    )

                    direct_methods_type_0.append(direct_methods_type_0_item)

                direct_methods = direct_methods_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                direct_methods = cast(
                    list[TemplateDirectMethod] | None | Unset, _direct_methods
                )

        data_length: int | None | Unset = d.pop("dataLength", UNSET)

        is_iot_edge_enable: bool | None | Unset = d.pop("isIotEdgeEnable", UNSET)

        send_offline_command: bool | None | Unset = d.pop("sendOfflineCommand", UNSET)

        green_grass: bool | None | Unset = d.pop("greenGrass", UNSET)

        wireless: bool | None | Unset = d.pop("wireless", UNSET)

        wireless_type: None | str | Unset = d.pop("wirelessType", UNSET)

        command_format: int | None | Unset = d.pop("commandFormat", UNSET)

        bytes_json: None | str | Unset = d.pop("bytesJson", UNSET)

        _byte_command = d.pop("byteCommand", UNSET)
        byte_command: DeviceTemplateDetailByteCommandType0 | None | Unset
        if _byte_command is None or isinstance(_byte_command, Unset):
            byte_command = _byte_command
        else:
            try:
                if not isinstance(_byte_command, dict):
                    raise TypeError()
                byte_command_type_0 = DeviceTemplateDetailByteCommandType0.from_dict(
                    _byte_command
                )

                byte_command = byte_command_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                byte_command = cast(
                    DeviceTemplateDetailByteCommandType0 | None | Unset, _byte_command
                )

        support_video_stream: None | str | Unset = d.pop("supportVideoStream", UNSET)

        support_stream: bool | None | Unset = d.pop("supportStream", UNSET)

        capability: int | None | Unset = d.pop("capability", UNSET)

        cert_renewal_day: int | None | Unset = d.pop("certRenewalDay", UNSET)

        enable_csr: bool | None | Unset = d.pop("enableCSR", UNSET)

        enable_geo_location: bool | None | Unset = d.pop("enableGeoLocation", UNSET)

        gg_device_type: int | None | Unset = d.pop("ggDeviceType", UNSET)

        device_template_detail = cls(
            guid=guid,
            template_code=template_code,
            template_name=template_name,
            display_name=display_name,
            tag=tag,
            auth_type=auth_type,
            message_version=message_version,
            msg_code=msg_code,
            is_edge_support=is_edge_support,
            is_type_2_support=is_type_2_support,
            is_low_bandwidth=is_low_bandwidth,
            is_solution_template=is_solution_template,
            is_attached_with_device=is_attached_with_device,
            is_validate_template=is_validate_template,
            is_valid_edge_support=is_valid_edge_support,
            is_valid_type_2_support=is_valid_type_2_support,
            c_2_d_on_demand=c_2_d_on_demand,
            req_attr_push=req_attr_push,
            req_setting_push=req_setting_push,
            firmware_guid=firmware_guid,
            firmware_name=firmware_name,
            created_date=created_date,
            created_by=created_by,
            updated_date=updated_date,
            updated_by=updated_by,
            attr_xml=attr_xml,
            attributes=attributes,
            setting_xml=setting_xml,
            command_xml=command_xml,
            commands=commands,
            property_=property_,
            settings=settings,
            direct_method_xml=direct_method_xml,
            direct_methods=direct_methods,
            data_length=data_length,
            is_iot_edge_enable=is_iot_edge_enable,
            send_offline_command=send_offline_command,
            green_grass=green_grass,
            wireless=wireless,
            wireless_type=wireless_type,
            command_format=command_format,
            bytes_json=bytes_json,
            byte_command=byte_command,
            support_video_stream=support_video_stream,
            support_stream=support_stream,
            capability=capability,
            cert_renewal_day=cert_renewal_day,
            enable_csr=enable_csr,
            enable_geo_location=enable_geo_location,
            gg_device_type=gg_device_type,
        )

        device_template_detail.additional_properties = d
        return device_template_detail

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
from ..models.device_template_detail_attributes_type_0 import (
    DeviceTemplateDetailAttributesType0,
)
from ..models.device_template_detail_byte_command_type_0 import (
    DeviceTemplateDetailByteCommandType0,
)
from ..models.device_template_detail_req_setting_push_type_0 import (
    DeviceTemplateDetailReqSettingPushType0,
)
from ..models.template_command import (
    TemplateCommand,
    TemplateCommandStruct,
)
from ..models.template_direct_method import (
    TemplateDirectMethod,
    TemplateDirectMethodStruct,
)
from ..models.template_property import (
    TemplateProperty,
    TemplatePropertyStruct,
)
from ..models.template_setting import (
    TemplateSetting,
    TemplateSettingStruct,
)
