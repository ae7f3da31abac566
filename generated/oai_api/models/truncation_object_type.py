from typing import Literal

TruncationObjectType = Literal["auto", "last_messages"]

TRUNCATION_OBJECT_TYPE_VALUES: set[TruncationObjectType] = {
    "auto",
    "last_messages",
}


def check_truncation_object_type(value: str) -> TruncationObjectType:
    if value in TRUNCATION_OBJECT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRUNCATION_OBJECT_TYPE_VALUES!r}"
    )
