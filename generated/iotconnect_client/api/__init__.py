"""Contains methods for accessing the API.

:data:`OPERATIONS` lists every operation of the spec that the generator turned into a module.
"""

import importlib
from types import ModuleType
from typing import Final, NamedTuple


class Operation(NamedTuple):
    """One generated operation: what the spec says of it, and the module that sends it."""

    name: str
    """The spec's ``operationId`` as a Python name, its module's: ``list_devices``."""
    method: str
    """The HTTP method, upper case."""
    path: str
    """The path below the service's base URL; parameters in braces, e.g. ``/Device/{device_guid}``."""
    tag: str
    """The spec's first tag: the service (``auth``, ``device``...)."""
    module: str
    """The module with its ``request_kwargs``, ``parse_response``, ``sync``..."""
    replies: tuple[tuple[str, str], ...]
    """Each documented status (``"200"``, ``"default"``) and the type it parses into."""

    def load(self) -> ModuleType:
        """The operation's module, imported on first use."""
        return importlib.import_module(self.module)


OPERATIONS: Final[tuple[Operation, ...]] = (
    Operation(
        "get_basic_token",
        "GET",
        "/Auth/basic-token",
        "auth",
        f"{__name__}.auth.get_basic_token",
        (
            ("200", "BasicTokenResponse"),
            ("500", "ErrorResponse"),
        ),
    ),
    Operation(
        "login",
        "POST",
        "/Auth/login",
        "auth",
        f"{__name__}.auth.login",
        (
            ("200", "TokenResponse"),
            ("400", "AuthError"),
            ("401", "AuthError"),
            ("412", "AuthError"),
            ("413", "AuthError"),
            ("500", "ErrorResponse"),
        ),
    ),
    Operation(
        "refresh_token",
        "POST",
        "/Auth/refresh-token",
        "auth",
        f"{__name__}.auth.refresh_token",
        (
            ("200", "TokenResponse"),
            ("400", "AuthError"),
            ("409", "AuthError"),
            ("412", "AuthError"),
            ("413", "AuthError"),
            ("500", "ErrorResponse"),
        ),
    ),
    Operation(
        "verify_token",
        "GET",
        "/Auth/verify-token",
        "auth",
        f"{__name__}.auth.verify_token",
        (
            ("200", "EmptyResponse"),
            ("401", "ErrorResponse"),
            ("500", "ErrorResponse"),
        ),
    ),
    Operation(
        "list_devices",
        "GET",
        "/Device",
        "device",
        f"{__name__}.device.list_devices",
        (
            ("200", "DeviceListResponse"),
            ("204", "Any"),
            ("401", "ErrorResponse"),
            ("403", "ErrorResponse"),
            ("409", "ErrorResponse"),
            ("412", "ErrorResponse"),
            ("500", "ErrorResponse"),
        ),
    ),
    Operation(
        "create_device",
        "POST",
        "/Device",
        "device",
        f"{__name__}.device.create_device",
        (
            ("200", "DeviceCreateResponse"),
            ("400", "ErrorResponse"),
            ("401", "ErrorResponse"),
            ("403", "ErrorResponse"),
            ("409", "ErrorResponse"),
            ("412", "ErrorResponse"),
            ("413", "ErrorResponse"),
            ("500", "ErrorResponse"),
        ),
    ),
    Operation(
        "count_devices",
        "GET",
        "/Device/count",
        "device",
        f"{__name__}.device.count_devices",
        (
            ("200", "DeviceCountResponse"),
            ("401", "ErrorResponse"),
            ("403", "ErrorResponse"),
            ("409", "ErrorResponse"),
            ("412", "ErrorResponse"),
            ("500", "ErrorResponse"),
        ),
    ),
    Operation(
        "get_device_by_unique_id",
        "GET",
        "/Device/uniqueId/{unique_id}",
        "device",
        f"{__name__}.device.get_device_by_unique_id",
        (
            ("200", "DeviceInformationResponse"),
            ("401", "ErrorResponse"),
            ("403", "ErrorResponse"),
            ("404", "ErrorResponse"),
            ("409", "ErrorResponse"),
            ("412", "ErrorResponse"),
            ("500", "ErrorResponse"),
        ),
    ),
    Operation(
        "get_device",
        "GET",
        "/Device/{device_guid}",
        "device",
        f"{__name__}.device.get_device",
        (
            ("200", "DeviceInformationResponse"),
            ("401", "ErrorResponse"),
            ("403", "ErrorResponse"),
            ("404", "ErrorResponse"),
            ("409", "ErrorResponse"),
            ("412", "ErrorResponse"),
            ("500", "ErrorResponse"),
        ),
    ),
    Operation(
        "update_device",
        "PUT",
        "/Device/{device_guid}",
        "device",
        f"{__name__}.device.update_device",
        (
            ("200", "EmptyResponse"),
            ("400", "ErrorResponse"),
            ("401", "ErrorResponse"),
            ("403", "ErrorResponse"),
            ("404", "ErrorResponse"),
            ("409", "ErrorResponse"),
            ("412", "ErrorResponse"),
            ("413", "ErrorResponse"),
            ("500", "ErrorResponse"),
        ),
    ),
    Operation(
        "delete_device",
        "DELETE",
        "/Device/{device_guid}",
        "device",
        f"{__name__}.device.delete_device",
        (
            ("200", "DeviceDeleteResponse"),
            ("401", "ErrorResponse"),
            ("403", "ErrorResponse"),
            ("404", "ErrorResponse"),
            ("409", "ErrorResponse"),
            ("412", "ErrorResponse"),
            ("500", "ErrorResponse"),
        ),
    ),
    Operation(
        "update_device_status",
        "PUT",
        "/Device/{device_guid}/status",
        "device",
        f"{__name__}.device.update_device_status",
        (
            ("200", "EmptyResponse"),
            ("400", "ErrorResponse"),
            ("401", "ErrorResponse"),
            ("403", "ErrorResponse"),
            ("404", "ErrorResponse"),
            ("409", "ErrorResponse"),
            ("412", "ErrorResponse"),
            ("413", "ErrorResponse"),
            ("500", "ErrorResponse"),
        ),
    ),
    Operation(
        "list_device_templates",
        "GET",
        "/device-template",
        "device",
        f"{__name__}.device.list_device_templates",
        (
            ("200", "DeviceTemplateListResponse"),
            ("204", "Any"),
            ("401", "ErrorResponse"),
            ("403", "ErrorResponse"),
            ("409", "ErrorResponse"),
            ("412", "ErrorResponse"),
            ("500", "ErrorResponse"),
        ),
    ),
    Operation(
        "get_device_template",
        "GET",
        "/device-template/{device_template_guid}",
        "device",
        f"{__name__}.device.get_device_template",
        (
            ("200", "DeviceTemplateDetailResponse"),
            ("401", "ErrorResponse"),
            ("403", "ErrorResponse"),
            ("404", "ErrorResponse"),
            ("409", "ErrorResponse"),
            ("412", "ErrorResponse"),
            ("500", "ErrorResponse"),
        ),
    ),
    Operation(
        "delete_device_template",
        "DELETE",
        "/device-template/{device_template_guid}",
        "device",
        f"{__name__}.device.delete_device_template",
        (
            ("200", "TemplateDeleteResponse"),
            ("401", "ErrorResponse"),
            ("403", "ErrorResponse"),
            ("404", "ErrorResponse"),
            ("409", "ErrorResponse"),
            ("412", "ErrorResponse"),
            ("500", "ErrorResponse"),
        ),
    ),
    Operation(
        "get_device_template_by_code",
        "GET",
        "/device-template/template-code/{template_code}",
        "device",
        f"{__name__}.device.get_device_template_by_code",
        (
            ("200", "DeviceTemplateDetailResponse"),
            ("401", "ErrorResponse"),
            ("403", "ErrorResponse"),
            ("404", "ErrorResponse"),
            ("409", "ErrorResponse"),
            ("412", "ErrorResponse"),
            ("500", "ErrorResponse"),
        ),
    ),
    Operation(
        "create_device_template_from_file",
        "POST",
        "/device-template/quick",
        "device",
        f"{__name__}.device.create_device_template_from_file",
        (
            ("200", "TemplateCreatedResponse"),
            ("400", "ErrorResponse"),
            ("401", "ErrorResponse"),
            ("403", "ErrorResponse"),
            ("409", "ErrorResponse"),
            ("412", "ErrorResponse"),
            ("413", "ErrorResponse"),
            ("500", "ErrorResponse"),
        ),
    ),
    Operation(
        "list_template_attributes",
        "GET",
        "/template-attribute/{device_template_guid}",
        "device",
        f"{__name__}.device.list_template_attributes",
        (
            ("200", "TemplateAttributeListResponse"),
            ("204", "Any"),
            ("401", "ErrorResponse"),
            ("404", "ErrorResponse"),
            ("409", "ErrorResponse"),
            ("412", "ErrorResponse"),
            ("500", "ErrorResponse"),
        ),
    ),
    Operation(
        "list_template_commands",
        "GET",
        "/template-command/{device_template_guid}",
        "device",
        f"{__name__}.device.list_template_commands",
        (
            ("200", "TemplateCommandListResponse"),
            ("204", "Any"),
            ("401", "ErrorResponse"),
            ("404", "ErrorResponse"),
            ("409", "ErrorResponse"),
            ("412", "ErrorResponse"),
            ("500", "ErrorResponse"),
        ),
    ),
    Operation(
        "discover_services",
        "GET",
        "/api/uisdk/solutionkey/{solution_key}/env/{env}",
        "discovery",
        f"{__name__}.discovery.discover_services",
        (
            ("200", "DiscoveryResponse"),
            ("400", "Envelope"),
            ("404", "Envelope"),
            ("500", "Envelope"),
        ),
    ),
    Operation(
        "list_entities",
        "GET",
        "/Entity",
        "user",
        f"{__name__}.user.list_entities",
        (
            ("200", "EntityListResponse"),
            ("204", "Any"),
            ("401", "ErrorResponse"),
            ("403", "ErrorResponse"),
            ("409", "ErrorResponse"),
            ("412", "ErrorResponse"),
            ("500", "ErrorResponse"),
        ),
    ),
    Operation(
        "get_entity",
        "GET",
        "/Entity/{entity_guid}",
        "user",
        f"{__name__}.user.get_entity",
        (
            ("200", "EntityDetailResponse"),
            ("401", "ErrorResponse"),
            ("403", "ErrorResponse"),
            ("404", "ErrorResponse"),
            ("409", "ErrorResponse"),
            ("412", "ErrorResponse"),
            ("500", "ErrorResponse"),
        ),
    ),
)
"""Every generated operation, by service (tag) and in the spec's order within it."""

__all__ = ["OPERATIONS", "Operation"]
