from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.file_search_ranker import FileSearchRanker, check_file_search_ranker

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class FileSearchRankingOptions(_OpenModel):
    """How file search ranks and filters results; without it, the `auto` ranker and a score threshold of 0 apply."""

    score_threshold: float
    """ Minimum relevance score a result needs to be kept, a float from 0 to 1. """
    ranker: FileSearchRanker | None = None
    """ Ranking algorithm for file search results: `auto` (the default) or `default_2024_08_21`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("ranker", "score_threshold")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("score_threshold", "score_threshold", REQUIRED, None),
            ("ranker", "ranker", OPTIONAL, check_file_search_ranker),
        )
