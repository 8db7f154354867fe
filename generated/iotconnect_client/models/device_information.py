from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.device_information_allotted_device_permission_type_0 import (
        DeviceInformationAllottedDevicePermissionType0,
    )


T = TypeVar("T", bound="DeviceInformation")


@_attrs_define
class DeviceInformation:
    """A device's details: the vendor's `DeviceInformation` fields of both platforms (here
    `isAcquired`, `lastActivityDate`, `firmwareUpgradeGuid` are camel-cased, and
    `isAcquired` is 0/1).

    """

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

    def to_dict(self) -> dict[str, Any]:
        from ..models.device_information_allotted_device_permission_type_0 import (
            DeviceInformationAllottedDevicePermissionType0,
        )

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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.device_information_allotted_device_permission_type_0 import (
            DeviceInformationAllottedDevicePermissionType0,
        )

        d = dict(src_dict)
        guid = UUID(d.pop("guid"))

        unique_id = d.pop("uniqueId")

        display_name = d.pop("displayName")

        is_active = d.pop("isActive")

        entity_guid = UUID(d.pop("entityGuid"))

        def _parse_is_connected(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_connected = _parse_is_connected(d.pop("isConnected", UNSET))

        def _parse_device_template_guid(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_guid_type_0 = UUID(data)

                return componentsschemas_nullable_guid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        device_template_guid = _parse_device_template_guid(
            d.pop("deviceTemplateGuid", UNSET)
        )

        def _parse_device_template_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        device_template_name = _parse_device_template_name(
            d.pop("deviceTemplateName", UNSET)
        )

        def _parse_entity_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        entity_name = _parse_entity_name(d.pop("entityName", UNSET))

        def _parse_cp_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cp_id = _parse_cp_id(d.pop("cpId", UNSET))

        def _parse_is_acquired(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        is_acquired = _parse_is_acquired(d.pop("isAcquired", UNSET))

        def _parse_is_edge_support(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_edge_support = _parse_is_edge_support(d.pop("isEdgeSupport", UNSET))

        def _parse_is_parent_acquired(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        is_parent_acquired = _parse_is_parent_acquired(d.pop("isParentAcquired", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        def _parse_tag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tag = _parse_tag(d.pop("tag", UNSET))

        def _parse_parent_device_guid(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_guid_type_0 = UUID(data)

                return componentsschemas_nullable_guid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        parent_device_guid = _parse_parent_device_guid(d.pop("parentDeviceGuid", UNSET))

        def _parse_parent_device_unique_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_device_unique_id = _parse_parent_device_unique_id(
            d.pop("parentDeviceUniqueId", UNSET)
        )

        def _parse_certificate_guid(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_guid_type_0 = UUID(data)

                return componentsschemas_nullable_guid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        certificate_guid = _parse_certificate_guid(d.pop("certificateGuid", UNSET))

        def _parse_certificate_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        certificate_name = _parse_certificate_name(d.pop("certificateName", UNSET))

        def _parse_certificate_type(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        certificate_type = _parse_certificate_type(d.pop("certificateType", UNSET))

        def _parse_device_template_auth_type(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        device_template_auth_type = _parse_device_template_auth_type(
            d.pop("deviceTemplateAuthType", UNSET)
        )

        def _parse_auth_type(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        auth_type = _parse_auth_type(d.pop("authType", UNSET))

        def _parse_auth_type_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        auth_type_name = _parse_auth_type_name(d.pop("authTypeName", UNSET))

        def _parse_message_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message_version = _parse_message_version(d.pop("messageVersion", UNSET))

        def _parse_created_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_timestamp_type_0 = (
                    datetime.datetime.fromisoformat(data)
                )

                return componentsschemas_nullable_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_date = _parse_created_date(d.pop("createdDate", UNSET))

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("createdBy", UNSET))

        def _parse_last_activity_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_timestamp_type_0 = (
                    datetime.datetime.fromisoformat(data)
                )

                return componentsschemas_nullable_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_activity_date = _parse_last_activity_date(d.pop("lastActivityDate", UNSET))

        def _parse_last_connection(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_timestamp_type_0 = (
                    datetime.datetime.fromisoformat(data)
                )

                return componentsschemas_nullable_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_connection = _parse_last_connection(d.pop("lastConnection", UNSET))

        def _parse_firmware_upgrade_guid(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_guid_type_0 = UUID(data)

                return componentsschemas_nullable_guid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        firmware_upgrade_guid = _parse_firmware_upgrade_guid(
            d.pop("firmwareUpgradeGuid", UNSET)
        )

        def _parse_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image = _parse_image(d.pop("image", UNSET))

        def _parse_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_url = _parse_image_url(d.pop("imageUrl", UNSET))

        def _parse_firmware_avail(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        firmware_avail = _parse_firmware_avail(d.pop("firmwareAvail", UNSET))

        def _parse_is_simulator_on(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        is_simulator_on = _parse_is_simulator_on(d.pop("isSimulatorOn", UNSET))

        def _parse_is_type_2_support(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_type_2_support = _parse_is_type_2_support(d.pop("isType2Support", UNSET))

        def _parse_is_allotted_device(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        is_allotted_device = _parse_is_allotted_device(d.pop("isAllottedDevice", UNSET))

        def _parse_allotted_device_permission(
            data: object,
        ) -> DeviceInformationAllottedDevicePermissionType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                allotted_device_permission_type_0 = (
                    DeviceInformationAllottedDevicePermissionType0.from_dict(data)
                )

                return allotted_device_permission_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                DeviceInformationAllottedDevicePermissionType0 | None | Unset, data
            )

        allotted_device_permission = _parse_allotted_device_permission(
            d.pop("allottedDevicePermission", UNSET)
        )

        properties = d.pop("properties", UNSET)

        def _parse_device_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        device_status = _parse_device_status(d.pop("deviceStatus", UNSET))

        def _parse_is_low_bandwidth(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_low_bandwidth = _parse_is_low_bandwidth(d.pop("isLowBandwidth", UNSET))

        def _parse_is_solution_template(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_solution_template = _parse_is_solution_template(
            d.pop("isSolutionTemplate", UNSET)
        )

        def _parse_file_support(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        file_support = _parse_file_support(d.pop("fileSupport", UNSET))

        def _parse_msg_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        msg_code = _parse_msg_code(d.pop("msgCode", UNSET))

        def _parse_has_twin(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_twin = _parse_has_twin(d.pop("hasTwin", UNSET))

        def _parse_parent_company_guid(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_guid_type_0 = UUID(data)

                return componentsschemas_nullable_guid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        parent_company_guid = _parse_parent_company_guid(
            d.pop("parentCompanyGuid", UNSET)
        )

        def _parse_company_guid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_guid = _parse_company_guid(d.pop("companyGuid", UNSET))

        def _parse_parent_auth_type(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parent_auth_type = _parse_parent_auth_type(d.pop("parentAuthType", UNSET))

        def _parse_parent_auth_type_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_auth_type_name = _parse_parent_auth_type_name(
            d.pop("parentAuthTypeName", UNSET)
        )

        def _parse_c_2_d_on_demand(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        c_2_d_on_demand = _parse_c_2_d_on_demand(d.pop("c2dOnDemand", UNSET))

        def _parse_solution_guid(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_guid_type_0 = UUID(data)

                return componentsschemas_nullable_guid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        solution_guid = _parse_solution_guid(d.pop("solutionGuid", UNSET))

        def _parse_is_sphere(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_sphere = _parse_is_sphere(d.pop("isSphere", UNSET))

        def _parse_is_iot_edge_enable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_iot_edge_enable = _parse_is_iot_edge_enable(d.pop("isIotEdgeEnable", UNSET))

        def _parse_has_direct_method(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_direct_method = _parse_has_direct_method(d.pop("hasDirectMethod", UNSET))

        def _parse_is_dps_device(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_dps_device = _parse_is_dps_device(d.pop("isDpsDevice", UNSET))

        def _parse_send_offline_command(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        send_offline_command = _parse_send_offline_command(
            d.pop("sendOfflineCommand", UNSET)
        )

        def _parse_cloud_device_template_guid(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_guid_type_0 = UUID(data)

                return componentsschemas_nullable_guid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        cloud_device_template_guid = _parse_cloud_device_template_guid(
            d.pop("cloudDeviceTemplateGuid", UNSET)
        )

        def _parse_c_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        c_url = _parse_c_url(d.pop("cUrl", UNSET))

        def _parse_ck_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ck_url = _parse_ck_url(d.pop("ckUrl", UNSET))

        def _parse_cert_location(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cert_location = _parse_cert_location(d.pop("certLocation", UNSET))

        def _parse_wireless(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        wireless = _parse_wireless(d.pop("wireless", UNSET))

        def _parse_wireless_device_type(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        wireless_device_type = _parse_wireless_device_type(
            d.pop("wirelessDeviceType", UNSET)
        )

        def _parse_wireless_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        wireless_id = _parse_wireless_id(d.pop("wirelessId", UNSET))

        def _parse_command_format(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        command_format = _parse_command_format(d.pop("commandFormat", UNSET))

        def _parse_raw_telemetry(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        raw_telemetry = _parse_raw_telemetry(d.pop("rawTelemetry", UNSET))

        def _parse_gg_device_type(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        gg_device_type = _parse_gg_device_type(d.pop("ggDeviceType", UNSET))

        def _parse_lorawan_device_profile_guid(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_guid_type_0 = UUID(data)

                return componentsschemas_nullable_guid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        lorawan_device_profile_guid = _parse_lorawan_device_profile_guid(
            d.pop("lorawanDeviceProfileGuid", UNSET)
        )

        def _parse_lorawan_profile_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lorawan_profile_name = _parse_lorawan_profile_name(
            d.pop("lorawanProfileName", UNSET)
        )

        def _parse_is_exist_lorawan_profile(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_exist_lorawan_profile = _parse_is_exist_lorawan_profile(
            d.pop("isExistLorawanProfile", UNSET)
        )

        def _parse_cloud_template_guid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cloud_template_guid = _parse_cloud_template_guid(
            d.pop("cloudTemplateGuid", UNSET)
        )

        def _parse_client_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_id = _parse_client_id(d.pop("clientId", UNSET))

        def _parse_video_stream_resource(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_stream_resource = _parse_video_stream_resource(
            d.pop("videoStreamResource", UNSET)
        )

        def _parse_video_stream_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_stream_type = _parse_video_stream_type(d.pop("videoStreamType", UNSET))

        def _parse_support_stream(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        support_stream = _parse_support_stream(d.pop("supportStream", UNSET))

        def _parse_auto_start_stream(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        auto_start_stream = _parse_auto_start_stream(d.pop("autoStartStream", UNSET))

        def _parse_available_secondary_cert(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        available_secondary_cert = _parse_available_secondary_cert(
            d.pop("availableSecondaryCert", UNSET)
        )

        def _parse_client_streaming_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_streaming_name = _parse_client_streaming_name(
            d.pop("clientStreamingName", UNSET)
        )

        def _parse_network_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        network_type = _parse_network_type(d.pop("networkType", UNSET))

        def _parse_gateway_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gateway_name = _parse_gateway_name(d.pop("gatewayName", UNSET))

        def _parse_network_coverage(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        network_coverage = _parse_network_coverage(d.pop("networkCoverage", UNSET))

        def _parse_decoder_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        decoder_name = _parse_decoder_name(d.pop("decoderName", UNSET))

        def _parse_app_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app_key = _parse_app_key(d.pop("appKey", UNSET))

        def _parse_regional_parameter_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        regional_parameter_version = _parse_regional_parameter_version(
            d.pop("regionalParameterVersion", UNSET)
        )

        def _parse_mac_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mac_version = _parse_mac_version(d.pop("macVersion", UNSET))

        def _parse_app_eui(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app_eui = _parse_app_eui(d.pop("appEui", UNSET))

        def _parse_rf_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rf_region = _parse_rf_region(d.pop("rfRegion", UNSET))

        def _parse_capability(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        capability = _parse_capability(d.pop("capability", UNSET))

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
