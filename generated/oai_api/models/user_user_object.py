from typing import Literal

UserUserObject = Literal["user"]

USER_USER_OBJECT_VALUES: set[UserUserObject] = {
    "user",
}


def check_user_user_object(value: str) -> UserUserObject:
    if value in USER_USER_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USER_USER_OBJECT_VALUES!r}"
    )
