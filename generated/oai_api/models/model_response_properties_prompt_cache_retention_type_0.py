from typing import Literal

ModelResponsePropertiesPromptCacheRetentionType0 = Literal["24h", "in_memory"]

MODEL_RESPONSE_PROPERTIES_PROMPT_CACHE_RETENTION_TYPE_0_VALUES: set[
    ModelResponsePropertiesPromptCacheRetentionType0
] = {
    "24h",
    "in_memory",
}


def check_model_response_properties_prompt_cache_retention_type_0(
    value: str,
) -> ModelResponsePropertiesPromptCacheRetentionType0:
    if value in MODEL_RESPONSE_PROPERTIES_PROMPT_CACHE_RETENTION_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MODEL_RESPONSE_PROPERTIES_PROMPT_CACHE_RETENTION_TYPE_0_VALUES!r}"
    )
