from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.prompt_cache_mode_enum import (
    PromptCacheModeEnum,
    check_prompt_cache_mode_enum,
)
from ..models.prompt_cache_ttl_enum import (
    PromptCacheTTLEnum,
    check_prompt_cache_ttl_enum,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class PromptCacheOptions(_OpenModel):
    """Prompt caching settings applied to the response."""

    ttl: PromptCacheTTLEnum
    """ Lifetime of a prompt cache entry. """
    mode: PromptCacheModeEnum
    """ How cache breakpoints are chosen. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("mode", "ttl")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("ttl", "ttl", REQUIRED, check_prompt_cache_ttl_enum),
            ("mode", "mode", REQUIRED, check_prompt_cache_mode_enum),
        )
