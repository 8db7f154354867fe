"""Token-aware client for the IoTConnect REST API, around the generated ``iotconnect_client``.

from iotconnect import IoTConnect
from iotconnect_client.api.device import list_devices

with IoTConnect(username=..., password=..., solution_key=..., environment="poc") as iot:
    page = list_devices.sync(client=iot.device, page_size=50)
"""

from .auth import ADVISORY_WINDOW, DEFAULT_TIMEOUT, MANDATORY_WINDOW, PLACEHOLDER_TOKEN, TokenAuth
from .client import IoTConnect
from .discovery import DISCOVERY_URL, BaseUrls, Platform, adiscover, discover
from .errors import (
    ApiError,
    AuthenticationError,
    Conflict,
    DetailedResponse,
    DiscoveryError,
    ErrorDetail,
    IoTConnectError,
    NotFound,
    ServiceUnavailable,
    TransportError,
    ValidationFailed,
    unwrap,
)
from .tokens import Claims, Clock, FileTokenStore, MemoryTokenStore, Token, TokenStore

__all__ = [
    "ADVISORY_WINDOW",
    "DEFAULT_TIMEOUT",
    "DISCOVERY_URL",
    "MANDATORY_WINDOW",
    "PLACEHOLDER_TOKEN",
    "ApiError",
    "AuthenticationError",
    "BaseUrls",
    "Claims",
    "Clock",
    "Conflict",
    "DetailedResponse",
    "DiscoveryError",
    "ErrorDetail",
    "FileTokenStore",
    "IoTConnect",
    "IoTConnectError",
    "MemoryTokenStore",
    "NotFound",
    "Platform",
    "ServiceUnavailable",
    "Token",
    "TokenAuth",
    "TokenStore",
    "TransportError",
    "ValidationFailed",
    "adiscover",
    "discover",
    "unwrap",
]
