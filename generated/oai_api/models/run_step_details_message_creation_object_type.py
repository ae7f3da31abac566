from typing import Literal

RunStepDetailsMessageCreationObjectType = Literal["message_creation"]

RUN_STEP_DETAILS_MESSAGE_CREATION_OBJECT_TYPE_VALUES: set[
    RunStepDetailsMessageCreationObjectType
] = {
    "message_creation",
}


def check_run_step_details_message_creation_object_type(
    value: str,
) -> RunStepDetailsMessageCreationObjectType:
    if value in RUN_STEP_DETAILS_MESSAGE_CREATION_OBJECT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_STEP_DETAILS_MESSAGE_CREATION_OBJECT_TYPE_VALUES!r}"
    )
