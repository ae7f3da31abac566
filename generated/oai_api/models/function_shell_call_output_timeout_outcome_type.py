from typing import Literal

FunctionShellCallOutputTimeoutOutcomeType = Literal["timeout"]

FUNCTION_SHELL_CALL_OUTPUT_TIMEOUT_OUTCOME_TYPE_VALUES: set[
    FunctionShellCallOutputTimeoutOutcomeType
] = {
    "timeout",
}


def check_function_shell_call_output_timeout_outcome_type(
    value: str,
) -> FunctionShellCallOutputTimeoutOutcomeType:
    if value in FUNCTION_SHELL_CALL_OUTPUT_TIMEOUT_OUTCOME_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUNCTION_SHELL_CALL_OUTPUT_TIMEOUT_OUTCOME_TYPE_VALUES!r}"
    )
