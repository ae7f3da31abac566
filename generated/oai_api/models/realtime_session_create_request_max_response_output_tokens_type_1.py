from typing import Literal

RealtimeSessionCreateRequestMaxResponseOutputTokensType1 = Literal["inf"]

REALTIME_SESSION_CREATE_REQUEST_MAX_RESPONSE_OUTPUT_TOKENS_TYPE_1_VALUES: set[
    RealtimeSessionCreateRequestMaxResponseOutputTokensType1
] = {
    "inf",
}


def check_realtime_session_create_request_max_response_output_tokens_type_1(
    value: str,
) -> RealtimeSessionCreateRequestMaxResponseOutputTokensType1:
    if (
        value
        in REALTIME_SESSION_CREATE_REQUEST_MAX_RESPONSE_OUTPUT_TOKENS_TYPE_1_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SESSION_CREATE_REQUEST_MAX_RESPONSE_OUTPUT_TOKENS_TYPE_1_VALUES!r}"
    )
