from typing import Literal

BetaModelResponsePropertiesPromptCacheRetentionType0 = Literal["24h", "in_memory"]

BETA_MODEL_RESPONSE_PROPERTIES_PROMPT_CACHE_RETENTION_TYPE_0_VALUES: set[
    BetaModelResponsePropertiesPromptCacheRetentionType0
] = {
    "24h",
    "in_memory",
}


def check_beta_model_response_properties_prompt_cache_retention_type_0(
    value: str,
) -> BetaModelResponsePropertiesPromptCacheRetentionType0:
    if value in BETA_MODEL_RESPONSE_PROPERTIES_PROMPT_CACHE_RETENTION_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_MODEL_RESPONSE_PROPERTIES_PROMPT_CACHE_RETENTION_TYPE_0_VALUES!r}"
    )
