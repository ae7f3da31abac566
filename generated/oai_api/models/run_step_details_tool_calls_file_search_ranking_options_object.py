from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.file_search_ranker import FileSearchRanker, check_file_search_ranker

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class RunStepDetailsToolCallsFileSearchRankingOptionsObject(_OpenModel):
    """Ranker and score threshold that the file search call used."""

    ranker: FileSearchRanker
    """ Ranking algorithm for file search results: `auto` (the default) or `default_2024_08_21`. """
    score_threshold: float

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("ranker", "score_threshold")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("ranker", "ranker", REQUIRED, check_file_search_ranker),
            ("score_threshold", "score_threshold", REQUIRED, None),
        )
