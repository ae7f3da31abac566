from typing import Literal

CreateChatCompletionRequestWebSearchOptionsUserLocationType0Type = Literal[
    "approximate"
]

CREATE_CHAT_COMPLETION_REQUEST_WEB_SEARCH_OPTIONS_USER_LOCATION_TYPE_0_TYPE_VALUES: set[
    CreateChatCompletionRequestWebSearchOptionsUserLocationType0Type
] = {
    "approximate",
}


def check_create_chat_completion_request_web_search_options_user_location_type_0_type(
    value: str,
) -> CreateChatCompletionRequestWebSearchOptionsUserLocationType0Type:
    if (
        value
        in CREATE_CHAT_COMPLETION_REQUEST_WEB_SEARCH_OPTIONS_USER_LOCATION_TYPE_0_TYPE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CHAT_COMPLETION_REQUEST_WEB_SEARCH_OPTIONS_USER_LOCATION_TYPE_0_TYPE_VALUES!r}"
    )
