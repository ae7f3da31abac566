from typing import Literal

BetaCreateModelResponsePropertiesPromptCacheRetentionType0 = Literal["24h", "in_memory"]

BETA_CREATE_MODEL_RESPONSE_PROPERTIES_PROMPT_CACHE_RETENTION_TYPE_0_VALUES: set[
    BetaCreateModelResponsePropertiesPromptCacheRetentionType0
] = {
    "24h",
    "in_memory",
}


def check_beta_create_model_response_properties_prompt_cache_retention_type_0(
    value: str,
) -> BetaCreateModelResponsePropertiesPromptCacheRetentionType0:
    if (
        value
        in BETA_CREATE_MODEL_RESPONSE_PROPERTIES_PROMPT_CACHE_RETENTION_TYPE_0_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_CREATE_MODEL_RESPONSE_PROPERTIES_PROMPT_CACHE_RETENTION_TYPE_0_VALUES!r}"
    )
