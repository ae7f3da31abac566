from typing import Literal

BetaResponseCodeInterpreterCallCodeDeltaEventType = Literal[
    "response.code_interpreter_call_code.delta"
]

BETA_RESPONSE_CODE_INTERPRETER_CALL_CODE_DELTA_EVENT_TYPE_VALUES: set[
    BetaResponseCodeInterpreterCallCodeDeltaEventType
] = {
    "response.code_interpreter_call_code.delta",
}


def check_beta_response_code_interpreter_call_code_delta_event_type(
    value: str,
) -> BetaResponseCodeInterpreterCallCodeDeltaEventType:
    if value in BETA_RESPONSE_CODE_INTERPRETER_CALL_CODE_DELTA_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_CODE_INTERPRETER_CALL_CODE_DELTA_EVENT_TYPE_VALUES!r}"
    )
