from typing import Literal

FunctionShellCallOutputTimeoutOutcomeParamType = Literal["timeout"]

FUNCTION_SHELL_CALL_OUTPUT_TIMEOUT_OUTCOME_PARAM_TYPE_VALUES: set[
    FunctionShellCallOutputTimeoutOutcomeParamType
] = {
    "timeout",
}


def check_function_shell_call_output_timeout_outcome_param_type(
    value: str,
) -> FunctionShellCallOutputTimeoutOutcomeParamType:
    if value in FUNCTION_SHELL_CALL_OUTPUT_TIMEOUT_OUTCOME_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUNCTION_SHELL_CALL_OUTPUT_TIMEOUT_OUTCOME_PARAM_TYPE_VALUES!r}"
    )
