from typing import Literal

ChatCompletionModerationResultsType = Literal["moderation_results"]

CHAT_COMPLETION_MODERATION_RESULTS_TYPE_VALUES: set[
    ChatCompletionModerationResultsType
] = {
    "moderation_results",
}


def check_chat_completion_moderation_results_type(
    value: str,
) -> ChatCompletionModerationResultsType:
    if value in CHAT_COMPLETION_MODERATION_RESULTS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_MODERATION_RESULTS_TYPE_VALUES!r}"
    )
