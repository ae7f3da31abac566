from typing import Literal

MessageObjectIncompleteDetailsType0Reason = Literal[
    "content_filter", "max_tokens", "run_cancelled", "run_expired", "run_failed"
]

MESSAGE_OBJECT_INCOMPLETE_DETAILS_TYPE_0_REASON_VALUES: set[
    MessageObjectIncompleteDetailsType0Reason
] = {
    "content_filter",
    "max_tokens",
    "run_cancelled",
    "run_expired",
    "run_failed",
}


def check_message_object_incomplete_details_type_0_reason(
    value: str,
) -> MessageObjectIncompleteDetailsType0Reason:
    if value in MESSAGE_OBJECT_INCOMPLETE_DETAILS_TYPE_0_REASON_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGE_OBJECT_INCOMPLETE_DETAILS_TYPE_0_REASON_VALUES!r}"
    )
