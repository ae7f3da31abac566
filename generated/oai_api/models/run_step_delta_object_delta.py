from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.run_step_delta_step_details_message_creation_object import (
        RunStepDeltaStepDetailsMessageCreationObject,
    )
    from ..models.run_step_delta_step_details_tool_calls_object import (
        RunStepDeltaStepDetailsToolCallsObject,
    )


@_attrs_define(repr=False)
class RunStepDeltaObjectDelta(_OpenModel):
    step_details: (
        RunStepDeltaStepDetailsMessageCreationObject
        | RunStepDeltaStepDetailsToolCallsObject
        | None
    ) = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("step_details",)

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "step_details",
                "step_details",
                OPTIONAL,
                one_of(
                    member(
                        "run_step_delta_step_details_message_creation_object",
                        "RunStepDeltaStepDetailsMessageCreationObject",
                        ("type", "message_creation"),
                    ),
                    member(
                        "run_step_delta_step_details_tool_calls_object",
                        "RunStepDeltaStepDetailsToolCallsObject",
                        ("type", "tool_calls"),
                    ),
                ),
            ),
        )
