from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ProjectUserUpdateRequest(_OpenModel):
    """New role for a project member."""

    role: None | str = None
    """ The member's new role: `owner` or `member`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("role",)

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("role", "role", OPTIONAL_OR_NULL, one_of(str, None)),
            strict=True,
        )
