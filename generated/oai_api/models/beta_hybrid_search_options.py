from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="BetaHybridSearchOptions")


@_attrs_define
class BetaHybridSearchOptions:
    """Weights of semantic and keyword matching in hybrid file search."""

    embedding_weight: float
    """ Weight of semantic (embedding) matches. """
    text_weight: float
    """ Weight of keyword matches. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_embedding_weight = (
            self.embedding_weight
            if self.embedding_weight is not None
            or "embedding_weight" not in self._none_flips
            else UNSET
        )

        embedding_weight = _v_embedding_weight

        _v_text_weight = (
            self.text_weight
            if self.text_weight is not None or "text_weight" not in self._none_flips
            else UNSET
        )

        text_weight = _v_text_weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "embedding_weight": embedding_weight,
                    "text_weight": text_weight,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        embedding_weight = d.pop("embedding_weight", UNSET)
        if (
            embedding_weight is None or isinstance(embedding_weight, Unset)
        ) and strict_parsing.get():
            raise KeyError("embedding_weight")

        if embedding_weight is None or embedding_weight is UNSET:
            if embedding_weight is UNSET:
                _none_flips += ("embedding_weight",)
            embedding_weight = None

        text_weight = d.pop("text_weight", UNSET)
        if (
            text_weight is None or isinstance(text_weight, Unset)
        ) and strict_parsing.get():
            raise KeyError("text_weight")

        if text_weight is None or text_weight is UNSET:
            if text_weight is UNSET:
                _none_flips += ("text_weight",)
            text_weight = None

        beta_hybrid_search_options = cls(
            embedding_weight=embedding_weight,
            text_weight=text_weight,
        )
        if _none_flips:
            beta_hybrid_search_options._none_flips = _none_flips

        beta_hybrid_search_options.additional_properties = d
        return beta_hybrid_search_options

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
