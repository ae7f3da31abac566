from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_file_search_tool_type import (
    BetaFileSearchToolType,
    check_beta_file_search_tool_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_comparison_filter import BetaComparisonFilter
    from ..models.beta_compound_filter import BetaCompoundFilter
    from ..models.beta_ranking_options import BetaRankingOptions


T = TypeVar("T", bound="BetaFileSearchTool")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, BetaComparisonFilter, BetaCompoundFilter, BetaRankingOptions
    from ..models.beta_comparison_filter import BetaComparisonFilter
    from ..models.beta_compound_filter import BetaCompoundFilter
    from ..models.beta_ranking_options import BetaRankingOptions

    _models_bound = True


@_attrs_define
class BetaFileSearchTool:
    """Search the caller's vector stores."""

    type_: BetaFileSearchToolType
    """ Fixed tag `file_search`. """
    vector_store_ids: list[str]
    """ Vector stores to search. """
    max_num_results: int | None = None
    """ Most results to return, 1 to 50. """
    ranking_options: BetaRankingOptions | None = None
    """ How file search ranks results: ranker, minimum score and hybrid-search weights. """
    filters: BetaComparisonFilter | BetaCompoundFilter | None = None
    """ Filter on file attributes. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_vector_store_ids = (
            self.vector_store_ids
            if self.vector_store_ids is not None
            or "vector_store_ids" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_vector_store_ids, list):
            vector_store_ids = _v_vector_store_ids
        else:
            vector_store_ids = _v_vector_store_ids

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

        if not isinstance(_v_ranking_options, BetaRankingOptions):
            ranking_options = _v_ranking_options
        else:
            ranking_options: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_ranking_options, Unset):
                ranking_options = _v_ranking_options.to_dict()

        _v_filters = (
            self.filters
            if self.filters is not None or "filters" in self._none_flips
            else UNSET
        )

        filters: dict[str, Any] | None | Unset
        if isinstance(_v_filters, Unset):
            filters = UNSET
        elif isinstance(_v_filters, BetaComparisonFilter) or isinstance(
            _v_filters, BetaCompoundFilter
        ):
            filters = _v_filters.to_dict()
        else:
            filters = _v_filters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "vector_store_ids": vector_store_ids,
                }.items()
                if v is not UNSET
            }
        )
        if max_num_results is not UNSET:
            field_dict["max_num_results"] = max_num_results
        if ranking_options is not UNSET:
            field_dict["ranking_options"] = ranking_options
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_beta_file_search_tool_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _vector_store_ids_raw = d.pop("vector_store_ids", UNSET)
        if _vector_store_ids_raw is None or isinstance(_vector_store_ids_raw, Unset):
            if strict_parsing.get():
                raise KeyError("vector_store_ids")

            if _vector_store_ids_raw is UNSET:
                _none_flips += ("vector_store_ids",)
            vector_store_ids = None

        else:
            try:
                vector_store_ids = cast(list[str], _vector_store_ids_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                vector_store_ids = _vector_store_ids_raw

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
                ranking_options: BetaRankingOptions | Unset
                if isinstance(_ranking_options, Unset):
                    ranking_options = UNSET
                else:
                    ranking_options = BetaRankingOptions.from_dict(_ranking_options)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                ranking_options = _ranking_options_raw

        _filters_raw = d.pop("filters", UNSET)
        if _filters_raw is None or isinstance(_filters_raw, Unset):
            if _filters_raw is None:
                _none_flips += ("filters",)
            filters = None

        else:
            try:

                def _parse_filters(
                    data: object,
                ) -> BetaComparisonFilter | BetaCompoundFilter | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    if not strict_parsing.get():
                        strictly = strict_parsing.set(True)
                        try:
                            return _parse_filters(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        finally:
                            strict_parsing.reset(strictly)
                    if isinstance(data, dict):
                        _fits = (
                            len(
                                {
                                    "key",
                                    "type",
                                    "value",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "filters",
                                    "type",
                                }.intersection(data)
                            ),
                        )
                    else:
                        _fits = (
                            0,
                            0,
                        )
                    _most = max(_fits)
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "eq") not in (
                            "eq",
                            "ne",
                            "gt",
                            "gte",
                            "lt",
                            "lte",
                            "in",
                            "nin",
                        ):
                            raise TypeError()
                        if _fits[0] < _most:
                            raise TypeError()
                        componentsschemas_beta_filters_type_0 = (
                            BetaComparisonFilter.from_dict(data)
                        )

                        return componentsschemas_beta_filters_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "and") not in (
                            "and",
                            "or",
                        ):
                            raise TypeError()
                        if _fits[1] < _most:
                            raise TypeError()
                        componentsschemas_beta_filters_type_1 = (
                            BetaCompoundFilter.from_dict(data)
                        )

                        return componentsschemas_beta_filters_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        BetaComparisonFilter | BetaCompoundFilter | None | Unset, data
                    )

                filters = _parse_filters(_filters_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                filters = _filters_raw

        beta_file_search_tool = cls(
            type_=type_,
            vector_store_ids=vector_store_ids,
            max_num_results=max_num_results,
            ranking_options=ranking_options,
            filters=filters,
        )
        if _none_flips:
            beta_file_search_tool._none_flips = _none_flips

        beta_file_search_tool.additional_properties = d
        return beta_file_search_tool

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
