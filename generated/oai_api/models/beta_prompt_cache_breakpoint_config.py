from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_prompt_cache_breakpoint_config_mode import (
    BetaPromptCacheBreakpointConfigMode,
    check_beta_prompt_cache_breakpoint_config_mode,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class BetaPromptCacheBreakpointConfig(_OpenModel):
    """An explicit cache breakpoint ending a reusable prefix exactly here; its TTL comes from `prompt_cache_options.ttl`."""

    mode: BetaPromptCacheBreakpointConfigMode
    """ Fixed value `explicit`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("mode",)

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("mode", "mode", REQUIRED, check_beta_prompt_cache_breakpoint_config_mode),
        )
