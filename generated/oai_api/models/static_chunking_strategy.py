from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="StaticChunkingStrategy")


@_attrs_define
class StaticChunkingStrategy:
    """Fixed chunk size and overlap, both in tokens."""

    max_chunk_size_tokens: int
    """ Largest chunk in tokens, 100 to 4096; 800 by default. """
    chunk_overlap_tokens: int
    """ Tokens shared by consecutive chunks; 400 by default and at most half of `max_chunk_size_tokens`. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_max_chunk_size_tokens = (
            self.max_chunk_size_tokens
            if self.max_chunk_size_tokens is not None
            or "max_chunk_size_tokens" not in self._none_flips
            else UNSET
        )

        max_chunk_size_tokens = _v_max_chunk_size_tokens

        _v_chunk_overlap_tokens = (
            self.chunk_overlap_tokens
            if self.chunk_overlap_tokens is not None
            or "chunk_overlap_tokens" not in self._none_flips
            else UNSET
        )

        chunk_overlap_tokens = _v_chunk_overlap_tokens

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                k: v
                for k, v in {
                    "max_chunk_size_tokens": max_chunk_size_tokens,
                    "chunk_overlap_tokens": chunk_overlap_tokens,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        max_chunk_size_tokens = d.pop("max_chunk_size_tokens", UNSET)
        if (
            max_chunk_size_tokens is None or isinstance(max_chunk_size_tokens, Unset)
        ) and strict_parsing.get():
            raise KeyError("max_chunk_size_tokens")

        if max_chunk_size_tokens is None or max_chunk_size_tokens is UNSET:
            if max_chunk_size_tokens is UNSET:
                _none_flips += ("max_chunk_size_tokens",)
            max_chunk_size_tokens = None

        chunk_overlap_tokens = d.pop("chunk_overlap_tokens", UNSET)
        if (
            chunk_overlap_tokens is None or isinstance(chunk_overlap_tokens, Unset)
        ) and strict_parsing.get():
            raise KeyError("chunk_overlap_tokens")

        if chunk_overlap_tokens is None or chunk_overlap_tokens is UNSET:
            if chunk_overlap_tokens is UNSET:
                _none_flips += ("chunk_overlap_tokens",)
            chunk_overlap_tokens = None

        static_chunking_strategy = cls(
            max_chunk_size_tokens=max_chunk_size_tokens,
            chunk_overlap_tokens=chunk_overlap_tokens,
        )
        if _none_flips:
            static_chunking_strategy._none_flips = _none_flips

        return static_chunking_strategy
