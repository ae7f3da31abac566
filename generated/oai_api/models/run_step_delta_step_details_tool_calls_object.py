from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.run_step_delta_step_details_tool_calls_object_type import (
    RunStepDeltaStepDetailsToolCallsObjectType,
    check_run_step_delta_step_details_tool_calls_object_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.run_step_delta_step_details_tool_calls_code_object import (
        RunStepDeltaStepDetailsToolCallsCodeObject,
    )
    from ..models.run_step_delta_step_details_tool_calls_file_search_object import (
        RunStepDeltaStepDetailsToolCallsFileSearchObject,
    )
    from ..models.run_step_delta_step_details_tool_calls_function_object import (
        RunStepDeltaStepDetailsToolCallsFunctionObject,
    )


@_attrs_define(repr=False)
class RunStepDeltaStepDetailsToolCallsObject(_OpenModel):
    """Streamed change to the tool calls of a run step."""

    type_: RunStepDeltaStepDetailsToolCallsObjectType

    tool_calls: (
        list[
            RunStepDeltaStepDetailsToolCallsCodeObject
            | RunStepDeltaStepDetailsToolCallsFileSearchObject
            | RunStepDeltaStepDetailsToolCallsFunctionObject
        ]
        | None
    ) = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("tool_calls", "type")
    _tags = {"type": ("tool_calls",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_run_step_delta_step_details_tool_calls_object_type,
            ),
            (
                "tool_calls",
                "tool_calls",
                OPTIONAL,
                list_of(
                    one_of(
                        member(
                            "run_step_delta_step_details_tool_calls_code_object",
                            "RunStepDeltaStepDetailsToolCallsCodeObject",
                            ("type", "code_interpreter"),
                        ),
                        member(
                            "run_step_delta_step_details_tool_calls_file_search_object",
                            "RunStepDeltaStepDetailsToolCallsFileSearchObject",
                            ("type", "file_search"),
                        ),
                        member(
                            "run_step_delta_step_details_tool_calls_function_object",
                            "RunStepDeltaStepDetailsToolCallsFunctionObject",
                            ("type", "function"),
                        ),
                    )
                ),
            ),
        )
