from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.group_member_user_user_type import (
    GroupMemberUserUserType,
    check_group_member_user_user_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class GroupMemberUser(_OpenModel):
    """A group member's profile: name, email, picture and whether it is a service account."""

    id: str

    name: str

    email: None | str

    picture: None | str

    is_service_account: bool | None

    user_type: GroupMemberUserUserType

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("email", "id", "is_service_account", "name", "picture", "user_type")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("id", "id", REQUIRED, None),
            ("name", "name", REQUIRED, None),
            ("email", "email", REQUIRED_OR_NULL, one_of(str, None)),
            ("picture", "picture", REQUIRED_OR_NULL, one_of(str, None)),
            (
                "is_service_account",
                "is_service_account",
                REQUIRED_OR_NULL,
                one_of(bool, None),
            ),
            ("user_type", "user_type", REQUIRED, check_group_member_user_user_type),
        )
