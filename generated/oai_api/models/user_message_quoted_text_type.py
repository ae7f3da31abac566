from typing import Literal

UserMessageQuotedTextType = Literal["quoted_text"]

USER_MESSAGE_QUOTED_TEXT_TYPE_VALUES: set[UserMessageQuotedTextType] = {
    "quoted_text",
}


def check_user_message_quoted_text_type(value: str) -> UserMessageQuotedTextType:
    if value in USER_MESSAGE_QUOTED_TEXT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USER_MESSAGE_QUOTED_TEXT_TYPE_VALUES!r}"
    )
