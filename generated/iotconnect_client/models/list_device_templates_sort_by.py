from typing import Literal

ListDeviceTemplatesSortBy = Literal["code asc", "code desc", "name asc", "name desc"]

LIST_DEVICE_TEMPLATES_SORT_BY_VALUES: set[ListDeviceTemplatesSortBy] = {
    "code asc",
    "code desc",
    "name asc",
    "name desc",
}


def check_list_device_templates_sort_by(value: str) -> ListDeviceTemplatesSortBy:
    if value in LIST_DEVICE_TEMPLATES_SORT_BY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_DEVICE_TEMPLATES_SORT_BY_VALUES!r}"
    )
