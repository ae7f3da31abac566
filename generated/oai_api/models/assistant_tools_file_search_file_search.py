from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.file_search_ranking_options import FileSearchRankingOptions


T = TypeVar("T", bound="AssistantToolsFileSearchFileSearch")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, FileSearchRankingOptions
    from ..models.file_search_ranking_options import FileSearchRankingOptions

    _models_bound = True


@_attrs_define
class AssistantToolsFileSearchFileSearch:
    """Optional settings that tune how file search retrieves and ranks results."""

    max_num_results: int | None = None
    """ Upper bound on results returned, 1 to 50; defaults to 20 (`gpt-4*`) or 5 (`gpt-3.5-turbo`), and fewer may
    come back. """
    ranking_options: FileSearchRankingOptions | None = None
    """ How file search ranks and filters results; without it, the `auto` ranker and a score threshold of 0 apply.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_max_num_results = (
            self.max_num_results
            if self.max_num_results is not None or "max_num_results" in self._none_flips
            else UNSET
        )

        max_num_results = _v_max_num_results

        _v_ranking_options = (
            self.ranking_options
            if self.ranking_options is not None or "ranking_options" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_ranking_options, FileSearchRankingOptions):
            ranking_options = _v_ranking_options
        else:
            ranking_options: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_ranking_options, Unset):
                ranking_options = _v_ranking_options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if max_num_results is not UNSET:
            field_dict["max_num_results"] = max_num_results
        if ranking_options is not UNSET:
            field_dict["ranking_options"] = ranking_options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        max_num_results = d.pop("max_num_results", UNSET)
        if max_num_results is None and strict_parsing.get():
            raise TypeError("max_num_results")

        if max_num_results is None or max_num_results is UNSET:
            if max_num_results is None:
                _none_flips += ("max_num_results",)
            max_num_results = None

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
                ranking_options: FileSearchRankingOptions | Unset
                if isinstance(_ranking_options, Unset):
                    ranking_options = UNSET
                else:
                    ranking_options = FileSearchRankingOptions.from_dict(
                        _ranking_options
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                ranking_options = _ranking_options_raw

        assistant_tools_file_search_file_search = cls(
            max_num_results=max_num_results,
            ranking_options=ranking_options,
        )
        if _none_flips:
            assistant_tools_file_search_file_search._none_flips = _none_flips

        assistant_tools_file_search_file_search.additional_properties = d
        return assistant_tools_file_search_file_search

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
