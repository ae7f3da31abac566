from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.run_step_details_tool_calls_code_object_type import (
    RunStepDetailsToolCallsCodeObjectType,
    check_run_step_details_tool_calls_code_object_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.run_step_details_tool_calls_code_object_code_interpreter import (
        RunStepDetailsToolCallsCodeObjectCodeInterpreter,
    )


@_attrs_define(repr=False)
class RunStepDetailsToolCallsCodeObject(_OpenModel):
    """A code interpreter call made in a run step: the code it ran and what it produced."""

    id: str

    type_: RunStepDetailsToolCallsCodeObjectType

    code_interpreter: RunStepDetailsToolCallsCodeObjectCodeInterpreter

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("code_interpreter", "id", "type")
    _tags = {"type": ("code_interpreter",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.run_step_details_tool_calls_code_object_code_interpreter import (
            RunStepDetailsToolCallsCodeObjectCodeInterpreter,
        )

        return fields(
            ("id", "id", REQUIRED, None),
            (
                "type_",
                "type",
                REQUIRED,
                check_run_step_details_tool_calls_code_object_type,
            ),
            (
                "code_interpreter",
                "code_interpreter",
                REQUIRED,
                RunStepDetailsToolCallsCodeObjectCodeInterpreter,
            ),
        )
