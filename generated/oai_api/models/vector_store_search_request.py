from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    DROP,
    OPTIONAL,
    REQUIRED,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import Model as _Model

if TYPE_CHECKING:
    from .._model import Table
    from ..models.comparison_filter import ComparisonFilter
    from ..models.compound_filter import CompoundFilter
    from ..models.vector_store_search_request_ranking_options import (
        VectorStoreSearchRequestRankingOptions,
    )


@_attrs_define(repr=False)
class VectorStoreSearchRequest(_Model):
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
    _keys = ("filters", "max_num_results", "query", "ranking_options", "rewrite_query")

    @staticmethod
    def _fields() -> Table:
        from ..models.vector_store_search_request_ranking_options import (
            VectorStoreSearchRequestRankingOptions,
        )

        return fields(
            ("query", "query", REQUIRED, one_of(str, list_of(None))),
            ("rewrite_query", "rewrite_query", OPTIONAL, None),
            ("max_num_results", "max_num_results", OPTIONAL, None),
            (
                "filters",
                "filters",
                OPTIONAL,
                one_of(
                    member("comparison_filter", "ComparisonFilter"),
                    member("compound_filter", "CompoundFilter"),
                ),
            ),
            (
                "ranking_options",
                "ranking_options",
                OPTIONAL,
                VectorStoreSearchRequestRankingOptions,
            ),
            extra=DROP,
            strict=True,
        )
