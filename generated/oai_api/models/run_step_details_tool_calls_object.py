from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.run_step_details_tool_calls_object_type import (
    RunStepDetailsToolCallsObjectType,
    check_run_step_details_tool_calls_object_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.run_step_details_tool_calls_code_object import (
        RunStepDetailsToolCallsCodeObject,
    )
    from ..models.run_step_details_tool_calls_file_search_object import (
        RunStepDetailsToolCallsFileSearchObject,
    )
    from ..models.run_step_details_tool_calls_function_object import (
        RunStepDetailsToolCallsFunctionObject,
    )


@_attrs_define(repr=False)
class RunStepDetailsToolCallsObject(_OpenModel):
    """Step details for a step that called tools, listing each call."""

    type_: RunStepDetailsToolCallsObjectType

    tool_calls: list[
        RunStepDetailsToolCallsCodeObject
        | RunStepDetailsToolCallsFileSearchObject
        | RunStepDetailsToolCallsFunctionObject
    ]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("tool_calls", "type")
    _tags = {"type": ("tool_calls",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_run_step_details_tool_calls_object_type),
            (
                "tool_calls",
                "tool_calls",
                REQUIRED,
                list_of(
                    one_of(
                        member(
                            "run_step_details_tool_calls_code_object",
                            "RunStepDetailsToolCallsCodeObject",
                            ("type", "code_interpreter"),
                        ),
                        member(
                            "run_step_details_tool_calls_file_search_object",
                            "RunStepDetailsToolCallsFileSearchObject",
                            ("type", "file_search"),
                        ),
                        member(
                            "run_step_details_tool_calls_function_object",
                            "RunStepDetailsToolCallsFunctionObject",
                            ("type", "function"),
                        ),
                    )
                ),
            ),
        )
