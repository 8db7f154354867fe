from typing import Literal

ListDevicesAcquired = Literal["acquired", "inprogress", "released"]

LIST_DEVICES_ACQUIRED_VALUES: set[ListDevicesAcquired] = {
    "acquired",
    "inprogress",
    "released",
}


def check_list_devices_acquired(value: str) -> ListDevicesAcquired:
    if value in LIST_DEVICES_ACQUIRED_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_DEVICES_ACQUIRED_VALUES!r}"
    )
