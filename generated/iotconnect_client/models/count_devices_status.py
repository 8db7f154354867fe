from typing import Literal, cast

CountDevicesStatus = Literal["active", "inactive"]

COUNT_DEVICES_STATUS_VALUES: set[CountDevicesStatus] = {
    "active",
    "inactive",
}


def check_count_devices_status(value: str) -> CountDevicesStatus:
    """``value`` as ``CountDevicesStatus``, whether listed or not: an open enum. A value a later
    release of the service added passes as it came (compare with ``COUNT_DEVICES_STATUS_VALUES``),
    so parsing a reply never fails on it. A value of another type is no addition but a wrong
    reply: TypeError, as for a closed enum."""
    if not isinstance(value, str):
        raise TypeError(f"{value!r}: expected str")
    return cast(CountDevicesStatus, value)
