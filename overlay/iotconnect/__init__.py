"""A typed client for the IoTConnect REST API, around the generated ``iotconnect_client``.

from iotconnect import IoTConnect

with IoTConnect(username=..., password=..., solution_key=..., environment="poc") as iot:
    for device in iot.devices.list(status="active"):
        print(device.unique_id)
"""

from ._results import DetailedResponse, unwrap
from ._user_agent import default_user_agent
from .client import IoTConnect, IoTConnectOptions
from .discovery import DISCOVERY_URL, BaseUrls, Platform, adiscover, discover
from .entities import AsyncEntities, Entities
from .errors import (
    ApiError,
    AuthenticationError,
    ConfigurationError,
    Conflict,
    DecodeError,
    DiscoveryError,
    EndpointNotFound,
    ErrorDetail,
    IoTConnectError,
    NotFound,
    RateLimited,
    ReplyTooLarge,
    ServiceUnavailable,
    Timeout,
    TokenStoreError,
    TransportError,
    UnexpectedStatus,
    ValidationFailed,
)
from .hooks import Event, EventHooks, RequestEvent, ResponseEvent, RetryEvent
from .logs import LOG_VARIABLE, LOGGER, log_to_stderr
from .replies import Addition, CheckReplies, Drift, ReplyDrift
from .resources import (
    DEFAULT_PAGE_SIZE,
    AsyncDevices,
    AsyncPager,
    AsyncResources,
    AsyncTemplates,
    DeviceChanges,
    DeviceFilters,
    Devices,
    NewDeviceFields,
    Pager,
    TemplateFilters,
    Templates,
)
from .token_auth import ADVISORY_WINDOW, DEFAULT_TIMEOUT, MANDATORY_WINDOW, TokenAuth
from .tokens import (
    Claims,
    FileTokenStore,
    MemoryTokenStore,
    SharedTokenStore,
    Token,
    TokenStore,
)

__all__ = [
    "ADVISORY_WINDOW",
    "DEFAULT_PAGE_SIZE",
    "DEFAULT_TIMEOUT",
    "DISCOVERY_URL",
    "LOGGER",
    "LOG_VARIABLE",
    "MANDATORY_WINDOW",
    "Addition",
    "ApiError",
    "AsyncDevices",
    "AsyncEntities",
    "AsyncPager",
    "AsyncResources",
    "AsyncTemplates",
    "AuthenticationError",
    "BaseUrls",
    "CheckReplies",
    "Claims",
    "ConfigurationError",
    "Conflict",
    "DecodeError",
    "DetailedResponse",
    "DeviceChanges",
    "DeviceFilters",
    "Devices",
    "DiscoveryError",
    "Drift",
    "EndpointNotFound",
    "Entities",
    "ErrorDetail",
    "Event",
    "EventHooks",
    "FileTokenStore",
    "IoTConnect",
    "IoTConnectError",
    "IoTConnectOptions",
    "MemoryTokenStore",
    "NewDeviceFields",
    "NotFound",
    "Pager",
    "Platform",
    "RateLimited",
    "ReplyDrift",
    "ReplyTooLarge",
    "RequestEvent",
    "ResponseEvent",
    "RetryEvent",
    "ServiceUnavailable",
    "SharedTokenStore",
    "TemplateFilters",
    "Templates",
    "Timeout",
    "Token",
    "TokenAuth",
    "TokenStore",
    "TokenStoreError",
    "TransportError",
    "UnexpectedStatus",
    "ValidationFailed",
    "adiscover",
    "default_user_agent",
    "discover",
    "log_to_stderr",
    "unwrap",
]
