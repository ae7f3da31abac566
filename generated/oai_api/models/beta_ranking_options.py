from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_ranker_version_type import (
    BetaRankerVersionType,
    check_beta_ranker_version_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_hybrid_search_options import BetaHybridSearchOptions


@_attrs_define(repr=False)
class BetaRankingOptions(_OpenModel):
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
    _keys = ("hybrid_search", "ranker", "score_threshold")

    @staticmethod
    def _fields() -> Table:
        from ..models.beta_hybrid_search_options import BetaHybridSearchOptions

        return fields(
            ("ranker", "ranker", OPTIONAL, check_beta_ranker_version_type),
            ("score_threshold", "score_threshold", OPTIONAL, None),
            ("hybrid_search", "hybrid_search", OPTIONAL, BetaHybridSearchOptions),
        )
