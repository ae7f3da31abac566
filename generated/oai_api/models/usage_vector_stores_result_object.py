from typing import Literal

UsageVectorStoresResultObject = Literal["organization.usage.vector_stores.result"]

USAGE_VECTOR_STORES_RESULT_OBJECT_VALUES: set[UsageVectorStoresResultObject] = {
    "organization.usage.vector_stores.result",
}


def check_usage_vector_stores_result_object(
    value: str,
) -> UsageVectorStoresResultObject:
    if value in USAGE_VECTOR_STORES_RESULT_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USAGE_VECTOR_STORES_RESULT_OBJECT_VALUES!r}"
    )
