from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.run_step_details_tool_calls_function_object_type import (
    RunStepDetailsToolCallsFunctionObjectType,
    check_run_step_details_tool_calls_function_object_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.run_step_details_tool_calls_function_object_function import (
        RunStepDetailsToolCallsFunctionObjectFunction,
    )


@_attrs_define(repr=False)
class RunStepDetailsToolCallsFunctionObject(_OpenModel):
    """A function call made in a run step: name, arguments and, once submitted, its output."""

    id: str

    type_: RunStepDetailsToolCallsFunctionObjectType

    function: RunStepDetailsToolCallsFunctionObjectFunction

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("function", "id", "type")
    _tags = {"type": ("function",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.run_step_details_tool_calls_function_object_function import (
            RunStepDetailsToolCallsFunctionObjectFunction,
        )

        return fields(
            ("id", "id", REQUIRED, None),
            (
                "type_",
                "type",
                REQUIRED,
                check_run_step_details_tool_calls_function_object_type,
            ),
            (
                "function",
                "function",
                REQUIRED,
                RunStepDetailsToolCallsFunctionObjectFunction,
            ),
        )
