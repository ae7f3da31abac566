from typing import Literal

UsageCompletionsResultObject = Literal["organization.usage.completions.result"]

USAGE_COMPLETIONS_RESULT_OBJECT_VALUES: set[UsageCompletionsResultObject] = {
    "organization.usage.completions.result",
}


def check_usage_completions_result_object(value: str) -> UsageCompletionsResultObject:
    if value in USAGE_COMPLETIONS_RESULT_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USAGE_COMPLETIONS_RESULT_OBJECT_VALUES!r}"
    )
