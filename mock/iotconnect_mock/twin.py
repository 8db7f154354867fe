"""Device twins (AWS: shadows): the twin properties a template defines, and their values.

The service's template settings are the twin's properties: a name (``localName``), a data type
and a ``templateSettingGuid``. The mock gives every template the same three settings, with
GUIDs derived from the template's, so a twin read shows the same GUIDs on every start. Values
travel as text whatever the data type, and are checked against it on the way in: a desired
value by ``PUT /Device/{uniqueId}/twin`` (409 ``InvalidDesiredValue``), a reported one by the
``/_mock`` control that plays the device (412).
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass
from typing import Any, Final

from ._http import INT32
from .clock import format_timestamp
from .records import DeviceRecord

__all__ = ["MAX_TWIN_VALUE", "SETTINGS", "TwinSetting", "TwinValue", "fits", "setting", "twin_item"]

MAX_TWIN_VALUE: Final = 4000
"""The longest twin value, desired or reported (the spec's ``DeviceTwinUpdate``)."""

_NAMESPACE = uuid.UUID("2b0f7d64-1f0c-4c7e-9a0e-8f3c5d1a7e21")


@dataclass(frozen=True, slots=True)
class TwinSetting:
    """One twin property of a template."""

    local_name: str
    name: str
    data_type: str

    def guid(self, template_guid: str) -> str:
        """This setting's ``templateSettingGuid`` in the template ``template_guid``."""
        return str(uuid.uuid5(_NAMESPACE, f"{template_guid.upper()}/{self.local_name}")).upper()


@dataclass(frozen=True, slots=True)
class TwinValue:
    """A device's values of one setting, as the store keeps them."""

    desired: str | None = None
    desired_version: int = 0
    desired_ms: int | None = None
    reported: str | None = None
    reported_ms: int | None = None


SETTINGS: Final = (
    TwinSetting("reportingInterval", "Reporting interval", "INTEGER"),
    TwinSetting("firmwareChannel", "Firmware channel", "STRING"),
    TwinSetting("ledOn", "LED on", "BOOLEAN"),
)


def setting(local_name: str) -> TwinSetting | None:
    """The setting named ``local_name`` (case-insensitive, as the service matches names)."""
    wanted = local_name.casefold()
    return next((s for s in SETTINGS if s.local_name.casefold() == wanted), None)


def fits(data_type: str, value: str) -> bool:
    """Whether ``value`` (text) is a valid value of ``data_type``."""
    if len(value) > MAX_TWIN_VALUE:
        return False
    if data_type == "INTEGER":
        try:
            number = int(value, 10)
        except ValueError:
            return False
        return INT32[0] <= number <= INT32[1]
    if data_type == "DECIMAL":
        try:
            return math.isfinite(float(value))
        except ValueError:
            return False
    if data_type == "BOOLEAN":
        return value in ("true", "false")
    return True


def twin_item(device: DeviceRecord, s: TwinSetting, value: TwinValue) -> dict[str, Any]:
    """One item of a twin read (the vendor's ``DeviceTwinList``)."""
    return {
        "guid": str(uuid.uuid5(_NAMESPACE, f"{device.guid}/{s.local_name}")).upper(),
        "templateSettingGuid": s.guid(device.template_guid),
        "deviceGuid": device.guid,
        "uniqueId": device.unique_id,
        "cpId": device.cp_id,
        "entityGuid": device.entity_guid,
        "localName": s.local_name,
        "name": s.name,
        "dataTypeName": s.data_type,
        "desiredValue": value.desired,
        "desiredVersion": str(value.desired_version),
        "desiredUpdatedDate": format_timestamp(value.desired_ms),
        "reportedValue": value.reported,
        "reportedUpdatedDate": format_timestamp(value.reported_ms),
        "createdDate": format_timestamp(device.created_ms),
        "isReadOnly": False,
        "isFault": False,
    }
