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
from ..models.run_step_delta_step_details_message_creation_object_type import (
    RunStepDeltaStepDetailsMessageCreationObjectType,
    check_run_step_delta_step_details_message_creation_object_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.run_step_delta_step_details_message_creation_object_message_creation import (
        RunStepDeltaStepDetailsMessageCreationObjectMessageCreation,
    )


@_attrs_define(repr=False)
class RunStepDeltaStepDetailsMessageCreationObject(_OpenModel):
    """Streamed change to a run step that creates a message."""

    type_: RunStepDeltaStepDetailsMessageCreationObjectType

    message_creation: (
        RunStepDeltaStepDetailsMessageCreationObjectMessageCreation | None
    ) = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("message_creation", "type")
    _tags = {"type": ("message_creation",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.run_step_delta_step_details_message_creation_object_message_creation import (
            RunStepDeltaStepDetailsMessageCreationObjectMessageCreation,
        )

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_run_step_delta_step_details_message_creation_object_type,
            ),
            (
                "message_creation",
                "message_creation",
                OPTIONAL,
                RunStepDeltaStepDetailsMessageCreationObjectMessageCreation,
            ),
        )
