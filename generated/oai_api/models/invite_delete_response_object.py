from typing import Literal

InviteDeleteResponseObject = Literal["organization.invite.deleted"]

INVITE_DELETE_RESPONSE_OBJECT_VALUES: set[InviteDeleteResponseObject] = {
    "organization.invite.deleted",
}


def check_invite_delete_response_object(value: str) -> InviteDeleteResponseObject:
    if value in INVITE_DELETE_RESPONSE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INVITE_DELETE_RESPONSE_OBJECT_VALUES!r}"
    )
