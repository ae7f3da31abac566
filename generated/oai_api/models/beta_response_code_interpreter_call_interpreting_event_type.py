from typing import Literal

BetaResponseCodeInterpreterCallInterpretingEventType = Literal[
    "response.code_interpreter_call.interpreting"
]

BETA_RESPONSE_CODE_INTERPRETER_CALL_INTERPRETING_EVENT_TYPE_VALUES: set[
    BetaResponseCodeInterpreterCallInterpretingEventType
] = {
    "response.code_interpreter_call.interpreting",
}


def check_beta_response_code_interpreter_call_interpreting_event_type(
    value: str,
) -> BetaResponseCodeInterpreterCallInterpretingEventType:
    if value in BETA_RESPONSE_CODE_INTERPRETER_CALL_INTERPRETING_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_CODE_INTERPRETER_CALL_INTERPRETING_EVENT_TYPE_VALUES!r}"
    )
