from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.chat_completion_named_tool_choice_type import (
    ChatCompletionNamedToolChoiceType,
    check_chat_completion_named_tool_choice_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.chat_completion_named_tool_choice_function import (
        ChatCompletionNamedToolChoiceFunction,
    )


@_attrs_define(repr=False)
class ChatCompletionNamedToolChoice(_OpenModel):
    """Force a call to one named function."""

    type_: ChatCompletionNamedToolChoiceType
    """ Choice kind. """
    function: ChatCompletionNamedToolChoiceFunction
    """ The function to call. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("function", "type")
    _tags = {"type": ("function",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.chat_completion_named_tool_choice_function import (
            ChatCompletionNamedToolChoiceFunction,
        )

        return fields(
            ("type_", "type", REQUIRED, check_chat_completion_named_tool_choice_type),
            ("function", "function", REQUIRED, ChatCompletionNamedToolChoiceFunction),
            strict=True,
        )
