from typing import Literal, cast

AuthType = Literal[1, 2, 3, 4, 5, 7]

AUTH_TYPE_VALUES: set[AuthType] = {
    1,
    2,
    3,
    4,
    5,
    7,
}


def check_auth_type(value: int) -> AuthType:
    """``value`` as ``AuthType``, whether listed or not: an open enum. A value a later
    release of the service added passes as it came (compare with ``AUTH_TYPE_VALUES``),
    so parsing a reply never fails on it. A value of another type is no addition but a wrong
    reply: TypeError, as for a closed enum."""
    if not isinstance(value, int):
        raise TypeError(f"{value!r}: expected int")
    return cast(AuthType, value)
