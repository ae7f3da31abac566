from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.run_step_details_tool_calls_code_output_logs_object_type import (
    RunStepDetailsToolCallsCodeOutputLogsObjectType,
    check_run_step_details_tool_calls_code_output_logs_object_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class RunStepDetailsToolCallsCodeOutputLogsObject(_OpenModel):
    """Code interpreter output that is text written to the logs."""

    type_: RunStepDetailsToolCallsCodeOutputLogsObjectType

    logs: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("logs", "type")
    _tags = {"type": ("logs",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_run_step_details_tool_calls_code_output_logs_object_type,
            ),
            ("logs", "logs", REQUIRED, None),
        )
