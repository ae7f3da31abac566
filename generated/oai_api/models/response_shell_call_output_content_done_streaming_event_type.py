from typing import Literal

ResponseShellCallOutputContentDoneStreamingEventType = Literal[
    "response.shell_call_output_content.done"
]

RESPONSE_SHELL_CALL_OUTPUT_CONTENT_DONE_STREAMING_EVENT_TYPE_VALUES: set[
    ResponseShellCallOutputContentDoneStreamingEventType
] = {
    "response.shell_call_output_content.done",
}


def check_response_shell_call_output_content_done_streaming_event_type(
    value: str,
) -> ResponseShellCallOutputContentDoneStreamingEventType:
    if value in RESPONSE_SHELL_CALL_OUTPUT_CONTENT_DONE_STREAMING_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_SHELL_CALL_OUTPUT_CONTENT_DONE_STREAMING_EVENT_TYPE_VALUES!r}"
    )
