from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vector_store_search_request_ranking_options_ranker import (
    VectorStoreSearchRequestRankingOptionsRanker,
    check_vector_store_search_request_ranking_options_ranker,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="VectorStoreSearchRequestRankingOptions")


@_attrs_define
class VectorStoreSearchRequestRankingOptions:
    """Re-ranking and minimum score for results."""

    ranker: VectorStoreSearchRequestRankingOptionsRanker | None = None
    """ Re-ranker to use: `auto` (default), `default-2024-11-15`, or `none` to skip re-ranking for lower latency.
    """
    score_threshold: float | None = None
    """ Drop results scoring below this value, 0 to 1; 0 keeps all. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_ranker = (
            self.ranker
            if self.ranker is not None or "ranker" in self._none_flips
            else UNSET
        )

        if _v_ranker is None or isinstance(_v_ranker, Unset):
            ranker = _v_ranker
        else:
            ranker: str | Unset = UNSET
            if not isinstance(_v_ranker, Unset):
                ranker = _v_ranker

        _v_score_threshold = (
            self.score_threshold
            if self.score_threshold is not None or "score_threshold" in self._none_flips
            else UNSET
        )

        score_threshold = _v_score_threshold

        field_dict: dict[str, Any] = {}

        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if ranker is not UNSET:
            field_dict["ranker"] = ranker
        if score_threshold is not UNSET:
            field_dict["score_threshold"] = score_threshold

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _ranker_raw = d.pop("ranker", UNSET)
        if _ranker_raw is None or isinstance(_ranker_raw, Unset):
            if _ranker_raw is None and strict_parsing.get():
                raise TypeError("ranker")

            if _ranker_raw is None:
                _none_flips += ("ranker",)
            ranker = None

        else:
            _ranker = _ranker_raw
            ranker: VectorStoreSearchRequestRankingOptionsRanker | Unset
            if isinstance(_ranker, Unset):
                ranker = UNSET
            else:
                ranker = check_vector_store_search_request_ranking_options_ranker(
                    _ranker
                )

        score_threshold = d.pop("score_threshold", UNSET)
        if score_threshold is None and strict_parsing.get():
            raise TypeError("score_threshold")

        if score_threshold is None or score_threshold is UNSET:
            if score_threshold is None:
                _none_flips += ("score_threshold",)
            score_threshold = None

        vector_store_search_request_ranking_options = cls(
            ranker=ranker,
            score_threshold=score_threshold,
        )
        if _none_flips:
            vector_store_search_request_ranking_options._none_flips = _none_flips

        return vector_store_search_request_ranking_options
