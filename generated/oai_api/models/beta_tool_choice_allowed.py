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
from ..models.beta_tool_choice_allowed_mode import (
    BetaToolChoiceAllowedMode,
    check_beta_tool_choice_allowed_mode,
)
from ..models.beta_tool_choice_allowed_type import (
    BetaToolChoiceAllowedType,
    check_beta_tool_choice_allowed_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_tool_choice_allowed_tools_item import (
        BetaToolChoiceAllowedToolsItem,
    )


@_attrs_define(repr=False)
class BetaToolChoiceAllowed(_OpenModel):
    """Tool choice limiting the model to a listed subset of its tools."""

    type_: BetaToolChoiceAllowedType
    """ Fixed tag `allowed_tools`. """
    mode: BetaToolChoiceAllowedMode
    """ `auto` lets the model pick a listed tool or just reply; `required` makes it call at least one. """
    tools: list[BetaToolChoiceAllowedToolsItem]
    """ Tool definitions the model may call, e.g. `{"type": "function", "name": "get_weather"}`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("mode", "tools", "type")
    _tags = {"type": ("allowed_tools",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.beta_tool_choice_allowed_tools_item import (
            BetaToolChoiceAllowedToolsItem,
        )

        return fields(
            ("type_", "type", REQUIRED, check_beta_tool_choice_allowed_type),
            ("mode", "mode", REQUIRED, check_beta_tool_choice_allowed_mode),
            ("tools", "tools", REQUIRED, list_of(BetaToolChoiceAllowedToolsItem)),
        )
