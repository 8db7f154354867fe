"""A typed client for the IoTConnect REST API, around the generated ``iotconnect_client``.

from iotconnect import IoTConnect

with IoTConnect(username=..., password=..., solution_key=..., environment="poc") as iot:
    for device in iot.devices.list(status="active"):
        print(device.unique_id)
"""

import importlib as _importlib
import typing as _typing

if _typing.TYPE_CHECKING:
    from ._results import DetailedResponse, unwrap
    from ._session_resources import AsyncResources
    from ._user_agent import default_user_agent
    from .client import IoTConnect, IoTConnectOptions
    from .commands import AsyncCommands, Commands
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
        OnboardingError,
        RateLimited,
        ReplyTooLarge,
        ServiceUnavailable,
        Timeout,
        TokenStoreError,
        TransportError,
        UnexpectedStatus,
        UnknownTwinProperty,
        ValidationFailed,
    )
    from .hooks import Event, EventHooks, RequestEvent, ResponseEvent, RetryEvent
    from .logs import LOG_VARIABLE, LOGGER, log_to_stderr
    from .replies import Addition, CheckReplies, Drift, ReplyDrift
    from .resources import (
        DEFAULT_PAGE_SIZE,
        AsyncDevices,
        AsyncPager,
        AsyncTemplates,
        ChildFilters,
        DeviceChanges,
        DeviceFilters,
        Devices,
        NewDeviceFields,
        Pager,
        TemplateFilters,
        Templates,
    )
    from .template_files import TemplateFileError
    from .token_auth import ADVISORY_WINDOW, DEFAULT_TIMEOUT, MANDATORY_WINDOW, TokenAuth
    from .tokens import (
        Claims,
        FileTokenStore,
        MemoryTokenStore,
        SharedTokenStore,
        Token,
        TokenStore,
    )

# Each public name's module: imported when the name is first used, so that ``import iotconnect``
# (and the command line's ``--help`` and ``--version``) costs next to nothing, and
# ``from iotconnect import IoTConnect`` imports what the session needs and no more.
_MODULES = {
    "ADVISORY_WINDOW": ".token_auth",
    "Addition": ".replies",
    "ApiError": ".errors",
    "AsyncCommands": ".commands",
    "AsyncDevices": ".resources",
    "AsyncEntities": ".entities",
    "AsyncPager": ".resources",
    "AsyncResources": "._session_resources",
    "AsyncTemplates": ".resources",
    "ChildFilters": ".resources",
    "AuthenticationError": ".errors",
    "BaseUrls": ".discovery",
    "CheckReplies": ".replies",
    "Claims": ".tokens",
    "ConfigurationError": ".errors",
    "Commands": ".commands",
    "Conflict": ".errors",
    "DEFAULT_PAGE_SIZE": ".resources",
    "DEFAULT_TIMEOUT": ".token_auth",
    "DISCOVERY_URL": ".discovery",
    "DecodeError": ".errors",
    "DetailedResponse": "._results",
    "DeviceChanges": ".resources",
    "DeviceFilters": ".resources",
    "Devices": ".resources",
    "DiscoveryError": ".errors",
    "Drift": ".replies",
    "EndpointNotFound": ".errors",
    "Entities": ".entities",
    "ErrorDetail": ".errors",
    "Event": ".hooks",
    "EventHooks": ".hooks",
    "FileTokenStore": ".tokens",
    "IoTConnect": ".client",
    "IoTConnectError": ".errors",
    "IoTConnectOptions": ".client",
    "LOGGER": ".logs",
    "LOG_VARIABLE": ".logs",
    "MANDATORY_WINDOW": ".token_auth",
    "MemoryTokenStore": ".tokens",
    "NewDeviceFields": ".resources",
    "NotFound": ".errors",
    "OnboardingError": ".errors",
    "Pager": ".resources",
    "Platform": ".discovery",
    "RateLimited": ".errors",
    "ReplyDrift": ".replies",
    "ReplyTooLarge": ".errors",
    "RequestEvent": ".hooks",
    "ResponseEvent": ".hooks",
    "RetryEvent": ".hooks",
    "ServiceUnavailable": ".errors",
    "SharedTokenStore": ".tokens",
    "TemplateFileError": ".template_files",
    "TemplateFilters": ".resources",
    "Templates": ".resources",
    "Timeout": ".errors",
    "Token": ".tokens",
    "TokenAuth": ".token_auth",
    "TokenStore": ".tokens",
    "TokenStoreError": ".errors",
    "TransportError": ".errors",
    "UnexpectedStatus": ".errors",
    "UnknownTwinProperty": ".errors",
    "ValidationFailed": ".errors",
    "adiscover": ".discovery",
    "default_user_agent": "._user_agent",
    "discover": ".discovery",
    "log_to_stderr": ".logs",
    "unwrap": "._results",
}

if not _typing.TYPE_CHECKING:
    # Hidden from type checkers, for which a module __getattr__ would make every name exist.

    def __getattr__(name: str) -> _typing.Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(_importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULES})


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
    "AsyncCommands",
    "AsyncDevices",
    "AsyncEntities",
    "AsyncPager",
    "AsyncResources",
    "AsyncTemplates",
    "AuthenticationError",
    "BaseUrls",
    "CheckReplies",
    "ChildFilters",
    "Claims",
    "Commands",
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
    "OnboardingError",
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
    "TemplateFileError",
    "TemplateFilters",
    "Templates",
    "Timeout",
    "Token",
    "TokenAuth",
    "TokenStore",
    "TokenStoreError",
    "TransportError",
    "UnexpectedStatus",
    "UnknownTwinProperty",
    "ValidationFailed",
    "adiscover",
    "default_user_agent",
    "discover",
    "log_to_stderr",
    "unwrap",
]
