from typing import Literal

ResponseCodeInterpreterCallCodeDoneEventType = Literal[
    "response.code_interpreter_call_code.done"
]

RESPONSE_CODE_INTERPRETER_CALL_CODE_DONE_EVENT_TYPE_VALUES: set[
    ResponseCodeInterpreterCallCodeDoneEventType
] = {
    "response.code_interpreter_call_code.done",
}


def check_response_code_interpreter_call_code_done_event_type(
    value: str,
) -> ResponseCodeInterpreterCallCodeDoneEventType:
    if value in RESPONSE_CODE_INTERPRETER_CALL_CODE_DONE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_CODE_INTERPRETER_CALL_CODE_DONE_EVENT_TYPE_VALUES!r}"
    )
