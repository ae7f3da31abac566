from typing import Literal

RunToolCallObjectType = Literal["function"]

RUN_TOOL_CALL_OBJECT_TYPE_VALUES: set[RunToolCallObjectType] = {
    "function",
}


def check_run_tool_call_object_type(value: str) -> RunToolCallObjectType:
    if value in RUN_TOOL_CALL_OBJECT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_TOOL_CALL_OBJECT_TYPE_VALUES!r}"
    )
