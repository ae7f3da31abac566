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
from ..models.run_step_delta_step_details_tool_calls_file_search_object_type import (
    RunStepDeltaStepDetailsToolCallsFileSearchObjectType,
    check_run_step_delta_step_details_tool_calls_file_search_object_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.run_step_delta_step_details_tool_calls_file_search_object_file_search import (
        RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch,
    )


@_attrs_define(repr=False)
class RunStepDeltaStepDetailsToolCallsFileSearchObject(_OpenModel):
    """Streamed change to a file search tool call within a run step."""

    index: int

    type_: RunStepDeltaStepDetailsToolCallsFileSearchObjectType

    file_search: RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch

    id: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("file_search", "id", "index", "type")
    _tags = {"type": ("file_search",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.run_step_delta_step_details_tool_calls_file_search_object_file_search import (
            RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch,
        )

        return fields(
            ("index", "index", REQUIRED, None),
            (
                "type_",
                "type",
                REQUIRED,
                check_run_step_delta_step_details_tool_calls_file_search_object_type,
            ),
            (
                "file_search",
                "file_search",
                REQUIRED,
                RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch,
            ),
            ("id", "id", OPTIONAL, None),
        )
