from typing import Literal, cast

DiscoverServicesPf = Literal["aws", "az"]

DISCOVER_SERVICES_PF_VALUES: set[DiscoverServicesPf] = {
    "aws",
    "az",
}


def check_discover_services_pf(value: str) -> DiscoverServicesPf:
    """``value`` as ``DiscoverServicesPf``, whether listed or not: an open enum. A value a later
    release of the service added passes as it came (compare with ``DISCOVER_SERVICES_PF_VALUES``),
    so parsing a reply never fails on it. A value of another type is no addition but a wrong
    reply: TypeError, as for a closed enum."""
    if not isinstance(value, str):
        raise TypeError(f"{value!r}: expected str")
    return cast(DiscoverServicesPf, value)
