from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.run_object_required_action_type_0_type import (
    RunObjectRequiredActionType0Type,
    check_run_object_required_action_type_0_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.run_object_required_action_type_0_submit_tool_outputs import (
        RunObjectRequiredActionType0SubmitToolOutputs,
    )


@_attrs_define(repr=False)
class RunObjectRequiredActionType0(_OpenModel):
    type_: RunObjectRequiredActionType0Type

    submit_tool_outputs: RunObjectRequiredActionType0SubmitToolOutputs

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("submit_tool_outputs", "type")
    _tags = {"type": ("submit_tool_outputs",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.run_object_required_action_type_0_submit_tool_outputs import (
            RunObjectRequiredActionType0SubmitToolOutputs,
        )

        return fields(
            ("type_", "type", REQUIRED, check_run_object_required_action_type_0_type),
            (
                "submit_tool_outputs",
                "submit_tool_outputs",
                REQUIRED,
                RunObjectRequiredActionType0SubmitToolOutputs,
            ),
        )
