from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.ranker_version_type import RankerVersionType, check_ranker_version_type

if TYPE_CHECKING:
    from .._model import Table
    from ..models.hybrid_search_options import HybridSearchOptions


@_attrs_define(repr=False)
class RankingOptions(_OpenModel):
    """How file search ranks its results."""

    ranker: RankerVersionType | None = None
    """ Ranker used by file search. """
    score_threshold: float | None = None
    """ Minimum score (0-1) of a returned result. """
    hybrid_search: HybridSearchOptions | None = None
    """ Weights of semantic and keyword matching in hybrid file search. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("hybrid_search", "ranker", "score_threshold")

    @staticmethod
    def _fields() -> Table:
        from ..models.hybrid_search_options import HybridSearchOptions

        return fields(
            ("ranker", "ranker", OPTIONAL, check_ranker_version_type),
            ("score_threshold", "score_threshold", OPTIONAL, None),
            ("hybrid_search", "hybrid_search", OPTIONAL, HybridSearchOptions),
        )
