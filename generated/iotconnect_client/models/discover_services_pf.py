from typing import Literal

DiscoverServicesPf = Literal["aws", "az"]

DISCOVER_SERVICES_PF_VALUES: set[DiscoverServicesPf] = {
    "aws",
    "az",
}


def check_discover_services_pf(value: str) -> DiscoverServicesPf:
    if value in DISCOVER_SERVICES_PF_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DISCOVER_SERVICES_PF_VALUES!r}"
    )
