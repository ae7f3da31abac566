from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    list_of,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.double_click_action_type import (
    DoubleClickActionType,
    check_double_click_action_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class DoubleClickAction(_OpenModel):
    """Double-click at a screen position."""

    type_: DoubleClickActionType
    """ Fixed tag `double_click`. """
    x: int
    """ X position in pixels. """
    y: int
    """ Y position in pixels. """
    keys: list[str] | None
    """ Keys held during the double-click. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("keys", "type", "x", "y")
    _tags = {"type": ("double_click",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_double_click_action_type),
            ("x", "x", REQUIRED, None),
            ("y", "y", REQUIRED, None),
            ("keys", "keys", REQUIRED_OR_NULL, one_of(list_of(None), None)),
        )
