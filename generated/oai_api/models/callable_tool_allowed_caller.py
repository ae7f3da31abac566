from typing import Literal

CallableToolAllowedCaller = Literal["direct", "programmatic"]

CALLABLE_TOOL_ALLOWED_CALLER_VALUES: set[CallableToolAllowedCaller] = {
    "direct",
    "programmatic",
}


def check_callable_tool_allowed_caller(value: str) -> CallableToolAllowedCaller:
    if value in CALLABLE_TOOL_ALLOWED_CALLER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CALLABLE_TOOL_ALLOWED_CALLER_VALUES!r}"
    )
