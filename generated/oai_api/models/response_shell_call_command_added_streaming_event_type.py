from typing import Literal

ResponseShellCallCommandAddedStreamingEventType = Literal[
    "response.shell_call_command.added"
]

RESPONSE_SHELL_CALL_COMMAND_ADDED_STREAMING_EVENT_TYPE_VALUES: set[
    ResponseShellCallCommandAddedStreamingEventType
] = {
    "response.shell_call_command.added",
}


def check_response_shell_call_command_added_streaming_event_type(
    value: str,
) -> ResponseShellCallCommandAddedStreamingEventType:
    if value in RESPONSE_SHELL_CALL_COMMAND_ADDED_STREAMING_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_SHELL_CALL_COMMAND_ADDED_STREAMING_EVENT_TYPE_VALUES!r}"
    )
