from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class CompletionUsagePromptTokensDetails(_OpenModel):
    """Breakdown of prompt tokens."""

    audio_tokens: int | None = None
    """ Audio tokens in the prompt. """
    cached_tokens: int | None = None
    """ Prompt tokens read from cache. """
    text_tokens: int | None = None
    """ Text tokens in the prompt. """
    image_tokens: int | None = None
    """ Image tokens in the prompt. """
    cache_write_tokens: int | None = None
    """ Prompt tokens written to cache. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "audio_tokens",
        "cache_write_tokens",
        "cached_tokens",
        "image_tokens",
        "text_tokens",
    )

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("audio_tokens", "audio_tokens", OPTIONAL, None),
            ("cached_tokens", "cached_tokens", OPTIONAL, None),
            ("text_tokens", "text_tokens", OPTIONAL, None),
            ("image_tokens", "image_tokens", OPTIONAL, None),
            ("cache_write_tokens", "cache_write_tokens", OPTIONAL, None),
        )
