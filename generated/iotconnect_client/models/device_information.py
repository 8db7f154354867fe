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

T = TypeVar("T", bound="DeviceInformation")


class DeviceInformationStruct(
    msgspec.Struct,
    kw_only=True,
    rename={
        "guid": "guid",
        "unique_id": "uniqueId",
        "display_name": "displayName",
        "is_active": "isActive",
        "entity_guid": "entityGuid",
        "is_connected": "isConnected",
        "device_template_guid": "deviceTemplateGuid",
        "device_template_name": "deviceTemplateName",
        "entity_name": "entityName",
        "cp_id": "cpId",
        "is_acquired": "isAcquired",
        "is_edge_support": "isEdgeSupport",
        "is_parent_acquired": "isParentAcquired",
        "note": "note",
        "tag": "tag",
        "parent_device_guid": "parentDeviceGuid",
        "parent_device_unique_id": "parentDeviceUniqueId",
        "certificate_guid": "certificateGuid",
        "certificate_name": "certificateName",
        "certificate_type": "certificateType",
        "device_template_auth_type": "deviceTemplateAuthType",
        "auth_type": "authType",
        "auth_type_name": "authTypeName",
        "message_version": "messageVersion",
        "created_date": "createdDate",
        "created_by": "createdBy",
        "last_activity_date": "lastActivityDate",
        "last_connection": "lastConnection",
        "firmware_upgrade_guid": "firmwareUpgradeGuid",
        "image": "image",
        "image_url": "imageUrl",
        "firmware_avail": "firmwareAvail",
        "is_simulator_on": "isSimulatorOn",
        "is_type_2_support": "isType2Support",
        "is_allotted_device": "isAllottedDevice",
        "allotted_device_permission": "allottedDevicePermission",
        "properties": "properties",
        "device_status": "deviceStatus",
        "is_low_bandwidth": "isLowBandwidth",
        "is_solution_template": "isSolutionTemplate",
        "file_support": "fileSupport",
        "msg_code": "msgCode",
        "has_twin": "hasTwin",
        "parent_company_guid": "parentCompanyGuid",
        "company_guid": "companyGuid",
        "parent_auth_type": "parentAuthType",
        "parent_auth_type_name": "parentAuthTypeName",
        "c_2_d_on_demand": "c2dOnDemand",
        "solution_guid": "solutionGuid",
        "is_sphere": "isSphere",
        "is_iot_edge_enable": "isIotEdgeEnable",
        "has_direct_method": "hasDirectMethod",
        "is_dps_device": "isDpsDevice",
        "send_offline_command": "sendOfflineCommand",
        "cloud_device_template_guid": "cloudDeviceTemplateGuid",
        "c_url": "cUrl",
        "ck_url": "ckUrl",
        "cert_location": "certLocation",
        "wireless": "wireless",
        "wireless_device_type": "wirelessDeviceType",
        "wireless_id": "wirelessId",
        "command_format": "commandFormat",
        "raw_telemetry": "rawTelemetry",
        "gg_device_type": "ggDeviceType",
        "lorawan_device_profile_guid": "lorawanDeviceProfileGuid",
        "lorawan_profile_name": "lorawanProfileName",
        "is_exist_lorawan_profile": "isExistLorawanProfile",
        "cloud_template_guid": "cloudTemplateGuid",
        "client_id": "clientId",
        "video_stream_resource": "videoStreamResource",
        "video_stream_type": "videoStreamType",
        "support_stream": "supportStream",
        "auto_start_stream": "autoStartStream",
        "available_secondary_cert": "availableSecondaryCert",
        "client_streaming_name": "clientStreamingName",
        "network_type": "networkType",
        "gateway_name": "gatewayName",
        "network_coverage": "networkCoverage",
        "decoder_name": "decoderName",
        "app_key": "appKey",
        "regional_parameter_version": "regionalParameterVersion",
        "mac_version": "macVersion",
        "app_eui": "appEui",
        "rf_region": "rfRegion",
        "capability": "capability",
    },
    forbid_unknown_fields=True,
    gc=False,
):
    """The JSON of a DeviceInformation as msgspec validates it (``types.parse_json``)."""

    guid: UUID
    unique_id: str
    display_name: str
    is_active: bool
    entity_guid: UUID
    is_connected: bool | None | Unset = UNSET
    device_template_guid: UUID | None | Unset = UNSET
    device_template_name: str | None | Unset = UNSET
    entity_name: str | None | Unset = UNSET
    cp_id: str | None | Unset = UNSET
    is_acquired: int | None | Unset = UNSET
    is_edge_support: bool | None | Unset = UNSET
    is_parent_acquired: int | None | Unset = UNSET
    note: str | None | Unset = UNSET
    tag: str | None | Unset = UNSET
    parent_device_guid: UUID | None | Unset = UNSET
    parent_device_unique_id: str | None | Unset = UNSET
    certificate_guid: UUID | None | Unset = UNSET
    certificate_name: str | None | Unset = UNSET
    certificate_type: int | None | Unset = UNSET
    device_template_auth_type: int | None | Unset = UNSET
    auth_type: int | None | Unset = UNSET
    auth_type_name: str | None | Unset = UNSET
    message_version: str | None | Unset = UNSET
    created_date: datetime.datetime | None | Unset = UNSET
    created_by: str | None | Unset = UNSET
    last_activity_date: datetime.datetime | None | Unset = UNSET
    last_connection: datetime.datetime | None | Unset = UNSET
    firmware_upgrade_guid: UUID | None | Unset = UNSET
    image: str | None | Unset = UNSET
    image_url: str | None | Unset = UNSET
    firmware_avail: int | None | Unset = UNSET
    is_simulator_on: int | None | Unset = UNSET
    is_type_2_support: bool | None | Unset = UNSET
    is_allotted_device: int | None | Unset = UNSET
    allotted_device_permission: dict[str, Any] | None | Unset = UNSET
    properties: Any | Unset = UNSET
    device_status: str | None | Unset = UNSET
    is_low_bandwidth: bool | None | Unset = UNSET
    is_solution_template: bool | None | Unset = UNSET
    file_support: bool | None | Unset = UNSET
    msg_code: str | None | Unset = UNSET
    has_twin: bool | None | Unset = UNSET
    parent_company_guid: UUID | None | Unset = UNSET
    company_guid: str | None | Unset = UNSET
    parent_auth_type: int | None | Unset = UNSET
    parent_auth_type_name: str | None | Unset = UNSET
    c_2_d_on_demand: int | None | Unset = UNSET
    solution_guid: UUID | None | Unset = UNSET
    is_sphere: bool | None | Unset = UNSET
    is_iot_edge_enable: bool | None | Unset = UNSET
    has_direct_method: bool | None | Unset = UNSET
    is_dps_device: bool | None | Unset = UNSET
    send_offline_command: bool | None | Unset = UNSET
    cloud_device_template_guid: UUID | None | Unset = UNSET
    c_url: str | None | Unset = UNSET
    ck_url: str | None | Unset = UNSET
    cert_location: int | None | Unset = UNSET
    wireless: bool | None | Unset = UNSET
    wireless_device_type: int | None | Unset = UNSET
    wireless_id: str | None | Unset = UNSET
    command_format: int | None | Unset = UNSET
    raw_telemetry: bool | None | Unset = UNSET
    gg_device_type: int | None | Unset = UNSET
    lorawan_device_profile_guid: UUID | None | Unset = UNSET
    lorawan_profile_name: str | None | Unset = UNSET
    is_exist_lorawan_profile: bool | None | Unset = UNSET
    cloud_template_guid: str | None | Unset = UNSET
    client_id: str | None | Unset = UNSET
    video_stream_resource: str | None | Unset = UNSET
    video_stream_type: str | None | Unset = UNSET
    support_stream: bool | None | Unset = UNSET
    auto_start_stream: bool | None | Unset = UNSET
    available_secondary_cert: bool | None | Unset = UNSET
    client_streaming_name: str | None | Unset = UNSET
    network_type: str | None | Unset = UNSET
    gateway_name: str | None | Unset = UNSET
    network_coverage: str | None | Unset = UNSET
    decoder_name: str | None | Unset = UNSET
    app_key: str | None | Unset = UNSET
    regional_parameter_version: str | None | Unset = UNSET
    mac_version: str | None | Unset = UNSET
    app_eui: str | None | Unset = UNSET
    rf_region: str | None | Unset = UNSET
    capability: int | None | Unset = UNSET


@_attrs_define
class DeviceInformation:
    """A device's details: the vendor's `DeviceInformation` fields of both platforms (here
    `isAcquired`, `lastActivityDate`, `firmwareUpgradeGuid` are camel-cased, and
    `isAcquired` is 0/1).

    """

    _struct: ClassVar[type[DeviceInformationStruct]] = DeviceInformationStruct

    guid: UUID
    """ A GUID, upper-case in replies, matched case-insensitively. """
    unique_id: str
    display_name: str
    is_active: bool
    entity_guid: UUID
    """ A GUID, upper-case in replies, matched case-insensitively. """
    is_connected: bool | None | Unset = UNSET
    device_template_guid: None | Unset | UUID = UNSET
    """ A GUID or null. """
    device_template_name: None | str | Unset = UNSET
    """ Free text or null. """
    entity_name: None | str | Unset = UNSET
    """ Free text or null. """
    cp_id: None | str | Unset = UNSET
    """ Free text or null. """
    is_acquired: int | None | Unset = UNSET
    """ 1 when acquired. """
    is_edge_support: bool | None | Unset = UNSET
    is_parent_acquired: int | None | Unset = UNSET
    note: None | str | Unset = UNSET
    """ Free text or null. """
    tag: None | str | Unset = UNSET
    """ Free text or null. """
    parent_device_guid: None | Unset | UUID = UNSET
    """ A GUID or null. """
    parent_device_unique_id: None | str | Unset = UNSET
    """ Free text or null. """
    certificate_guid: None | Unset | UUID = UNSET
    """ A GUID or null. """
    certificate_name: None | str | Unset = UNSET
    """ Free text or null. """
    certificate_type: int | None | Unset = UNSET
    device_template_auth_type: int | None | Unset = UNSET
    auth_type: int | None | Unset = UNSET
    auth_type_name: None | str | Unset = UNSET
    """ Free text or null. """
    message_version: None | str | Unset = UNSET
    """ Free text or null. """
    created_date: datetime.datetime | None | Unset = UNSET
    """ ISO 8601 UTC with milliseconds, or null. """
    created_by: None | str | Unset = UNSET
    """ Free text or null. """
    last_activity_date: datetime.datetime | None | Unset = UNSET
    """ ISO 8601 UTC with milliseconds, or null. """
    last_connection: datetime.datetime | None | Unset = UNSET
    """ ISO 8601 UTC with milliseconds, or null. """
    firmware_upgrade_guid: None | Unset | UUID = UNSET
    """ A GUID or null. """
    image: None | str | Unset = UNSET
    """ Free text or null. """
    image_url: None | str | Unset = UNSET
    """ Free text or null. """
    firmware_avail: int | None | Unset = UNSET
    is_simulator_on: int | None | Unset = UNSET
    is_type_2_support: bool | None | Unset = UNSET
    is_allotted_device: int | None | Unset = UNSET
    allotted_device_permission: (
        DeviceInformationAllottedDevicePermissionType0 | None | Unset
    ) = UNSET
    properties: Any | Unset = UNSET
    """ The device's custom properties. """
    device_status: None | str | Unset = UNSET
    """ Free text or null. """
    is_low_bandwidth: bool | None | Unset = UNSET
    is_solution_template: bool | None | Unset = UNSET
    file_support: bool | None | Unset = UNSET
    msg_code: None | str | Unset = UNSET
    """ Free text or null. """
    has_twin: bool | None | Unset = UNSET
    parent_company_guid: None | Unset | UUID = UNSET
    """ A GUID or null. """
    company_guid: None | str | Unset = UNSET
    """ Free text or null. """
    parent_auth_type: int | None | Unset = UNSET
    parent_auth_type_name: None | str | Unset = UNSET
    """ Free text or null. """
    c_2_d_on_demand: int | None | Unset = UNSET
    solution_guid: None | Unset | UUID = UNSET
    """ A GUID or null. """
    is_sphere: bool | None | Unset = UNSET
    is_iot_edge_enable: bool | None | Unset = UNSET
    has_direct_method: bool | None | Unset = UNSET
    is_dps_device: bool | None | Unset = UNSET
    send_offline_command: bool | None | Unset = UNSET
    cloud_device_template_guid: None | Unset | UUID = UNSET
    """ A GUID or null. """
    c_url: None | str | Unset = UNSET
    """ Free text or null. """
    ck_url: None | str | Unset = UNSET
    """ Free text or null. """
    cert_location: int | None | Unset = UNSET
    wireless: bool | None | Unset = UNSET
    wireless_device_type: int | None | Unset = UNSET
    wireless_id: None | str | Unset = UNSET
    """ Free text or null. """
    command_format: int | None | Unset = UNSET
    """ 1 or 2. """
    raw_telemetry: bool | None | Unset = UNSET
    gg_device_type: int | None | Unset = UNSET
    lorawan_device_profile_guid: None | Unset | UUID = UNSET
    """ A GUID or null. """
    lorawan_profile_name: None | str | Unset = UNSET
    """ Free text or null. """
    is_exist_lorawan_profile: bool | None | Unset = UNSET
    cloud_template_guid: None | str | Unset = UNSET
    """ Free text or null. """
    client_id: None | str | Unset = UNSET
    """ Free text or null. """
    video_stream_resource: None | str | Unset = UNSET
    """ Free text or null. """
    video_stream_type: None | str | Unset = UNSET
    """ Free text or null. """
    support_stream: bool | None | Unset = UNSET
    auto_start_stream: bool | None | Unset = UNSET
    available_secondary_cert: bool | None | Unset = UNSET
    client_streaming_name: None | str | Unset = UNSET
    """ Free text or null. """
    network_type: None | str | Unset = UNSET
    """ Free text or null. """
    gateway_name: None | str | Unset = UNSET
    """ Free text or null. """
    network_coverage: None | str | Unset = UNSET
    """ Free text or null. """
    decoder_name: None | str | Unset = UNSET
    """ Free text or null. """
    app_key: None | str | Unset = UNSET
    """ Free text or null. """
    regional_parameter_version: None | str | Unset = UNSET
    """ Free text or null. """
    mac_version: None | str | Unset = UNSET
    """ Free text or null. """
    app_eui: None | str | Unset = UNSET
    """ Free text or null. """
    rf_region: None | str | Unset = UNSET
    """ Free text or null. """
    capability: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        guid = str(self.guid)

        unique_id = self.unique_id

        display_name = self.display_name

        is_active = self.is_active

        entity_guid = str(self.entity_guid)

        is_connected: bool | None | Unset
        if isinstance(self.is_connected, Unset):
            is_connected = UNSET
        else:
            is_connected = self.is_connected

        device_template_guid: None | str | Unset
        if isinstance(self.device_template_guid, Unset):
            device_template_guid = UNSET
        elif isinstance(self.device_template_guid, UUID):
            device_template_guid = str(self.device_template_guid)
        else:
            device_template_guid = self.device_template_guid

        device_template_name: None | str | Unset
        if isinstance(self.device_template_name, Unset):
            device_template_name = UNSET
        else:
            device_template_name = self.device_template_name

        entity_name: None | str | Unset
        if isinstance(self.entity_name, Unset):
            entity_name = UNSET
        else:
            entity_name = self.entity_name

        cp_id: None | str | Unset
        if isinstance(self.cp_id, Unset):
            cp_id = UNSET
        else:
            cp_id = self.cp_id

        is_acquired: int | None | Unset
        if isinstance(self.is_acquired, Unset):
            is_acquired = UNSET
        else:
            is_acquired = self.is_acquired

        is_edge_support: bool | None | Unset
        if isinstance(self.is_edge_support, Unset):
            is_edge_support = UNSET
        else:
            is_edge_support = self.is_edge_support

        is_parent_acquired: int | None | Unset
        if isinstance(self.is_parent_acquired, Unset):
            is_parent_acquired = UNSET
        else:
            is_parent_acquired = self.is_parent_acquired

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        tag: None | str | Unset
        if isinstance(self.tag, Unset):
            tag = UNSET
        else:
            tag = self.tag

        parent_device_guid: None | str | Unset
        if isinstance(self.parent_device_guid, Unset):
            parent_device_guid = UNSET
        elif isinstance(self.parent_device_guid, UUID):
            parent_device_guid = str(self.parent_device_guid)
        else:
            parent_device_guid = self.parent_device_guid

        parent_device_unique_id: None | str | Unset
        if isinstance(self.parent_device_unique_id, Unset):
            parent_device_unique_id = UNSET
        else:
            parent_device_unique_id = self.parent_device_unique_id

        certificate_guid: None | str | Unset
        if isinstance(self.certificate_guid, Unset):
            certificate_guid = UNSET
        elif isinstance(self.certificate_guid, UUID):
            certificate_guid = str(self.certificate_guid)
        else:
            certificate_guid = self.certificate_guid

        certificate_name: None | str | Unset
        if isinstance(self.certificate_name, Unset):
            certificate_name = UNSET
        else:
            certificate_name = self.certificate_name

        certificate_type: int | None | Unset
        if isinstance(self.certificate_type, Unset):
            certificate_type = UNSET
        else:
            certificate_type = self.certificate_type

        device_template_auth_type: int | None | Unset
        if isinstance(self.device_template_auth_type, Unset):
            device_template_auth_type = UNSET
        else:
            device_template_auth_type = self.device_template_auth_type

        auth_type: int | None | Unset
        if isinstance(self.auth_type, Unset):
            auth_type = UNSET
        else:
            auth_type = self.auth_type

        auth_type_name: None | str | Unset
        if isinstance(self.auth_type_name, Unset):
            auth_type_name = UNSET
        else:
            auth_type_name = self.auth_type_name

        message_version: None | str | Unset
        if isinstance(self.message_version, Unset):
            message_version = UNSET
        else:
            message_version = self.message_version

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

        last_activity_date: None | str | Unset
        if isinstance(self.last_activity_date, Unset):
            last_activity_date = UNSET
        elif isinstance(self.last_activity_date, datetime.datetime):
            last_activity_date = self.last_activity_date.isoformat()
        else:
            last_activity_date = self.last_activity_date

        last_connection: None | str | Unset
        if isinstance(self.last_connection, Unset):
            last_connection = UNSET
        elif isinstance(self.last_connection, datetime.datetime):
            last_connection = self.last_connection.isoformat()
        else:
            last_connection = self.last_connection

        firmware_upgrade_guid: None | str | Unset
        if isinstance(self.firmware_upgrade_guid, Unset):
            firmware_upgrade_guid = UNSET
        elif isinstance(self.firmware_upgrade_guid, UUID):
            firmware_upgrade_guid = str(self.firmware_upgrade_guid)
        else:
            firmware_upgrade_guid = self.firmware_upgrade_guid

        image: None | str | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        else:
            image = self.image

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        firmware_avail: int | None | Unset
        if isinstance(self.firmware_avail, Unset):
            firmware_avail = UNSET
        else:
            firmware_avail = self.firmware_avail

        is_simulator_on: int | None | Unset
        if isinstance(self.is_simulator_on, Unset):
            is_simulator_on = UNSET
        else:
            is_simulator_on = self.is_simulator_on

        is_type_2_support: bool | None | Unset
        if isinstance(self.is_type_2_support, Unset):
            is_type_2_support = UNSET
        else:
            is_type_2_support = self.is_type_2_support

        is_allotted_device: int | None | Unset
        if isinstance(self.is_allotted_device, Unset):
            is_allotted_device = UNSET
        else:
            is_allotted_device = self.is_allotted_device

        allotted_device_permission: dict[str, Any] | None | Unset
        if isinstance(self.allotted_device_permission, Unset):
            allotted_device_permission = UNSET
        elif isinstance(
            self.allotted_device_permission,
            DeviceInformationAllottedDevicePermissionType0,
        ):
            allotted_device_permission = self.allotted_device_permission.to_dict()
        else:
            allotted_device_permission = self.allotted_device_permission

        properties = self.properties

        device_status: None | str | Unset
        if isinstance(self.device_status, Unset):
            device_status = UNSET
        else:
            device_status = self.device_status

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

        file_support: bool | None | Unset
        if isinstance(self.file_support, Unset):
            file_support = UNSET
        else:
            file_support = self.file_support

        msg_code: None | str | Unset
        if isinstance(self.msg_code, Unset):
            msg_code = UNSET
        else:
            msg_code = self.msg_code

        has_twin: bool | None | Unset
        if isinstance(self.has_twin, Unset):
            has_twin = UNSET
        else:
            has_twin = self.has_twin

        parent_company_guid: None | str | Unset
        if isinstance(self.parent_company_guid, Unset):
            parent_company_guid = UNSET
        elif isinstance(self.parent_company_guid, UUID):
            parent_company_guid = str(self.parent_company_guid)
        else:
            parent_company_guid = self.parent_company_guid

        company_guid: None | str | Unset
        if isinstance(self.company_guid, Unset):
            company_guid = UNSET
        else:
            company_guid = self.company_guid

        parent_auth_type: int | None | Unset
        if isinstance(self.parent_auth_type, Unset):
            parent_auth_type = UNSET
        else:
            parent_auth_type = self.parent_auth_type

        parent_auth_type_name: None | str | Unset
        if isinstance(self.parent_auth_type_name, Unset):
            parent_auth_type_name = UNSET
        else:
            parent_auth_type_name = self.parent_auth_type_name

        c_2_d_on_demand: int | None | Unset
        if isinstance(self.c_2_d_on_demand, Unset):
            c_2_d_on_demand = UNSET
        else:
            c_2_d_on_demand = self.c_2_d_on_demand

        solution_guid: None | str | Unset
        if isinstance(self.solution_guid, Unset):
            solution_guid = UNSET
        elif isinstance(self.solution_guid, UUID):
            solution_guid = str(self.solution_guid)
        else:
            solution_guid = self.solution_guid

        is_sphere: bool | None | Unset
        if isinstance(self.is_sphere, Unset):
            is_sphere = UNSET
        else:
            is_sphere = self.is_sphere

        is_iot_edge_enable: bool | None | Unset
        if isinstance(self.is_iot_edge_enable, Unset):
            is_iot_edge_enable = UNSET
        else:
            is_iot_edge_enable = self.is_iot_edge_enable

        has_direct_method: bool | None | Unset
        if isinstance(self.has_direct_method, Unset):
            has_direct_method = UNSET
        else:
            has_direct_method = self.has_direct_method

        is_dps_device: bool | None | Unset
        if isinstance(self.is_dps_device, Unset):
            is_dps_device = UNSET
        else:
            is_dps_device = self.is_dps_device

        send_offline_command: bool | None | Unset
        if isinstance(self.send_offline_command, Unset):
            send_offline_command = UNSET
        else:
            send_offline_command = self.send_offline_command

        cloud_device_template_guid: None | str | Unset
        if isinstance(self.cloud_device_template_guid, Unset):
            cloud_device_template_guid = UNSET
        elif isinstance(self.cloud_device_template_guid, UUID):
            cloud_device_template_guid = str(self.cloud_device_template_guid)
        else:
            cloud_device_template_guid = self.cloud_device_template_guid

        c_url: None | str | Unset
        if isinstance(self.c_url, Unset):
            c_url = UNSET
        else:
            c_url = self.c_url

        ck_url: None | str | Unset
        if isinstance(self.ck_url, Unset):
            ck_url = UNSET
        else:
            ck_url = self.ck_url

        cert_location: int | None | Unset
        if isinstance(self.cert_location, Unset):
            cert_location = UNSET
        else:
            cert_location = self.cert_location

        wireless: bool | None | Unset
        if isinstance(self.wireless, Unset):
            wireless = UNSET
        else:
            wireless = self.wireless

        wireless_device_type: int | None | Unset
        if isinstance(self.wireless_device_type, Unset):
            wireless_device_type = UNSET
        else:
            wireless_device_type = self.wireless_device_type

        wireless_id: None | str | Unset
        if isinstance(self.wireless_id, Unset):
            wireless_id = UNSET
        else:
            wireless_id = self.wireless_id

        command_format: int | None | Unset
        if isinstance(self.command_format, Unset):
            command_format = UNSET
        else:
            command_format = self.command_format

        raw_telemetry: bool | None | Unset
        if isinstance(self.raw_telemetry, Unset):
            raw_telemetry = UNSET
        else:
            raw_telemetry = self.raw_telemetry

        gg_device_type: int | None | Unset
        if isinstance(self.gg_device_type, Unset):
            gg_device_type = UNSET
        else:
            gg_device_type = self.gg_device_type

        lorawan_device_profile_guid: None | str | Unset
        if isinstance(self.lorawan_device_profile_guid, Unset):
            lorawan_device_profile_guid = UNSET
        elif isinstance(self.lorawan_device_profile_guid, UUID):
            lorawan_device_profile_guid = str(self.lorawan_device_profile_guid)
        else:
            lorawan_device_profile_guid = self.lorawan_device_profile_guid

        lorawan_profile_name: None | str | Unset
        if isinstance(self.lorawan_profile_name, Unset):
            lorawan_profile_name = UNSET
        else:
            lorawan_profile_name = self.lorawan_profile_name

        is_exist_lorawan_profile: bool | None | Unset
        if isinstance(self.is_exist_lorawan_profile, Unset):
            is_exist_lorawan_profile = UNSET
        else:
            is_exist_lorawan_profile = self.is_exist_lorawan_profile

        cloud_template_guid: None | str | Unset
        if isinstance(self.cloud_template_guid, Unset):
            cloud_template_guid = UNSET
        else:
            cloud_template_guid = self.cloud_template_guid

        client_id: None | str | Unset
        if isinstance(self.client_id, Unset):
            client_id = UNSET
        else:
            client_id = self.client_id

        video_stream_resource: None | str | Unset
        if isinstance(self.video_stream_resource, Unset):
            video_stream_resource = UNSET
        else:
            video_stream_resource = self.video_stream_resource

        video_stream_type: None | str | Unset
        if isinstance(self.video_stream_type, Unset):
            video_stream_type = UNSET
        else:
            video_stream_type = self.video_stream_type

        support_stream: bool | None | Unset
        if isinstance(self.support_stream, Unset):
            support_stream = UNSET
        else:
            support_stream = self.support_stream

        auto_start_stream: bool | None | Unset
        if isinstance(self.auto_start_stream, Unset):
            auto_start_stream = UNSET
        else:
            auto_start_stream = self.auto_start_stream

        available_secondary_cert: bool | None | Unset
        if isinstance(self.available_secondary_cert, Unset):
            available_secondary_cert = UNSET
        else:
            available_secondary_cert = self.available_secondary_cert

        client_streaming_name: None | str | Unset
        if isinstance(self.client_streaming_name, Unset):
            client_streaming_name = UNSET
        else:
            client_streaming_name = self.client_streaming_name

        network_type: None | str | Unset
        if isinstance(self.network_type, Unset):
            network_type = UNSET
        else:
            network_type = self.network_type

        gateway_name: None | str | Unset
        if isinstance(self.gateway_name, Unset):
            gateway_name = UNSET
        else:
            gateway_name = self.gateway_name

        network_coverage: None | str | Unset
        if isinstance(self.network_coverage, Unset):
            network_coverage = UNSET
        else:
            network_coverage = self.network_coverage

        decoder_name: None | str | Unset
        if isinstance(self.decoder_name, Unset):
            decoder_name = UNSET
        else:
            decoder_name = self.decoder_name

        app_key: None | str | Unset
        if isinstance(self.app_key, Unset):
            app_key = UNSET
        else:
            app_key = self.app_key

        regional_parameter_version: None | str | Unset
        if isinstance(self.regional_parameter_version, Unset):
            regional_parameter_version = UNSET
        else:
            regional_parameter_version = self.regional_parameter_version

        mac_version: None | str | Unset
        if isinstance(self.mac_version, Unset):
            mac_version = UNSET
        else:
            mac_version = self.mac_version

        app_eui: None | str | Unset
        if isinstance(self.app_eui, Unset):
            app_eui = UNSET
        else:
            app_eui = self.app_eui

        rf_region: None | str | Unset
        if isinstance(self.rf_region, Unset):
            rf_region = UNSET
        else:
            rf_region = self.rf_region

        capability: int | None | Unset
        if isinstance(self.capability, Unset):
            capability = UNSET
        else:
            capability = self.capability

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "guid": guid,
                "uniqueId": unique_id,
                "displayName": display_name,
                "isActive": is_active,
                "entityGuid": entity_guid,
            }
        )
        if is_connected is not UNSET:
            field_dict["isConnected"] = is_connected
        if device_template_guid is not UNSET:
            field_dict["deviceTemplateGuid"] = device_template_guid
        if device_template_name is not UNSET:
            field_dict["deviceTemplateName"] = device_template_name
        if entity_name is not UNSET:
            field_dict["entityName"] = entity_name
        if cp_id is not UNSET:
            field_dict["cpId"] = cp_id
        if is_acquired is not UNSET:
            field_dict["isAcquired"] = is_acquired
        if is_edge_support is not UNSET:
            field_dict["isEdgeSupport"] = is_edge_support
        if is_parent_acquired is not UNSET:
            field_dict["isParentAcquired"] = is_parent_acquired
        if note is not UNSET:
            field_dict["note"] = note
        if tag is not UNSET:
            field_dict["tag"] = tag
        if parent_device_guid is not UNSET:
            field_dict["parentDeviceGuid"] = parent_device_guid
        if parent_device_unique_id is not UNSET:
            field_dict["parentDeviceUniqueId"] = parent_device_unique_id
        if certificate_guid is not UNSET:
            field_dict["certificateGuid"] = certificate_guid
        if certificate_name is not UNSET:
            field_dict["certificateName"] = certificate_name
        if certificate_type is not UNSET:
            field_dict["certificateType"] = certificate_type
        if device_template_auth_type is not UNSET:
            field_dict["deviceTemplateAuthType"] = device_template_auth_type
        if auth_type is not UNSET:
            field_dict["authType"] = auth_type
        if auth_type_name is not UNSET:
            field_dict["authTypeName"] = auth_type_name
        if message_version is not UNSET:
            field_dict["messageVersion"] = message_version
        if created_date is not UNSET:
            field_dict["createdDate"] = created_date
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if last_activity_date is not UNSET:
            field_dict["lastActivityDate"] = last_activity_date
        if last_connection is not UNSET:
            field_dict["lastConnection"] = last_connection
        if firmware_upgrade_guid is not UNSET:
            field_dict["firmwareUpgradeGuid"] = firmware_upgrade_guid
        if image is not UNSET:
            field_dict["image"] = image
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        if firmware_avail is not UNSET:
            field_dict["firmwareAvail"] = firmware_avail
        if is_simulator_on is not UNSET:
            field_dict["isSimulatorOn"] = is_simulator_on
        if is_type_2_support is not UNSET:
            field_dict["isType2Support"] = is_type_2_support
        if is_allotted_device is not UNSET:
            field_dict["isAllottedDevice"] = is_allotted_device
        if allotted_device_permission is not UNSET:
            field_dict["allottedDevicePermission"] = allotted_device_permission
        if properties is not UNSET:
            field_dict["properties"] = properties
        if device_status is not UNSET:
            field_dict["deviceStatus"] = device_status
        if is_low_bandwidth is not UNSET:
            field_dict["isLowBandwidth"] = is_low_bandwidth
        if is_solution_template is not UNSET:
            field_dict["isSolutionTemplate"] = is_solution_template
        if file_support is not UNSET:
            field_dict["fileSupport"] = file_support
        if msg_code is not UNSET:
            field_dict["msgCode"] = msg_code
        if has_twin is not UNSET:
            field_dict["hasTwin"] = has_twin
        if parent_company_guid is not UNSET:
            field_dict["parentCompanyGuid"] = parent_company_guid
        if company_guid is not UNSET:
            field_dict["companyGuid"] = company_guid
        if parent_auth_type is not UNSET:
            field_dict["parentAuthType"] = parent_auth_type
        if parent_auth_type_name is not UNSET:
            field_dict["parentAuthTypeName"] = parent_auth_type_name
        if c_2_d_on_demand is not UNSET:
            field_dict["c2dOnDemand"] = c_2_d_on_demand
        if solution_guid is not UNSET:
            field_dict["solutionGuid"] = solution_guid
        if is_sphere is not UNSET:
            field_dict["isSphere"] = is_sphere
        if is_iot_edge_enable is not UNSET:
            field_dict["isIotEdgeEnable"] = is_iot_edge_enable
        if has_direct_method is not UNSET:
            field_dict["hasDirectMethod"] = has_direct_method
        if is_dps_device is not UNSET:
            field_dict["isDpsDevice"] = is_dps_device
        if send_offline_command is not UNSET:
            field_dict["sendOfflineCommand"] = send_offline_command
        if cloud_device_template_guid is not UNSET:
            field_dict["cloudDeviceTemplateGuid"] = cloud_device_template_guid
        if c_url is not UNSET:
            field_dict["cUrl"] = c_url
        if ck_url is not UNSET:
            field_dict["ckUrl"] = ck_url
        if cert_location is not UNSET:
            field_dict["certLocation"] = cert_location
        if wireless is not UNSET:
            field_dict["wireless"] = wireless
        if wireless_device_type is not UNSET:
            field_dict["wirelessDeviceType"] = wireless_device_type
        if wireless_id is not UNSET:
            field_dict["wirelessId"] = wireless_id
        if command_format is not UNSET:
            field_dict["commandFormat"] = command_format
        if raw_telemetry is not UNSET:
            field_dict["rawTelemetry"] = raw_telemetry
        if gg_device_type is not UNSET:
            field_dict["ggDeviceType"] = gg_device_type
        if lorawan_device_profile_guid is not UNSET:
            field_dict["lorawanDeviceProfileGuid"] = lorawan_device_profile_guid
        if lorawan_profile_name is not UNSET:
            field_dict["lorawanProfileName"] = lorawan_profile_name
        if is_exist_lorawan_profile is not UNSET:
            field_dict["isExistLorawanProfile"] = is_exist_lorawan_profile
        if cloud_template_guid is not UNSET:
            field_dict["cloudTemplateGuid"] = cloud_template_guid
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if video_stream_resource is not UNSET:
            field_dict["videoStreamResource"] = video_stream_resource
        if video_stream_type is not UNSET:
            field_dict["videoStreamType"] = video_stream_type
        if support_stream is not UNSET:
            field_dict["supportStream"] = support_stream
        if auto_start_stream is not UNSET:
            field_dict["autoStartStream"] = auto_start_stream
        if available_secondary_cert is not UNSET:
            field_dict["availableSecondaryCert"] = available_secondary_cert
        if client_streaming_name is not UNSET:
            field_dict["clientStreamingName"] = client_streaming_name
        if network_type is not UNSET:
            field_dict["networkType"] = network_type
        if gateway_name is not UNSET:
            field_dict["gatewayName"] = gateway_name
        if network_coverage is not UNSET:
            field_dict["networkCoverage"] = network_coverage
        if decoder_name is not UNSET:
            field_dict["decoderName"] = decoder_name
        if app_key is not UNSET:
            field_dict["appKey"] = app_key
        if regional_parameter_version is not UNSET:
            field_dict["regionalParameterVersion"] = regional_parameter_version
        if mac_version is not UNSET:
            field_dict["macVersion"] = mac_version
        if app_eui is not UNSET:
            field_dict["appEui"] = app_eui
        if rf_region is not UNSET:
            field_dict["rfRegion"] = rf_region
        if capability is not UNSET:
            field_dict["capability"] = capability

        return field_dict

    @classmethod
    def _from_struct(cls, struct: DeviceInformationStruct) -> Self:
        if (
            struct.allotted_device_permission is None
            or struct.allotted_device_permission is UNSET
        ) and not struct.properties:
            return cls(*astuple(struct))
        return cls(
            struct.guid,
            struct.unique_id,
            struct.display_name,
            struct.is_active,
            struct.entity_guid,
            struct.is_connected,
            struct.device_template_guid,
            struct.device_template_name,
            struct.entity_name,
            struct.cp_id,
            struct.is_acquired,
            struct.is_edge_support,
            struct.is_parent_acquired,
            struct.note,
            struct.tag,
            struct.parent_device_guid,
            struct.parent_device_unique_id,
            struct.certificate_guid,
            struct.certificate_name,
            struct.certificate_type,
            struct.device_template_auth_type,
            struct.auth_type,
            struct.auth_type_name,
            struct.message_version,
            struct.created_date,
            struct.created_by,
            struct.last_activity_date,
            struct.last_connection,
            struct.firmware_upgrade_guid,
            struct.image,
            struct.image_url,
            struct.firmware_avail,
            struct.is_simulator_on,
            struct.is_type_2_support,
            struct.is_allotted_device,
            DeviceInformationAllottedDevicePermissionType0.from_dict(
                bounded(struct.allotted_device_permission)
            )
            if isinstance(struct.allotted_device_permission, dict)
            else struct.allotted_device_permission,
            bounded(struct.properties),
            struct.device_status,
            struct.is_low_bandwidth,
            struct.is_solution_template,
            struct.file_support,
            struct.msg_code,
            struct.has_twin,
            struct.parent_company_guid,
            struct.company_guid,
            struct.parent_auth_type,
            struct.parent_auth_type_name,
            struct.c_2_d_on_demand,
            struct.solution_guid,
            struct.is_sphere,
            struct.is_iot_edge_enable,
            struct.has_direct_method,
            struct.is_dps_device,
            struct.send_offline_command,
            struct.cloud_device_template_guid,
            struct.c_url,
            struct.ck_url,
            struct.cert_location,
            struct.wireless,
            struct.wireless_device_type,
            struct.wireless_id,
            struct.command_format,
            struct.raw_telemetry,
            struct.gg_device_type,
            struct.lorawan_device_profile_guid,
            struct.lorawan_profile_name,
            struct.is_exist_lorawan_profile,
            struct.cloud_template_guid,
            struct.client_id,
            struct.video_stream_resource,
            struct.video_stream_type,
            struct.support_stream,
            struct.auto_start_stream,
            struct.available_secondary_cert,
            struct.client_streaming_name,
            struct.network_type,
            struct.gateway_name,
            struct.network_coverage,
            struct.decoder_name,
            struct.app_key,
            struct.regional_parameter_version,
            struct.mac_version,
            struct.app_eui,
            struct.rf_region,
            struct.capability,
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        guid = UUID(d.pop("guid"))

        unique_id = d.pop("uniqueId")

        display_name = d.pop("displayName")

        is_active = d.pop("isActive")

        entity_guid = UUID(d.pop("entityGuid"))

        is_connected: bool | None | Unset = d.pop("isConnected", UNSET)

        _device_template_guid = d.pop("deviceTemplateGuid", UNSET)
        device_template_guid: None | Unset | UUID
        if _device_template_guid is None or isinstance(_device_template_guid, Unset):
            device_template_guid = _device_template_guid
        else:
            try:
                if not isinstance(_device_template_guid, str):
                    raise TypeError()
                componentsschemas_nullable_guid_type_0 = UUID(_device_template_guid)

                device_template_guid = componentsschemas_nullable_guid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                device_template_guid = cast(None | Unset | UUID, _device_template_guid)

        device_template_name: None | str | Unset = d.pop("deviceTemplateName", UNSET)

        entity_name: None | str | Unset = d.pop("entityName", UNSET)

        cp_id: None | str | Unset = d.pop("cpId", UNSET)

        is_acquired: int | None | Unset = d.pop("isAcquired", UNSET)

        is_edge_support: bool | None | Unset = d.pop("isEdgeSupport", UNSET)

        is_parent_acquired: int | None | Unset = d.pop("isParentAcquired", UNSET)

        note: None | str | Unset = d.pop("note", UNSET)

        tag: None | str | Unset = d.pop("tag", UNSET)

        _parent_device_guid = d.pop("parentDeviceGuid", UNSET)
        parent_device_guid: None | Unset | UUID
        if _parent_device_guid is None or isinstance(_parent_device_guid, Unset):
            parent_device_guid = _parent_device_guid
        else:
            try:
                if not isinstance(_parent_device_guid, str):
                    raise TypeError()
                componentsschemas_nullable_guid_type_0 = UUID(_parent_device_guid)

                parent_device_guid = componentsschemas_nullable_guid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                parent_device_guid = cast(None | Unset | UUID, _parent_device_guid)

        parent_device_unique_id: None | str | Unset = d.pop(
            "parentDeviceUniqueId", UNSET
        )

        _certificate_guid = d.pop("certificateGuid", UNSET)
        certificate_guid: None | Unset | UUID
        if _certificate_guid is None or isinstance(_certificate_guid, Unset):
            certificate_guid = _certificate_guid
        else:
            try:
                if not isinstance(_certificate_guid, str):
                    raise TypeError()
                componentsschemas_nullable_guid_type_0 = UUID(_certificate_guid)

                certificate_guid = componentsschemas_nullable_guid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                certificate_guid = cast(None | Unset | UUID, _certificate_guid)

        certificate_name: None | str | Unset = d.pop("certificateName", UNSET)

        certificate_type: int | None | Unset = d.pop("certificateType", UNSET)

        device_template_auth_type: int | None | Unset = d.pop(
            "deviceTemplateAuthType", UNSET
        )

        auth_type: int | None | Unset = d.pop("authType", UNSET)

        auth_type_name: None | str | Unset = d.pop("authTypeName", UNSET)

        message_version: None | str | Unset = d.pop("messageVersion", UNSET)

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

        _last_activity_date = d.pop("lastActivityDate", UNSET)
        last_activity_date: datetime.datetime | None | Unset
        if _last_activity_date is None or isinstance(_last_activity_date, Unset):
            last_activity_date = _last_activity_date
        else:
            try:
                if not isinstance(_last_activity_date, str):
                    raise TypeError()
                componentsschemas_nullable_timestamp_type_0 = parse_datetime(
                    _last_activity_date
                )

                last_activity_date = componentsschemas_nullable_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                last_activity_date = cast(
                    datetime.datetime | None | Unset, _last_activity_date
                )

        _last_connection = d.pop("lastConnection", UNSET)
        last_connection: datetime.datetime | None | Unset
        if _last_connection is None or isinstance(_last_connection, Unset):
            last_connection = _last_connection
        else:
            try:
                if not isinstance(_last_connection, str):
                    raise TypeError()
                componentsschemas_nullable_timestamp_type_0 = parse_datetime(
                    _last_connection
                )

                last_connection = componentsschemas_nullable_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                last_connection = cast(
                    datetime.datetime | None | Unset, _last_connection
                )

        _firmware_upgrade_guid = d.pop("firmwareUpgradeGuid", UNSET)
        firmware_upgrade_guid: None | Unset | UUID
        if _firmware_upgrade_guid is None or isinstance(_firmware_upgrade_guid, Unset):
            firmware_upgrade_guid = _firmware_upgrade_guid
        else:
            try:
                if not isinstance(_firmware_upgrade_guid, str):
                    raise TypeError()
                componentsschemas_nullable_guid_type_0 = UUID(_firmware_upgrade_guid)

                firmware_upgrade_guid = componentsschemas_nullable_guid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                firmware_upgrade_guid = cast(
                    None | Unset | UUID, _firmware_upgrade_guid
                )

        image: None | str | Unset = d.pop("image", UNSET)

        image_url: None | str | Unset = d.pop("imageUrl", UNSET)

        firmware_avail: int | None | Unset = d.pop("firmwareAvail", UNSET)

        is_simulator_on: int | None | Unset = d.pop("isSimulatorOn", UNSET)

        is_type_2_support: bool | None | Unset = d.pop("isType2Support", UNSET)

        is_allotted_device: int | None | Unset = d.pop("isAllottedDevice", UNSET)

        _allotted_device_permission = d.pop("allottedDevicePermission", UNSET)
        allotted_device_permission: (
            DeviceInformationAllottedDevicePermissionType0 | None | Unset
        )
        if _allotted_device_permission is None or isinstance(
            _allotted_device_permission, Unset
        ):
            allotted_device_permission = _allotted_device_permission
        else:
            try:
                if not isinstance(_allotted_device_permission, dict):
                    raise TypeError()
                allotted_device_permission_type_0 = (
                    DeviceInformationAllottedDevicePermissionType0.from_dict(
                        _allotted_device_permission
                    )
                )

                allotted_device_permission = allotted_device_permission_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                allotted_device_permission = cast(
                    DeviceInformationAllottedDevicePermissionType0 | None | Unset,
                    _allotted_device_permission,
                )

        properties = d.pop("properties", UNSET)

        device_status: None | str | Unset = d.pop("deviceStatus", UNSET)

        is_low_bandwidth: bool | None | Unset = d.pop("isLowBandwidth", UNSET)

        is_solution_template: bool | None | Unset = d.pop("isSolutionTemplate", UNSET)

        file_support: bool | None | Unset = d.pop("fileSupport", UNSET)

        msg_code: None | str | Unset = d.pop("msgCode", UNSET)

        has_twin: bool | None | Unset = d.pop("hasTwin", UNSET)

        _parent_company_guid = d.pop("parentCompanyGuid", UNSET)
        parent_company_guid: None | Unset | UUID
        if _parent_company_guid is None or isinstance(_parent_company_guid, Unset):
            parent_company_guid = _parent_company_guid
        else:
            try:
                if not isinstance(_parent_company_guid, str):
                    raise TypeError()
                componentsschemas_nullable_guid_type_0 = UUID(_parent_company_guid)

                parent_company_guid = componentsschemas_nullable_guid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                parent_company_guid = cast(None | Unset | UUID, _parent_company_guid)

        company_guid: None | str | Unset = d.pop("companyGuid", UNSET)

        parent_auth_type: int | None | Unset = d.pop("parentAuthType", UNSET)

        parent_auth_type_name: None | str | Unset = d.pop("parentAuthTypeName", UNSET)

        c_2_d_on_demand: int | None | Unset = d.pop("c2dOnDemand", UNSET)

        _solution_guid = d.pop("solutionGuid", UNSET)
        solution_guid: None | Unset | UUID
        if _solution_guid is None or isinstance(_solution_guid, Unset):
            solution_guid = _solution_guid
        else:
            try:
                if not isinstance(_solution_guid, str):
                    raise TypeError()
                componentsschemas_nullable_guid_type_0 = UUID(_solution_guid)

                solution_guid = componentsschemas_nullable_guid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                solution_guid = cast(None | Unset | UUID, _solution_guid)

        is_sphere: bool | None | Unset = d.pop("isSphere", UNSET)

        is_iot_edge_enable: bool | None | Unset = d.pop("isIotEdgeEnable", UNSET)

        has_direct_method: bool | None | Unset = d.pop("hasDirectMethod", UNSET)

        is_dps_device: bool | None | Unset = d.pop("isDpsDevice", UNSET)

        send_offline_command: bool | None | Unset = d.pop("sendOfflineCommand", UNSET)

        _cloud_device_template_guid = d.pop("cloudDeviceTemplateGuid", UNSET)
        cloud_device_template_guid: None | Unset | UUID
        if _cloud_device_template_guid is None or isinstance(
            _cloud_device_template_guid, Unset
        ):
            cloud_device_template_guid = _cloud_device_template_guid
        else:
            try:
                if not isinstance(_cloud_device_template_guid, str):
                    raise TypeError()
                componentsschemas_nullable_guid_type_0 = UUID(
                    _cloud_device_template_guid
                )

                cloud_device_template_guid = componentsschemas_nullable_guid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                cloud_device_template_guid = cast(
                    None | Unset | UUID, _cloud_device_template_guid
                )

        c_url: None | str | Unset = d.pop("cUrl", UNSET)

        ck_url: None | str | Unset = d.pop("ckUrl", UNSET)

        cert_location: int | None | Unset = d.pop("certLocation", UNSET)

        wireless: bool | None | Unset = d.pop("wireless", UNSET)

        wireless_device_type: int | None | Unset = d.pop("wirelessDeviceType", UNSET)

        wireless_id: None | str | Unset = d.pop("wirelessId", UNSET)

        command_format: int | None | Unset = d.pop("commandFormat", UNSET)

        raw_telemetry: bool | None | Unset = d.pop("rawTelemetry", UNSET)

        gg_device_type: int | None | Unset = d.pop("ggDeviceType", UNSET)

        _lorawan_device_profile_guid = d.pop("lorawanDeviceProfileGuid", UNSET)
        lorawan_device_profile_guid: None | Unset | UUID
        if _lorawan_device_profile_guid is None or isinstance(
            _lorawan_device_profile_guid, Unset
        ):
            lorawan_device_profile_guid = _lorawan_device_profile_guid
        else:
            try:
                if not isinstance(_lorawan_device_profile_guid, str):
                    raise TypeError()
                componentsschemas_nullable_guid_type_0 = UUID(
                    _lorawan_device_profile_guid
                )

                lorawan_device_profile_guid = componentsschemas_nullable_guid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                lorawan_device_profile_guid = cast(
                    None | Unset | UUID, _lorawan_device_profile_guid
                )

        lorawan_profile_name: None | str | Unset = d.pop("lorawanProfileName", UNSET)

        is_exist_lorawan_profile: bool | None | Unset = d.pop(
            "isExistLorawanProfile", UNSET
        )

        cloud_template_guid: None | str | Unset = d.pop("cloudTemplateGuid", UNSET)

        client_id: None | str | Unset = d.pop("clientId", UNSET)

        video_stream_resource: None | str | Unset = d.pop("videoStreamResource", UNSET)

        video_stream_type: None | str | Unset = d.pop("videoStreamType", UNSET)

        support_stream: bool | None | Unset = d.pop("supportStream", UNSET)

        auto_start_stream: bool | None | Unset = d.pop("autoStartStream", UNSET)

        available_secondary_cert: bool | None | Unset = d.pop(
            "availableSecondaryCert", UNSET
        )

        client_streaming_name: None | str | Unset = d.pop("clientStreamingName", UNSET)

        network_type: None | str | Unset = d.pop("networkType", UNSET)

        gateway_name: None | str | Unset = d.pop("gatewayName", UNSET)

        network_coverage: None | str | Unset = d.pop("networkCoverage", UNSET)

        decoder_name: None | str | Unset = d.pop("decoderName", UNSET)

        app_key: None | str | Unset = d.pop("appKey", UNSET)

        regional_parameter_version: None | str | Unset = d.pop(
            "regionalParameterVersion", UNSET
        )

        mac_version: None | str | Unset = d.pop("macVersion", UNSET)

        app_eui: None | str | Unset = d.pop("appEui", UNSET)

        rf_region: None | str | Unset = d.pop("rfRegion", UNSET)

        capability: int | None | Unset = d.pop("capability", UNSET)

        device_information = cls(
            guid=guid,
            unique_id=unique_id,
            display_name=display_name,
            is_active=is_active,
            entity_guid=entity_guid,
            is_connected=is_connected,
            device_template_guid=device_template_guid,
            device_template_name=device_template_name,
            entity_name=entity_name,
            cp_id=cp_id,
            is_acquired=is_acquired,
            is_edge_support=is_edge_support,
            is_parent_acquired=is_parent_acquired,
            note=note,
            tag=tag,
            parent_device_guid=parent_device_guid,
            parent_device_unique_id=parent_device_unique_id,
            certificate_guid=certificate_guid,
            certificate_name=certificate_name,
            certificate_type=certificate_type,
            device_template_auth_type=device_template_auth_type,
            auth_type=auth_type,
            auth_type_name=auth_type_name,
            message_version=message_version,
            created_date=created_date,
            created_by=created_by,
            last_activity_date=last_activity_date,
            last_connection=last_connection,
            firmware_upgrade_guid=firmware_upgrade_guid,
            image=image,
            image_url=image_url,
            firmware_avail=firmware_avail,
            is_simulator_on=is_simulator_on,
            is_type_2_support=is_type_2_support,
            is_allotted_device=is_allotted_device,
            allotted_device_permission=allotted_device_permission,
            properties=properties,
            device_status=device_status,
            is_low_bandwidth=is_low_bandwidth,
            is_solution_template=is_solution_template,
            file_support=file_support,
            msg_code=msg_code,
            has_twin=has_twin,
            parent_company_guid=parent_company_guid,
            company_guid=company_guid,
            parent_auth_type=parent_auth_type,
            parent_auth_type_name=parent_auth_type_name,
            c_2_d_on_demand=c_2_d_on_demand,
            solution_guid=solution_guid,
            is_sphere=is_sphere,
            is_iot_edge_enable=is_iot_edge_enable,
            has_direct_method=has_direct_method,
            is_dps_device=is_dps_device,
            send_offline_command=send_offline_command,
            cloud_device_template_guid=cloud_device_template_guid,
            c_url=c_url,
            ck_url=ck_url,
            cert_location=cert_location,
            wireless=wireless,
            wireless_device_type=wireless_device_type,
            wireless_id=wireless_id,
            command_format=command_format,
            raw_telemetry=raw_telemetry,
            gg_device_type=gg_device_type,
            lorawan_device_profile_guid=lorawan_device_profile_guid,
            lorawan_profile_name=lorawan_profile_name,
            is_exist_lorawan_profile=is_exist_lorawan_profile,
            cloud_template_guid=cloud_template_guid,
            client_id=client_id,
            video_stream_resource=video_stream_resource,
            video_stream_type=video_stream_type,
            support_stream=support_stream,
            auto_start_stream=auto_start_stream,
            available_secondary_cert=available_secondary_cert,
            client_streaming_name=client_streaming_name,
            network_type=network_type,
            gateway_name=gateway_name,
            network_coverage=network_coverage,
            decoder_name=decoder_name,
            app_key=app_key,
            regional_parameter_version=regional_parameter_version,
            mac_version=mac_version,
            app_eui=app_eui,
            rf_region=rf_region,
            capability=capability,
        )

        device_information.additional_properties = d
        return device_information

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
from ..models.device_information_allotted_device_permission_type_0 import (
    DeviceInformationAllottedDevicePermissionType0,
)
