from typing import Literal

BetaResponseCodeInterpreterCallCompletedEventType = Literal[
    "response.code_interpreter_call.completed"
]

BETA_RESPONSE_CODE_INTERPRETER_CALL_COMPLETED_EVENT_TYPE_VALUES: set[
    BetaResponseCodeInterpreterCallCompletedEventType
] = {
    "response.code_interpreter_call.completed",
}


def check_beta_response_code_interpreter_call_completed_event_type(
    value: str,
) -> BetaResponseCodeInterpreterCallCompletedEventType:
    if value in BETA_RESPONSE_CODE_INTERPRETER_CALL_COMPLETED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_CODE_INTERPRETER_CALL_COMPLETED_EVENT_TYPE_VALUES!r}"
    )
