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
from ..models.beta_input_text_content_type import (
    BetaInputTextContentType,
    check_beta_input_text_content_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_prompt_cache_breakpoint_config import (
        BetaPromptCacheBreakpointConfig,
    )


@_attrs_define(repr=False)
class BetaInputTextContent(_OpenModel):
    """A text part of an input message."""

    type_: BetaInputTextContentType
    """ Fixed tag `input_text`. """
    text: str
    """ The text. """
    prompt_cache_breakpoint: BetaPromptCacheBreakpointConfig | None = None
    """ An explicit cache breakpoint ending a reusable prefix exactly here; its TTL comes from
    `prompt_cache_options.ttl`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("prompt_cache_breakpoint", "text", "type")
    _tags = {"type": ("input_text",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.beta_prompt_cache_breakpoint_config import (
            BetaPromptCacheBreakpointConfig,
        )

        return fields(
            ("type_", "type", REQUIRED, check_beta_input_text_content_type),
            ("text", "text", REQUIRED, None),
            (
                "prompt_cache_breakpoint",
                "prompt_cache_breakpoint",
                OPTIONAL,
                BetaPromptCacheBreakpointConfig,
            ),
        )
