from typing import Literal

ChatCompletionRequestMessageContentPartFileType = Literal["file"]

CHAT_COMPLETION_REQUEST_MESSAGE_CONTENT_PART_FILE_TYPE_VALUES: set[
    ChatCompletionRequestMessageContentPartFileType
] = {
    "file",
}


def check_chat_completion_request_message_content_part_file_type(
    value: str,
) -> ChatCompletionRequestMessageContentPartFileType:
    if value in CHAT_COMPLETION_REQUEST_MESSAGE_CONTENT_PART_FILE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_REQUEST_MESSAGE_CONTENT_PART_FILE_TYPE_VALUES!r}"
    )
