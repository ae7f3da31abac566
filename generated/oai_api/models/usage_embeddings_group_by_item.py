from typing import Literal

UsageEmbeddingsGroupByItem = Literal["api_key_id", "model", "project_id", "user_id"]

USAGE_EMBEDDINGS_GROUP_BY_ITEM_VALUES: set[UsageEmbeddingsGroupByItem] = {
    "api_key_id",
    "model",
    "project_id",
    "user_id",
}


def check_usage_embeddings_group_by_item(value: str) -> UsageEmbeddingsGroupByItem:
    if value in USAGE_EMBEDDINGS_GROUP_BY_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USAGE_EMBEDDINGS_GROUP_BY_ITEM_VALUES!r}"
    )
