from typing import Literal

BetaPromptCacheTTLEnum = Literal["30m"]

BETA_PROMPT_CACHE_TTL_ENUM_VALUES: set[BetaPromptCacheTTLEnum] = {
    "30m",
}


def check_beta_prompt_cache_ttl_enum(value: str) -> BetaPromptCacheTTLEnum:
    if value in BETA_PROMPT_CACHE_TTL_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_PROMPT_CACHE_TTL_ENUM_VALUES!r}"
    )
