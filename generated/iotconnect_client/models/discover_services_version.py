from typing import Literal, cast

DiscoverServicesVersion = Literal["2", "2.1"]

DISCOVER_SERVICES_VERSION_VALUES: set[DiscoverServicesVersion] = {
    "2",
    "2.1",
}


def check_discover_services_version(value: str) -> DiscoverServicesVersion:
    """``value`` as ``DiscoverServicesVersion``, whether listed or not: an open enum. A value a later
    release of the service added passes as it came (compare with ``DISCOVER_SERVICES_VERSION_VALUES``),
    so parsing a reply never fails on it. A value of another type is no addition but a wrong
    reply: TypeError, as for a closed enum."""
    if not isinstance(value, str):
        raise TypeError(f"{value!r}: expected str")
    return cast(DiscoverServicesVersion, value)
