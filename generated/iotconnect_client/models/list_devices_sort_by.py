from typing import Literal, cast

ListDevicesSortBy = Literal[
    "lastCommunication asc",
    "lastCommunication desc",
    "lastConnection asc",
    "lastConnection desc",
    "uniqueId asc",
    "uniqueId desc",
]

LIST_DEVICES_SORT_BY_VALUES: set[ListDevicesSortBy] = {
    "lastCommunication asc",
    "lastCommunication desc",
    "lastConnection asc",
    "lastConnection desc",
    "uniqueId asc",
    "uniqueId desc",
}


def check_list_devices_sort_by(value: str) -> ListDevicesSortBy:
    """``value`` as ``ListDevicesSortBy``, whether listed or not: an open enum. A value a later
    release of the service added passes as it came (compare with ``LIST_DEVICES_SORT_BY_VALUES``),
    so parsing a reply never fails on it. A value of another type is no addition but a wrong
    reply: TypeError, as for a closed enum."""
    if not isinstance(value, str):
        raise TypeError(f"{value!r}: expected str")
    return cast(ListDevicesSortBy, value)
