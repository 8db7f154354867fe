"""The public surface: one sorted __all__ matching the public names, each documented, holding
what users need and no internals (listed here, as httpx's test_exported_members does), and one
exception tree.

Which package may import which is tests/test_layering.py's concern."""

from __future__ import annotations

import inspect
import types
from pathlib import Path

import iotconnect

# What a user of the client needs: the entry point and its keywords, the resources (their types
# and typed arguments), the token flow and its stores, observation, discovery, unwrap, the error
# tree.
EXPORTED = {
    # the session
    "IoTConnect",
    "IoTConnectOptions",
    "DEFAULT_TIMEOUT",
    "DEFAULT_PAGE_SIZE",
    # the resources
    "AsyncDevices",
    "AsyncPager",
    "AsyncResources",
    "AsyncTemplates",
    "ChildFilters",
    "DeviceChanges",
    "DeviceFilters",
    "Devices",
    "Entities",
    "Commands",
    "AsyncCommands",
    "AsyncEntities",
    "NewDeviceFields",
    "Pager",
    "TemplateFileError",
    "TemplateFilters",
    "Templates",
    # the generated functions' replies, and how they differ from the spec (check_replies)
    "DetailedResponse",
    "unwrap",
    "CheckReplies",
    "Drift",
    "Addition",
    # tokens
    "ADVISORY_WINDOW",
    "MANDATORY_WINDOW",
    "Claims",
    "FileTokenStore",
    "MemoryTokenStore",
    "SharedTokenStore",
    "Token",
    "TokenAuth",
    "TokenStore",
    # observing a session: logs, hooks, the User-Agent it sends
    "LOGGER",
    "LOG_VARIABLE",
    "Event",
    "EventHooks",
    "RequestEvent",
    "ResponseEvent",
    "RetryEvent",
    "default_user_agent",
    "log_to_stderr",
    # discovery
    "DISCOVERY_URL",
    "BaseUrls",
    "Platform",
    "adiscover",
    "discover",
    # errors
    "ApiError",
    "AuthenticationError",
    "ConfigurationError",
    "Conflict",
    "DecodeError",
    "DiscoveryError",
    "EndpointNotFound",
    "ErrorDetail",
    "IoTConnectError",
    "NotFound",
    "OnboardingError",
    "RateLimited",
    "ReplyDrift",
    "ReplyTooLarge",
    "ServiceUnavailable",
    "Timeout",
    "TokenStoreError",
    "TransportError",
    "UnexpectedStatus",
    "UnknownTwinProperty",
    "ValidationFailed",
}


def test_the_exports_are_what_users_need_and_no_internals() -> None:
    assert set(iotconnect.__all__) == EXPORTED


def test_every_exported_exception_is_an_iotconnect_error() -> None:
    errors = [v for v in (getattr(iotconnect, name) for name in EXPORTED) if isinstance(v, type)]
    exceptions = [error for error in errors if issubclass(error, BaseException)]
    assert len(exceptions) == 21
    for error in exceptions:
        assert issubclass(error, iotconnect.IoTConnectError), error


def test_all_matches_the_public_names() -> None:
    # dir() lists the names the package imports when first used, too.
    public = {
        name
        for name in dir(iotconnect)
        if not name.startswith("_") and not isinstance(getattr(iotconnect, name), types.ModuleType)
    }
    assert set(iotconnect.__all__) == public
    assert len(iotconnect.__all__) == len(set(iotconnect.__all__))


def test_every_public_name_is_documented() -> None:
    for name in iotconnect.__all__:
        value = getattr(iotconnect, name)
        if inspect.isclass(value) or inspect.isfunction(value):
            assert inspect.getdoc(value), name
            # Members inherited from the overlay's private base classes are public all the same.
            mro = value.__mro__ if inspect.isclass(value) else ()
            ours = [k for k in mro if k.__module__.startswith("iotconnect.")]
            for member_name, member in (item for k in ours for item in vars(k).items()):
                if not member_name.startswith("_") and (
                    inspect.isfunction(member) or isinstance(member, property)
                ):
                    assert inspect.getdoc(member), f"{name}.{member_name}"


def test_package_is_typed() -> None:
    assert (Path(iotconnect.__file__).parent / "py.typed").exists()
