from typing import Literal

ResponseCodeInterpreterCallCompletedEventType = Literal[
    "response.code_interpreter_call.completed"
]

RESPONSE_CODE_INTERPRETER_CALL_COMPLETED_EVENT_TYPE_VALUES: set[
    ResponseCodeInterpreterCallCompletedEventType
] = {
    "response.code_interpreter_call.completed",
}


def check_response_code_interpreter_call_completed_event_type(
    value: str,
) -> ResponseCodeInterpreterCallCompletedEventType:
    if value in RESPONSE_CODE_INTERPRETER_CALL_COMPLETED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_CODE_INTERPRETER_CALL_COMPLETED_EVENT_TYPE_VALUES!r}"
    )
