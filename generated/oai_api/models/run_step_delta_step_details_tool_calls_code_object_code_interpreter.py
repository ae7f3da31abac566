from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.run_step_delta_step_details_tool_calls_code_output_image_object import (
        RunStepDeltaStepDetailsToolCallsCodeOutputImageObject,
    )
    from ..models.run_step_delta_step_details_tool_calls_code_output_logs_object import (
        RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject,
    )


@_attrs_define(repr=False)
class RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter(_OpenModel):
    input_: str | None = None

    outputs: (
        list[
            RunStepDeltaStepDetailsToolCallsCodeOutputImageObject
            | RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject
        ]
        | None
    ) = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("input", "outputs")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("input_", "input", OPTIONAL, None),
            (
                "outputs",
                "outputs",
                OPTIONAL,
                list_of(
                    one_of(
                        member(
                            "run_step_delta_step_details_tool_calls_code_output_logs_object",
                            "RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject",
                            ("type", "logs"),
                        ),
                        member(
                            "run_step_delta_step_details_tool_calls_code_output_image_object",
                            "RunStepDeltaStepDetailsToolCallsCodeOutputImageObject",
                            ("type", "image"),
                        ),
                    )
                ),
            ),
        )
