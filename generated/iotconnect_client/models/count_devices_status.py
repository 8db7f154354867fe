from typing import Literal

CountDevicesStatus = Literal["active", "inactive"]

COUNT_DEVICES_STATUS_VALUES: set[CountDevicesStatus] = {
    "active",
    "inactive",
}


def check_count_devices_status(value: str) -> CountDevicesStatus:
    if value in COUNT_DEVICES_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COUNT_DEVICES_STATUS_VALUES!r}"
    )
