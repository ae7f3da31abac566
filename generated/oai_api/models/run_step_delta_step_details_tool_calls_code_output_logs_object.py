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
from ..models.run_step_delta_step_details_tool_calls_code_output_logs_object_type import (
    RunStepDeltaStepDetailsToolCallsCodeOutputLogsObjectType,
    check_run_step_delta_step_details_tool_calls_code_output_logs_object_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject(_OpenModel):
    """Streamed text log output of a Code Interpreter call."""

    index: int

    type_: RunStepDeltaStepDetailsToolCallsCodeOutputLogsObjectType

    logs: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("index", "logs", "type")
    _tags = {"type": ("logs",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("index", "index", REQUIRED, None),
            (
                "type_",
                "type",
                REQUIRED,
                check_run_step_delta_step_details_tool_calls_code_output_logs_object_type,
            ),
            ("logs", "logs", OPTIONAL, None),
        )
