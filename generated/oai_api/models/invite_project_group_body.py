from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class InviteProjectGroupBody(_OpenModel):
    """Body for adding a group to a project: the group and the project role it gets."""

    group_id: str
    """ ID of the group that gains access. """
    role: str
    """ ID of the project role the group receives. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("group_id", "role")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("group_id", "group_id", REQUIRED, None),
            ("role", "role", REQUIRED, None),
            strict=True,
        )
