from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.chat_completion_allowed_tools_choice_type import (
    ChatCompletionAllowedToolsChoiceType,
    check_chat_completion_allowed_tools_choice_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.chat_completion_allowed_tools import ChatCompletionAllowedTools


@_attrs_define(repr=False)
class ChatCompletionAllowedToolsChoice(_OpenModel):
    """Limit the model to a subset of the tools."""

    type_: ChatCompletionAllowedToolsChoiceType
    """ Choice kind. """
    allowed_tools: ChatCompletionAllowedTools
    """ The subset of tools the model may use. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("allowed_tools", "type")
    _tags = {"type": ("allowed_tools",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.chat_completion_allowed_tools import ChatCompletionAllowedTools

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_chat_completion_allowed_tools_choice_type,
            ),
            ("allowed_tools", "allowed_tools", REQUIRED, ChatCompletionAllowedTools),
            strict=True,
        )
