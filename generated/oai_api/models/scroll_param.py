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
from ..models.scroll_param_type import ScrollParamType, check_scroll_param_type

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ScrollParam(_OpenModel):
    """Scroll at a screen position."""

    type_: ScrollParamType
    """ Fixed tag `scroll`. """
    x: int
    """ X position in pixels. """
    y: int
    """ Y position in pixels. """
    scroll_x: int
    """ Horizontal scroll distance in pixels. """
    scroll_y: int
    """ Vertical scroll distance in pixels. """
    keys: list[str] | None = None
    """ Keys held during the scroll. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("keys", "scroll_x", "scroll_y", "type", "x", "y")
    _tags = {"type": ("scroll",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_scroll_param_type),
            ("x", "x", REQUIRED, None),
            ("y", "y", REQUIRED, None),
            ("scroll_x", "scroll_x", REQUIRED, None),
            ("scroll_y", "scroll_y", REQUIRED, None),
            ("keys", "keys", OPTIONAL_OR_NULL, one_of(list_of(None), None)),
        )
