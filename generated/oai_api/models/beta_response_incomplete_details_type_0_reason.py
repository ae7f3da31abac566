from typing import Literal

BetaResponseIncompleteDetailsType0Reason = Literal[
    "content_filter", "max_output_tokens"
]

BETA_RESPONSE_INCOMPLETE_DETAILS_TYPE_0_REASON_VALUES: set[
    BetaResponseIncompleteDetailsType0Reason
] = {
    "content_filter",
    "max_output_tokens",
}


def check_beta_response_incomplete_details_type_0_reason(
    value: str,
) -> BetaResponseIncompleteDetailsType0Reason:
    if value in BETA_RESPONSE_INCOMPLETE_DETAILS_TYPE_0_REASON_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_INCOMPLETE_DETAILS_TYPE_0_REASON_VALUES!r}"
    )
