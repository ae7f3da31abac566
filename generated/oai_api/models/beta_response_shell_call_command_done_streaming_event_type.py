from typing import Literal

BetaResponseShellCallCommandDoneStreamingEventType = Literal[
    "response.shell_call_command.done"
]

BETA_RESPONSE_SHELL_CALL_COMMAND_DONE_STREAMING_EVENT_TYPE_VALUES: set[
    BetaResponseShellCallCommandDoneStreamingEventType
] = {
    "response.shell_call_command.done",
}


def check_beta_response_shell_call_command_done_streaming_event_type(
    value: str,
) -> BetaResponseShellCallCommandDoneStreamingEventType:
    if value in BETA_RESPONSE_SHELL_CALL_COMMAND_DONE_STREAMING_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_SHELL_CALL_COMMAND_DONE_STREAMING_EVENT_TYPE_VALUES!r}"
    )
