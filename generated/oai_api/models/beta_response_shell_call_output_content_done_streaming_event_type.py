from typing import Literal

BetaResponseShellCallOutputContentDoneStreamingEventType = Literal[
    "response.shell_call_output_content.done"
]

BETA_RESPONSE_SHELL_CALL_OUTPUT_CONTENT_DONE_STREAMING_EVENT_TYPE_VALUES: set[
    BetaResponseShellCallOutputContentDoneStreamingEventType
] = {
    "response.shell_call_output_content.done",
}


def check_beta_response_shell_call_output_content_done_streaming_event_type(
    value: str,
) -> BetaResponseShellCallOutputContentDoneStreamingEventType:
    if (
        value
        in BETA_RESPONSE_SHELL_CALL_OUTPUT_CONTENT_DONE_STREAMING_EVENT_TYPE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_SHELL_CALL_OUTPUT_CONTENT_DONE_STREAMING_EVENT_TYPE_VALUES!r}"
    )
