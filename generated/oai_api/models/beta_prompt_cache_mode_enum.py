from typing import Literal

BetaPromptCacheModeEnum = Literal["explicit", "implicit"]

BETA_PROMPT_CACHE_MODE_ENUM_VALUES: set[BetaPromptCacheModeEnum] = {
    "explicit",
    "implicit",
}


def check_beta_prompt_cache_mode_enum(value: str) -> BetaPromptCacheModeEnum:
    if value in BETA_PROMPT_CACHE_MODE_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_PROMPT_CACHE_MODE_ENUM_VALUES!r}"
    )
