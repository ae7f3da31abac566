from typing import Literal

RunObjectRequiredActionType0Type = Literal["submit_tool_outputs"]

RUN_OBJECT_REQUIRED_ACTION_TYPE_0_TYPE_VALUES: set[RunObjectRequiredActionType0Type] = {
    "submit_tool_outputs",
}


def check_run_object_required_action_type_0_type(
    value: str,
) -> RunObjectRequiredActionType0Type:
    if value in RUN_OBJECT_REQUIRED_ACTION_TYPE_0_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_OBJECT_REQUIRED_ACTION_TYPE_0_TYPE_VALUES!r}"
    )
