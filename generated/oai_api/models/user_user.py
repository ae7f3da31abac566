from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.user_user_object import UserUserObject, check_user_user_object

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class UserUser(_OpenModel):
    object_: UserUserObject

    id: str

    email: None | str = None

    name: None | str = None

    picture: None | str = None

    enabled: bool | None = None

    banned: bool | None = None

    banned_at: int | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "banned",
        "banned_at",
        "email",
        "enabled",
        "id",
        "name",
        "object",
        "picture",
    )
    _tags = {"object": ("user",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("object_", "object", REQUIRED, check_user_user_object),
            ("id", "id", REQUIRED, None),
            ("email", "email", OPTIONAL_OR_NULL, one_of(str, None)),
            ("name", "name", OPTIONAL_OR_NULL, one_of(str, None)),
            ("picture", "picture", OPTIONAL_OR_NULL, one_of(str, None)),
            ("enabled", "enabled", OPTIONAL_OR_NULL, one_of(bool, None)),
            ("banned", "banned", OPTIONAL_OR_NULL, one_of(bool, None)),
            ("banned_at", "banned_at", OPTIONAL_OR_NULL, one_of(int, None)),
        )
