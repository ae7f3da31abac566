from typing import Literal

InviteRequestRole = Literal["owner", "reader"]

INVITE_REQUEST_ROLE_VALUES: set[InviteRequestRole] = {
    "owner",
    "reader",
}


def check_invite_request_role(value: str) -> InviteRequestRole:
    if value in INVITE_REQUEST_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INVITE_REQUEST_ROLE_VALUES!r}"
    )
