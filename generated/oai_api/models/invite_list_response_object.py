from typing import Literal

InviteListResponseObject = Literal["list"]

INVITE_LIST_RESPONSE_OBJECT_VALUES: set[InviteListResponseObject] = {
    "list",
}


def check_invite_list_response_object(value: str) -> InviteListResponseObject:
    if value in INVITE_LIST_RESPONSE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INVITE_LIST_RESPONSE_OBJECT_VALUES!r}"
    )
