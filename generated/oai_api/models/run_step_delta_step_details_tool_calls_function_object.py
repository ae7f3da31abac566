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
from ..models.run_step_delta_step_details_tool_calls_function_object_type import (
    RunStepDeltaStepDetailsToolCallsFunctionObjectType,
    check_run_step_delta_step_details_tool_calls_function_object_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.run_step_delta_step_details_tool_calls_function_object_function import (
        RunStepDeltaStepDetailsToolCallsFunctionObjectFunction,
    )


@_attrs_define(repr=False)
class RunStepDeltaStepDetailsToolCallsFunctionObject(_OpenModel):
    """Streamed change to a function tool call within a run step."""

    index: int

    type_: RunStepDeltaStepDetailsToolCallsFunctionObjectType

    id: str | None = None

    function: RunStepDeltaStepDetailsToolCallsFunctionObjectFunction | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("function", "id", "index", "type")
    _tags = {"type": ("function",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.run_step_delta_step_details_tool_calls_function_object_function import (
            RunStepDeltaStepDetailsToolCallsFunctionObjectFunction,
        )

        return fields(
            ("index", "index", REQUIRED, None),
            (
                "type_",
                "type",
                REQUIRED,
                check_run_step_delta_step_details_tool_calls_function_object_type,
            ),
            ("id", "id", OPTIONAL, None),
            (
                "function",
                "function",
                OPTIONAL,
                RunStepDeltaStepDetailsToolCallsFunctionObjectFunction,
            ),
        )
