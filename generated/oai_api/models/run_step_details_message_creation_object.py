from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.run_step_details_message_creation_object_type import (
    RunStepDetailsMessageCreationObjectType,
    check_run_step_details_message_creation_object_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.run_step_details_message_creation_object_message_creation import (
        RunStepDetailsMessageCreationObjectMessageCreation,
    )


@_attrs_define(repr=False)
class RunStepDetailsMessageCreationObject(_OpenModel):
    """Step details for a step that wrote a message, naming that message."""

    type_: RunStepDetailsMessageCreationObjectType

    message_creation: RunStepDetailsMessageCreationObjectMessageCreation

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("message_creation", "type")
    _tags = {"type": ("message_creation",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.run_step_details_message_creation_object_message_creation import (
            RunStepDetailsMessageCreationObjectMessageCreation,
        )

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_run_step_details_message_creation_object_type,
            ),
            (
                "message_creation",
                "message_creation",
                REQUIRED,
                RunStepDetailsMessageCreationObjectMessageCreation,
            ),
        )
