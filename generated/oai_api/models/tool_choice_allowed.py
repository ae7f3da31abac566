from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
    list_of,
)
from .._model import OpenModel as _OpenModel
from ..models.tool_choice_allowed_mode import (
    ToolChoiceAllowedMode,
    check_tool_choice_allowed_mode,
)
from ..models.tool_choice_allowed_type import (
    ToolChoiceAllowedType,
    check_tool_choice_allowed_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.tool_choice_allowed_tools_item import ToolChoiceAllowedToolsItem


@_attrs_define(repr=False)
class ToolChoiceAllowed(_OpenModel):
    """Restrict the model to a subset of the declared tools."""

    type_: ToolChoiceAllowedType
    """ Fixed tag `allowed_tools`. """
    mode: ToolChoiceAllowedMode
    """ `auto`: the model may pick one of the tools or none; `required`: it must pick one. """
    tools: list[ToolChoiceAllowedToolsItem]
    """ Tool definitions the model may use. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("mode", "tools", "type")
    _tags = {"type": ("allowed_tools",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.tool_choice_allowed_tools_item import ToolChoiceAllowedToolsItem

        return fields(
            ("type_", "type", REQUIRED, check_tool_choice_allowed_type),
            ("mode", "mode", REQUIRED, check_tool_choice_allowed_mode),
            ("tools", "tools", REQUIRED, list_of(ToolChoiceAllowedToolsItem)),
        )
