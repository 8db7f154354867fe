"""Contains all the data models used in inputs/outputs"""

from .auth_error import AuthError
from .auth_error_data_type_0 import AuthErrorDataType0
from .auth_error_error_type_0 import AuthErrorErrorType0
from .basic_token_response import BasicTokenResponse
from .count_devices_status import CountDevicesStatus
from .device_count import DeviceCount
from .device_count_response import DeviceCountResponse
from .device_create import DeviceCreate
from .device_create_response import DeviceCreateResponse
from .device_created import DeviceCreated
from .device_delete_response import DeviceDeleteResponse
from .device_deleted import DeviceDeleted
from .device_information import DeviceInformation
from .device_information_response import DeviceInformationResponse
from .device_list_item import DeviceListItem
from .device_list_response import DeviceListResponse
from .device_property import DeviceProperty
from .device_status_update import DeviceStatusUpdate
from .device_template import DeviceTemplate
from .device_template_list_response import DeviceTemplateListResponse
from .device_update import DeviceUpdate
from .discover_services_pf import DiscoverServicesPf
from .discover_services_version import DiscoverServicesVersion
from .discovery_response import DiscoveryResponse
from .empty_response import EmptyResponse
from .envelope import Envelope
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .list_devices_acquired import ListDevicesAcquired
from .list_devices_sort_by import ListDevicesSortBy
from .list_devices_status import ListDevicesStatus
from .login_request import LoginRequest
from .refresh_token_request import RefreshTokenRequest
from .service_urls import ServiceUrls
from .token_response import TokenResponse

__all__ = (
    "AuthError",
    "AuthErrorDataType0",
    "AuthErrorErrorType0",
    "BasicTokenResponse",
    "CountDevicesStatus",
    "DeviceCount",
    "DeviceCountResponse",
    "DeviceCreate",
    "DeviceCreateResponse",
    "DeviceCreated",
    "DeviceDeleteResponse",
    "DeviceDeleted",
    "DeviceInformation",
    "DeviceInformationResponse",
    "DeviceListItem",
    "DeviceListResponse",
    "DeviceProperty",
    "DeviceStatusUpdate",
    "DeviceTemplate",
    "DeviceTemplateListResponse",
    "DeviceUpdate",
    "DiscoverServicesPf",
    "DiscoverServicesVersion",
    "DiscoveryResponse",
    "EmptyResponse",
    "Envelope",
    "ErrorDetail",
    "ErrorResponse",
    "ListDevicesAcquired",
    "ListDevicesSortBy",
    "ListDevicesStatus",
    "LoginRequest",
    "RefreshTokenRequest",
    "ServiceUrls",
    "TokenResponse",
)
