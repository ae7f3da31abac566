from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.run_step_details_tool_calls_file_search_ranking_options_object import (
        RunStepDetailsToolCallsFileSearchRankingOptionsObject,
    )
    from ..models.run_step_details_tool_calls_file_search_result_object import (
        RunStepDetailsToolCallsFileSearchResultObject,
    )


T = TypeVar("T", bound="RunStepDetailsToolCallsFileSearchObjectFileSearch")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        RunStepDetailsToolCallsFileSearchRankingOptionsObject, \
        RunStepDetailsToolCallsFileSearchResultObject
    from ..models.run_step_details_tool_calls_file_search_ranking_options_object import (
        RunStepDetailsToolCallsFileSearchRankingOptionsObject,
    )
    from ..models.run_step_details_tool_calls_file_search_result_object import (
        RunStepDetailsToolCallsFileSearchResultObject,
    )

    _models_bound = True


@_attrs_define
class RunStepDetailsToolCallsFileSearchObjectFileSearch:
    ranking_options: RunStepDetailsToolCallsFileSearchRankingOptionsObject | None = None
    """ Ranker and score threshold that the file search call used. """
    results: list[RunStepDetailsToolCallsFileSearchResultObject] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_ranking_options = (
            self.ranking_options
            if self.ranking_options is not None or "ranking_options" in self._none_flips
            else UNSET
        )

        if not isinstance(
            _v_ranking_options, RunStepDetailsToolCallsFileSearchRankingOptionsObject
        ):
            ranking_options = _v_ranking_options
        else:
            ranking_options: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_ranking_options, Unset):
                ranking_options = _v_ranking_options.to_dict()

        _v_results = (
            self.results
            if self.results is not None or "results" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_results, list):
            results = _v_results
        else:
            results: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(_v_results, Unset):
                results = []
                for results_item_data in _v_results:
                    if not isinstance(
                        results_item_data, RunStepDetailsToolCallsFileSearchResultObject
                    ):
                        results.append(results_item_data)
                        continue
                    results_item = results_item_data.to_dict()
                    results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if ranking_options is not UNSET:
            field_dict["ranking_options"] = ranking_options
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _ranking_options_raw = d.pop("ranking_options", UNSET)
        if _ranking_options_raw is None or isinstance(_ranking_options_raw, Unset):
            if _ranking_options_raw is None and strict_parsing.get():
                raise TypeError("ranking_options")

            if _ranking_options_raw is None:
                _none_flips += ("ranking_options",)
            ranking_options = None

        else:
            try:
                _ranking_options = _ranking_options_raw
                ranking_options: (
                    RunStepDetailsToolCallsFileSearchRankingOptionsObject | Unset
                )
                if isinstance(_ranking_options, Unset):
                    ranking_options = UNSET
                else:
                    ranking_options = (
                        RunStepDetailsToolCallsFileSearchRankingOptionsObject.from_dict(
                            _ranking_options
                        )
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                ranking_options = _ranking_options_raw

        _results_raw = d.pop("results", UNSET)
        if _results_raw is None or isinstance(_results_raw, Unset):
            if _results_raw is None and strict_parsing.get():
                raise TypeError("results")

            if _results_raw is None:
                _none_flips += ("results",)
            results = None

        else:
            try:
                _results = _results_raw
                results: list[RunStepDetailsToolCallsFileSearchResultObject] | Unset = (
                    UNSET
                )
                if _results is not UNSET:
                    results = []
                    if not isinstance(_results, list):
                        raise TypeError()
                    for results_item_data in _results:
                        results_item = (
                            RunStepDetailsToolCallsFileSearchResultObject.from_dict(
                                results_item_data
                            )
                        )

                        results.append(results_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                results = _results_raw

        run_step_details_tool_calls_file_search_object_file_search = cls(
            ranking_options=ranking_options,
            results=results,
        )
        if _none_flips:
            run_step_details_tool_calls_file_search_object_file_search._none_flips = (
                _none_flips
            )

        run_step_details_tool_calls_file_search_object_file_search.additional_properties = d
        return run_step_details_tool_calls_file_search_object_file_search

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
