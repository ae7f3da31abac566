from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.run_step_details_tool_calls_file_search_object_type import (
    RunStepDetailsToolCallsFileSearchObjectType,
    check_run_step_details_tool_calls_file_search_object_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.run_step_details_tool_calls_file_search_object_file_search import (
        RunStepDetailsToolCallsFileSearchObjectFileSearch,
    )


@_attrs_define(repr=False)
class RunStepDetailsToolCallsFileSearchObject(_OpenModel):
    """A file search call made in a run step, with its ranking settings and results."""

    id: str

    type_: RunStepDetailsToolCallsFileSearchObjectType

    file_search: RunStepDetailsToolCallsFileSearchObjectFileSearch

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("file_search", "id", "type")
    _tags = {"type": ("file_search",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.run_step_details_tool_calls_file_search_object_file_search import (
            RunStepDetailsToolCallsFileSearchObjectFileSearch,
        )

        return fields(
            ("id", "id", REQUIRED, None),
            (
                "type_",
                "type",
                REQUIRED,
                check_run_step_details_tool_calls_file_search_object_type,
            ),
            (
                "file_search",
                "file_search",
                REQUIRED,
                RunStepDetailsToolCallsFileSearchObjectFileSearch,
            ),
        )
