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
from ..models.drag_param_type import DragParamType, check_drag_param_type

if TYPE_CHECKING:
    from .._model import Table
    from ..models.coord_param import CoordParam


@_attrs_define(repr=False)
class DragParam(_OpenModel):
    """Drag the mouse along a path."""

    type_: DragParamType
    """ Fixed tag `drag`. """
    path: list[CoordParam]
    """ Positions the mouse passes through, start to end. """
    keys: list[str] | None = None
    """ Keys held during the drag. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("keys", "path", "type")
    _tags = {"type": ("drag",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.coord_param import CoordParam

        return fields(
            ("type_", "type", REQUIRED, check_drag_param_type),
            ("path", "path", REQUIRED, list_of(CoordParam)),
            ("keys", "keys", OPTIONAL_OR_NULL, one_of(list_of(None), None)),
        )
