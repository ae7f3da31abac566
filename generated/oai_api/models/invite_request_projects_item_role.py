from typing import Literal

InviteRequestProjectsItemRole = Literal["member", "owner"]

INVITE_REQUEST_PROJECTS_ITEM_ROLE_VALUES: set[InviteRequestProjectsItemRole] = {
    "member",
    "owner",
}


def check_invite_request_projects_item_role(
    value: str,
) -> InviteRequestProjectsItemRole:
    if value in INVITE_REQUEST_PROJECTS_ITEM_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INVITE_REQUEST_PROJECTS_ITEM_ROLE_VALUES!r}"
    )
