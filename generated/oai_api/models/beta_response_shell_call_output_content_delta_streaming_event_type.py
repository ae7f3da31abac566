from typing import Literal

BetaResponseShellCallOutputContentDeltaStreamingEventType = Literal[
    "response.shell_call_output_content.delta"
]

BETA_RESPONSE_SHELL_CALL_OUTPUT_CONTENT_DELTA_STREAMING_EVENT_TYPE_VALUES: set[
    BetaResponseShellCallOutputContentDeltaStreamingEventType
] = {
    "response.shell_call_output_content.delta",
}


def check_beta_response_shell_call_output_content_delta_streaming_event_type(
    value: str,
) -> BetaResponseShellCallOutputContentDeltaStreamingEventType:
    if (
        value
        in BETA_RESPONSE_SHELL_CALL_OUTPUT_CONTENT_DELTA_STREAMING_EVENT_TYPE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_SHELL_CALL_OUTPUT_CONTENT_DELTA_STREAMING_EVENT_TYPE_VALUES!r}"
    )
