from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    DROP,
    REQUIRED,
    fields,
)
from .._model import Model as _Model
from ..models.custom_tool_chat_completions_custom_format_type_1_type import (
    CustomToolChatCompletionsCustomFormatType1Type,
    check_custom_tool_chat_completions_custom_format_type_1_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.custom_tool_chat_completions_custom_format_type_1_grammar import (
        CustomToolChatCompletionsCustomFormatType1Grammar,
    )


@_attrs_define(repr=False)
class CustomToolChatCompletionsCustomFormatType1(_Model):
    type_: CustomToolChatCompletionsCustomFormatType1Type
    """ Format kind. """
    grammar: CustomToolChatCompletionsCustomFormatType1Grammar
    """ Grammar the input must match. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("grammar", "type")
    _tags = {"type": ("grammar",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.custom_tool_chat_completions_custom_format_type_1_grammar import (
            CustomToolChatCompletionsCustomFormatType1Grammar,
        )

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_custom_tool_chat_completions_custom_format_type_1_type,
            ),
            (
                "grammar",
                "grammar",
                REQUIRED,
                CustomToolChatCompletionsCustomFormatType1Grammar,
            ),
            extra=DROP,
            strict=True,
        )
