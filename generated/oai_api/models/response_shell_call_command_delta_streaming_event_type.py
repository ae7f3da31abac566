from typing import Literal

ResponseShellCallCommandDeltaStreamingEventType = Literal[
    "response.shell_call_command.delta"
]

RESPONSE_SHELL_CALL_COMMAND_DELTA_STREAMING_EVENT_TYPE_VALUES: set[
    ResponseShellCallCommandDeltaStreamingEventType
] = {
    "response.shell_call_command.delta",
}


def check_response_shell_call_command_delta_streaming_event_type(
    value: str,
) -> ResponseShellCallCommandDeltaStreamingEventType:
    if value in RESPONSE_SHELL_CALL_COMMAND_DELTA_STREAMING_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_SHELL_CALL_COMMAND_DELTA_STREAMING_EVENT_TYPE_VALUES!r}"
    )
