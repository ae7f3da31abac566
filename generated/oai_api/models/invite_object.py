from typing import Literal

InviteObject = Literal["organization.invite"]

INVITE_OBJECT_VALUES: set[InviteObject] = {
    "organization.invite",
}


def check_invite_object(value: str) -> InviteObject:
    if value in INVITE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INVITE_OBJECT_VALUES!r}"
    )
