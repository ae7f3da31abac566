from typing import Literal

BetaCompactResourceObject = Literal["response.compaction"]

BETA_COMPACT_RESOURCE_OBJECT_VALUES: set[BetaCompactResourceObject] = {
    "response.compaction",
}


def check_beta_compact_resource_object(value: str) -> BetaCompactResourceObject:
    if value in BETA_COMPACT_RESOURCE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_COMPACT_RESOURCE_OBJECT_VALUES!r}"
    )
