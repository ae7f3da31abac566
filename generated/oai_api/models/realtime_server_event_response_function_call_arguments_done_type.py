from typing import Literal

RealtimeServerEventResponseFunctionCallArgumentsDoneType = Literal[
    "response.function_call_arguments.done"
]

REALTIME_SERVER_EVENT_RESPONSE_FUNCTION_CALL_ARGUMENTS_DONE_TYPE_VALUES: set[
    RealtimeServerEventResponseFunctionCallArgumentsDoneType
] = {
    "response.function_call_arguments.done",
}


def check_realtime_server_event_response_function_call_arguments_done_type(
    value: str,
) -> RealtimeServerEventResponseFunctionCallArgumentsDoneType:
    if value in REALTIME_SERVER_EVENT_RESPONSE_FUNCTION_CALL_ARGUMENTS_DONE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SERVER_EVENT_RESPONSE_FUNCTION_CALL_ARGUMENTS_DONE_TYPE_VALUES!r}"
    )
