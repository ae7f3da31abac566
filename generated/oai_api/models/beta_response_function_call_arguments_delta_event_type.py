from typing import Literal

BetaResponseFunctionCallArgumentsDeltaEventType = Literal[
    "response.function_call_arguments.delta"
]

BETA_RESPONSE_FUNCTION_CALL_ARGUMENTS_DELTA_EVENT_TYPE_VALUES: set[
    BetaResponseFunctionCallArgumentsDeltaEventType
] = {
    "response.function_call_arguments.delta",
}


def check_beta_response_function_call_arguments_delta_event_type(
    value: str,
) -> BetaResponseFunctionCallArgumentsDeltaEventType:
    if value in BETA_RESPONSE_FUNCTION_CALL_ARGUMENTS_DELTA_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_FUNCTION_CALL_ARGUMENTS_DELTA_EVENT_TYPE_VALUES!r}"
    )
