from typing import Literal

RealtimeServerEventResponseFunctionCallArgumentsDeltaType = Literal[
    "response.function_call_arguments.delta"
]

REALTIME_SERVER_EVENT_RESPONSE_FUNCTION_CALL_ARGUMENTS_DELTA_TYPE_VALUES: set[
    RealtimeServerEventResponseFunctionCallArgumentsDeltaType
] = {
    "response.function_call_arguments.delta",
}


def check_realtime_server_event_response_function_call_arguments_delta_type(
    value: str,
) -> RealtimeServerEventResponseFunctionCallArgumentsDeltaType:
    if (
        value
        in REALTIME_SERVER_EVENT_RESPONSE_FUNCTION_CALL_ARGUMENTS_DELTA_TYPE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SERVER_EVENT_RESPONSE_FUNCTION_CALL_ARGUMENTS_DELTA_TYPE_VALUES!r}"
    )
