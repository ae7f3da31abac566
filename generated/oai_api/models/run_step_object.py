from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.run_step_object_object import (
    RunStepObjectObject,
    check_run_step_object_object,
)
from ..models.run_step_object_status import (
    RunStepObjectStatus,
    check_run_step_object_status,
)
from ..models.run_step_object_type import RunStepObjectType, check_run_step_object_type

if TYPE_CHECKING:
    from .._model import Table
    from ..models.metadata_type_0 import MetadataType0
    from ..models.run_step_completion_usage_type_0 import RunStepCompletionUsageType0
    from ..models.run_step_details_message_creation_object import (
        RunStepDetailsMessageCreationObject,
    )
    from ..models.run_step_details_tool_calls_object import (
        RunStepDetailsToolCallsObject,
    )
    from ..models.run_step_object_last_error_type_0 import RunStepObjectLastErrorType0


@_attrs_define(repr=False)
class RunStepObject(_OpenModel):
    """One step of a run, either creating a message or calling tools, with its status and usage."""

    id: str

    object_: RunStepObjectObject

    created_at: int

    assistant_id: str

    thread_id: str

    run_id: str

    type_: RunStepObjectType

    status: RunStepObjectStatus

    step_details: RunStepDetailsMessageCreationObject | RunStepDetailsToolCallsObject

    last_error: None | RunStepObjectLastErrorType0

    expired_at: int | None

    cancelled_at: int | None

    failed_at: int | None

    completed_at: int | None

    metadata: MetadataType0 | None
    """ Up to 16 string key/value tags attached to an object. """
    usage: None | RunStepCompletionUsageType0
    """ Token counts (prompt, completion, total) for one run step; None while the step is `in_progress`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "assistant_id",
        "cancelled_at",
        "completed_at",
        "created_at",
        "expired_at",
        "failed_at",
        "id",
        "last_error",
        "metadata",
        "object",
        "run_id",
        "status",
        "step_details",
        "thread_id",
        "type",
        "usage",
    )
    _tags = {"type": ("message_creation", "tool_calls"), "object": ("thread.run.step",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("id", "id", REQUIRED, None),
            ("object_", "object", REQUIRED, check_run_step_object_object),
            ("created_at", "created_at", REQUIRED, None),
            ("assistant_id", "assistant_id", REQUIRED, None),
            ("thread_id", "thread_id", REQUIRED, None),
            ("run_id", "run_id", REQUIRED, None),
            ("type_", "type", REQUIRED, check_run_step_object_type),
            ("status", "status", REQUIRED, check_run_step_object_status),
            (
                "step_details",
                "step_details",
                REQUIRED,
                one_of(
                    member(
                        "run_step_details_message_creation_object",
                        "RunStepDetailsMessageCreationObject",
                        ("type", "message_creation"),
                    ),
                    member(
                        "run_step_details_tool_calls_object",
                        "RunStepDetailsToolCallsObject",
                        ("type", "tool_calls"),
                    ),
                ),
            ),
            (
                "last_error",
                "last_error",
                REQUIRED_OR_NULL,
                one_of(
                    member(
                        "run_step_object_last_error_type_0",
                        "RunStepObjectLastErrorType0",
                    ),
                    None,
                ),
            ),
            ("expired_at", "expired_at", REQUIRED_OR_NULL, one_of(int, None)),
            ("cancelled_at", "cancelled_at", REQUIRED_OR_NULL, one_of(int, None)),
            ("failed_at", "failed_at", REQUIRED_OR_NULL, one_of(int, None)),
            ("completed_at", "completed_at", REQUIRED_OR_NULL, one_of(int, None)),
            (
                "metadata",
                "metadata",
                REQUIRED_OR_NULL,
                one_of(member("metadata_type_0", "MetadataType0"), None),
            ),
            (
                "usage",
                "usage",
                REQUIRED_OR_NULL,
                one_of(
                    member(
                        "run_step_completion_usage_type_0",
                        "RunStepCompletionUsageType0",
                    ),
                    None,
                ),
            ),
        )
