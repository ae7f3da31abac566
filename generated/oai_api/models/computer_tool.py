from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.computer_tool_type import ComputerToolType, check_computer_tool_type

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ComputerTool(_OpenModel):
    """Let the model operate a computer through screenshots and input actions."""

    type_: ComputerToolType
    """ Fixed tag `computer`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("type",)
    _tags = {"type": ("computer",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_computer_tool_type),
        )
