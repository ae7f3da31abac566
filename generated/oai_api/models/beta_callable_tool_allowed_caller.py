from typing import Literal

BetaCallableToolAllowedCaller = Literal["direct", "programmatic"]

BETA_CALLABLE_TOOL_ALLOWED_CALLER_VALUES: set[BetaCallableToolAllowedCaller] = {
    "direct",
    "programmatic",
}


def check_beta_callable_tool_allowed_caller(
    value: str,
) -> BetaCallableToolAllowedCaller:
    if value in BETA_CALLABLE_TOOL_ALLOWED_CALLER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_CALLABLE_TOOL_ALLOWED_CALLER_VALUES!r}"
    )
