from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    DROP,
    OPTIONAL,
    fields,
)
from .._model import Model as _Model
from ..models.vector_store_search_request_ranking_options_ranker import (
    VectorStoreSearchRequestRankingOptionsRanker,
    check_vector_store_search_request_ranking_options_ranker,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class VectorStoreSearchRequestRankingOptions(_Model):
    """Re-ranking and minimum score for results."""

    ranker: VectorStoreSearchRequestRankingOptionsRanker | None = None
    """ Re-ranker to use: `auto` (default), `default-2024-11-15`, or `none` to skip re-ranking for lower latency.
    """
    score_threshold: float | None = None
    """ Drop results scoring below this value, 0 to 1; 0 keeps all. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("ranker", "score_threshold")

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "ranker",
                "ranker",
                OPTIONAL,
                check_vector_store_search_request_ranking_options_ranker,
            ),
            ("score_threshold", "score_threshold", OPTIONAL, None),
            extra=DROP,
            strict=True,
        )
