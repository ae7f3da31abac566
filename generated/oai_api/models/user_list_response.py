from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    list_of,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.user_list_response_object import (
    UserListResponseObject,
    check_user_list_response_object,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.user import User


@_attrs_define(repr=False)
class UserListResponse(_OpenModel):
    """One page of organization members, with cursors."""

    object_: UserListResponseObject

    data: list[User]

    has_more: bool

    first_id: None | str = None

    last_id: None | str = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("data", "first_id", "has_more", "last_id", "object")
    _tags = {"object": ("list",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.user import User

        return fields(
            ("object_", "object", REQUIRED, check_user_list_response_object),
            ("data", "data", REQUIRED, list_of(User)),
            ("has_more", "has_more", REQUIRED, None),
            ("first_id", "first_id", OPTIONAL_OR_NULL, one_of(str, None)),
            ("last_id", "last_id", OPTIONAL_OR_NULL, one_of(str, None)),
        )
