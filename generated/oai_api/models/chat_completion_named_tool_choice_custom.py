from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.chat_completion_named_tool_choice_custom_type import (
    ChatCompletionNamedToolChoiceCustomType,
    check_chat_completion_named_tool_choice_custom_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.chat_completion_named_tool_choice_custom_custom import (
        ChatCompletionNamedToolChoiceCustomCustom,
    )


@_attrs_define(repr=False)
class ChatCompletionNamedToolChoiceCustom(_OpenModel):
    """Force a call to one named custom tool."""

    type_: ChatCompletionNamedToolChoiceCustomType
    """ Choice kind. """
    custom: ChatCompletionNamedToolChoiceCustomCustom
    """ The custom tool to call. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("custom", "type")
    _tags = {"type": ("custom",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.chat_completion_named_tool_choice_custom_custom import (
            ChatCompletionNamedToolChoiceCustomCustom,
        )

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_chat_completion_named_tool_choice_custom_type,
            ),
            ("custom", "custom", REQUIRED, ChatCompletionNamedToolChoiceCustomCustom),
            strict=True,
        )
