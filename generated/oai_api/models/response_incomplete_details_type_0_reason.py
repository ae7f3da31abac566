from typing import Literal

ResponseIncompleteDetailsType0Reason = Literal["content_filter", "max_output_tokens"]

RESPONSE_INCOMPLETE_DETAILS_TYPE_0_REASON_VALUES: set[
    ResponseIncompleteDetailsType0Reason
] = {
    "content_filter",
    "max_output_tokens",
}


def check_response_incomplete_details_type_0_reason(
    value: str,
) -> ResponseIncompleteDetailsType0Reason:
    if value in RESPONSE_INCOMPLETE_DETAILS_TYPE_0_REASON_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_INCOMPLETE_DETAILS_TYPE_0_REASON_VALUES!r}"
    )
