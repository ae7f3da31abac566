from typing import Literal

BetaResponseCustomToolCallInputDeltaEventType = Literal[
    "response.custom_tool_call_input.delta"
]

BETA_RESPONSE_CUSTOM_TOOL_CALL_INPUT_DELTA_EVENT_TYPE_VALUES: set[
    BetaResponseCustomToolCallInputDeltaEventType
] = {
    "response.custom_tool_call_input.delta",
}


def check_beta_response_custom_tool_call_input_delta_event_type(
    value: str,
) -> BetaResponseCustomToolCallInputDeltaEventType:
    if value in BETA_RESPONSE_CUSTOM_TOOL_CALL_INPUT_DELTA_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_CUSTOM_TOOL_CALL_INPUT_DELTA_EVENT_TYPE_VALUES!r}"
    )
