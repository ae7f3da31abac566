from typing import Literal

BetaResponseShellCallCommandAddedStreamingEventType = Literal[
    "response.shell_call_command.added"
]

BETA_RESPONSE_SHELL_CALL_COMMAND_ADDED_STREAMING_EVENT_TYPE_VALUES: set[
    BetaResponseShellCallCommandAddedStreamingEventType
] = {
    "response.shell_call_command.added",
}


def check_beta_response_shell_call_command_added_streaming_event_type(
    value: str,
) -> BetaResponseShellCallCommandAddedStreamingEventType:
    if value in BETA_RESPONSE_SHELL_CALL_COMMAND_ADDED_STREAMING_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_SHELL_CALL_COMMAND_ADDED_STREAMING_EVENT_TYPE_VALUES!r}"
    )
