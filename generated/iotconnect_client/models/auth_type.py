from typing import Literal

AuthType = Literal[1, 2, 3, 4, 5]

AUTH_TYPE_VALUES: set[AuthType] = {
    1,
    2,
    3,
    4,
    5,
}


def check_auth_type(value: int) -> AuthType:
    if value in AUTH_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AUTH_TYPE_VALUES!r}")
