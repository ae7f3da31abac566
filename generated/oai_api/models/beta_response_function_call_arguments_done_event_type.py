from typing import Literal

BetaResponseFunctionCallArgumentsDoneEventType = Literal[
    "response.function_call_arguments.done"
]

BETA_RESPONSE_FUNCTION_CALL_ARGUMENTS_DONE_EVENT_TYPE_VALUES: set[
    BetaResponseFunctionCallArgumentsDoneEventType
] = {
    "response.function_call_arguments.done",
}


def check_beta_response_function_call_arguments_done_event_type(
    value: str,
) -> BetaResponseFunctionCallArgumentsDoneEventType:
    if value in BETA_RESPONSE_FUNCTION_CALL_ARGUMENTS_DONE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_FUNCTION_CALL_ARGUMENTS_DONE_EVENT_TYPE_VALUES!r}"
    )
