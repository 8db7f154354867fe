from typing import Literal, cast

ListDevicesAcquired = Literal["acquired", "inprogress", "released"]

LIST_DEVICES_ACQUIRED_VALUES: set[ListDevicesAcquired] = {
    "acquired",
    "inprogress",
    "released",
}


def check_list_devices_acquired(value: str) -> ListDevicesAcquired:
    """``value`` as ``ListDevicesAcquired``, whether listed or not: an open enum. A value a later
    release of the service added passes as it came (compare with ``LIST_DEVICES_ACQUIRED_VALUES``),
    so parsing a reply never fails on it. A value of another type is no addition but a wrong
    reply: TypeError, as for a closed enum."""
    if not isinstance(value, str):
        raise TypeError(f"{value!r}: expected str")
    return cast(ListDevicesAcquired, value)
