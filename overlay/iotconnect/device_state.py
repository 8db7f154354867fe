"""A device's state on the hub: connection status, twin (AWS: shadow), acquire and release, and
its custom property values.

The methods of ``iot.devices`` (and ``iot.aio.devices``) that read and change it, each written
once as a plan (:mod:`._resource`); ``devices.children(guid)`` pages like ``devices.list``
and lives with it in :mod:`.resources`. The vendor's operations take a device's unique id,
except the connection status, which also takes its GUID.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final, TypeAlias
from uuid import UUID

from iotconnect_client.api.device import (
    acquire_device,
    get_device_connection_status,
    get_device_twin,
    list_device_properties,
    release_device,
    update_device_properties,
    update_device_twin,
)
from iotconnect_client.models import (
    ConnectionStatusResponse,
    DevicePropertiesUpdate,
    DevicePropertiesUpdated,
    DeviceProperty,
    DevicePropertyDefinition,
    DevicePropertyListResponse,
    DeviceStateChanged,
    DeviceTwinListResponse,
    DeviceTwinProperty,
    DeviceTwinUpdate,
)
from iotconnect_client.types import UNSET

from ._plans import Plan
from ._resource import Method, Step, as_guid, call
from .errors import ConfigurationError, DecodeError, IoTConnectError, UnknownTwinProperty

__all__ = ["DesiredValue", "DeviceStateMethods"]

DesiredValue: TypeAlias = str | int | float | bool
"""A desired twin value; the service takes text, so numbers and booleans are sent as JSON
spells them (``30``, ``2.5``, ``true``)."""

_CONNECTED: Final = {0: False, 1: True}


def _text(value: DesiredValue) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _property_guid(text: str) -> UUID:
    # The spec types a property's guid as text: one that is no GUID is the reply's fault.
    try:
        return UUID(text)
    except ValueError:
        raise DecodeError(200, "a device property's guid is not a GUID", "") from None


class DeviceStateMethods:
    """The state methods ``Devices`` and ``AsyncDevices`` share."""

    @Method
    def connection_status(
        unique_id: str | None = None, *, guid: UUID | str | None = None
    ) -> Plan[Step, bool]:
        """Whether the device (by unique id, or by ``guid=``) is connected to the hub now;
        :class:`~iotconnect.NotFound` if there is no such device."""
        if (unique_id is None) == (guid is None):
            raise ConfigurationError("give the device's unique id or its guid=, not both")
        request = get_device_connection_status.request_kwargs(
            device_guid=UNSET if guid is None else as_guid(guid),
            unique_id=UNSET if unique_id is None else unique_id,
        )
        page = yield from call(get_device_connection_status, ConnectionStatusResponse, request)
        if not page.data or page.data[0].is_connected not in _CONNECTED:
            shown = page.data[0].is_connected if page.data else "nothing"
            raise DecodeError(200, f"the connection status is {shown}, not 0 or 1", "")
        return _CONNECTED[page.data[0].is_connected]

    @Method
    def twin(
        unique_id: str, *, recently_reported: bool = False
    ) -> Plan[Step, list[DeviceTwinProperty]]:
        """The device's twin: one item per property, with its ``desired_value`` (and
        ``desired_version``) and the ``reported_value`` the device last sent. With
        ``recently_reported``, only the 10 properties reported most recently."""
        request = get_device_twin.request_kwargs(
            unique_id, recently_reported=recently_reported or UNSET
        )
        page = yield from call(get_device_twin, DeviceTwinListResponse, request)
        return list(page.data or [])

    @Method
    def set_desired(unique_id: str, values: Mapping[str, DesiredValue]) -> Plan[Step, None]:
        """Set desired twin properties of an acquired device: ``{"reportingInterval": 30}``.

        Reads the twin first for each property's ``templateSettingGuid`` (names match ignoring
        case, as the service's do); a name the twin lacks is an :class:`UnknownTwinProperty`
        before anything is sent. Then one request per property, in the given order: if one
        fails, those before it are set and the error says which were.
        """
        twin = yield from DeviceStateMethods.twin.plan(unique_id)
        settings = {item.local_name.casefold(): item for item in twin}
        unknown = [name for name in values if name.casefold() not in settings]
        if unknown:
            raise UnknownTwinProperty(unique_id, unknown, [item.local_name for item in twin])
        done: list[str] = []
        for name, value in values.items():
            item = settings[name.casefold()]
            body = DeviceTwinUpdate(
                local_name=item.local_name,
                desired_value=_text(value),
                template_setting_guid=item.template_setting_guid,
            )
            request = update_device_twin.request_kwargs(unique_id, body=body)
            try:
                yield from call(update_device_twin, DeviceStateChanged, request)
            except IoTConnectError as exc:
                exc.add_note(f"set before this one: {', '.join(done) or 'none'}")
                raise
            done.append(item.local_name)

    @Method
    def acquire(unique_id: str) -> Plan[Step, None]:
        """Register the device with the hub, so that it may connect (``IsAcquired`` true);
        :class:`~iotconnect.Conflict` if it is already acquired, inactive or a child."""
        request = acquire_device.request_kwargs(unique_id)
        yield from call(acquire_device, DeviceStateChanged, request)

    @Method
    def release(unique_id: str) -> Plan[Step, None]:
        """Take the device off the hub (it disconnects); :class:`~iotconnect.Conflict` if it
        is already released or inactive."""
        request = release_device.request_kwargs(unique_id)
        yield from call(release_device, DeviceStateChanged, request)

    @Method
    def properties() -> Plan[Step, list[DevicePropertyDefinition]]:
        """The company's custom device properties (``guid``, ``name``, ``field_type``,
        ``options``): what ``set_properties`` names."""
        request = list_device_properties.request_kwargs()
        page = yield from call(list_device_properties, DevicePropertyListResponse, request)
        return list(page.data or [])

    @Method
    def set_properties(guid: UUID | str, values: Mapping[str, str | None]) -> Plan[Step, None]:
        """Set custom property values of the device ``guid``: ``{"floor": "3"}``, by property
        name (ignoring case) or GUID; the device's other properties keep theirs. A name the
        company has no property for is a :class:`~iotconnect.ConfigurationError` before
        anything is sent."""
        known = yield from DeviceStateMethods.properties.plan()
        by_name = {str(item.name).casefold(): item.guid for item in known if item.name}
        guids = {str(item.guid).casefold(): item.guid for item in known}
        chosen: list[DeviceProperty] = []
        unknown: list[str] = []
        for name, value in values.items():
            found = by_name.get(name.casefold()) or guids.get(name.casefold())
            if found is None:
                unknown.append(name)
            else:
                chosen.append(DeviceProperty(guid=_property_guid(found), value=value))
        if unknown:
            raise ConfigurationError(
                f"the company has no device propert{'y' if len(unknown) == 1 else 'ies'} "
                f"{', '.join(map(repr, unknown))}"
            )
        device = as_guid(guid)
        body = DevicePropertiesUpdate(properties=chosen)
        request = update_device_properties.request_kwargs(device, body=body)
        yield from call(update_device_properties, DevicePropertiesUpdated, request)
