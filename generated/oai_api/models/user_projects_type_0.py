from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
    list_of,
)
from .._model import OpenModel as _OpenModel
from ..models.user_projects_type_0_object import (
    UserProjectsType0Object,
    check_user_projects_type_0_object,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.user_projects_type_0_data_item import UserProjectsType0DataItem


@_attrs_define(repr=False)
class UserProjectsType0(_OpenModel):
    object_: UserProjectsType0Object

    data: list[UserProjectsType0DataItem]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("data", "object")
    _tags = {"object": ("list",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.user_projects_type_0_data_item import UserProjectsType0DataItem

        return fields(
            ("object_", "object", REQUIRED, check_user_projects_type_0_object),
            ("data", "data", REQUIRED, list_of(UserProjectsType0DataItem)),
        )
