from typing import Literal

UsageModerationsResultObject = Literal["organization.usage.moderations.result"]

USAGE_MODERATIONS_RESULT_OBJECT_VALUES: set[UsageModerationsResultObject] = {
    "organization.usage.moderations.result",
}


def check_usage_moderations_result_object(value: str) -> UsageModerationsResultObject:
    if value in USAGE_MODERATIONS_RESULT_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USAGE_MODERATIONS_RESULT_OBJECT_VALUES!r}"
    )
