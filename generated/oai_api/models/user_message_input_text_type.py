from typing import Literal

UserMessageInputTextType = Literal["input_text"]

USER_MESSAGE_INPUT_TEXT_TYPE_VALUES: set[UserMessageInputTextType] = {
    "input_text",
}


def check_user_message_input_text_type(value: str) -> UserMessageInputTextType:
    if value in USER_MESSAGE_INPUT_TEXT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USER_MESSAGE_INPUT_TEXT_TYPE_VALUES!r}"
    )
