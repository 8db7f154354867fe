from typing import Literal, cast

ListDeviceTemplatesSortBy = Literal["code asc", "code desc", "name asc", "name desc"]

LIST_DEVICE_TEMPLATES_SORT_BY_VALUES: set[ListDeviceTemplatesSortBy] = {
    "code asc",
    "code desc",
    "name asc",
    "name desc",
}


def check_list_device_templates_sort_by(value: str) -> ListDeviceTemplatesSortBy:
    """``value`` as ``ListDeviceTemplatesSortBy``, whether listed or not: an open enum. A value a later
    release of the service added passes as it came (compare with ``LIST_DEVICE_TEMPLATES_SORT_BY_VALUES``),
    so parsing a reply never fails on it. A value of another type is no addition but a wrong
    reply: TypeError, as for a closed enum."""
    if not isinstance(value, str):
        raise TypeError(f"{value!r}: expected str")
    return cast(ListDeviceTemplatesSortBy, value)
