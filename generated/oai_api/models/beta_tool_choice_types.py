from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_tool_choice_types_type import (
    BetaToolChoiceTypesType,
    check_beta_tool_choice_types_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class BetaToolChoiceTypes(_OpenModel):
    """Tool choice that forces the model to use a particular built-in tool."""

    type_: BetaToolChoiceTypesType
    """ Built-in tool to use, e.g. `file_search`, `web_search_preview`, `computer_use`, `code_interpreter` or
    `image_generation`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("type",)
    _tags = {
        "type": (
            "file_search",
            "web_search_preview",
            "computer",
            "computer_use_preview",
            "computer_use",
            "web_search_preview_2025_03_11",
            "image_generation",
            "code_interpreter",
        )
    }

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_beta_tool_choice_types_type),
        )
