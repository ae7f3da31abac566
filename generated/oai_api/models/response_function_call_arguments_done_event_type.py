from typing import Literal

ResponseFunctionCallArgumentsDoneEventType = Literal[
    "response.function_call_arguments.done"
]

RESPONSE_FUNCTION_CALL_ARGUMENTS_DONE_EVENT_TYPE_VALUES: set[
    ResponseFunctionCallArgumentsDoneEventType
] = {
    "response.function_call_arguments.done",
}


def check_response_function_call_arguments_done_event_type(
    value: str,
) -> ResponseFunctionCallArgumentsDoneEventType:
    if value in RESPONSE_FUNCTION_CALL_ARGUMENTS_DONE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_FUNCTION_CALL_ARGUMENTS_DONE_EVENT_TYPE_VALUES!r}"
    )
