from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_search_ranker import FileSearchRanker, check_file_search_ranker
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="FileSearchRankingOptions")


@_attrs_define
class FileSearchRankingOptions:
    """How file search ranks and filters results; without it, the `auto` ranker and a score threshold of 0 apply."""

    score_threshold: float
    """ Minimum relevance score a result needs to be kept, a float from 0 to 1. """
    ranker: FileSearchRanker | None = None
    """ Ranking algorithm for file search results: `auto` (the default) or `default_2024_08_21`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_score_threshold = (
            self.score_threshold
            if self.score_threshold is not None
            or "score_threshold" not in self._none_flips
            else UNSET
        )

        score_threshold = _v_score_threshold

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "score_threshold": score_threshold,
                }.items()
                if v is not UNSET
            }
        )
        if ranker is not UNSET:
            field_dict["ranker"] = ranker

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        score_threshold = d.pop("score_threshold", UNSET)
        if (
            score_threshold is None or isinstance(score_threshold, Unset)
        ) and strict_parsing.get():
            raise KeyError("score_threshold")

        if score_threshold is None or score_threshold is UNSET:
            if score_threshold is UNSET:
                _none_flips += ("score_threshold",)
            score_threshold = None

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
                ranker: FileSearchRanker | Unset
                if isinstance(_ranker, Unset):
                    ranker = UNSET
                else:
                    ranker = check_file_search_ranker(_ranker)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                ranker = _ranker_raw

        file_search_ranking_options = cls(
            score_threshold=score_threshold,
            ranker=ranker,
        )
        if _none_flips:
            file_search_ranking_options._none_flips = _none_flips

        file_search_ranking_options.additional_properties = d
        return file_search_ranking_options

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
