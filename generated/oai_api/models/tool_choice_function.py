from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.tool_choice_function_type import (
    ToolChoiceFunctionType,
    check_tool_choice_function_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ToolChoiceFunction(_OpenModel):
    """Force a call of the named function."""

    type_: ToolChoiceFunctionType
    """ Fixed tag `function`. """
    name: str
    """ Name of the function. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("name", "type")
    _tags = {"type": ("function",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_tool_choice_function_type),
            ("name", "name", REQUIRED, None),
        )
