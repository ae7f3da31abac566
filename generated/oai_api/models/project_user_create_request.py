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

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ProjectUserCreateRequest(_OpenModel):
    """Who to add to a project, by user ID or email, and with which role."""

    role: str
    """ Project role to grant: `owner` or `member`. """
    user_id: None | str = None
    """ ID of the organization member to add; give this or `email`. """
    email: None | str = None
    """ Email of the organization member to add; give this or `user_id`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("email", "role", "user_id")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("role", "role", REQUIRED, None),
            ("user_id", "user_id", OPTIONAL_OR_NULL, one_of(str, None)),
            ("email", "email", OPTIONAL_OR_NULL, one_of(str, None)),
            strict=True,
        )
