from typing import Literal, cast

ListChildDevicesSortBy = Literal[
    "displayName asc", "displayName desc", "uniqueId asc", "uniqueId desc"
]

LIST_CHILD_DEVICES_SORT_BY_VALUES: set[ListChildDevicesSortBy] = {
    "displayName asc",
    "displayName desc",
    "uniqueId asc",
    "uniqueId desc",
}


def check_list_child_devices_sort_by(value: str) -> ListChildDevicesSortBy:
    """``value`` as ``ListChildDevicesSortBy``, whether listed or not: an open enum. A value a later
    release of the service added passes as it came (compare with ``LIST_CHILD_DEVICES_SORT_BY_VALUES``),
    so parsing a reply never fails on it. A value of another type is no addition but a wrong
    reply: TypeError, as for a closed enum."""
    if not isinstance(value, str):
        raise TypeError(f"{value!r}: expected str")
    return cast(ListChildDevicesSortBy, value)
