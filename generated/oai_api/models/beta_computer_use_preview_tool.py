from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_computer_environment import (
    BetaComputerEnvironment,
    check_beta_computer_environment,
)
from ..models.beta_computer_use_preview_tool_type import (
    BetaComputerUsePreviewToolType,
    check_beta_computer_use_preview_tool_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class BetaComputerUsePreviewTool(_OpenModel):
    """The preview version of the computer tool, for a given display and environment."""

    type_: BetaComputerUsePreviewToolType
    """ Fixed tag `computer_use_preview`. """
    environment: BetaComputerEnvironment
    """ Kind of computer the tool operates: `windows`, `mac`, `linux`, `ubuntu` or `browser`. """
    display_width: int
    """ Screen width in pixels. """
    display_height: int
    """ Screen height in pixels. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("display_height", "display_width", "environment", "type")
    _tags = {"type": ("computer_use_preview",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_beta_computer_use_preview_tool_type),
            ("environment", "environment", REQUIRED, check_beta_computer_environment),
            ("display_width", "display_width", REQUIRED, None),
            ("display_height", "display_height", REQUIRED, None),
        )
