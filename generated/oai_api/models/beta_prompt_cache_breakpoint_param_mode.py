from typing import Literal

BetaPromptCacheBreakpointParamMode = Literal["explicit"]

BETA_PROMPT_CACHE_BREAKPOINT_PARAM_MODE_VALUES: set[
    BetaPromptCacheBreakpointParamMode
] = {
    "explicit",
}


def check_beta_prompt_cache_breakpoint_param_mode(
    value: str,
) -> BetaPromptCacheBreakpointParamMode:
    if value in BETA_PROMPT_CACHE_BREAKPOINT_PARAM_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_PROMPT_CACHE_BREAKPOINT_PARAM_MODE_VALUES!r}"
    )
