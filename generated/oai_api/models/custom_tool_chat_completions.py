from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.custom_tool_chat_completions_type import (
    CustomToolChatCompletionsType,
    check_custom_tool_chat_completions_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.custom_tool_chat_completions_custom import (
        CustomToolChatCompletionsCustom,
    )


@_attrs_define(repr=False)
class CustomToolChatCompletions(_OpenModel):
    """A custom tool that takes free-form input."""

    type_: CustomToolChatCompletionsType
    """ Tool kind. """
    custom: CustomToolChatCompletionsCustom
    """ The custom tool definition. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("custom", "type")
    _tags = {"type": ("custom",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.custom_tool_chat_completions_custom import (
            CustomToolChatCompletionsCustom,
        )

        return fields(
            ("type_", "type", REQUIRED, check_custom_tool_chat_completions_type),
            ("custom", "custom", REQUIRED, CustomToolChatCompletionsCustom),
            strict=True,
        )
