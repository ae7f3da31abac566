from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
    list_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.run_step_details_tool_calls_file_search_result_object_content_item import (
        RunStepDetailsToolCallsFileSearchResultObjectContentItem,
    )


@_attrs_define(repr=False)
class RunStepDetailsToolCallsFileSearchResultObject(_OpenModel):
    """One file search hit: the file, its relevance score and, if requested, the matched content."""

    file_id: str

    file_name: str

    score: float

    content: list[RunStepDetailsToolCallsFileSearchResultObjectContentItem] | None = (
        None
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("content", "file_id", "file_name", "score")

    @staticmethod
    def _fields() -> Table:
        from ..models.run_step_details_tool_calls_file_search_result_object_content_item import (
            RunStepDetailsToolCallsFileSearchResultObjectContentItem,
        )

        return fields(
            ("file_id", "file_id", REQUIRED, None),
            ("file_name", "file_name", REQUIRED, None),
            ("score", "score", REQUIRED, None),
            (
                "content",
                "content",
                OPTIONAL,
                list_of(RunStepDetailsToolCallsFileSearchResultObjectContentItem),
            ),
        )
