from typing import Literal

FineTuneChatCompletionRequestAssistantMessageWeight = Literal[0, 1]

FINE_TUNE_CHAT_COMPLETION_REQUEST_ASSISTANT_MESSAGE_WEIGHT_VALUES: set[
    FineTuneChatCompletionRequestAssistantMessageWeight
] = {
    0,
    1,
}


def check_fine_tune_chat_completion_request_assistant_message_weight(
    value: int,
) -> FineTuneChatCompletionRequestAssistantMessageWeight:
    if value in FINE_TUNE_CHAT_COMPLETION_REQUEST_ASSISTANT_MESSAGE_WEIGHT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FINE_TUNE_CHAT_COMPLETION_REQUEST_ASSISTANT_MESSAGE_WEIGHT_VALUES!r}"
    )
