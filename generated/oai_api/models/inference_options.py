from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED_OR_NULL,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.tool_choice import ToolChoice


@_attrs_define(repr=False)
class InferenceOptions(_OpenModel):
    """Model and tool choice to use for the assistant's reply to this item."""

    tool_choice: None | ToolChoice

    model: None | str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("model", "tool_choice")

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "tool_choice",
                "tool_choice",
                REQUIRED_OR_NULL,
                one_of(member("tool_choice", "ToolChoice"), None),
            ),
            ("model", "model", REQUIRED_OR_NULL, one_of(str, None)),
        )
