from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.input_text_content_type import (
    InputTextContentType,
    check_input_text_content_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.prompt_cache_breakpoint_config import PromptCacheBreakpointConfig


@_attrs_define(repr=False)
class InputTextContent(_OpenModel):
    """A text part of an input message."""

    type_: InputTextContentType
    """ Fixed tag `input_text`. """
    text: str
    """ The text. """
    prompt_cache_breakpoint: PromptCacheBreakpointConfig | None = None
    """ Marks the end of a reusable prompt prefix for caching. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("prompt_cache_breakpoint", "text", "type")
    _tags = {"type": ("input_text",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.prompt_cache_breakpoint_config import PromptCacheBreakpointConfig

        return fields(
            ("type_", "type", REQUIRED, check_input_text_content_type),
            ("text", "text", REQUIRED, None),
            (
                "prompt_cache_breakpoint",
                "prompt_cache_breakpoint",
                OPTIONAL,
                PromptCacheBreakpointConfig,
            ),
        )
