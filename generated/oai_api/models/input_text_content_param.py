from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.input_text_content_param_type import (
    InputTextContentParamType,
    check_input_text_content_param_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.prompt_cache_breakpoint_param import PromptCacheBreakpointParam


@_attrs_define(repr=False)
class InputTextContentParam(_OpenModel):
    """A text part of a tool output."""

    type_: InputTextContentParamType
    """ Fixed tag `input_text`. """
    text: str
    """ The text. """
    prompt_cache_breakpoint: None | PromptCacheBreakpointParam = None
    """ Mark the end of a reusable prompt prefix here. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("prompt_cache_breakpoint", "text", "type")
    _tags = {"type": ("input_text",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_input_text_content_param_type),
            ("text", "text", REQUIRED, None),
            (
                "prompt_cache_breakpoint",
                "prompt_cache_breakpoint",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "prompt_cache_breakpoint_param", "PromptCacheBreakpointParam"
                    ),
                    None,
                ),
            ),
        )
