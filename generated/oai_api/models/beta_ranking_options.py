from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_ranker_version_type import (
    BetaRankerVersionType,
    check_beta_ranker_version_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_hybrid_search_options import BetaHybridSearchOptions


T = TypeVar("T", bound="BetaRankingOptions")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, BetaHybridSearchOptions
    from ..models.beta_hybrid_search_options import BetaHybridSearchOptions

    _models_bound = True


@_attrs_define
class BetaRankingOptions:
    """How file search ranks results: ranker, minimum score and hybrid-search weights."""

    ranker: BetaRankerVersionType | None = None
    """ File search ranker: `auto` or `default-2024-11-15`. """
    score_threshold: float | None = None
    """ Minimum relevance score, 0 to 1; higher values return fewer but more relevant results. """
    hybrid_search: BetaHybridSearchOptions | None = None
    """ Weights of semantic and keyword matching in hybrid file search. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
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

        _v_hybrid_search = (
            self.hybrid_search
            if self.hybrid_search is not None or "hybrid_search" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_hybrid_search, BetaHybridSearchOptions):
            hybrid_search = _v_hybrid_search
        else:
            hybrid_search: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_hybrid_search, Unset):
                hybrid_search = _v_hybrid_search.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if ranker is not UNSET:
            field_dict["ranker"] = ranker
        if score_threshold is not UNSET:
            field_dict["score_threshold"] = score_threshold
        if hybrid_search is not UNSET:
            field_dict["hybrid_search"] = hybrid_search

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
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
            try:
                _ranker = _ranker_raw
                ranker: BetaRankerVersionType | Unset
                if isinstance(_ranker, Unset):
                    ranker = UNSET
                else:
                    ranker = check_beta_ranker_version_type(_ranker)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                ranker = _ranker_raw

        score_threshold = d.pop("score_threshold", UNSET)
        if score_threshold is None and strict_parsing.get():
            raise TypeError("score_threshold")

        if score_threshold is None or score_threshold is UNSET:
            if score_threshold is None:
                _none_flips += ("score_threshold",)
            score_threshold = None

        _hybrid_search_raw = d.pop("hybrid_search", UNSET)
        if _hybrid_search_raw is None or isinstance(_hybrid_search_raw, Unset):
            if _hybrid_search_raw is None and strict_parsing.get():
                raise TypeError("hybrid_search")

            if _hybrid_search_raw is None:
                _none_flips += ("hybrid_search",)
            hybrid_search = None

        else:
            try:
                _hybrid_search = _hybrid_search_raw
                hybrid_search: BetaHybridSearchOptions | Unset
                if isinstance(_hybrid_search, Unset):
                    hybrid_search = UNSET
                else:
                    hybrid_search = BetaHybridSearchOptions.from_dict(_hybrid_search)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                hybrid_search = _hybrid_search_raw

        beta_ranking_options = cls(
            ranker=ranker,
            score_threshold=score_threshold,
            hybrid_search=hybrid_search,
        )
        if _none_flips:
            beta_ranking_options._none_flips = _none_flips

        beta_ranking_options.additional_properties = d
        return beta_ranking_options

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
