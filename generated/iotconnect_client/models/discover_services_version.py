from typing import Literal

DiscoverServicesVersion = Literal["2", "2.1"]

DISCOVER_SERVICES_VERSION_VALUES: set[DiscoverServicesVersion] = {
    "2",
    "2.1",
}


def check_discover_services_version(value: str) -> DiscoverServicesVersion:
    if value in DISCOVER_SERVICES_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DISCOVER_SERVICES_VERSION_VALUES!r}"
    )
