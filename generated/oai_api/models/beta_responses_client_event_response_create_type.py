from typing import Literal

BetaResponsesClientEventResponseCreateType = Literal["response.create"]

BETA_RESPONSES_CLIENT_EVENT_RESPONSE_CREATE_TYPE_VALUES: set[
    BetaResponsesClientEventResponseCreateType
] = {
    "response.create",
}


def check_beta_responses_client_event_response_create_type(
    value: str,
) -> BetaResponsesClientEventResponseCreateType:
    if value in BETA_RESPONSES_CLIENT_EVENT_RESPONSE_CREATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSES_CLIENT_EVENT_RESPONSE_CREATE_TYPE_VALUES!r}"
    )
