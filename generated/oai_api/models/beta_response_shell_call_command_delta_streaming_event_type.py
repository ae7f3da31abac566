from typing import Literal

BetaResponseShellCallCommandDeltaStreamingEventType = Literal[
    "response.shell_call_command.delta"
]

BETA_RESPONSE_SHELL_CALL_COMMAND_DELTA_STREAMING_EVENT_TYPE_VALUES: set[
    BetaResponseShellCallCommandDeltaStreamingEventType
] = {
    "response.shell_call_command.delta",
}


def check_beta_response_shell_call_command_delta_streaming_event_type(
    value: str,
) -> BetaResponseShellCallCommandDeltaStreamingEventType:
    if value in BETA_RESPONSE_SHELL_CALL_COMMAND_DELTA_STREAMING_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_SHELL_CALL_COMMAND_DELTA_STREAMING_EVENT_TYPE_VALUES!r}"
    )
