from typing import Literal

BetaResponseCustomToolCallInputDoneEventType = Literal[
    "response.custom_tool_call_input.done"
]

BETA_RESPONSE_CUSTOM_TOOL_CALL_INPUT_DONE_EVENT_TYPE_VALUES: set[
    BetaResponseCustomToolCallInputDoneEventType
] = {
    "response.custom_tool_call_input.done",
}


def check_beta_response_custom_tool_call_input_done_event_type(
    value: str,
) -> BetaResponseCustomToolCallInputDoneEventType:
    if value in BETA_RESPONSE_CUSTOM_TOOL_CALL_INPUT_DONE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_CUSTOM_TOOL_CALL_INPUT_DONE_EVENT_TYPE_VALUES!r}"
    )
