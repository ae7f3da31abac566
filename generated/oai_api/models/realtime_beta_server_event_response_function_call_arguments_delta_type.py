from typing import Literal

RealtimeBetaServerEventResponseFunctionCallArgumentsDeltaType = Literal[
    "response.function_call_arguments.delta"
]

REALTIME_BETA_SERVER_EVENT_RESPONSE_FUNCTION_CALL_ARGUMENTS_DELTA_TYPE_VALUES: set[
    RealtimeBetaServerEventResponseFunctionCallArgumentsDeltaType
] = {
    "response.function_call_arguments.delta",
}


def check_realtime_beta_server_event_response_function_call_arguments_delta_type(
    value: str,
) -> RealtimeBetaServerEventResponseFunctionCallArgumentsDeltaType:
    if (
        value
        in REALTIME_BETA_SERVER_EVENT_RESPONSE_FUNCTION_CALL_ARGUMENTS_DELTA_TYPE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_SERVER_EVENT_RESPONSE_FUNCTION_CALL_ARGUMENTS_DELTA_TYPE_VALUES!r}"
    )
