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

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class StaticChunkingStrategy(_Model):
    """Fixed chunk size and overlap, both in tokens."""

    max_chunk_size_tokens: int
    """ Largest chunk in tokens, 100 to 4096; 800 by default. """
    chunk_overlap_tokens: int
    """ Tokens shared by consecutive chunks; 400 by default and at most half of `max_chunk_size_tokens`. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("chunk_overlap_tokens", "max_chunk_size_tokens")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("max_chunk_size_tokens", "max_chunk_size_tokens", REQUIRED, None),
            ("chunk_overlap_tokens", "chunk_overlap_tokens", REQUIRED, None),
            extra=DROP,
        )
