from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_file_search_tool_type import (
    BetaFileSearchToolType,
    check_beta_file_search_tool_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_comparison_filter import BetaComparisonFilter
    from ..models.beta_compound_filter import BetaCompoundFilter
    from ..models.beta_ranking_options import BetaRankingOptions


@_attrs_define(repr=False)
class BetaFileSearchTool(_OpenModel):
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
    _keys = (
        "filters",
        "max_num_results",
        "ranking_options",
        "type",
        "vector_store_ids",
    )
    _tags = {"type": ("file_search",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.beta_ranking_options import BetaRankingOptions

        return fields(
            ("type_", "type", REQUIRED, check_beta_file_search_tool_type),
            ("vector_store_ids", "vector_store_ids", REQUIRED, list_of(None)),
            ("max_num_results", "max_num_results", OPTIONAL, None),
            ("ranking_options", "ranking_options", OPTIONAL, BetaRankingOptions),
            (
                "filters",
                "filters",
                OPTIONAL_OR_NULL,
                one_of(
                    member("beta_comparison_filter", "BetaComparisonFilter"),
                    member("beta_compound_filter", "BetaCompoundFilter"),
                    None,
                ),
            ),
        )
