from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_prompt_cache_mode_enum import (
    BetaPromptCacheModeEnum,
    check_beta_prompt_cache_mode_enum,
)
from ..models.beta_prompt_cache_ttl_enum import (
    BetaPromptCacheTTLEnum,
    check_beta_prompt_cache_ttl_enum,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class BetaPromptCacheOptionsParam(_OpenModel):
    """Prompt caching controls (`gpt-5.6`+): `explicit` mode drops the automatic breakpoint; up to 4 breakpoints per
    request; `ttl` only `30m`."""

    ttl: BetaPromptCacheTTLEnum | None = None
    """ Cache lifetime; only `30m` is available. """
    mode: BetaPromptCacheModeEnum | None = None
    """ Prompt caching mode: `implicit` (automatic breakpoint) or `explicit` (only your breakpoints). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("mode", "ttl")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("ttl", "ttl", OPTIONAL, check_beta_prompt_cache_ttl_enum),
            ("mode", "mode", OPTIONAL, check_beta_prompt_cache_mode_enum),
            strict=True,
        )
