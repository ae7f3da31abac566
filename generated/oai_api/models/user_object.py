from typing import Literal

UserObject = Literal["organization.user"]

USER_OBJECT_VALUES: set[UserObject] = {
    "organization.user",
}


def check_user_object(value: str) -> UserObject:
    if value in USER_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USER_OBJECT_VALUES!r}"
    )
