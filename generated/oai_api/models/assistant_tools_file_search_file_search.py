from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.file_search_ranking_options import FileSearchRankingOptions


@_attrs_define(repr=False)
class AssistantToolsFileSearchFileSearch(_OpenModel):
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
    _keys = ("max_num_results", "ranking_options")

    @staticmethod
    def _fields() -> Table:
        from ..models.file_search_ranking_options import FileSearchRankingOptions

        return fields(
            ("max_num_results", "max_num_results", OPTIONAL, None),
            ("ranking_options", "ranking_options", OPTIONAL, FileSearchRankingOptions),
        )
