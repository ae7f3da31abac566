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
from ..models.run_step_delta_step_details_tool_calls_code_object_type import (
    RunStepDeltaStepDetailsToolCallsCodeObjectType,
    check_run_step_delta_step_details_tool_calls_code_object_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.run_step_delta_step_details_tool_calls_code_object_code_interpreter import (
        RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter,
    )


@_attrs_define(repr=False)
class RunStepDeltaStepDetailsToolCallsCodeObject(_OpenModel):
    """Streamed update to a run step's Code Interpreter call: code input and outputs."""

    index: int

    type_: RunStepDeltaStepDetailsToolCallsCodeObjectType

    id: str | None = None

    code_interpreter: (
        RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter | None
    ) = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("code_interpreter", "id", "index", "type")
    _tags = {"type": ("code_interpreter",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.run_step_delta_step_details_tool_calls_code_object_code_interpreter import (
            RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter,
        )

        return fields(
            ("index", "index", REQUIRED, None),
            (
                "type_",
                "type",
                REQUIRED,
                check_run_step_delta_step_details_tool_calls_code_object_type,
            ),
            ("id", "id", OPTIONAL, None),
            (
                "code_interpreter",
                "code_interpreter",
                OPTIONAL,
                RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter,
            ),
        )
