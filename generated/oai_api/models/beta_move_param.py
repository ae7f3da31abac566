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
from ..models.beta_move_param_type import BetaMoveParamType, check_beta_move_param_type

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class BetaMoveParam(_OpenModel):
    """Computer-use action that moves the mouse pointer to a screen position."""

    type_: BetaMoveParamType
    """ Fixed tag `move`. """
    x: int
    """ Target x position in screen pixels. """
    y: int
    """ Target y position in screen pixels. """
    keys: list[str] | None = None
    """ Keys held down during the move, if any. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("keys", "type", "x", "y")
    _tags = {"type": ("move",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_beta_move_param_type),
            ("x", "x", REQUIRED, None),
            ("y", "y", REQUIRED, None),
            ("keys", "keys", OPTIONAL_OR_NULL, one_of(list_of(None), None)),
        )
