from typing import Literal

RealtimeSessionCreateResponseMaxOutputTokensType1 = Literal["inf"]

REALTIME_SESSION_CREATE_RESPONSE_MAX_OUTPUT_TOKENS_TYPE_1_VALUES: set[
    RealtimeSessionCreateResponseMaxOutputTokensType1
] = {
    "inf",
}


def check_realtime_session_create_response_max_output_tokens_type_1(
    value: str,
) -> RealtimeSessionCreateResponseMaxOutputTokensType1:
    if value in REALTIME_SESSION_CREATE_RESPONSE_MAX_OUTPUT_TOKENS_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SESSION_CREATE_RESPONSE_MAX_OUTPUT_TOKENS_TYPE_1_VALUES!r}"
    )
