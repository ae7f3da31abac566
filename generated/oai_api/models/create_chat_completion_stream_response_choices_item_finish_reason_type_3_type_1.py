from typing import Literal

CreateChatCompletionStreamResponseChoicesItemFinishReasonType3Type1 = Literal[
    "content_filter", "function_call", "length", "stop", "tool_calls"
]

CREATE_CHAT_COMPLETION_STREAM_RESPONSE_CHOICES_ITEM_FINISH_REASON_TYPE_3_TYPE_1_VALUES: set[
    CreateChatCompletionStreamResponseChoicesItemFinishReasonType3Type1
] = {
    "content_filter",
    "function_call",
    "length",
    "stop",
    "tool_calls",
}


def check_create_chat_completion_stream_response_choices_item_finish_reason_type_3_type_1(
    value: str,
) -> CreateChatCompletionStreamResponseChoicesItemFinishReasonType3Type1:
    if (
        value
        in CREATE_CHAT_COMPLETION_STREAM_RESPONSE_CHOICES_ITEM_FINISH_REASON_TYPE_3_TYPE_1_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CHAT_COMPLETION_STREAM_RESPONSE_CHOICES_ITEM_FINISH_REASON_TYPE_3_TYPE_1_VALUES!r}"
    )
