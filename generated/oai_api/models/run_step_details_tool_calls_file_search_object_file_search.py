from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
    list_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.run_step_details_tool_calls_file_search_ranking_options_object import (
        RunStepDetailsToolCallsFileSearchRankingOptionsObject,
    )
    from ..models.run_step_details_tool_calls_file_search_result_object import (
        RunStepDetailsToolCallsFileSearchResultObject,
    )


@_attrs_define(repr=False)
class RunStepDetailsToolCallsFileSearchObjectFileSearch(_OpenModel):
    ranking_options: RunStepDetailsToolCallsFileSearchRankingOptionsObject | None = None
    """ Ranker and score threshold that the file search call used. """
    results: list[RunStepDetailsToolCallsFileSearchResultObject] | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("ranking_options", "results")

    @staticmethod
    def _fields() -> Table:
        from ..models.run_step_details_tool_calls_file_search_ranking_options_object import (
            RunStepDetailsToolCallsFileSearchRankingOptionsObject,
        )
        from ..models.run_step_details_tool_calls_file_search_result_object import (
            RunStepDetailsToolCallsFileSearchResultObject,
        )

        return fields(
            (
                "ranking_options",
                "ranking_options",
                OPTIONAL,
                RunStepDetailsToolCallsFileSearchRankingOptionsObject,
            ),
            (
                "results",
                "results",
                OPTIONAL,
                list_of(RunStepDetailsToolCallsFileSearchResultObject),
            ),
        )
