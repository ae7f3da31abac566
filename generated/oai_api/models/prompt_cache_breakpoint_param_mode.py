from typing import Literal

PromptCacheBreakpointParamMode = Literal["explicit"]

PROMPT_CACHE_BREAKPOINT_PARAM_MODE_VALUES: set[PromptCacheBreakpointParamMode] = {
    "explicit",
}


def check_prompt_cache_breakpoint_param_mode(
    value: str,
) -> PromptCacheBreakpointParamMode:
    if value in PROMPT_CACHE_BREAKPOINT_PARAM_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROMPT_CACHE_BREAKPOINT_PARAM_MODE_VALUES!r}"
    )
