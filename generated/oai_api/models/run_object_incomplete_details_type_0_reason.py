from typing import Literal

RunObjectIncompleteDetailsType0Reason = Literal[
    "max_completion_tokens", "max_prompt_tokens"
]

RUN_OBJECT_INCOMPLETE_DETAILS_TYPE_0_REASON_VALUES: set[
    RunObjectIncompleteDetailsType0Reason
] = {
    "max_completion_tokens",
    "max_prompt_tokens",
}


def check_run_object_incomplete_details_type_0_reason(
    value: str,
) -> RunObjectIncompleteDetailsType0Reason:
    if value in RUN_OBJECT_INCOMPLETE_DETAILS_TYPE_0_REASON_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_OBJECT_INCOMPLETE_DETAILS_TYPE_0_REASON_VALUES!r}"
    )
