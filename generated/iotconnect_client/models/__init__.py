"""Contains all the data models used in inputs/outputs; each is imported when first used"""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .auth_error import AuthError
    from .auth_error_data_type_0 import AuthErrorDataType0
    from .auth_error_error_type_0 import AuthErrorErrorType0
    from .auth_error_ie_type_0 import AuthErrorIeType0
    from .auth_type import AuthType
    from .basic_token_response import BasicTokenResponse
    from .child_device import ChildDevice
    from .child_device_list_response import ChildDeviceListResponse
    from .command_by_unique_id import CommandByUniqueId
    from .command_history_entry import CommandHistoryEntry
    from .command_history_entry_resend_history_type_0 import (
        CommandHistoryEntryResendHistoryType0,
    )
    from .command_history_response import CommandHistoryResponse
    from .command_history_search import CommandHistorySearch
    from .command_history_token_page import CommandHistoryTokenPage
    from .command_sent_response import CommandSentResponse
    from .command_sent_response_data_type_0_item_type_0 import (
        CommandSentResponseDataType0ItemType0,
    )
    from .command_to_device import CommandToDevice
    from .command_to_template import CommandToTemplate
    from .command_to_template_apply_to import CommandToTemplateApplyTo
    from .connection_status import ConnectionStatus
    from .connection_status_response import ConnectionStatusResponse
    from .count_devices_status import CountDevicesStatus
    from .device_acquire import DeviceAcquire
    from .device_count import DeviceCount
    from .device_count_response import DeviceCountResponse
    from .device_create import DeviceCreate
    from .device_create_response import DeviceCreateResponse
    from .device_create_xml_properties_type_0 import DeviceCreateXmlPropertiesType0
    from .device_created import DeviceCreated
    from .device_delete_response import DeviceDeleteResponse
    from .device_deleted import DeviceDeleted
    from .device_information import DeviceInformation
    from .device_information_allotted_device_permission_type_0 import (
        DeviceInformationAllottedDevicePermissionType0,
    )
    from .device_information_response import DeviceInformationResponse
    from .device_list_item import DeviceListItem
    from .device_list_item_device_info_type_0 import DeviceListItemDeviceInfoType0
    from .device_list_item_recent_attr_value_type_0 import (
        DeviceListItemRecentAttrValueType0,
    )
    from .device_list_response import DeviceListResponse
    from .device_output_param import DeviceOutputParam
    from .device_output_param_value_type_0 import DeviceOutputParamValueType0
    from .device_properties_update import DevicePropertiesUpdate
    from .device_properties_update_xml_properties_type_0 import (
        DevicePropertiesUpdateXmlPropertiesType0,
    )
    from .device_properties_updated import DevicePropertiesUpdated
    from .device_property import DeviceProperty
    from .device_property_definition import DevicePropertyDefinition
    from .device_property_list_response import DevicePropertyListResponse
    from .device_property_set import DevicePropertySet
    from .device_property_value import DevicePropertyValue
    from .device_state_changed import DeviceStateChanged
    from .device_state_changed_data_type_0_item import DeviceStateChangedDataType0Item
    from .device_status_update import DeviceStatusUpdate
    from .device_template import DeviceTemplate
    from .device_template_detail import DeviceTemplateDetail
    from .device_template_detail_attributes_type_0 import (
        DeviceTemplateDetailAttributesType0,
    )
    from .device_template_detail_byte_command_type_0 import (
        DeviceTemplateDetailByteCommandType0,
    )
    from .device_template_detail_req_setting_push_type_0 import (
        DeviceTemplateDetailReqSettingPushType0,
    )
    from .device_template_detail_response import DeviceTemplateDetailResponse
    from .device_template_list_response import DeviceTemplateListResponse
    from .device_twin_list_response import DeviceTwinListResponse
    from .device_twin_property import DeviceTwinProperty
    from .device_twin_update import DeviceTwinUpdate
    from .device_update import DeviceUpdate
    from .device_update_xml_properties_type_0 import DeviceUpdateXmlPropertiesType0
    from .discover_services_pf import DiscoverServicesPf
    from .discover_services_version import DiscoverServicesVersion
    from .discovery_response import DiscoveryResponse
    from .empty_response import EmptyResponse
    from .empty_response_data_type_0_item import EmptyResponseDataType0Item
    from .entity_detail import EntityDetail
    from .entity_detail_entity_info_type_0 import EntityDetailEntityInfoType0
    from .entity_detail_response import EntityDetailResponse
    from .entity_list_item import EntityListItem
    from .entity_list_response import EntityListResponse
    from .envelope import Envelope
    from .error_detail import ErrorDetail
    from .error_response import ErrorResponse
    from .list_child_devices_sort_by import ListChildDevicesSortBy
    from .list_command_history_sort_by import ListCommandHistorySortBy
    from .list_device_templates_sort_by import ListDeviceTemplatesSortBy
    from .list_devices_acquired import ListDevicesAcquired
    from .list_devices_sort_by import ListDevicesSortBy
    from .list_devices_status import ListDevicesStatus
    from .list_template_attributes_sort_by import ListTemplateAttributesSortBy
    from .list_template_commands_sort_by import ListTemplateCommandsSortBy
    from .login_request import LoginRequest
    from .refresh_token_request import RefreshTokenRequest
    from .service_urls import ServiceUrls
    from .sidewalk_device import SidewalkDevice
    from .template_attribute import TemplateAttribute
    from .template_attribute_aggregate_type_type_0 import (
        TemplateAttributeAggregateTypeType0,
    )
    from .template_attribute_list_response import TemplateAttributeListResponse
    from .template_command import TemplateCommand
    from .template_command_item import TemplateCommandItem
    from .template_command_item_devices_type_0 import TemplateCommandItemDevicesType0
    from .template_command_list_response import TemplateCommandListResponse
    from .template_created import TemplateCreated
    from .template_created_response import TemplateCreatedResponse
    from .template_delete_response import TemplateDeleteResponse
    from .template_delete_response_data_item import TemplateDeleteResponseDataItem
    from .template_direct_method import TemplateDirectMethod
    from .template_file import TemplateFile
    from .template_file_attribute import TemplateFileAttribute
    from .template_file_attribute_type import TemplateFileAttributeType
    from .template_file_command import TemplateFileCommand
    from .template_file_green_grass import TemplateFileGreenGrass
    from .template_file_meta_type_0 import TemplateFileMetaType0
    from .template_file_properties import TemplateFileProperties
    from .template_file_upload import TemplateFileUpload
    from .template_file_wireless import TemplateFileWireless
    from .template_property import TemplateProperty
    from .template_setting import TemplateSetting
    from .template_setting_default_value_type_0 import TemplateSettingDefaultValueType0
    from .token_response import TokenResponse

# Each model's module, relative to this package.
_MODULES = {
    "AuthError": ".auth_error",
    "AuthErrorDataType0": ".auth_error_data_type_0",
    "AuthErrorErrorType0": ".auth_error_error_type_0",
    "AuthErrorIeType0": ".auth_error_ie_type_0",
    "AuthType": ".auth_type",
    "BasicTokenResponse": ".basic_token_response",
    "ChildDevice": ".child_device",
    "ChildDeviceListResponse": ".child_device_list_response",
    "CommandByUniqueId": ".command_by_unique_id",
    "CommandHistoryEntry": ".command_history_entry",
    "CommandHistoryEntryResendHistoryType0": ".command_history_entry_resend_history_type_0",
    "CommandHistoryResponse": ".command_history_response",
    "CommandHistorySearch": ".command_history_search",
    "CommandHistoryTokenPage": ".command_history_token_page",
    "CommandSentResponse": ".command_sent_response",
    "CommandSentResponseDataType0ItemType0": ".command_sent_response_data_type_0_item_type_0",
    "CommandToDevice": ".command_to_device",
    "CommandToTemplate": ".command_to_template",
    "CommandToTemplateApplyTo": ".command_to_template_apply_to",
    "ConnectionStatus": ".connection_status",
    "ConnectionStatusResponse": ".connection_status_response",
    "CountDevicesStatus": ".count_devices_status",
    "DeviceAcquire": ".device_acquire",
    "DeviceCount": ".device_count",
    "DeviceCountResponse": ".device_count_response",
    "DeviceCreate": ".device_create",
    "DeviceCreateResponse": ".device_create_response",
    "DeviceCreateXmlPropertiesType0": ".device_create_xml_properties_type_0",
    "DeviceCreated": ".device_created",
    "DeviceDeleteResponse": ".device_delete_response",
    "DeviceDeleted": ".device_deleted",
    "DeviceInformation": ".device_information",
    "DeviceInformationAllottedDevicePermissionType0": ".device_information_allotted_device_permission_type_0",
    "DeviceInformationResponse": ".device_information_response",
    "DeviceListItem": ".device_list_item",
    "DeviceListItemDeviceInfoType0": ".device_list_item_device_info_type_0",
    "DeviceListItemRecentAttrValueType0": ".device_list_item_recent_attr_value_type_0",
    "DeviceListResponse": ".device_list_response",
    "DeviceOutputParam": ".device_output_param",
    "DeviceOutputParamValueType0": ".device_output_param_value_type_0",
    "DevicePropertiesUpdate": ".device_properties_update",
    "DevicePropertiesUpdateXmlPropertiesType0": ".device_properties_update_xml_properties_type_0",
    "DevicePropertiesUpdated": ".device_properties_updated",
    "DeviceProperty": ".device_property",
    "DevicePropertyDefinition": ".device_property_definition",
    "DevicePropertyListResponse": ".device_property_list_response",
    "DevicePropertySet": ".device_property_set",
    "DevicePropertyValue": ".device_property_value",
    "DeviceStateChanged": ".device_state_changed",
    "DeviceStateChangedDataType0Item": ".device_state_changed_data_type_0_item",
    "DeviceStatusUpdate": ".device_status_update",
    "DeviceTemplate": ".device_template",
    "DeviceTemplateDetail": ".device_template_detail",
    "DeviceTemplateDetailAttributesType0": ".device_template_detail_attributes_type_0",
    "DeviceTemplateDetailByteCommandType0": ".device_template_detail_byte_command_type_0",
    "DeviceTemplateDetailReqSettingPushType0": ".device_template_detail_req_setting_push_type_0",
    "DeviceTemplateDetailResponse": ".device_template_detail_response",
    "DeviceTemplateListResponse": ".device_template_list_response",
    "DeviceTwinListResponse": ".device_twin_list_response",
    "DeviceTwinProperty": ".device_twin_property",
    "DeviceTwinUpdate": ".device_twin_update",
    "DeviceUpdate": ".device_update",
    "DeviceUpdateXmlPropertiesType0": ".device_update_xml_properties_type_0",
    "DiscoverServicesPf": ".discover_services_pf",
    "DiscoverServicesVersion": ".discover_services_version",
    "DiscoveryResponse": ".discovery_response",
    "EmptyResponse": ".empty_response",
    "EmptyResponseDataType0Item": ".empty_response_data_type_0_item",
    "EntityDetail": ".entity_detail",
    "EntityDetailEntityInfoType0": ".entity_detail_entity_info_type_0",
    "EntityDetailResponse": ".entity_detail_response",
    "EntityListItem": ".entity_list_item",
    "EntityListResponse": ".entity_list_response",
    "Envelope": ".envelope",
    "ErrorDetail": ".error_detail",
    "ErrorResponse": ".error_response",
    "ListChildDevicesSortBy": ".list_child_devices_sort_by",
    "ListCommandHistorySortBy": ".list_command_history_sort_by",
    "ListDeviceTemplatesSortBy": ".list_device_templates_sort_by",
    "ListDevicesAcquired": ".list_devices_acquired",
    "ListDevicesSortBy": ".list_devices_sort_by",
    "ListDevicesStatus": ".list_devices_status",
    "ListTemplateAttributesSortBy": ".list_template_attributes_sort_by",
    "ListTemplateCommandsSortBy": ".list_template_commands_sort_by",
    "LoginRequest": ".login_request",
    "RefreshTokenRequest": ".refresh_token_request",
    "ServiceUrls": ".service_urls",
    "SidewalkDevice": ".sidewalk_device",
    "TemplateAttribute": ".template_attribute",
    "TemplateAttributeAggregateTypeType0": ".template_attribute_aggregate_type_type_0",
    "TemplateAttributeListResponse": ".template_attribute_list_response",
    "TemplateCommand": ".template_command",
    "TemplateCommandItem": ".template_command_item",
    "TemplateCommandItemDevicesType0": ".template_command_item_devices_type_0",
    "TemplateCommandListResponse": ".template_command_list_response",
    "TemplateCreated": ".template_created",
    "TemplateCreatedResponse": ".template_created_response",
    "TemplateDeleteResponse": ".template_delete_response",
    "TemplateDeleteResponseDataItem": ".template_delete_response_data_item",
    "TemplateDirectMethod": ".template_direct_method",
    "TemplateFile": ".template_file",
    "TemplateFileAttribute": ".template_file_attribute",
    "TemplateFileAttributeType": ".template_file_attribute_type",
    "TemplateFileCommand": ".template_file_command",
    "TemplateFileGreenGrass": ".template_file_green_grass",
    "TemplateFileMetaType0": ".template_file_meta_type_0",
    "TemplateFileProperties": ".template_file_properties",
    "TemplateFileUpload": ".template_file_upload",
    "TemplateFileWireless": ".template_file_wireless",
    "TemplateProperty": ".template_property",
    "TemplateSetting": ".template_setting",
    "TemplateSettingDefaultValueType0": ".template_setting_default_value_type_0",
    "TokenResponse": ".token_response",
}

if not TYPE_CHECKING:
    # Hidden from type checkers, for which a module __getattr__ would make every name exist.

    def __getattr__(name: str) -> type:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        model = getattr(import_module(module, __name__), name)
        globals()[name] = model
        return model


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULES})


__all__ = (
    "AuthError",
    "AuthErrorDataType0",
    "AuthErrorErrorType0",
    "AuthErrorIeType0",
    "AuthType",
    "BasicTokenResponse",
    "ChildDevice",
    "ChildDeviceListResponse",
    "CommandByUniqueId",
    "CommandHistoryEntry",
    "CommandHistoryEntryResendHistoryType0",
    "CommandHistoryResponse",
    "CommandHistorySearch",
    "CommandHistoryTokenPage",
    "CommandSentResponse",
    "CommandSentResponseDataType0ItemType0",
    "CommandToDevice",
    "CommandToTemplate",
    "CommandToTemplateApplyTo",
    "ConnectionStatus",
    "ConnectionStatusResponse",
    "CountDevicesStatus",
    "DeviceAcquire",
    "DeviceCount",
    "DeviceCountResponse",
    "DeviceCreate",
    "DeviceCreateResponse",
    "DeviceCreateXmlPropertiesType0",
    "DeviceCreated",
    "DeviceDeleteResponse",
    "DeviceDeleted",
    "DeviceInformation",
    "DeviceInformationAllottedDevicePermissionType0",
    "DeviceInformationResponse",
    "DeviceListItem",
    "DeviceListItemDeviceInfoType0",
    "DeviceListItemRecentAttrValueType0",
    "DeviceListResponse",
    "DeviceOutputParam",
    "DeviceOutputParamValueType0",
    "DevicePropertiesUpdate",
    "DevicePropertiesUpdateXmlPropertiesType0",
    "DevicePropertiesUpdated",
    "DeviceProperty",
    "DevicePropertyDefinition",
    "DevicePropertyListResponse",
    "DevicePropertySet",
    "DevicePropertyValue",
    "DeviceStateChanged",
    "DeviceStateChangedDataType0Item",
    "DeviceStatusUpdate",
    "DeviceTemplate",
    "DeviceTemplateDetail",
    "DeviceTemplateDetailAttributesType0",
    "DeviceTemplateDetailByteCommandType0",
    "DeviceTemplateDetailReqSettingPushType0",
    "DeviceTemplateDetailResponse",
    "DeviceTemplateListResponse",
    "DeviceTwinListResponse",
    "DeviceTwinProperty",
    "DeviceTwinUpdate",
    "DeviceUpdate",
    "DeviceUpdateXmlPropertiesType0",
    "DiscoverServicesPf",
    "DiscoverServicesVersion",
    "DiscoveryResponse",
    "EmptyResponse",
    "EmptyResponseDataType0Item",
    "EntityDetail",
    "EntityDetailEntityInfoType0",
    "EntityDetailResponse",
    "EntityListItem",
    "EntityListResponse",
    "Envelope",
    "ErrorDetail",
    "ErrorResponse",
    "ListChildDevicesSortBy",
    "ListCommandHistorySortBy",
    "ListDeviceTemplatesSortBy",
    "ListDevicesAcquired",
    "ListDevicesSortBy",
    "ListDevicesStatus",
    "ListTemplateAttributesSortBy",
    "ListTemplateCommandsSortBy",
    "LoginRequest",
    "RefreshTokenRequest",
    "ServiceUrls",
    "SidewalkDevice",
    "TemplateAttribute",
    "TemplateAttributeAggregateTypeType0",
    "TemplateAttributeListResponse",
    "TemplateCommand",
    "TemplateCommandItem",
    "TemplateCommandItemDevicesType0",
    "TemplateCommandListResponse",
    "TemplateCreated",
    "TemplateCreatedResponse",
    "TemplateDeleteResponse",
    "TemplateDeleteResponseDataItem",
    "TemplateDirectMethod",
    "TemplateFile",
    "TemplateFileAttribute",
    "TemplateFileAttributeType",
    "TemplateFileCommand",
    "TemplateFileGreenGrass",
    "TemplateFileMetaType0",
    "TemplateFileProperties",
    "TemplateFileUpload",
    "TemplateFileWireless",
    "TemplateProperty",
    "TemplateSetting",
    "TemplateSettingDefaultValueType0",
    "TokenResponse",
)
