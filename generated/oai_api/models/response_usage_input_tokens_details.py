from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ResponseUsageInputTokensDetails(_OpenModel):
    """Input token breakdown."""

    cached_tokens: int
    """ Input tokens read from the prompt cache. """
    cache_write_tokens: int
    """ Input tokens written to the prompt cache. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("cache_write_tokens", "cached_tokens")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("cached_tokens", "cached_tokens", REQUIRED, None),
            ("cache_write_tokens", "cache_write_tokens", REQUIRED, None),
        )
