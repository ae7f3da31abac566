from typing import Literal

BetaResponseCodeInterpreterCallCodeDoneEventType = Literal[
    "response.code_interpreter_call_code.done"
]

BETA_RESPONSE_CODE_INTERPRETER_CALL_CODE_DONE_EVENT_TYPE_VALUES: set[
    BetaResponseCodeInterpreterCallCodeDoneEventType
] = {
    "response.code_interpreter_call_code.done",
}


def check_beta_response_code_interpreter_call_code_done_event_type(
    value: str,
) -> BetaResponseCodeInterpreterCallCodeDoneEventType:
    if value in BETA_RESPONSE_CODE_INTERPRETER_CALL_CODE_DONE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_CODE_INTERPRETER_CALL_CODE_DONE_EVENT_TYPE_VALUES!r}"
    )
