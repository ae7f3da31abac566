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
from ..models.beta_scroll_param_type import (
    BetaScrollParamType,
    check_beta_scroll_param_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class BetaScrollParam(_OpenModel):
    """Computer-use action that scrolls at a screen position."""

    type_: BetaScrollParamType
    """ Fixed tag `scroll`. """
    x: int
    """ Horizontal pixel coordinate of the pointer while scrolling. """
    y: int
    """ Vertical pixel coordinate of the pointer while scrolling. """
    scroll_x: int
    """ Horizontal scroll amount; positive scrolls right. """
    scroll_y: int
    """ Vertical scroll amount; positive scrolls down. """
    keys: list[str] | None = None
    """ Keys held down while scrolling, if any. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("keys", "scroll_x", "scroll_y", "type", "x", "y")
    _tags = {"type": ("scroll",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_beta_scroll_param_type),
            ("x", "x", REQUIRED, None),
            ("y", "y", REQUIRED, None),
            ("scroll_x", "scroll_x", REQUIRED, None),
            ("scroll_y", "scroll_y", REQUIRED, None),
            ("keys", "keys", OPTIONAL_OR_NULL, one_of(list_of(None), None)),
        )
