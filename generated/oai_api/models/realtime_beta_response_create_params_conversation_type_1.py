from typing import Literal

RealtimeBetaResponseCreateParamsConversationType1 = Literal["auto", "none"]

REALTIME_BETA_RESPONSE_CREATE_PARAMS_CONVERSATION_TYPE_1_VALUES: set[
    RealtimeBetaResponseCreateParamsConversationType1
] = {
    "auto",
    "none",
}


def check_realtime_beta_response_create_params_conversation_type_1(
    value: str,
) -> RealtimeBetaResponseCreateParamsConversationType1:
    if value in REALTIME_BETA_RESPONSE_CREATE_PARAMS_CONVERSATION_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_RESPONSE_CREATE_PARAMS_CONVERSATION_TYPE_1_VALUES!r}"
    )
