from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.custom_tool_chat_completions_custom_format_type_0 import (
        CustomToolChatCompletionsCustomFormatType0,
    )
    from ..models.custom_tool_chat_completions_custom_format_type_1 import (
        CustomToolChatCompletionsCustomFormatType1,
    )


@_attrs_define(repr=False)
class CustomToolChatCompletionsCustom(_OpenModel):
    """The custom tool definition."""

    name: str
    """ Tool name used in tool calls. """
    description: str | None = None
    """ What the tool does, for the model. """
    format_: (
        CustomToolChatCompletionsCustomFormatType0
        | CustomToolChatCompletionsCustomFormatType1
        | None
    ) = None
    """ Input format; free text by default. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("description", "format", "name")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("name", "name", REQUIRED, None),
            ("description", "description", OPTIONAL, None),
            (
                "format_",
                "format",
                OPTIONAL,
                one_of(
                    member(
                        "custom_tool_chat_completions_custom_format_type_0",
                        "CustomToolChatCompletionsCustomFormatType0",
                        ("type", "text"),
                    ),
                    member(
                        "custom_tool_chat_completions_custom_format_type_1",
                        "CustomToolChatCompletionsCustomFormatType1",
                        ("type", "grammar"),
                    ),
                ),
            ),
            strict=True,
        )
