from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.comparison_filter import ComparisonFilter
    from ..models.compound_filter import CompoundFilter
    from ..models.vector_store_search_request_ranking_options import (
        VectorStoreSearchRequestRankingOptions,
    )


T = TypeVar("T", bound="VectorStoreSearchRequest")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        ComparisonFilter, \
        CompoundFilter, \
        VectorStoreSearchRequestRankingOptions
    from ..models.comparison_filter import ComparisonFilter
    from ..models.compound_filter import CompoundFilter
    from ..models.vector_store_search_request_ranking_options import (
        VectorStoreSearchRequestRankingOptions,
    )

    _models_bound = True


@_attrs_define
class VectorStoreSearchRequest:
    """Body for searching a vector store."""

    query: list[str] | str
    """ Text to search for: one string or a list of strings. """
    rewrite_query: bool | None = None
    """ Let the service rephrase the query for better vector search; false by default. """
    max_num_results: int | None = None
    """ Most results to return, 1 to 50; 10 by default. """
    filters: ComparisonFilter | CompoundFilter | None = None
    """ Condition on file attributes that results must meet. """
    ranking_options: VectorStoreSearchRequestRankingOptions | None = None
    """ Re-ranking and minimum score for results. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_query = (
            self.query
            if self.query is not None or "query" not in self._none_flips
            else UNSET
        )

        if _v_query is None or isinstance(_v_query, Unset):
            query = _v_query
        else:
            query: list[str] | str
            if isinstance(_v_query, list):
                query = _v_query

            else:
                query = _v_query

        _v_rewrite_query = (
            self.rewrite_query
            if self.rewrite_query is not None or "rewrite_query" in self._none_flips
            else UNSET
        )

        rewrite_query = _v_rewrite_query

        _v_max_num_results = (
            self.max_num_results
            if self.max_num_results is not None or "max_num_results" in self._none_flips
            else UNSET
        )

        max_num_results = _v_max_num_results

        _v_filters = (
            self.filters
            if self.filters is not None or "filters" in self._none_flips
            else UNSET
        )

        if _v_filters is None or isinstance(_v_filters, Unset):
            filters = _v_filters
        else:
            filters: dict[str, Any] | Unset
            if isinstance(_v_filters, Unset):
                filters = UNSET
            elif isinstance(_v_filters, ComparisonFilter) or isinstance(
                _v_filters, CompoundFilter
            ):
                filters = _v_filters.to_dict()
            else:
                filters = _v_filters

        _v_ranking_options = (
            self.ranking_options
            if self.ranking_options is not None or "ranking_options" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_ranking_options, VectorStoreSearchRequestRankingOptions):
            ranking_options = _v_ranking_options
        else:
            ranking_options: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_ranking_options, Unset):
                ranking_options = _v_ranking_options.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                k: v
                for k, v in {
                    "query": query,
                }.items()
                if v is not UNSET
            }
        )
        if rewrite_query is not UNSET:
            field_dict["rewrite_query"] = rewrite_query
        if max_num_results is not UNSET:
            field_dict["max_num_results"] = max_num_results
        if filters is not UNSET:
            field_dict["filters"] = filters
        if ranking_options is not UNSET:
            field_dict["ranking_options"] = ranking_options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _query_raw = d.pop("query", UNSET)
        if _query_raw is None or isinstance(_query_raw, Unset):
            raise KeyError("VectorStoreSearchRequest: required field query is missing")

        else:

            def _parse_query(data: object) -> list[str] | str:

                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    query_type_1 = cast(list[str], data)

                    return query_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(list[str] | str, data)

            query = _parse_query(_query_raw)

        rewrite_query = d.pop("rewrite_query", UNSET)
        if rewrite_query is None and strict_parsing.get():
            raise TypeError("rewrite_query")

        if rewrite_query is None or rewrite_query is UNSET:
            if rewrite_query is None:
                _none_flips += ("rewrite_query",)
            rewrite_query = None

        max_num_results = d.pop("max_num_results", UNSET)
        if max_num_results is None and strict_parsing.get():
            raise TypeError("max_num_results")

        if max_num_results is None or max_num_results is UNSET:
            if max_num_results is None:
                _none_flips += ("max_num_results",)
            max_num_results = None

        _filters_raw = d.pop("filters", UNSET)
        if _filters_raw is None or isinstance(_filters_raw, Unset):
            if _filters_raw is None and strict_parsing.get():
                raise TypeError("filters")

            if _filters_raw is None:
                _none_flips += ("filters",)
            filters = None

        else:

            def _parse_filters(
                data: object,
            ) -> ComparisonFilter | CompoundFilter | Unset:
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
                    filters_type_0 = ComparisonFilter.from_dict(data)

                    return filters_type_0
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
                    filters_type_1 = CompoundFilter.from_dict(data)

                    return filters_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(ComparisonFilter | CompoundFilter | Unset, data)

            filters = _parse_filters(_filters_raw)

        _ranking_options_raw = d.pop("ranking_options", UNSET)
        if _ranking_options_raw is None or isinstance(_ranking_options_raw, Unset):
            if _ranking_options_raw is None and strict_parsing.get():
                raise TypeError("ranking_options")

            if _ranking_options_raw is None:
                _none_flips += ("ranking_options",)
            ranking_options = None

        else:
            _ranking_options = _ranking_options_raw
            ranking_options: VectorStoreSearchRequestRankingOptions | Unset
            if isinstance(_ranking_options, Unset):
                ranking_options = UNSET
            else:
                ranking_options = VectorStoreSearchRequestRankingOptions.from_dict(
                    _ranking_options
                )

        vector_store_search_request = cls(
            query=query,
            rewrite_query=rewrite_query,
            max_num_results=max_num_results,
            filters=filters,
            ranking_options=ranking_options,
        )
        if _none_flips:
            vector_store_search_request._none_flips = _none_flips

        return vector_store_search_request
