from typing import Literal

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
    if value in LIST_DEVICES_SORT_BY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_DEVICES_SORT_BY_VALUES!r}"
    )
