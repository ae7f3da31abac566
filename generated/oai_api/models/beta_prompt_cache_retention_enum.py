from typing import Literal

BetaPromptCacheRetentionEnum = Literal["24h", "in_memory"]

BETA_PROMPT_CACHE_RETENTION_ENUM_VALUES: set[BetaPromptCacheRetentionEnum] = {
    "24h",
    "in_memory",
}


def check_beta_prompt_cache_retention_enum(value: str) -> BetaPromptCacheRetentionEnum:
    if value in BETA_PROMPT_CACHE_RETENTION_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_PROMPT_CACHE_RETENTION_ENUM_VALUES!r}"
    )
