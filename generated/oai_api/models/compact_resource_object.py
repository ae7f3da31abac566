from typing import Literal

CompactResourceObject = Literal["response.compaction"]

COMPACT_RESOURCE_OBJECT_VALUES: set[CompactResourceObject] = {
    "response.compaction",
}


def check_compact_resource_object(value: str) -> CompactResourceObject:
    if value in COMPACT_RESOURCE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMPACT_RESOURCE_OBJECT_VALUES!r}"
    )
