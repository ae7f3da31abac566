from typing import Literal

BetaResponseCodeInterpreterCallInProgressEventType = Literal[
    "response.code_interpreter_call.in_progress"
]

BETA_RESPONSE_CODE_INTERPRETER_CALL_IN_PROGRESS_EVENT_TYPE_VALUES: set[
    BetaResponseCodeInterpreterCallInProgressEventType
] = {
    "response.code_interpreter_call.in_progress",
}


def check_beta_response_code_interpreter_call_in_progress_event_type(
    value: str,
) -> BetaResponseCodeInterpreterCallInProgressEventType:
    if value in BETA_RESPONSE_CODE_INTERPRETER_CALL_IN_PROGRESS_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_CODE_INTERPRETER_CALL_IN_PROGRESS_EVENT_TYPE_VALUES!r}"
    )
