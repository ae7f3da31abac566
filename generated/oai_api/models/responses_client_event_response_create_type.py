from typing import Literal

ResponsesClientEventResponseCreateType = Literal["response.create"]

RESPONSES_CLIENT_EVENT_RESPONSE_CREATE_TYPE_VALUES: set[
    ResponsesClientEventResponseCreateType
] = {
    "response.create",
}


def check_responses_client_event_response_create_type(
    value: str,
) -> ResponsesClientEventResponseCreateType:
    if value in RESPONSES_CLIENT_EVENT_RESPONSE_CREATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSES_CLIENT_EVENT_RESPONSE_CREATE_TYPE_VALUES!r}"
    )
