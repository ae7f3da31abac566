from typing import Literal

UsageResponseObject = Literal["page"]

USAGE_RESPONSE_OBJECT_VALUES: set[UsageResponseObject] = {
    "page",
}


def check_usage_response_object(value: str) -> UsageResponseObject:
    if value in USAGE_RESPONSE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USAGE_RESPONSE_OBJECT_VALUES!r}"
    )
