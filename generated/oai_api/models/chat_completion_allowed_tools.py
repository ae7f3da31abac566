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
from ..models.chat_completion_allowed_tools_mode import (
    ChatCompletionAllowedToolsMode,
    check_chat_completion_allowed_tools_mode,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.chat_completion_allowed_tools_tools_item import (
        ChatCompletionAllowedToolsToolsItem,
    )


@_attrs_define(repr=False)
class ChatCompletionAllowedTools(_OpenModel):
    """The subset of tools the model may use."""

    mode: ChatCompletionAllowedToolsMode
    """ auto lets the model decide; required forces a call. """
    tools: list[ChatCompletionAllowedToolsToolsItem]
    """ Tool references the model may use. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("mode", "tools")

    @staticmethod
    def _fields() -> Table:
        from ..models.chat_completion_allowed_tools_tools_item import (
            ChatCompletionAllowedToolsToolsItem,
        )

        return fields(
            ("mode", "mode", REQUIRED, check_chat_completion_allowed_tools_mode),
            ("tools", "tools", REQUIRED, list_of(ChatCompletionAllowedToolsToolsItem)),
            strict=True,
        )
