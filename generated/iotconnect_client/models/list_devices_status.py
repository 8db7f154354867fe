from typing import Literal, cast

ListDevicesStatus = Literal["active", "inactive"]

LIST_DEVICES_STATUS_VALUES: set[ListDevicesStatus] = {
    "active",
    "inactive",
}


def check_list_devices_status(value: str) -> ListDevicesStatus:
    """``value`` as ``ListDevicesStatus``, whether listed or not: an open enum. A value a later
    release of the service added passes as it came (compare with ``LIST_DEVICES_STATUS_VALUES``),
    so parsing a reply never fails on it. A value of another type is no addition but a wrong
    reply: TypeError, as for a closed enum."""
    if not isinstance(value, str):
        raise TypeError(f"{value!r}: expected str")
    return cast(ListDevicesStatus, value)
