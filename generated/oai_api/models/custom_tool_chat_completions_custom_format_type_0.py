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
from ..models.custom_tool_chat_completions_custom_format_type_0_type import (
    CustomToolChatCompletionsCustomFormatType0Type,
    check_custom_tool_chat_completions_custom_format_type_0_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class CustomToolChatCompletionsCustomFormatType0(_Model):
    type_: CustomToolChatCompletionsCustomFormatType0Type
    """ Format kind. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("type",)
    _tags = {"type": ("text",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_custom_tool_chat_completions_custom_format_type_0_type,
            ),
            extra=DROP,
            strict=True,
        )
