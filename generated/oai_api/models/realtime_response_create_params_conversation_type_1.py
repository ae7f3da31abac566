from typing import Literal

RealtimeResponseCreateParamsConversationType1 = Literal["auto", "none"]

REALTIME_RESPONSE_CREATE_PARAMS_CONVERSATION_TYPE_1_VALUES: set[
    RealtimeResponseCreateParamsConversationType1
] = {
    "auto",
    "none",
}


def check_realtime_response_create_params_conversation_type_1(
    value: str,
) -> RealtimeResponseCreateParamsConversationType1:
    if value in REALTIME_RESPONSE_CREATE_PARAMS_CONVERSATION_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_RESPONSE_CREATE_PARAMS_CONVERSATION_TYPE_1_VALUES!r}"
    )
